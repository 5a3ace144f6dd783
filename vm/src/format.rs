//! Turning terms into text exactly as OTP 25 does: `~w` (`io_lib:write`),
//! `~p` (`io_lib_pretty`), float printing and `io_lib:format`'s control
//! sequences. Text is built as a Rust `String` of Erlang characters; the
//! device encoding (latin1 on OTP's standard_io) is applied in `io.rs`.

pub mod deep;
pub mod directives;
pub mod display;
pub mod float;
pub mod limited;
pub mod pretty;
pub mod write;

#[cfg(test)]
mod tests;

use crate::exception::Exception;
use crate::heap::Heap;
use crate::term::Term;

/// Which of OTP's two text modes a directive runs in: plain (`latin1`,
/// e.g. `~p`) or with the `t` modifier (`unicode`, e.g. `~tp`). It decides
/// how atoms with characters above 255 are escaped and how UTF-8 binaries
/// are shown by `~p`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Latin1,
    Unicode,
}

/// `~w` / `io_lib:write/1`: the term on one line, strings as lists.
pub fn write_term(t: Term) -> String {
    write::write(t, -1, Encoding::Latin1)
}

/// `~p` / `io_lib:print/1` with the text starting at column `col`, counted
/// from 1 as `io_lib_pretty` does (the first character of a line is column
/// 1; `io_lib:format("~p")` at the start of a line uses column 1). Line
/// length 80, unlimited depth.
pub fn print_term(t: Term, col: usize) -> String {
    pretty::print(t, col as i64, 80, -1, Encoding::Latin1)
}

/// `io_lib:format(Format, Args)`: the result as a flat character list on
/// `heap`. Fails with `error:badarg` (as OTP does) when the format is not
/// a string, atom or binary, when a control sequence is unknown or does
/// not suit its argument, or when there are too few or too many arguments.
pub fn format(heap: &mut Heap, fmt: Term, args: Term) -> Result<Term, Exception> {
    Ok(directives::format_deep(fmt, args)?.to_term(heap))
}

/// An Erlang character list holding `s`.
pub fn chars_to_list(heap: &mut Heap, s: &str) -> Term {
    let chars: Vec<Term> = s.chars().map(|c| Term::int(c as i64)).collect();
    heap.list(&chars)
}

/// The character for code point `c`; code points Rust cannot hold (the
/// surrogate range) become U+FFFD.
pub(crate) fn char_of(c: i64) -> char {
    u32::try_from(c).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}')
}
