//! The rules that make appending in place safe (see binbuf.rs).

use super::*;
use std::sync::Arc;

const ME: u64 = 7;

#[test]
fn only_the_owner_extends_the_newest_whole_byte_end() {
    let b = BinBuf::filled(&[1, 2, 3], 24, 8, ME);
    assert!(b.can_extend(ME, 24, 8));
    assert!(!b.can_extend(ME + 1, 24, 8), "another process copies");
    assert!(!b.can_extend(ME, 16, 8), "an older version copies");
    assert!(!b.can_extend(ME, 24, 8 * 6), "past the capacity copies");
    b.extend(&[4], 8);
    assert!(!b.can_extend(ME, 24, 8), "appended since: copies");
    assert!(b.can_extend(ME, 32, 8));
    // A partly filled last byte is never written in place.
    b.extend(&[0b1010_0000], 3);
    assert_eq!(b.used(), 35);
    assert!(!b.can_extend(ME, 35, 5));
    assert!(!BinBuf::from_bytes(&[1; 100], 800).can_extend(NO_OWNER, 800, 8));
}

#[test]
fn bytes_below_the_mark_never_change() {
    let b = BinBuf::filled(&[9; 4], 32, 16, ME);
    // SAFETY: 4 filled bytes of a live buffer.
    let before: Vec<u8> = unsafe { std::slice::from_raw_parts(b.as_ptr(), 4) }.to_vec();
    b.extend(&[1, 2, 3, 4, 5], 40);
    // SAFETY: 9 filled bytes of a live buffer, read by the only writer.
    let after = unsafe { std::slice::from_raw_parts(b.as_ptr(), 9) };
    assert_eq!(&after[..4], &before[..]);
    assert_eq!(&after[4..], &[1, 2, 3, 4, 5]);
}

#[test]
fn readers_on_other_threads_see_their_own_prefix_while_the_owner_appends() {
    let n = 1 << 16;
    let b = Arc::new(BinBuf::filled(&[], 0, n, ME));
    for i in 0..1024usize {
        b.extend(&[i as u8], 8);
    }
    let readers: Vec<_> = (0..2)
        .map(|_| {
            let b = Arc::clone(&b);
            std::thread::spawn(move || {
                for _ in 0..200 {
                    // SAFETY: the first 1024 bytes were filled before the
                    // thread started and are never written again.
                    let seen = unsafe { std::slice::from_raw_parts(b.as_ptr(), 1024) };
                    assert!(seen.iter().enumerate().all(|(i, &x)| x == i as u8));
                }
            })
        })
        .collect();
    for i in 1024..n {
        assert!(b.can_extend(ME, i * 8, 8));
        b.extend(&[!(i as u8)], 8);
    }
    for r in readers {
        assert!(r.join().is_ok());
    }
    assert_eq!(b.used(), n * 8);
}
