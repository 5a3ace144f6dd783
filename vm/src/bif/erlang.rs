//! The `erlang` module's BIFs, split by family into `erlang/*.rs`; this file
//! holds the argument helpers they share.

pub mod convert;
pub mod dict;
pub mod ext;
pub mod float_text;
pub mod halt;
pub mod hash;
pub mod iolist;
pub mod md5;
pub mod misc;
pub mod tuple;
pub mod types;

use crate::exception::Exception;
use crate::term::Term;

/// `Err(badarg)`, for `?` chains.
pub(crate) fn badarg<T>() -> Result<T, Exception> {
    Err(Exception::badarg())
}

/// A small non-negative integer argument (an index, a size), else badarg.
pub(crate) fn usize_arg(t: Term) -> Result<usize, Exception> {
    match t.as_small() {
        Some(n) if n >= 0 => Ok(n as usize),
        _ => badarg(),
    }
}

/// The code points of a proper list of unicode characters, else badarg.
pub(crate) fn char_list(t: Term) -> Result<String, Exception> {
    let mut s = String::new();
    let mut rest = t;
    while let Some((h, tl)) = rest.as_cons() {
        match h.as_small().and_then(|c| u32::try_from(c).ok()).and_then(char::from_u32) {
            Some(c) => s.push(c),
            None => return badarg(),
        }
        rest = tl;
    }
    if rest.is_nil() {
        Ok(s)
    } else {
        badarg()
    }
}

/// The bytes of a binary (whole bytes only), else badarg.
pub(crate) fn binary_arg(t: Term) -> Result<Vec<u8>, Exception> {
    match t.as_bits() {
        Some(b) if b.is_binary() => Ok(b.to_bytes()),
        _ => badarg(),
    }
}
