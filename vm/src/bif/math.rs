//! The `math` module: the C library's functions over floats, as OTP calls
//! them. A non-number argument is `badarg`; an integer too large for a float
//! or a result that is not finite (a domain or range error) is `badarith`.

use crate::bif::arith::{float_result, to_f64};
use crate::bif::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;

extern "C" {
    // The C library's functions where Rust's std has none (erf) or its own
    // formula (the inverse hyperbolics); OTP calls these same functions, so
    // results agree to the bit.
    fn erf(x: f64) -> f64;
    fn erfc(x: f64) -> f64;
    fn asinh(x: f64) -> f64;
    fn acosh(x: f64) -> f64;
    fn atanh(x: f64) -> f64;
}

fn arg(t: Term) -> Result<f64, Exception> {
    if !t.is_number() {
        return Err(Exception::badarg());
    }
    to_f64(t)
}

fn unary(p: &mut Process, a: &[Term], f: fn(f64) -> f64) -> BifResult {
    let x = arg(a[0])?;
    float_result(&mut p.heap, f(x))
}

fn binary(p: &mut Process, a: &[Term], f: fn(f64, f64) -> f64) -> BifResult {
    let (x, y) = (arg(a[0])?, arg(a[1])?);
    float_result(&mut p.heap, f(x, y))
}

macro_rules! unary_fns {
    ($($name:ident => $f:expr),* $(,)?) => {
        $(fn $name(p: &mut Process, a: &[Term]) -> BifResult { unary(p, a, $f) })*
    };
}

unary_fns! {
    sqrt => f64::sqrt, sin => f64::sin, cos => f64::cos, tan => f64::tan, asin => f64::asin,
    acos => f64::acos, atan => f64::atan, sinh => f64::sinh, cosh => f64::cosh,
    tanh => f64::tanh,
    exp => f64::exp, log => f64::ln, log2 => f64::log2, log10 => f64::log10,
    ceil => f64::ceil, floor => f64::floor,
    // SAFETY: erf and erfc are pure C functions of one double.
    erf_ => |x| unsafe { erf(x) },
    // SAFETY: as above (all below too).
    erfc_ => |x| unsafe { erfc(x) },
    asinh_ => |x| unsafe { asinh(x) },
    acosh_ => |x| unsafe { acosh(x) },
    atanh_ => |x| unsafe { atanh(x) },
}

fn pow(p: &mut Process, a: &[Term]) -> BifResult {
    binary(p, a, f64::powf)
}
fn atan2(p: &mut Process, a: &[Term]) -> BifResult {
    binary(p, a, f64::atan2)
}
fn fmod(p: &mut Process, a: &[Term]) -> BifResult {
    binary(p, a, |x, y| x % y)
}
fn pi(p: &mut Process, _: &[Term]) -> BifResult {
    Ok(p.heap.float(std::f64::consts::PI))
}

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("math", "pi", 0, pi),
    Bif::new("math", "sqrt", 1, sqrt),
    Bif::new("math", "pow", 2, pow),
    Bif::new("math", "sin", 1, sin),
    Bif::new("math", "cos", 1, cos),
    Bif::new("math", "tan", 1, tan),
    Bif::new("math", "asin", 1, asin),
    Bif::new("math", "acos", 1, acos),
    Bif::new("math", "atan", 1, atan),
    Bif::new("math", "atan2", 2, atan2),
    Bif::new("math", "sinh", 1, sinh),
    Bif::new("math", "cosh", 1, cosh),
    Bif::new("math", "tanh", 1, tanh),
    Bif::new("math", "asinh", 1, asinh_),
    Bif::new("math", "acosh", 1, acosh_),
    Bif::new("math", "atanh", 1, atanh_),
    Bif::new("math", "exp", 1, exp),
    Bif::new("math", "log", 1, log),
    Bif::new("math", "log2", 1, log2),
    Bif::new("math", "log10", 1, log10),
    Bif::new("math", "ceil", 1, ceil),
    Bif::new("math", "floor", 1, floor),
    Bif::new("math", "fmod", 2, fmod),
    Bif::new("math", "erf", 1, erf_),
    Bif::new("math", "erfc", 1, erfc_),
];
