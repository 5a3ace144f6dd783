//! `erl_erts_errors:format_bs_fail/2`: the explanation of a failed binary
//! construction, from the `cause` its function's `error_info` carries:
//! "construction of binary failed" and "segment N of type 'T': ...".

use super::error_info::ErrorMap;
use crate::format::write::BinParts;
use crate::format::{self, Encoding};
use crate::term::{Term, View};

/// The map for a `{Segment, Type, Error, Value}` cause and `reason`
/// (`badarg` or `system_limit`), or `None` for any other cause.
pub fn explain(reason: Term, cause: Term) -> Option<ErrorMap> {
    let &[segment, ty, error, value] = cause.as_tuple()? else { return None };
    let (ty, error) = (ty.as_atom()?.name(), error.as_atom()?.name());
    let text = match (reason.as_atom()?.name(), ty, error) {
        ("system_limit", "binary", "size") => {
            format!("the size of the binary/bitstring is too large (exceeding {} bits)", (1u64 << 31) - 1)
        }
        ("system_limit", _, "size") => format!("the size {} is too large", format::write_term(value)),
        ("badarg", "float", "invalid") => {
            format!("expected one of the supported sizes 16, 32, or 64 but got: {}", format::write_term(value))
        }
        ("badarg", "float", "no_float") => {
            format!("the value {} is outside the range expressible as a float", truncated(value))
        }
        ("badarg", "binary", "unit") => {
            format!("the size of the value {} is not a multiple of the unit for the segment", truncated(value))
        }
        ("badarg", _, "short") => format!("the value {} is shorter than the size of the segment", truncated(value)),
        ("badarg", _, "size") => format!("expected a non-negative integer as size but got: {}", truncated(value)),
        ("badarg", _, "type") => {
            let what = match ty {
                "binary" => "a binary".to_string(),
                "float" => "a float or an integer".to_string(),
                "integer" => "an integer".to_string(),
                other => format!("a non-negative integer encodable as {other}"),
            };
            format!("expected {what} but got: {}", truncated(value))
        }
        _ => return None,
    };
    Some(ErrorMap {
        general: Some(format!("segment {} of type '{ty}': {text}", format::write_term(segment))),
        reason: Some("construction of binary failed".to_string()),
        ..ErrorMap::default()
    })
}

/// `possibly_truncated/1`: long integers and binaries show their two ends.
fn truncated(v: Term) -> String {
    if v.is_integer() {
        let digits = format::write_term(v);
        return if digits.len() < 48 {
            digits
        } else {
            format!("{}...{}", &digits[..12], &digits[digits.len() - 12..])
        };
    }
    if let View::Binary(b) = v.view() {
        // byte_size/1: a partial last byte counts.
        let bytes = b.bit_len.div_ceil(8);
        if bytes < 16 {
            return format::print_term(v, 1);
        }
        // `~w` of the first 8 bytes without its `>>`, then of the last
        // two (and any odd bits) without its `<<`.
        let words = |from: usize| BinParts::of(b.slice(from, b.bit_len - from), -1).text();
        let prefix = BinParts::of(b.slice(0, 64), -1).text();
        let suffix = words((bytes - 2) * 8);
        return format!("{}...,{}", &prefix[..prefix.len() - 2], &suffix[2..]);
    }
    crate::format::pretty::print(v, 1, 80, 20, Encoding::Latin1)
}
