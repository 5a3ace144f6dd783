//! Inline arithmetic and comparisons: the small-integer fast paths of
//! `Arith` and `Cmp`, their slow paths, and `Test`'s type tests.

use crate::bif::arith;
use crate::exception::Exception;
use crate::process::Process;
use crate::term::{order, Term, View, TAG_ATOM, TAG_SMALL};
use ferl_compiler::bytecode::{ArithOp, CmpOp, TypeTest};
use std::cmp::Ordering;

/// `a op b` on two small integers, computed on their tagged words: with
/// the tag in the low three bits, `i64` overflow of the tagged result is
/// exactly "the result is not a small integer". `None` when it is not.
#[inline(always)]
pub(super) fn small_arith(op: ArithOp, a: Term, b: Term) -> Option<Term> {
    if !(a.is_small() && b.is_small()) {
        return None;
    }
    let (i, j) = (a.raw() as i64, b.raw() as i64 - TAG_SMALL as i64);
    let r = match op {
        ArithOp::Add => i.checked_add(j)?,
        ArithOp::Sub => i.checked_sub(j)?,
        ArithOp::Mul => (i >> 3).checked_mul(j)? + TAG_SMALL as i64,
    };
    Some(Term(r as u64))
}

#[inline(always)]
pub(super) fn type_test(test: TypeTest, t: Term) -> bool {
    match test {
        TypeTest::Integer => t.is_small() || matches!(t.view(), View::Big(..)),
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
        TypeTest::Map => matches!(t.view(), View::Map(..)),
        TypeTest::Pid => t.as_pid().is_some(),
        TypeTest::Reference => matches!(t.view(), View::Ref(_)),
        TypeTest::Function => matches!(t.view(), View::Fun(..) | View::Export(..)),
    }
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
    if let (Some(x), Some(y)) = (a.as_tuple(), b.as_tuple()) {
        if x.len() != y.len() {
            return false;
        }
        for (&e, &f) in x.iter().zip(y) {
            if e == f {
                continue;
            }
            if immediate(e) || immediate(f) {
                return false;
            }
            return order::exact_eq(a, b);
        }
        return true;
    }
    order::exact_eq(a, b)
}

/// `a` as a float when it is a float or a small integer.
#[inline(always)]
fn float_or_small(a: Term) -> Option<f64> {
    match a.as_small() {
        Some(n) => Some(n as f64),
        None => a.as_float(),
    }
}

/// `a op b` when either is not a small integer (or the result is not).
/// (Cold for the interpreter loop's layout, though floats come here.)
#[cold]
#[inline(never)]
pub(super) fn arith_slow(p: &mut Process, op: ArithOp, a: Term, b: Term) -> Result<Term, Exception> {
    // Floats (with a float or small-integer partner) straight away: the
    // general path goes through big integers. A small integer converts
    // as OTP converts it (exactly, or to the nearest float).
    if !(a.is_small() && b.is_small()) {
        if let (Some(x), Some(y)) = (float_or_small(a), float_or_small(b)) {
            let r = match op {
                ArithOp::Add => x + y,
                ArithOp::Sub => x - y,
                ArithOp::Mul => x * y,
            };
            return arith::float_result(&mut p.heap, r);
        }
    }
    match op {
        ArithOp::Add => arith::add(&mut p.heap, a, b),
        ArithOp::Sub => arith::sub(&mut p.heap, a, b),
        ArithOp::Mul => arith::mul(&mut p.heap, a, b),
    }
}
