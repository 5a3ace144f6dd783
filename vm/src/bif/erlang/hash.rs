//! OTP's portable term hashes: `make_hash` behind `erlang:phash/2` and
//! `make_hash2` behind `erlang:phash2/1,2`. Their values are part of the
//! language's observable behaviour (`sets`/`dict` v1 place elements with
//! `phash/2`, so their iteration order depends on it), so both follow
//! erts' `utils.c` step for step, including its quirks (leading zero bytes
//! of an integer vanish when the running hash is 0; an atom or `[]` met
//! while the running hash is 0 is not mixed).
//!
//! Both walk the term with an explicit stack, so nesting depth costs heap,
//! never Rust stack.
//!
//! Approximations: pids hash their process number (OTP's "pid number" is
//! the same for `<0.N.0>`); refs hash the low 32 bits of ferl's reference
//! id where OTP hashes its first reference word; local funs hash their
//! lambda index and ferl's `uniq`, where OTP uses its fun entry's
//! `old_uniq`. Equal terms still hash equally.

use super::badarg;
use crate::exception::BifResult;
use crate::process::Process;
use crate::term::{Atom, Term, View};

// ---- shared pieces ------------------------------------------------------

/// The atom table's hash of a name (hashpjw over its UTF-8 bytes, where a
/// two-byte sequence starting C2/C3 counts as its one Latin-1 character, so
/// Latin-1 atoms hash as they did before atoms became UTF-8).
pub fn atom_hash(a: Atom) -> u32 {
    let name = a.name().as_bytes();
    let mut h: u32 = 0;
    let mut i = 0;
    while i < name.len() {
        let mut v = name[i];
        i += 1;
        if i < name.len() && (v & 0xFE) == 0xC2 && (name[i] & 0xC0) == 0x80 {
            v = (v << 6) | (name[i] & 0x3F);
            i += 1;
        }
        h = (h << 4).wrapping_add(v as u32);
        let g = h & 0xf000_0000;
        if g != 0 {
            h ^= g >> 24;
            h ^= g;
        }
    }
    h
}

/// An integer as its sign and magnitude in little-endian 64-bit limbs
/// (OTP hashes integers by value, never by representation).
fn int_parts<'a>(v: &View<'a>, scratch: &'a mut [u64; 1]) -> Option<(bool, &'a [u64])> {
    match *v {
        View::Small(n) => {
            scratch[0] = n.unsigned_abs();
            Some((n < 0, &scratch[..]))
        }
        View::Big(neg, limbs) => Some((neg, limbs)),
        _ => None,
    }
}

/// The bits of a float, with -0.0 hashed as 0.0 (they compare equal).
fn float_bits(f: f64) -> u64 {
    if f == 0.0 {
        0
    } else {
        f.to_bits()
    }
}

// ---- make_hash (phash/2) -------------------------------------------------

const FN1: u32 = 268440163;
const FN2: u32 = 268439161;
const FN3: u32 = 268435459;
const FN4: u32 = 268436141;
const FN5: u32 = 268438633;
const FN6: u32 = 268437017;
const FN8: u32 = 268437511;
const FN9: u32 = 268439627;
const FN10: u32 = 268440479;
const FN11: u32 = 268440577;
const FN12: u32 = 268440581;
const FN13: u32 = 268440593;
const FN14: u32 = 268440611;

/// Work left for `phash`, innermost last.
enum Op {
    Term(Term),
    /// The rest of a list whose head has been hashed.
    ListRest(Term),
    /// A list's final tail has been hashed.
    ListEnd,
    /// A tuple's elements have been hashed.
    TupleEnd(u32),
}

/// Mixes the four bytes of `x`, least significant first.
fn bytes_step(h: u32, x: u32, prime: u32) -> u32 {
    (0..4).fold(h, |h, i| h.wrapping_mul(prime).wrapping_add((x >> (8 * i)) & 0xff))
}

/// The value hash of `erlang:phash/2` before the range is applied.
pub fn phash(t: Term) -> u32 {
    let mut h: u32 = 0;
    let mut stack = vec![Op::Term(t)];
    while let Some(op) = stack.pop() {
        let t = match op {
            Op::Term(t) => t,
            Op::ListEnd => {
                h = h.wrapping_mul(FN8);
                continue;
            }
            Op::TupleEnd(n) => {
                h = h.wrapping_mul(FN9).wrapping_add(n);
                continue;
            }
            Op::ListRest(tail) if !tail.is_cons() => {
                stack.push(Op::ListEnd);
                stack.push(Op::Term(tail));
                continue;
            }
            Op::ListRest(tail) => tail,
        };
        let v = t.view();
        let mut scratch = [0u64; 1];
        if let Some((neg, limbs)) = int_parts(&v, &mut scratch) {
            h = phash_int(h, neg, limbs);
            continue;
        }
        match v {
            View::Nil => h = h.wrapping_mul(FN3).wrapping_add(1),
            View::Atom(a) => h = h.wrapping_mul(FN1).wrapping_add(atom_hash(a)),
            View::Float(f) => {
                let b = float_bits(f);
                h = h.wrapping_mul(FN6).wrapping_add((b as u32) ^ (b >> 32) as u32);
            }
            View::Binary(b) => {
                let bytes = b.to_bytes();
                let whole = b.bit_len / 8;
                for &x in &bytes[..whole] {
                    h = h.wrapping_mul(FN1).wrapping_add(x as u32);
                }
                let rest = (b.bit_len % 8) as u32;
                if rest > 0 {
                    let x = (bytes[whole] >> (8 - rest)) as u32;
                    h = h.wrapping_mul(FN1).wrapping_add(x).wrapping_mul(FN12).wrapping_add(rest);
                }
                h = h.wrapping_mul(FN4).wrapping_add(whole as u32);
            }
            View::Cons(..) => {
                // Byte heads use a cheaper step than a general small.
                let mut cell = t;
                loop {
                    let (head, tail) = cell.as_cons().expect("a cons cell");
                    match head.as_small() {
                        Some(b @ 0..=255) => {
                            h = h.wrapping_mul(FN2).wrapping_add(b as u32);
                            if tail.is_cons() {
                                cell = tail;
                                continue;
                            }
                            stack.push(Op::ListEnd);
                            stack.push(Op::Term(tail));
                        }
                        _ => {
                            stack.push(Op::ListRest(tail));
                            stack.push(Op::Term(head));
                        }
                    }
                    break;
                }
            }
            View::Tuple(els) => {
                stack.push(Op::TupleEnd(els.len() as u32));
                stack.extend(els.iter().rev().map(|&e| Op::Term(e)));
            }
            View::Map(..) => {
                h = h.wrapping_mul(FN13).wrapping_add(FN14).wrapping_add(phash2(t));
            }
            View::Fun(l, env) => {
                h = h.wrapping_mul(FN10).wrapping_add(env.len() as u32);
                h = h.wrapping_mul(FN1).wrapping_add(atom_hash(l.module));
                h = h.wrapping_mul(FN2).wrapping_add(l.index);
                h = h.wrapping_mul(FN2).wrapping_add(l.uniq);
                stack.extend(env.iter().rev().map(|&e| Op::Term(e)));
            }
            View::Export(m, f, arity) => {
                h = h.wrapping_mul(FN11).wrapping_add(arity);
                h = h.wrapping_mul(FN1).wrapping_add(atom_hash(m));
                h = h.wrapping_mul(FN1).wrapping_add(atom_hash(f));
            }
            View::Pid(n) => h = bytes_step(h, n as u32, FN5).wrapping_mul(FN6),
            View::Ref(n) => h = bytes_step(h, n as u32, FN9).wrapping_mul(FN10),
            View::Small(_) | View::Big(..) => unreachable!("integers handled above"),
        }
    }
    h
}

/// An integer's magnitude byte by byte, least significant first, over as
/// many 32-bit words as it needs (at least one), then its sign.
fn phash_int(mut h: u32, neg: bool, limbs: &[u64]) -> u32 {
    let words: Vec<u32> = limbs.iter().flat_map(|&l| [l as u32, (l >> 32) as u32]).collect();
    let used = words.iter().rposition(|&w| w != 0).map_or(1, |i| i + 1);
    for &w in &words[..used] {
        h = bytes_step(h, w, FN2);
    }
    h.wrapping_mul(if neg { FN4 } else { FN3 })
}

// ---- make_hash2 (phash2/1,2) -----------------------------------------------

const HCONST: u32 = 0x9e37_79b9;
const HCONST_2: u32 = 0x3c6e_f372;
const HCONST_3: u32 = 0xdaa6_6d2b;
const HCONST_4: u32 = 0x78dd_e6e4;
const HCONST_5: u32 = 0x1715_609d;
const HCONST_7: u32 = 0x5384_540f;
const HCONST_9: u32 = 0x8ff3_4781;
const HCONST_10: u32 = 0x2e2a_c13a;
const HCONST_11: u32 = 0xcc62_3af3;
const HCONST_12: u32 = 0x6a99_b4ac;
const HCONST_13: u32 = 0x08d1_2e65;
const HCONST_14: u32 = 0xa708_a81e;
const HCONST_15: u32 = 0x4540_21d7;
const HCONST_16: u32 = 0xe377_9b90;
const HCONST_19: u32 = 0xbe1e_08bb;

/// erts' tag number for `[]`, mixed in when `[]` is not the first thing hashed.
const NIL_DEF: u32 = 2;
/// The hash of `[]` met while the running hash is 0.
const NIL_FIRST: u32 = 3_468_870_702;

/// Bob Jenkins' mixing step, keeping only the word that carries on.
fn mix(a: u32, b: u32, c: u32) -> u32 {
    mix3(a, b, c).2
}

fn hash_2(h: u32, x: u32, y: u32, k: u32) -> u32 {
    mix(k.wrapping_add(x), k.wrapping_add(y), h)
}

fn hash_1(h: u32, x: u32, k: u32) -> u32 {
    hash_2(h, x, 0, k)
}

/// Bob Jenkins' `hash()` over a byte block, seeded with `init`.
fn block_hash(k: &[u8], init: u32) -> u32 {
    let word = |b: &[u8]| b.iter().enumerate().fold(0u32, |w, (i, &x)| w.wrapping_add((x as u32) << (8 * i)));
    let (mut a, mut b, mut c) = (HCONST, HCONST, init);
    let mut chunks = k.chunks_exact(12);
    for ch in &mut chunks {
        a = a.wrapping_add(word(&ch[0..4]));
        b = b.wrapping_add(word(&ch[4..8]));
        c = c.wrapping_add(word(&ch[8..12]));
        (a, b, c) = mix3(a, b, c);
    }
    let rest = chunks.remainder();
    c = c.wrapping_add(k.len() as u32);
    // The low byte of `c` is reserved for the length.
    a = a.wrapping_add(word(&rest[..rest.len().min(4)]));
    if rest.len() > 4 {
        b = b.wrapping_add(word(&rest[4..rest.len().min(8)]));
    }
    if rest.len() > 8 {
        c = c.wrapping_add(word(&rest[8..]) << 8);
    }
    mix(a, b, c)
}

/// Bob Jenkins' mixing step on all three words.
fn mix3(mut a: u32, mut b: u32, mut c: u32) -> (u32, u32, u32) {
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 13);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 8);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 13);
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 12);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 16);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 5);
    a = a.wrapping_sub(b).wrapping_sub(c) ^ (c >> 3);
    b = b.wrapping_sub(c).wrapping_sub(a) ^ (a << 10);
    c = c.wrapping_sub(a).wrapping_sub(b) ^ (b >> 15);
    (a, b, c)
}

/// Work left for `phash2`, innermost last.
enum Op2 {
    Term(Term),
    /// A map's pairs are done: restore the enclosing hash and pair sum.
    MapEnd {
        hash: u32,
        pairs: u32,
    },
    /// One key-value pair is done: fold it into the pair sum.
    MapPair,
}

/// The value hash of `erlang:phash2/1,2` before the range is applied.
/// Map pairs are hashed each from 0 and combined with xor, so the result
/// does not depend on the order a map's pairs are visited in.
pub fn phash2(t: Term) -> u32 {
    let mut h: u32 = 0;
    let mut pairs: u32 = 0;
    let mut stack = vec![Op2::Term(t)];
    while let Some(op) = stack.pop() {
        let t = match op {
            Op2::Term(t) => t,
            Op2::MapPair => {
                pairs ^= h;
                h = 0;
                continue;
            }
            Op2::MapEnd { hash, pairs: outer } => {
                h = hash_1(hash, pairs, HCONST_19);
                pairs = outer;
                continue;
            }
        };
        let v = t.view();
        let mut scratch = [0u64; 1];
        if let Some((neg, limbs)) = int_parts(&v, &mut scratch) {
            h = phash2_int(h, neg, limbs);
            continue;
        }
        match v {
            View::Atom(a) => h = if h == 0 { atom_hash(a) } else { hash_1(h, atom_hash(a), HCONST_3) },
            View::Nil => h = if h == 0 { NIL_FIRST } else { hash_1(h, NIL_DEF, HCONST_2) },
            View::Float(f) => {
                let b = float_bits(f);
                h = hash_2(h, (b >> 32) as u32, b as u32, HCONST_12);
            }
            View::Binary(b) => {
                let con = HCONST_13.wrapping_add(h);
                let whole = b.bit_len / 8;
                let rest = (b.bit_len % 8) as u32;
                if b.bit_len == 0 {
                    h = con;
                } else {
                    let bytes = b.to_bytes();
                    h = block_hash(&bytes[..whole], con);
                    if rest > 0 {
                        h = hash_2(h, rest, (bytes[whole] >> (8 - rest)) as u32, HCONST_15);
                    }
                }
            }
            View::Cons(..) => {
                // Runs of byte heads are packed four to a word.
                let mut cell = t;
                let (mut packed, mut count) = (0u32, 0);
                loop {
                    let (head, tail) = cell.as_cons().expect("a cons cell");
                    match head.as_small() {
                        Some(b @ 0..=255) => {
                            packed = (packed << 8).wrapping_add(b as u32);
                            count += 1;
                            if count == 4 {
                                h = hash_1(h, packed, HCONST_4);
                                (packed, count) = (0, 0);
                            }
                            if tail.is_cons() {
                                cell = tail;
                                continue;
                            }
                            stack.push(Op2::Term(tail));
                        }
                        _ => {
                            stack.push(Op2::Term(tail));
                            stack.push(Op2::Term(head));
                        }
                    }
                    break;
                }
                if count > 0 {
                    h = hash_1(h, packed, HCONST_4);
                }
            }
            View::Tuple(els) => {
                h = hash_1(h, els.len() as u32, HCONST_9);
                stack.extend(els.iter().rev().map(|&e| Op2::Term(e)));
            }
            View::Map(m) => {
                h = hash_1(h, m.len() as u32, HCONST_16);
                if !m.is_empty() {
                    stack.push(Op2::MapEnd { hash: h, pairs });
                    (h, pairs) = (0, 0);
                    // Each pair's hash is summed, so their order is free.
                    for (k, v) in m.iter() {
                        stack.push(Op2::MapPair);
                        stack.push(Op2::Term(v));
                        stack.push(Op2::Term(k));
                    }
                }
            }
            View::Fun(l, env) => {
                h = hash_2(h, env.len() as u32, atom_hash(l.module), HCONST);
                h = hash_2(h, l.index, l.uniq, HCONST);
                stack.extend(env.iter().rev().map(|&e| Op2::Term(e)));
            }
            View::Export(m, f, arity) => {
                h = hash_2(h, arity, atom_hash(m), HCONST);
                h = hash_1(h, atom_hash(f), HCONST_14);
            }
            View::Pid(n) => h = hash_1(h, n as u32, HCONST_5),
            View::Ref(n) => h = hash_1(h, n as u32, HCONST_7),
            View::Small(_) | View::Big(..) => unreachable!("integers handled above"),
        }
    }
    h
}

/// Integers of 28 bits or fewer (signed) mix their value as one word
/// (negative ones twice); larger ones mix two words per 64-bit limb.
fn phash2_int(h: u32, neg: bool, limbs: &[u64]) -> u32 {
    let small28 = limbs.len() == 1 && (if neg { limbs[0] <= 1 << 27 } else { limbs[0] < 1 << 27 });
    if small28 {
        let y = if neg { (limbs[0] as i64).wrapping_neg() as i32 } else { limbs[0] as i32 };
        let h = if y < 0 { hash_1(h, y.wrapping_neg() as u32, HCONST) } else { h };
        return hash_1(h, y as u32, HCONST);
    }
    let con = if neg { HCONST_10 } else { HCONST_11 };
    limbs.iter().fold(h, |h, &l| hash_2(h, l as u32, (l >> 32) as u32, con))
}

// ---- the BIFs ------------------------------------------------------------

/// A hash range: 1..=2^32, else badarg.
fn range_arg(t: Term) -> Result<u64, crate::exception::Exception> {
    match t.as_small() {
        Some(r) if (1..=1 << 32).contains(&r) => Ok(r as u64),
        _ => badarg(),
    }
}

pub(crate) fn phash_2(_: &mut Process, a: &[Term]) -> BifResult {
    let range = range_arg(a[1])?;
    Ok(Term::int((phash(a[0]) as u64 % range + 1) as i64))
}

pub(crate) fn phash2_1(_: &mut Process, a: &[Term]) -> BifResult {
    Ok(Term::int((phash2(a[0]) & ((1 << 27) - 1)) as i64))
}

pub(crate) fn phash2_2(_: &mut Process, a: &[Term]) -> BifResult {
    let range = range_arg(a[1])?;
    Ok(Term::int((phash2(a[0]) as u64 % range) as i64))
}

#[cfg(test)]
mod tests;
