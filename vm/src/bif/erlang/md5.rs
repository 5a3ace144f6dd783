//! `erlang:md5/1` and the incremental `md5_init/0`, `md5_update/2`,
//! `md5_final/1` (RFC 1321). The context between calls is a binary: the
//! four state words, the byte count and the bytes not yet in a block.

use super::super::Bif;
use crate::bif::erlang::iolist::iolist_bytes;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "md5", 1, md5),
    Bif::new("erlang", "md5_init", 0, md5_init),
    Bif::new("erlang", "md5_update", 2, md5_update),
    Bif::new("erlang", "md5_final", 1, md5_final),
];

/// The running state of one digest.
struct Md5 {
    state: [u32; 4],
    len: u64,
    pending: Vec<u8>,
}

/// Per-round shift amounts.
const S: [u32; 64] = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15,
    21,
];

/// floor(2^32 * |sin(i + 1)|), computed once.
fn k() -> &'static [u32; 64] {
    static K: std::sync::OnceLock<[u32; 64]> = std::sync::OnceLock::new();
    K.get_or_init(|| {
        let mut k = [0u32; 64];
        for (i, v) in k.iter_mut().enumerate() {
            *v = ((i as f64 + 1.0).sin().abs() * 4294967296.0) as u32;
        }
        k
    })
}

impl Md5 {
    fn new() -> Md5 {
        Md5 { state: [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476], len: 0, pending: Vec::new() }
    }

    fn block(&mut self, chunk: &[u8]) {
        let mut m = [0u32; 16];
        for (i, w) in m.iter_mut().enumerate() {
            *w = u32::from_le_bytes([chunk[4 * i], chunk[4 * i + 1], chunk[4 * i + 2], chunk[4 * i + 3]]);
        }
        let [mut a, mut b, mut c, mut d] = self.state;
        for (i, (&shift, &ki)) in S.iter().zip(k().iter()).enumerate() {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let f = f.wrapping_add(a).wrapping_add(ki).wrapping_add(m[g]);
            a = d;
            d = c;
            c = b;
            b = b.wrapping_add(f.rotate_left(shift));
        }
        for (s, v) in self.state.iter_mut().zip([a, b, c, d]) {
            *s = s.wrapping_add(v);
        }
    }

    fn update(&mut self, data: &[u8]) {
        self.len = self.len.wrapping_add(data.len() as u64);
        self.pending.extend_from_slice(data);
        let whole = self.pending.len() / 64 * 64;
        let pending = std::mem::take(&mut self.pending);
        for chunk in pending[..whole].chunks(64) {
            self.block(chunk);
        }
        self.pending = pending[whole..].to_vec();
    }

    fn finish(mut self) -> [u8; 16] {
        let bits = self.len.wrapping_mul(8);
        let mut tail = vec![0x80u8];
        while (self.pending.len() + tail.len()) % 64 != 56 {
            tail.push(0);
        }
        tail.extend_from_slice(&bits.to_le_bytes());
        let len = self.len;
        self.update(&tail);
        self.len = len;
        let mut out = [0u8; 16];
        for (i, s) in self.state.iter().enumerate() {
            out[4 * i..4 * i + 4].copy_from_slice(&s.to_le_bytes());
        }
        out
    }

    /// The context as a binary: state, byte count, pending bytes.
    fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(24 + self.pending.len());
        for s in self.state {
            b.extend_from_slice(&s.to_le_bytes());
        }
        b.extend_from_slice(&self.len.to_le_bytes());
        b.extend_from_slice(&self.pending);
        b
    }

    fn from_bytes(b: &[u8]) -> Option<Md5> {
        if b.len() < 24 || b.len() >= 24 + 64 {
            return None;
        }
        let word = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let len = u64::from_le_bytes(b[16..24].try_into().ok()?);
        let pending = b[24..].to_vec();
        if len % 64 != pending.len() as u64 {
            return None;
        }
        Some(Md5 { state: [word(0), word(4), word(8), word(12)], len, pending })
    }
}

fn md5(p: &mut Process, a: &[Term]) -> BifResult {
    let mut m = Md5::new();
    m.update(&iolist_bytes(a[0])?);
    Ok(p.heap.binary(&m.finish()))
}

fn md5_init(p: &mut Process, _: &[Term]) -> BifResult {
    Ok(p.heap.binary(&Md5::new().to_bytes()))
}

fn context(t: Term) -> Result<Md5, Exception> {
    let bits = t.as_bits().filter(|b| b.is_binary()).ok_or_else(Exception::badarg)?;
    Md5::from_bytes(&bits.to_bytes()).ok_or_else(Exception::badarg)
}

fn md5_update(p: &mut Process, a: &[Term]) -> BifResult {
    let mut m = context(a[0])?;
    m.update(&iolist_bytes(a[1])?);
    Ok(p.heap.binary(&m.to_bytes()))
}

fn md5_final(p: &mut Process, a: &[Term]) -> BifResult {
    let m = context(a[0])?;
    Ok(p.heap.binary(&m.finish()))
}
