//! `io_lib:format/3` with `{chars_limit, N}` (OTP 25's `io_lib_format:
//! build/2`): the small control sequences and the format's own characters
//! are written first and counted; what the limit leaves is then shared
//! out, in order, among the `~p`, `~P`, `~w`, `~W` and `~s` sequences,
//! each getting an equal part of what the ones before it left. `~p` and
//! `~w` cut their term to their part (`pretty::intermediate`); `~s` cuts
//! its string and ends it with `...`.

use super::deep::{Deep, Sink};
use super::directives::{self, bad, Column, Spec, R};
use super::{pretty, Encoding};
use crate::exception::Exception;
use crate::term::{Term, View};

/// One piece of a parsed format.
enum Piece {
    Char(i64),
    /// A control sequence and its arguments.
    Control(Spec, Vec<Term>),
    /// The text of a small control sequence, flattened.
    Text(Vec<i64>),
}

/// `sub/2`: `t` less `e`, never below 0; no limit stays none.
fn sub(t: i64, e: i64) -> i64 {
    if t < 0 {
        t
    } else {
        (t - e).max(0)
    }
}

/// The elements of `io_lib:format(Fmt, Args, [{chars_limit, Limit}])`'s
/// list into `out`.
pub fn format_limited(out: &mut impl Sink, fmt: Term, args: Term, limit: i64) -> R<()> {
    let pieces = parse(fmt, args)?;
    // build_small: every sequence but the big ones becomes its text.
    let mut built = Vec::with_capacity(pieces.len());
    let (mut others, mut big) = (0, 0);
    for piece in pieces {
        match piece {
            Piece::Control(spec, args) if !is_big(&spec, &args) => {
                let mut text = String::new();
                let mut col = Column { out: &mut text, col: 0 };
                directives::control(&mut col, &spec, &mut args.into_iter())?;
                let cs: Vec<i64> = text.chars().map(|c| c as i64).collect();
                others += cs.len() as i64;
                built.push(Piece::Text(cs));
            }
            Piece::Control(spec, args) => {
                big += 1;
                built.push(Piece::Control(spec, args));
            }
            Piece::Char(c) => {
                others += 1;
                built.push(Piece::Char(c));
            }
            Piece::Text(cs) => built.push(Piece::Text(cs)),
        }
    }
    let mut left = if big == 0 { limit } else { sub(limit, others) };
    let mut count = big;
    let mut out = Column { out, col: 0 };
    for piece in built {
        match piece {
            Piece::Char(c) => out.ch(c),
            Piece::Text(cs) => cs.iter().for_each(|&c| out.ch(c)),
            Piece::Control(spec, args) => {
                let part = if left < 0 { left } else { left / count };
                let mut text = Deep::new();
                limited_control(&mut text, &spec, &args, part, out.col)?;
                left = sub(left, text.chars_len());
                count -= 1;
                text.replay(&mut out);
            }
        }
    }
    Ok(())
}

/// Whether a sequence is one of the big ones the limit is shared among:
/// `~p`, `~P`, `~w`, `~W`, and `~s` of anything but an atom.
fn is_big(spec: &Spec, args: &[Term]) -> bool {
    match spec.control {
        'p' | 'P' | 'w' | 'W' => true,
        's' => !args.first().is_some_and(|a| a.is_atom()),
        _ => false,
    }
}

/// How many arguments a control character takes (`collect_cc/2`).
fn arity(control: char) -> Option<usize> {
    Some(match control {
        '~' | 'n' => 0,
        'W' | 'P' | 'x' | 'X' => 2,
        'w' | 'p' | 's' | 'e' | 'f' | 'g' | 'b' | 'B' | '+' | '#' | 'c' | 'i' => 1,
        _ => return None,
    })
}

/// `scan/2`: the format's characters and its control sequences, each
/// with its arguments. Too few or too many arguments fail with `badarg`.
fn parse(fmt: Term, args: Term) -> R<Vec<Piece>> {
    let f = directives::format_chars(fmt)?;
    let args = args.list_to_vec().ok_or_else(Exception::badarg)?;
    let mut args = args.into_iter();
    let mut pieces = Vec::new();
    let mut i = 0;
    while i < f.len() {
        let c = f[i];
        i += 1;
        if c != '~' as i64 {
            pieces.push(Piece::Char(c));
            continue;
        }
        let spec = directives::parse_spec(&f, &mut i, &mut args)?;
        let n = arity(spec.control).ok_or_else(Exception::badarg)?;
        let own: Vec<Term> = args.by_ref().take(n).collect();
        if own.len() != n {
            return bad();
        }
        pieces.push(Piece::Control(spec, own));
    }
    if args.next().is_some() {
        return bad();
    }
    Ok(pieces)
}

/// `control_limited/10`: a big sequence within `limit` characters, its
/// text starting at column `col` (0-based).
fn limited_control(out: &mut Deep, s: &Spec, args: &[Term], limit: i64, col: i64) -> R<()> {
    let depth_arg = || args.get(1).and_then(|d| d.as_small()).ok_or_else(Exception::badarg);
    match s.control {
        'w' | 'W' => {
            let depth = if s.control == 'W' { depth_arg()? } else { -1 };
            let mut text = Deep::new();
            pretty::write_limited(&mut text, args[0], depth, s.enc, limit);
            directives::term_field(out, &text, s.width, s.left, s.prec, s.pad);
        }
        'p' | 'P' => {
            let depth = if s.control == 'P' { depth_arg()? } else { -1 };
            if s.left {
                return bad();
            }
            let records = pretty::Records::new();
            let opts = pretty::Options {
                col: s.prec.unwrap_or(col + 1),
                line_length: s.width.unwrap_or(80),
                depth,
                enc: s.enc,
                strings: s.strings,
                max_chars: -1,
                chars_limit: limit,
                records: &records,
            };
            pretty::print_with(out, args[0], &opts);
        }
        _ => {
            let unicode = s.enc == Encoding::Unicode;
            let chars = directives::string_chars(args[0], unicode)?;
            let cut = match s.width {
                Some(f) if limit < 0 || limit >= f => chars,
                _ if limit < 0 => chars,
                _ => cut_chars(&chars, sub(limit, 3)),
            };
            let width = match s.width {
                Some(f) if limit >= 0 => Some(3.max(f.min(limit))),
                w => w,
            };
            directives::string_field(out, &cut, width, s.left, s.prec, s.pad)?;
        }
    }
    Ok(())
}

/// `limit_iolist_to_chars/4`: the first `n` characters, then the rest if
/// it is under four characters, else `...`.
fn cut_chars(chars: &Deep, n: i64) -> Deep {
    let mut text = String::new();
    chars.replay(&mut text);
    let cs: Vec<char> = text.chars().collect();
    let n = (n.max(0) as usize).min(cs.len());
    let mut d = Deep::new();
    d.open();
    cs[..n].iter().for_each(|&c| d.ch(c as i64));
    let rest = &cs[n..];
    if rest.len() < 4 {
        rest.iter().for_each(|&c| d.ch(c as i64));
    } else {
        d.str("...");
    }
    d.close();
    d
}

/// `{chars_limit, N}` from `io_lib:format/3`'s option list (-1 without
/// one); anything else in the list is ignored, as OTP does.
pub fn chars_limit_option(opts: Term) -> R<i64> {
    let list = opts.list_to_vec().ok_or_else(Exception::badarg)?;
    for o in list {
        if let View::Tuple([k, v]) = o.view() {
            if k.as_atom().is_some_and(|a| a.name() == "chars_limit") {
                return v.as_small().ok_or_else(Exception::badarg);
            }
        }
    }
    Ok(-1)
}
