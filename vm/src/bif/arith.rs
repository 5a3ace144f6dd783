//! Arithmetic, bitwise, comparison and boolean operators: the functions the
//! interpreter calls for `+ - * / div rem band ...`, and their BIF entries
//! (`erlang:'+'/2` ...). Small integers take a fast path with overflow
//! checks; results too large for a small become bignums, which OTP caps at
//! `MAX_BIG_BITS` (beyond it: `system_limit`).

use crate::exception::{BifResult, Exception};
use crate::heap::Heap;
use crate::process::Process;
use crate::term::{atoms, order, Term, View};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

use super::Bif;

/// OTP's largest bignum: 2^19 - 1 words of 64 bits.
pub const MAX_BIG_BITS: u64 = ((1 << 19) - 1) * 64;

/// A number, decoded for arithmetic.
enum Num {
    Int(BigInt),
    Float(f64),
}

fn num(t: Term) -> Result<Num, Exception> {
    match t.view() {
        View::Small(n) => Ok(Num::Int(BigInt::from(n))),
        View::Big(neg, limbs) => Ok(Num::Int(crate::term::bigint_from_limbs(neg, limbs))),
        View::Float(f) => Ok(Num::Float(f)),
        _ => Err(Exception::badarith()),
    }
}

/// A term's value as a float, for mixed arithmetic; `badarith` when it is
/// not a number or an integer too large for a float.
#[inline]
pub fn to_f64(t: Term) -> Result<f64, Exception> {
    if let Some(n) = t.as_small() {
        return Ok(n as f64);
    }
    if let Some(f) = t.as_float() {
        return Ok(f);
    }
    other_to_f64(t)
}

/// `to_f64` of a bignum (or of a term that is no number).
#[inline(never)]
fn other_to_f64(t: Term) -> Result<f64, Exception> {
    match num(t)? {
        Num::Float(f) => Ok(f),
        Num::Int(i) => big_to_f64(&i),
    }
}

fn big_to_f64(i: &BigInt) -> Result<f64, Exception> {
    match i.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(Exception::badarith()),
    }
}

fn int(t: Term) -> Result<BigInt, Exception> {
    t.to_bigint().ok_or_else(Exception::badarith)
}

/// An integer result; `system_limit` if larger than OTP allows.
pub fn big_result(heap: &mut Heap, n: &BigInt) -> BifResult {
    if n.bits() > MAX_BIG_BITS {
        return Err(Exception::error_atom(atoms::system_limit));
    }
    Ok(heap.bigint(n))
}

/// A float result; `badarith` unless finite (as OTP's checks after every
/// float operation).
pub fn float_result(heap: &mut Heap, f: f64) -> BifResult {
    if f.is_finite() {
        Ok(heap.float(f))
    } else {
        Err(Exception::badarith())
    }
}

fn float_op(heap: &mut Heap, a: Term, b: Term, op: fn(f64, f64) -> f64) -> BifResult {
    let (x, y) = (to_f64(a)?, to_f64(b)?);
    float_result(heap, op(x, y))
}

fn mixed(heap: &mut Heap, a: Term, b: Term, iop: fn(BigInt, BigInt) -> BigInt, fop: fn(f64, f64) -> f64) -> BifResult {
    match (num(a)?, num(b)?) {
        (Num::Int(x), Num::Int(y)) => big_result(heap, &iop(x, y)),
        _ => float_op(heap, a, b, fop),
    }
}

/// `A + B`.
pub fn add(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(heap.int(x + y)); // two 61-bit values cannot overflow i64
    }
    mixed(heap, a, b, |x, y| x + y, |x, y| x + y)
}

/// `A - B`.
pub fn sub(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(heap.int(x - y));
    }
    mixed(heap, a, b, |x, y| x - y, |x, y| x - y)
}

/// `A * B`.
pub fn mul(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(heap.int128(x as i128 * y as i128));
    }
    mixed(heap, a, b, |x, y| x * y, |x, y| x * y)
}

/// `A / B`: always a float; `badarith` when B is zero.
pub fn fdiv(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    let (x, y) = (to_f64(a)?, to_f64(b)?);
    if y == 0.0 {
        return Err(Exception::badarith());
    }
    float_result(heap, x / y)
}

/// `A div B`: integers only, truncating towards zero.
pub fn int_div(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        if y == 0 {
            return Err(Exception::badarith());
        }
        return Ok(heap.int(x / y)); // MIN_SMALL / -1 still fits in i64
    }
    let (x, y) = (int(a)?, int(b)?);
    if y.is_zero() {
        return Err(Exception::badarith());
    }
    big_result(heap, &(x / y))
}

/// `A rem B`: integers only; the sign follows A.
pub fn rem(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        if y == 0 {
            return Err(Exception::badarith());
        }
        return Ok(heap.int(x % y));
    }
    let (x, y) = (int(a)?, int(b)?);
    if y.is_zero() {
        return Err(Exception::badarith());
    }
    big_result(heap, &(x % y))
}

/// Unary `-A`.
pub fn neg(heap: &mut Heap, a: Term) -> BifResult {
    if let Some(x) = a.as_small() {
        return Ok(heap.int(-x));
    }
    match num(a)? {
        Num::Int(i) => big_result(heap, &-i),
        Num::Float(f) => Ok(heap.float(-f)),
    }
}

/// Unary `+A`: A itself if it is a number.
pub fn plus(_heap: &mut Heap, a: Term) -> BifResult {
    if a.is_number() {
        Ok(a)
    } else {
        Err(Exception::badarith())
    }
}

fn bitwise(
    heap: &mut Heap,
    a: Term,
    b: Term,
    sop: fn(i64, i64) -> i64,
    bop: fn(&BigInt, &BigInt) -> BigInt,
) -> BifResult {
    if let (Some(x), Some(y)) = (a.as_small(), b.as_small()) {
        return Ok(heap.int(sop(x, y)));
    }
    let (x, y) = (int(a)?, int(b)?);
    big_result(heap, &bop(&x, &y))
}

/// `A band B`.
pub fn band(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    bitwise(heap, a, b, |x, y| x & y, |x, y| x & y)
}

/// `A bor B`.
pub fn bor(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    bitwise(heap, a, b, |x, y| x | y, |x, y| x | y)
}

/// `A bxor B`.
pub fn bxor(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    bitwise(heap, a, b, |x, y| x ^ y, |x, y| x ^ y)
}

/// `bnot A`.
pub fn bnot(heap: &mut Heap, a: Term) -> BifResult {
    if let Some(x) = a.as_small() {
        return Ok(heap.int(!x));
    }
    let x = int(a)?;
    big_result(heap, &(-x - 1))
}

/// `A bsl B`; a negative B shifts right. `system_limit` when the result
/// would exceed the largest bignum.
pub fn bsl(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    shift(heap, a, b, false)
}

/// `A bsr B`: arithmetic shift (rounds towards minus infinity).
pub fn bsr(heap: &mut Heap, a: Term, b: Term) -> BifResult {
    shift(heap, a, b, true)
}

fn shift(heap: &mut Heap, a: Term, b: Term, right: bool) -> BifResult {
    let x = int(a)?;
    let n = int(b)?;
    let n = if right { -n } else { n };
    // n > 0: left shift by n; n < 0: right shift by -n.
    if n.is_negative() {
        let r = (-n).to_u64().unwrap_or(u64::MAX);
        if r > x.bits() {
            return Ok(Term::int(if x.is_negative() { -1 } else { 0 }));
        }
        return big_result(heap, &(x >> r));
    }
    if x.is_zero() {
        return Ok(Term::int(0));
    }
    match n.to_u64() {
        Some(l) if l <= MAX_BIG_BITS => {
            if let (Some(s), true) = (a.as_small(), l < 64) {
                return Ok(heap.int128((s as i128) << l)); // |s| < 2^60: fits
            }
            big_result(heap, &(x << l))
        }
        _ => Err(Exception::error_atom(atoms::system_limit)),
    }
}

// ---- comparisons and boolean operators --------------------------------------

fn cmp_bif(args: &[Term], pred: fn(Ordering) -> bool) -> BifResult {
    Ok(Term::boolean(pred(order::cmp(args[0], args[1]))))
}

fn bool_arg(t: Term) -> Result<bool, Exception> {
    t.as_bool().ok_or_else(Exception::badarg)
}

macro_rules! binop_bif {
    ($($name:ident => $f:path),* $(,)?) => {
        $(fn $name(p: &mut Process, a: &[Term]) -> BifResult { $f(&mut p.heap, a[0], a[1]) })*
    };
}

binop_bif! {
    bif_add => add, bif_sub => sub, bif_mul => mul, bif_fdiv => fdiv, bif_div => int_div,
    bif_rem => rem, bif_band => band, bif_bor => bor, bif_bxor => bxor, bif_bsl => bsl, bif_bsr => bsr,
}

fn bif_neg(p: &mut Process, a: &[Term]) -> BifResult {
    neg(&mut p.heap, a[0])
}
fn bif_plus(p: &mut Process, a: &[Term]) -> BifResult {
    plus(&mut p.heap, a[0])
}
fn bif_bnot(p: &mut Process, a: &[Term]) -> BifResult {
    bnot(&mut p.heap, a[0])
}
fn bif_eq(_: &mut Process, a: &[Term]) -> BifResult {
    Ok(Term::boolean(order::eq(a[0], a[1])))
}
fn bif_ne(_: &mut Process, a: &[Term]) -> BifResult {
    Ok(Term::boolean(!order::eq(a[0], a[1])))
}
fn bif_exact_eq(_: &mut Process, a: &[Term]) -> BifResult {
    Ok(Term::boolean(order::exact_eq(a[0], a[1])))
}
fn bif_exact_ne(_: &mut Process, a: &[Term]) -> BifResult {
    Ok(Term::boolean(!order::exact_eq(a[0], a[1])))
}
fn bif_lt(_: &mut Process, a: &[Term]) -> BifResult {
    cmp_bif(a, |o| o == Ordering::Less)
}
fn bif_gt(_: &mut Process, a: &[Term]) -> BifResult {
    cmp_bif(a, |o| o == Ordering::Greater)
}
fn bif_le(_: &mut Process, a: &[Term]) -> BifResult {
    cmp_bif(a, |o| o != Ordering::Greater)
}
fn bif_ge(_: &mut Process, a: &[Term]) -> BifResult {
    cmp_bif(a, |o| o != Ordering::Less)
}
fn bif_not(_: &mut Process, a: &[Term]) -> BifResult {
    Ok(Term::boolean(!bool_arg(a[0])?))
}
fn bif_and(_: &mut Process, a: &[Term]) -> BifResult {
    let (x, y) = (bool_arg(a[0])?, bool_arg(a[1])?);
    Ok(Term::boolean(x && y))
}
fn bif_or(_: &mut Process, a: &[Term]) -> BifResult {
    let (x, y) = (bool_arg(a[0])?, bool_arg(a[1])?);
    Ok(Term::boolean(x || y))
}
fn bif_xor(_: &mut Process, a: &[Term]) -> BifResult {
    let (x, y) = (bool_arg(a[0])?, bool_arg(a[1])?);
    Ok(Term::boolean(x != y))
}

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "+", 2, bif_add),
    Bif::new("erlang", "-", 2, bif_sub),
    Bif::new("erlang", "*", 2, bif_mul),
    Bif::new("erlang", "/", 2, bif_fdiv),
    Bif::new("erlang", "div", 2, bif_div),
    Bif::new("erlang", "rem", 2, bif_rem),
    Bif::new("erlang", "band", 2, bif_band),
    Bif::new("erlang", "bor", 2, bif_bor),
    Bif::new("erlang", "bxor", 2, bif_bxor),
    Bif::new("erlang", "bsl", 2, bif_bsl),
    Bif::new("erlang", "bsr", 2, bif_bsr),
    Bif::new("erlang", "-", 1, bif_neg),
    Bif::new("erlang", "+", 1, bif_plus),
    Bif::new("erlang", "bnot", 1, bif_bnot),
    Bif::new("erlang", "==", 2, bif_eq),
    Bif::new("erlang", "/=", 2, bif_ne),
    Bif::new("erlang", "=:=", 2, bif_exact_eq),
    Bif::new("erlang", "=/=", 2, bif_exact_ne),
    Bif::new("erlang", "<", 2, bif_lt),
    Bif::new("erlang", ">", 2, bif_gt),
    Bif::new("erlang", "=<", 2, bif_le),
    Bif::new("erlang", ">=", 2, bif_ge),
    Bif::new("erlang", "not", 1, bif_not),
    Bif::new("erlang", "and", 2, bif_and),
    Bif::new("erlang", "or", 2, bif_or),
    Bif::new("erlang", "xor", 2, bif_xor),
];
