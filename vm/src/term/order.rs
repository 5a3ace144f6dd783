//! Term order and equality, exactly as OTP defines them:
//! number < atom < reference < fun < port < pid < tuple < map < nil < list
//! < bitstring. `cmp` is the arithmetic order used by `<` and `==` (1 == 1.0);
//! `exact_eq` is `=:=`. Both are iterative, so deep terms cannot overflow
//! the Rust stack.

use super::{Term, View};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use std::cmp::Ordering;

fn type_rank(v: &View) -> u8 {
    match v {
        View::Small(_) | View::Big(..) | View::Float(_) => 0,
        View::Atom(_) => 1,
        View::Ref(_) => 2,
        View::Fun(..) | View::Export(..) => 3,
        View::Pid(_) => 5,
        View::Tuple(_) => 6,
        View::Map(..) => 7,
        View::Nil => 8,
        View::Cons(..) => 9,
        View::Binary(_) => 10,
    }
}

/// Arithmetic term order (`==`, `<`): integers and floats compare by value.
pub fn cmp(a: Term, b: Term) -> Ordering {
    compare(a, b, false)
}

/// `=:=`: like `cmp` but an integer never equals a float.
pub fn exact_eq(a: Term, b: Term) -> bool {
    if a == b {
        return true;
    }
    // Two different words are different terms unless both are boxed or
    // lists (immediates are unique).
    if is_immediate(a) || is_immediate(b) {
        return false;
    }
    // Two references (a receive matching a reply's monitor reference):
    // equal when their numbers are, without decoding both in `compare`.
    if let (Some(x), Some(y)) = (a.as_ref_number(), b.as_ref_number()) {
        return x == y;
    }
    compare(a, b, true) == Ordering::Equal
}

#[inline]
fn is_immediate(t: Term) -> bool {
    !(t.is_boxed() || t.is_cons())
}

/// `==`.
pub fn eq(a: Term, b: Term) -> bool {
    if a == b {
        return true;
    }
    // An immediate equals only itself, except a small integer and a float.
    if (is_immediate(a) && !a.is_small()) || (is_immediate(b) && !b.is_small()) || (a.is_small() && b.is_small()) {
        return false;
    }
    cmp(a, b) == Ordering::Equal
}

/// The order of map keys: term order, except that every integer comes
/// before every float (so `=:=`-distinct keys differ), as OTP orders them.
#[inline]
pub fn cmp_exact(a: Term, b: Term) -> Ordering {
    // Two small integers (most map keys) compare as their tagged words,
    // as signed numbers: inline, no call (a flat map's lookup makes
    // several).
    if a.is_small() && b.is_small() {
        return (a.raw() as i64).cmp(&(b.raw() as i64));
    }
    // Two atoms (the other usual map keys): their names, without the
    // general walk's set-up.
    if let (Some(x), Some(y)) = (a.as_atom(), b.as_atom()) {
        return if x == y { Ordering::Equal } else { x.name().cmp(y.name()) };
    }
    compare(a, b, true)
}

fn compare(a: Term, b: Term, exact: bool) -> Ordering {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return x.cmp(&y);
    }
    let mut stack: smallvec::SmallVec<[(Term, Term, bool); 8]> = smallvec::smallvec![(a, b, exact)];
    while let Some((a, b, exact)) = stack.pop() {
        if a == b {
            continue;
        }
        let (va, vb) = (a.view(), b.view());
        let (ra, rb) = (type_rank(&va), type_rank(&vb));
        if ra != rb {
            return ra.cmp(&rb);
        }
        let o = match (va, vb) {
            (View::Atom(x), View::Atom(y)) => x.name().cmp(y.name()),
            (View::Ref(x), View::Ref(y)) => x.cmp(&y),
            (View::Pid(x), View::Pid(y)) => x.cmp(&y),
            (View::Tuple(x), View::Tuple(y)) => {
                if x.len() != y.len() {
                    x.len().cmp(&y.len())
                } else {
                    for i in (0..x.len()).rev() {
                        stack.push((x[i], y[i], exact));
                    }
                    Ordering::Equal
                }
            }
            (View::Map(mx), View::Map(my)) => {
                if mx.len() != my.len() {
                    mx.len().cmp(&my.len())
                } else {
                    // Keys first (all of them, in order), then the values;
                    // pushed in order, then reversed so the first pops first.
                    let start = stack.len();
                    stack.extend(mx.values().zip(my.values()).map(|(x, y)| (x, y, exact)));
                    stack[start..].reverse();
                    // Map keys compare exactly even under `==`.
                    let start = stack.len();
                    stack.extend(mx.keys().zip(my.keys()).map(|(x, y)| (x, y, true)));
                    stack[start..].reverse();
                    Ordering::Equal
                }
            }
            (View::Cons(h1, t1), View::Cons(h2, t2)) => {
                stack.push((t1, t2, exact));
                stack.push((h1, h2, exact));
                Ordering::Equal
            }
            (View::Binary(x), View::Binary(y)) => {
                let (bx, by) = (x.to_bytes(), y.to_bytes());
                bx.cmp(&by).then(x.bit_len.cmp(&y.bit_len))
            }
            (View::Fun(lx, ex), View::Fun(ly, ey)) => {
                let o = (lx as *const _ as usize).cmp(&(ly as *const _ as usize));
                if o == Ordering::Equal {
                    ex.len().cmp(&ey.len()).then_with(|| {
                        for i in (0..ex.len()).rev() {
                            stack.push((ex[i], ey[i], exact));
                        }
                        Ordering::Equal
                    })
                } else {
                    o
                }
            }
            (View::Export(m1, f1, a1), View::Export(m2, f2, a2)) => {
                m1.name().cmp(m2.name()).then(f1.name().cmp(f2.name())).then(a1.cmp(&a2))
            }
            (View::Fun(..), View::Export(..)) => Ordering::Less,
            (View::Export(..), View::Fun(..)) => Ordering::Greater,
            (x, y) => compare_numbers(&x, &y, exact),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    Ordering::Equal
}

fn compare_numbers(a: &View, b: &View, exact: bool) -> Ordering {
    match (a, b) {
        (View::Small(x), View::Small(y)) => x.cmp(y),
        (View::Float(x), View::Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        // Exact order (map keys): every integer before every float.
        (View::Float(_), _) if exact => Ordering::Greater,
        (_, View::Float(_)) if exact => Ordering::Less,
        (View::Float(f), i) => cmp_int_float(i, *f).reverse(),
        (i, View::Float(f)) => cmp_int_float(i, *f),
        (x, y) => int_of(x).cmp(&int_of(y)),
    }
}

fn int_of(v: &View) -> BigInt {
    match v {
        View::Small(n) => BigInt::from(*n),
        View::Big(neg, limbs) => super::bigint_from_limbs(*neg, limbs),
        _ => BigInt::from(0),
    }
}

/// Compares an integer with a float exactly.
fn cmp_int_float(i: &View, f: f64) -> Ordering {
    if let View::Small(n) = i {
        if n.unsigned_abs() < (1u64 << 53) {
            return (*n as f64).partial_cmp(&f).unwrap_or(Ordering::Equal);
        }
    }
    let n = int_of(i);
    if let Some(nf) = n.to_f64() {
        if nf != f {
            return nf.partial_cmp(&f).unwrap_or(Ordering::Equal);
        }
    }
    // Same when rounded: compare exactly against the float's integer value.
    match BigInt::from_f64(f.trunc()) {
        Some(fi) => n.cmp(&fi).then(if f.fract() > 0.0 { Ordering::Less } else { Ordering::Equal }),
        None => Ordering::Equal,
    }
}
