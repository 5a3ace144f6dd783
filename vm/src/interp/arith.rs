//! Inline arithmetic and comparisons: the small-integer fast paths of
//! `Arith` and `Cmp`, their slow paths, and `Test`'s type tests.

use crate::bif::arith;
use crate::exception::Exception;
use crate::heap::Heap;
use crate::process::Process;
use crate::term::{order, Header, Kind, Term, MAX_SMALL, MIN_SMALL, TAG_ATOM, TAG_SMALL};
use ferl_compiler::bytecode::{ArithOp, CmpOp, TypeTest};
use std::cmp::Ordering;

/// `a op b` on two small integers, computed on their tagged words: with
/// the tag in the low three bits, `i64` overflow of the tagged result is
/// exactly "the result is not a small integer". `None` when it is not, or
/// when the operation fails (`div`/`rem` by zero): the slow path decides.
#[inline(always)]
pub(super) fn small_arith(op: ArithOp, a: Term, b: Term) -> Option<Term> {
    if !(a.is_small() && b.is_small()) {
        return None;
    }
    let tag = TAG_SMALL as i64;
    let (i, j) = (a.raw() as i64, b.raw() as i64 - tag);
    let r = match op {
        ArithOp::Add => i.checked_add(j)?,
        ArithOp::Sub => i.checked_sub(j)?,
        ArithOp::Mul => (i >> 3).checked_mul(j)? + tag,
        _ => return small_int_op(op, i, j + tag),
    };
    Some(Term(r as u64))
}

/// `div`, `rem` and the bitwise operators on two tagged small integers
/// (out of line: `+ - *` keep the interpreter loop's layout).
#[inline(never)]
fn small_int_op(op: ArithOp, a: i64, b: i64) -> Option<Term> {
    let tag = TAG_SMALL as i64;
    // `div` and `rem` by a positive number first (`N div 2`): the result
    // is no larger than `a`, so a small, and nothing can overflow.
    let (x, y) = (a >> 3, b >> 3);
    if y > 0 {
        if op == ArithOp::IntDiv {
            return Some(Term::int(x / y));
        }
        if op == ArithOp::Rem {
            return Some(Term::int(x % y));
        }
    }
    let r = match op {
        // The tag bits are equal: `and`/`or` keep them, `xor` clears them.
        ArithOp::Band => return Some(Term((a & b) as u64)),
        ArithOp::Bor => return Some(Term((a | b) as u64)),
        ArithOp::Bxor => return Some(Term(((a ^ b) | tag) as u64)),
        // Smalls are 61 bits, so neither overflows `i64` (MIN_SMALL div
        // -1 is one past MAX_SMALL: the range check below catches it).
        ArithOp::IntDiv => (a >> 3).checked_div(b >> 3)?,
        ArithOp::Rem => (a >> 3).checked_rem(b >> 3)?,
        ArithOp::Bsl => shift_left(a >> 3, b >> 3)?,
        ArithOp::Bsr => shift_left(a >> 3, -(b >> 3))?,
        ArithOp::Add | ArithOp::Sub | ArithOp::Mul | ArithOp::FDiv => return None,
    };
    (MIN_SMALL..=MAX_SMALL).contains(&r).then(|| Term::int(r))
}

/// `x bsl n` when it fits an `i64` (a negative `n` shifts right, rounding
/// towards minus infinity).
#[inline(always)]
fn shift_left(x: i64, n: i64) -> Option<i64> {
    if n < 0 {
        return Some(x >> n.unsigned_abs().min(63));
    }
    if n >= 64 {
        return if x == 0 { Some(0) } else { None };
    }
    let r = x << n;
    (r >> n == x).then_some(r)
}

#[inline(always)]
pub(super) fn type_test(test: TypeTest, t: Term) -> bool {
    match test {
        // Boxed kinds by their header word alone (`view` would decode the
        // whole term: ~40 instructions for gen:reply's `is_reference`).
        TypeTest::Integer => t.is_small() || boxed_of(t, &[Kind::BigPos, Kind::BigNeg]),
        TypeTest::Float => t.as_float().is_some(),
        TypeTest::Number => t.is_number(),
        TypeTest::Atom => t.is_atom(),
        TypeTest::Boolean => t.as_bool().is_some(),
        TypeTest::Binary => t.as_bits().is_some_and(|b| b.is_binary()),
        TypeTest::Bitstring => t.as_bits().is_some(),
        TypeTest::List => t.is_list(),
        TypeTest::Nil => t.is_nil(),
        TypeTest::NonEmptyList => t.is_cons(),
        TypeTest::Tuple => t.as_tuple().is_some(),
        TypeTest::Map => boxed_of(t, &[Kind::Map]),
        TypeTest::Pid => t.as_pid().is_some(),
        TypeTest::Reference => boxed_of(t, &[Kind::Ref]),
        TypeTest::Function => boxed_of(t, &[Kind::Fun, Kind::Export]),
    }
}

/// Whether `t` is a boxed term of one of `kinds`.
#[inline(always)]
fn boxed_of(t: Term, kinds: &[Kind]) -> bool {
    t.header().is_some_and(|h| kinds.iter().any(|&k| h.is(k)))
}

#[inline(always)]
pub(super) fn compare(op: CmpOp, a: Term, b: Term) -> bool {
    // Two small integers compare as their tagged words.
    let small = || a.is_small() && b.is_small();
    match op {
        CmpOp::EqExact => exact_eq(a, b),
        CmpOp::NeExact => !exact_eq(a, b),
        CmpOp::Eq => a == b || (!small() && order::eq(a, b)),
        CmpOp::Ne => a != b && (small() || !order::eq(a, b)),
        CmpOp::Lt if small() => (a.raw() as i64) < (b.raw() as i64),
        CmpOp::Ge if small() => (a.raw() as i64) >= (b.raw() as i64),
        CmpOp::Lt => order::cmp(a, b) == Ordering::Less,
        CmpOp::Ge => order::cmp(a, b) != Ordering::Less,
    }
}

/// Whether the word alone decides `=:=`: a small integer, an atom or `[]`
/// equals only the same word (integers that fit are always small).
#[inline(always)]
fn immediate(t: Term) -> bool {
    matches!(t.tag(), TAG_SMALL | TAG_ATOM) || t.is_nil()
}

/// `a =:= b`. Words first; then two tuples element by element while the
/// words decide (a clause matching a literal like `{nil, nil}`); the
/// general comparison for the rest.
#[inline(always)]
fn exact_eq(a: Term, b: Term) -> bool {
    if a == b {
        return true;
    }
    if immediate(a) || immediate(b) {
        return false;
    }
    exact_eq_boxed(a, b)
}

#[inline(never)]
fn exact_eq_boxed(a: Term, b: Term) -> bool {
    if a.is_boxed() && b.is_boxed() {
        // SAFETY: a boxed term points at a live header word followed by
        // its `arity` words.
        unsafe {
            let (p, q) = (a.ptr(), b.ptr());
            let h = Header::from_word((*p).0);
            // Two references (a reply's monitor reference against the
            // caller's, in every gen:call): equal when their numbers, the
            // first payload word, are (as `order::exact_eq` compares them).
            if h.is(Kind::Ref) && h.arity() > 0 {
                let g = Header::from_word((*q).0);
                if g.is(Kind::Ref) && g.arity() > 0 {
                    return *p.add(1) == *q.add(1);
                }
            }
            if h.is(Kind::Tuple) {
                // A tuple equals only a tuple of the same size: the same
                // header word.
                if *p != *q {
                    return false;
                }
                let end = p.add(1 + h.arity());
                let (mut e, mut f) = (p.add(1), q.add(1));
                while e < end {
                    if *e != *f {
                        if immediate(*e) || immediate(*f) {
                            return false;
                        }
                        return order::exact_eq(a, b);
                    }
                    (e, f) = (e.add(1), f.add(1));
                }
                return true;
            }
        }
    }
    order::exact_eq(a, b)
}

/// `a` and `b` as floats, for `+ - * /`, when they are floats or small
/// integers (as OTP converts an integer: exactly, or to the nearest
/// float); not two small integers unless `smalls` (for `+ - *` they
/// overflowed: a bignum). Floats are tested first: they are why this
/// path is taken most often.
#[inline(always)]
fn floats(a: Term, b: Term, smalls: bool) -> Option<(f64, f64)> {
    let x = match a.as_float() {
        Some(x) => x,
        None if a.is_small() && (smalls || !b.is_small()) => a.small_unchecked() as f64,
        None => return None,
    };
    let y = match b.as_float() {
        Some(y) => y,
        None if b.is_small() => b.small_unchecked() as f64,
        None => return None,
    };
    Some((x, y))
}

/// `a op b` when either is not a small integer (or the result is not):
/// floats through `arith_float`, which returns its term in registers
/// (no `Result` in memory: float code does little else), the rest and
/// every error through `arith_general`.
#[inline(always)]
pub(super) fn arith_slow(p: &mut Process, op: ArithOp, a: Term, b: Term) -> Result<Term, Exception> {
    match arith_float(&mut p.heap, op, a, b) {
        Some(t) => Ok(t),
        None => arith_general(p, op, a, b),
    }
}

/// `a op b` for `+ - * /` of floats (or a float and a small integer, or
/// `/` of two smalls), each operator its own straight path, the result
/// boxed into the nursery; `None` for anything else, a non-finite result
/// included (`arith_general` raises `badarith` for it). Inline in the
/// interpreter's arms: the call cost spectral_norm 3% of its instructions.
#[inline(always)]
fn arith_float(heap: &mut Heap, op: ArithOp, a: Term, b: Term) -> Option<Term> {
    let r = match op {
        ArithOp::Add => floats(a, b, false).map(|(x, y)| x + y),
        ArithOp::Sub => floats(a, b, false).map(|(x, y)| x - y),
        ArithOp::Mul => floats(a, b, false).map(|(x, y)| x * y),
        ArithOp::FDiv => floats(a, b, true).map(|(x, y)| x / y),
        _ => None,
    }?;
    r.is_finite().then(|| heap.float(r))
}

/// `a op b` through the BIFs' arithmetic (big integers, and the errors of
/// operands that are not numbers).
#[cold]
#[inline(never)]
fn arith_general(p: &mut Process, op: ArithOp, a: Term, b: Term) -> Result<Term, Exception> {
    let heap = &mut p.heap;
    match op {
        ArithOp::Add => arith::add(heap, a, b),
        ArithOp::Sub => arith::sub(heap, a, b),
        ArithOp::Mul => arith::mul(heap, a, b),
        ArithOp::IntDiv => arith::int_div(heap, a, b),
        ArithOp::Rem => arith::rem(heap, a, b),
        ArithOp::Band => arith::band(heap, a, b),
        ArithOp::Bor => arith::bor(heap, a, b),
        ArithOp::Bxor => arith::bxor(heap, a, b),
        ArithOp::Bsl => arith::bsl(heap, a, b),
        ArithOp::Bsr => arith::bsr(heap, a, b),
        ArithOp::FDiv => arith::fdiv(heap, a, b),
    }
}
