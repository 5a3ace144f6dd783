//! Why a binary construction failed, as OTP 25 reports it in the failing
//! function's `error_info` (`#{cause => {Segment, Type, Error, Value}}`,
//! explained by `erl_erts_errors:format_bs_fail/2`): the first segment, in
//! source order, whose value or size does not fit its type. Only run after
//! a construction failed, so the building paths stay as they are.

use super::{fits_unit, src};
use crate::code::ModuleInstance;
use crate::process::Process;
use crate::term::{atoms, Term, View};
use ferl_compiler::bytecode::{BinSeg, BinSegKind, Src};
use num_traits::ToPrimitive;

/// The type a segment is named by.
pub(super) fn type_name(kind: BinSegKind) -> &'static str {
    match kind {
        BinSegKind::Integer => "integer",
        BinSegKind::Float => "float",
        BinSegKind::Binary => "binary",
        BinSegKind::Utf8 => "utf8",
        BinSegKind::Utf16 => "utf16",
        BinSegKind::Utf32 => "utf32",
    }
}

/// The first bad segment, what is wrong with it (`type`, `size`, `unit`,
/// `short`, `invalid`, `no_float`) and the value that is.
pub(super) fn first_bad<'a>(
    p: &Process,
    inst: &ModuleInstance,
    ybase: usize,
    segs: &'a [BinSeg],
) -> Option<(&'a BinSeg, &'static str, Term)> {
    for seg in segs {
        let v = src(p, inst, ybase, &seg.value);
        // The size in bits, or None for the whole value.
        let bits = match seg.size {
            None => None,
            Some(s) => {
                let t = match s {
                    Src::Int(n) => Term::int(n),
                    other => src(p, inst, ybase, &other),
                };
                if t.is_atom_of(atoms::all) {
                    None
                } else {
                    match t.as_small() {
                        Some(n) if n >= 0 => {
                            let b = (n as u64).saturating_mul(u64::from(seg.unit));
                            if b > super::MAX_SEG_BITS {
                                return Some((seg, "size", t));
                            }
                            Some(b)
                        }
                        _ => return Some((seg, "size", t)),
                    }
                }
            }
        };
        let problem = match seg.kind {
            BinSegKind::Integer => (!v.is_integer()).then_some("type"),
            BinSegKind::Float => float_problem(v, bits.unwrap_or(64)),
            BinSegKind::Binary => match v.as_bits() {
                None => Some("type"),
                Some(b) => match bits {
                    None => (!fits_unit(b.bit_len, seg.unit)).then_some("unit"),
                    Some(n) => (n > b.bit_len as u64).then_some("short"),
                },
            },
            BinSegKind::Utf8 | BinSegKind::Utf16 | BinSegKind::Utf32 => {
                let ok = v.as_small().and_then(|c| u32::try_from(c).ok()).and_then(char::from_u32).is_some();
                (!ok).then_some("type")
            }
        };
        if let Some(error) = problem {
            let value = if error == "invalid" { Term::int(bits.unwrap_or(0) as i64) } else { v };
            return Some((seg, error, value));
        }
    }
    None
}

/// What is wrong with `v` as a float of `bits` bits, if anything.
fn float_problem(v: Term, bits: u64) -> Option<&'static str> {
    match v.view() {
        View::Float(_) => {}
        _ if v.is_integer() => {
            if !v.to_bigint().and_then(|b| b.to_f64()).is_some_and(f64::is_finite) {
                return Some("no_float");
            }
        }
        _ => return Some("type"),
    }
    (!matches!(bits, 16 | 32 | 64)).then_some("invalid")
}
