//! Formatting and printing: `io_lib`'s native functions, `erlang:display/1`,
//! and `ferl_io:std_out/2`, the standard devices' half of `io`'s writing
//! (stdlib/io.erl does the rest: devices, io requests, errors). Output goes
//! to the latin1 standard devices through `crate::io`.

use super::Bif;
use crate::exception::{BifResult, Exception};
use crate::format::deep::{Deep, Sink};
use crate::format::{self, directives, pretty, write, Encoding};
use crate::process::Process;
use crate::term::{atoms, Atom, Term, View};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("ferl_io", "std_out", 2, std_out),
    Bif::new("io_lib", "format", 2, io_lib_format),
    Bif::new("io_lib", "fwrite", 2, io_lib_format),
    Bif::new("io_lib", "format", 3, io_lib_format3),
    Bif::new("io_lib", "fwrite", 3, io_lib_format3),
    Bif::new("io_lib", "write", 1, io_lib_write1),
    Bif::new("io_lib", "write", 2, io_lib_write2),
    Bif::new("io_lib", "print", 1, io_lib_print),
    Bif::new("io_lib", "print", 4, io_lib_print4),
    Bif::new("io_lib_pretty", "ferl_print", 9, io_lib_pretty_ferl_print),
    Bif::new("io_lib", "indentation", 2, io_lib_indentation),
    Bif::new("io_lib", "latin1_char_list", 1, io_lib_latin1_char_list),
    Bif::new("io_lib", "write_atom", 1, io_lib_write_atom),
    Bif::new("io_lib", "write_string", 1, io_lib_write_string),
    Bif::new("io_lib", "char_list", 1, io_lib_char_list),
    Bif::new("io_lib", "deep_char_list", 1, io_lib_deep_char_list),
    Bif::new("io_lib", "printable_list", 1, io_lib_printable_list),
    Bif::new("io_lib", "printable_latin1_list", 1, io_lib_printable_list),
    Bif::new("io_lib", "printable_unicode_list", 1, io_lib_printable_unicode_list),
    Bif::new("io_lib", "nl", 0, io_lib_nl),
    Bif::new("erlang", "display", 1, erlang_display),
];

#[derive(Clone, Copy)]
enum Device {
    Stdout,
    Stderr,
}

fn emit(dev: Device, text: &str) {
    let bytes = crate::io::latin1_bytes(text);
    match dev {
        Device::Stdout => crate::io::write_stdout(&bytes),
        Device::Stderr => crate::io::write_stderr(&bytes),
    }
}

/// Unicode chardata: characters, and binaries in UTF-8 (latin1 bytes when
/// not valid UTF-8).
pub(crate) fn chardata(t: Term) -> Result<String, Exception> {
    let mut out = String::new();
    let mut stack = vec![t];
    while let Some(t) = stack.pop() {
        match t.view() {
            View::Nil => {}
            View::Cons(h, tl) => {
                stack.push(tl);
                stack.push(h);
            }
            View::Small(c) if write::is_unicode_char(c) => out.push(format::char_of(c)),
            View::Binary(b) if b.is_binary() => {
                let bytes = b.to_bytes();
                match std::str::from_utf8(&bytes) {
                    Ok(s) => out.push_str(s),
                    Err(_) => out.extend(bytes.iter().map(|&c| c as char)),
                }
            }
            _ => return Err(Exception::badarg()),
        }
    }
    Ok(out)
}

/// `ferl_io:std_out(Device, Request)`: an output request of `io` (see
/// stdlib/io.erl) for the standard group leader (`standard_io`, `user`,
/// the leader's pid) or `standard_error`, done at once: `{format, F, A}`,
/// `{put_chars, Encoding, Chars}`, `nl`, `{write, T}`.
/// Returns `ok`, or `{error, put_chars}` for what the device cannot
/// print, as OTP's standard io server replies.
fn std_out(p: &mut Process, a: &[Term]) -> BifResult {
    let dev = match a[0].as_atom().map(|d| d.name()) {
        Some("standard_error") => Device::Stderr,
        _ => Device::Stdout,
    };
    let text = match a[1].as_tuple() {
        Some(&[tag, f, args]) if tag.as_atom().is_some_and(|t| t.name() == "format") => {
            directives::format_to_string(f, args)
        }
        Some(&[tag, _enc, chars]) if tag.as_atom().is_some_and(|t| t.name() == "put_chars") => chardata(chars),
        Some(&[tag, t]) if tag.as_atom().is_some_and(|t| t.name() == "write") => Ok(format::write_term(t)),
        None if a[1].as_atom().is_some_and(|t| t.name() == "nl") => Ok("\n".to_string()),
        _ => return Err(Exception::badarg()),
    };
    match text {
        Ok(text) => {
            emit(dev, &text);
            Ok(Term::atom(atoms::ok))
        }
        Err(_) => Ok(p.heap.tuple2(Term::atom(atoms::error), Term::atom(Atom::intern("put_chars")))),
    }
}

fn io_lib_format(p: &mut Process, a: &[Term]) -> BifResult {
    format::format(&mut p.heap, a[0], a[1])
}

/// `io_lib:format(Format, Data, [{chars_limit, N}])`.
fn io_lib_format3(p: &mut Process, a: &[Term]) -> BifResult {
    let limit = format::limited::chars_limit_option(a[2])?;
    let mut d = Deep::new();
    d.open();
    format::limited::format_limited(&mut d, a[0], a[1], limit)?;
    d.close();
    Ok(d.to_term(&mut p.heap))
}

fn string_result(p: &mut Process, s: &str) -> BifResult {
    Ok(format::chars_to_list(&mut p.heap, s))
}

/// `io_lib:write/1,2`: OTP's deep list (`[$[, [H | Tail], $]]` ...).
fn io_lib_write1(p: &mut Process, a: &[Term]) -> BifResult {
    let mut d = Deep::new();
    write::write_into(&mut d, a[0], -1, Encoding::Latin1);
    Ok(d.to_term(&mut p.heap))
}

/// `io_lib:write(Term, Depth)` or `io_lib:write(Term, Options)` with
/// `depth`, `encoding` and `chars_limit`.
fn io_lib_write2(p: &mut Process, a: &[Term]) -> BifResult {
    let mut d = Deep::new();
    if let Some(depth) = a[1].as_small() {
        write::write_into(&mut d, a[0], depth, Encoding::Latin1);
        return Ok(d.to_term(&mut p.heap));
    }
    let opts = a[1].list_to_vec().ok_or_else(Exception::badarg)?;
    let (mut depth, mut enc, mut limit) = (None, None, None);
    for o in opts {
        let Some(&[k, v]) = o.as_tuple() else { continue };
        match k.as_atom().map(|k| k.name()) {
            Some("depth") if depth.is_none() => depth = Some(v.as_small().ok_or_else(Exception::badarg)?),
            Some("chars_limit") if limit.is_none() => limit = Some(v.as_small().ok_or_else(Exception::badarg)?),
            Some("encoding") if enc.is_none() => enc = Some(v),
            _ => {}
        }
    }
    let enc = match enc.and_then(|e| e.as_atom()).map(|e| e.name()) {
        Some("latin1") => Encoding::Latin1,
        _ => Encoding::Unicode,
    };
    pretty::write_limited(&mut d, a[0], depth.unwrap_or(-1), enc, limit.unwrap_or(-1));
    Ok(d.to_term(&mut p.heap))
}

/// `io_lib:print/1`: `io_lib_pretty`'s deep list.
fn io_lib_print(p: &mut Process, a: &[Term]) -> BifResult {
    let mut d = Deep::new();
    pretty::print_into(&mut d, a[0], 1, 80, -1, Encoding::Latin1, true);
    Ok(d.to_term(&mut p.heap))
}

/// `io_lib:print(Term, Column, LineLength, Depth)`.
fn io_lib_print4(p: &mut Process, a: &[Term]) -> BifResult {
    let int = |t: Term| t.as_small().ok_or_else(Exception::badarg);
    let (col, ll, depth) = (int(a[1])?, int(a[2])?, int(a[3])?);
    let mut d = Deep::new();
    pretty::print_into(&mut d, a[0], col, ll, depth, Encoding::Latin1, true);
    Ok(d.to_term(&mut p.heap))
}

/// `io_lib_pretty:ferl_print(Term, Column, LineLength, Depth,
/// LineMaxChars, CharsLimit, Encoding, Strings, Records)`: the native half of
/// `io_lib_pretty:print/2` (`stdlib/io_lib_pretty.erl` reads the options
/// and asks the `record_print_fun` about every record it may print).
/// `Records` is `[{Tag, NoFields, [FieldName]}]`. Fails with `badarg`.
fn io_lib_pretty_ferl_print(p: &mut Process, a: &[Term]) -> BifResult {
    let int = |t: Term| t.as_small().ok_or_else(Exception::badarg);
    let (col, line_length, depth, max_chars) = (int(a[1])?, int(a[2])?, int(a[3])?, int(a[4])?);
    let chars_limit = int(a[5])?;
    let enc = match a[6].as_atom().map(|e| e.name()) {
        Some("unicode" | "utf8") => Encoding::Unicode,
        _ => Encoding::Latin1,
    };
    let strings = !a[7].is_atom_of(atoms::false_);
    let records = records_table(a[8])?;
    let opts = pretty::Options { col, line_length, depth, enc, strings, max_chars, chars_limit, records: &records };
    let mut d = Deep::new();
    pretty::print_with(&mut d, a[0], &opts);
    Ok(d.to_term(&mut p.heap))
}

/// `[{Tag, NoFields, FieldNames}]` as the printer's record table.
pub(crate) fn records_table(t: Term) -> Result<pretty::Records, Exception> {
    let mut records = pretty::Records::new();
    for r in t.list_to_vec().ok_or_else(Exception::badarg)? {
        let Some(&[tag, n, fields]) = r.as_tuple() else { return Err(Exception::badarg()) };
        let (Some(tag), Some(n)) = (tag.as_atom(), n.as_small()) else { return Err(Exception::badarg()) };
        let names = fields.list_to_vec().ok_or_else(Exception::badarg)?;
        let names: Option<Vec<_>> = names.iter().map(|f| f.as_atom()).collect();
        let names = names.ok_or_else(Exception::badarg)?;
        if n < 0 || names.len() != n as usize {
            return Err(Exception::badarg());
        }
        records.insert((tag, names.len()), names);
    }
    Ok(records)
}

/// `io_lib:indentation(Chars, StartIndent)`: the column after `Chars`.
fn io_lib_indentation(_p: &mut Process, a: &[Term]) -> BifResult {
    let mut col = a[1].as_small().ok_or_else(Exception::badarg)?;
    let mut stack = vec![a[0]];
    while let Some(t) = stack.pop() {
        match t.view() {
            View::Nil => {}
            View::Cons(h, tl) => {
                stack.push(tl);
                match h.as_small() {
                    Some(0x0a) => col = 0,
                    Some(0x09) => col = (col + 8) / 8 * 8,
                    Some(_) => col += 1,
                    None if h.is_list() => stack.push(h),
                    None => return Err(Exception::badarg()),
                }
            }
            _ => return Err(Exception::badarg()),
        }
    }
    Ok(Term::int(col))
}

fn io_lib_latin1_char_list(_p: &mut Process, a: &[Term]) -> BifResult {
    let ok = write::list_chars(a[0]).is_some_and(|cs| cs.iter().all(|&c| (0..=255).contains(&c)));
    Ok(Term::boolean(ok))
}

fn io_lib_write_atom(p: &mut Process, a: &[Term]) -> BifResult {
    let at = a[0].as_atom().ok_or_else(Exception::badarg)?;
    string_result(p, &write::write_atom(at, Encoding::Unicode))
}

fn io_lib_write_string(p: &mut Process, a: &[Term]) -> BifResult {
    let cs = write::list_chars(a[0]).ok_or_else(Exception::badarg)?;
    string_result(p, &directives::quote_string(&cs))
}

fn io_lib_char_list(_p: &mut Process, a: &[Term]) -> BifResult {
    let ok = write::list_chars(a[0]).is_some_and(|cs| cs.iter().all(|&c| write::is_unicode_char(c)));
    Ok(Term::boolean(ok))
}

fn io_lib_deep_char_list(_p: &mut Process, a: &[Term]) -> BifResult {
    let mut stack = vec![a[0]];
    while let Some(t) = stack.pop() {
        match t.view() {
            View::Nil => {}
            View::Cons(h, tl) => {
                stack.push(tl);
                if h.is_list() {
                    stack.push(h);
                } else if !h.as_small().is_some_and(write::is_unicode_char) {
                    return Ok(Term::boolean(false));
                }
            }
            _ => return Ok(Term::boolean(false)),
        }
    }
    Ok(Term::boolean(true))
}

/// `io_lib:printable_list/1` under the default printable range (latin1).
fn io_lib_printable_list(_p: &mut Process, a: &[Term]) -> BifResult {
    Ok(Term::boolean(write::printable_latin1_list(a[0])))
}

fn io_lib_printable_unicode_list(_p: &mut Process, a: &[Term]) -> BifResult {
    Ok(Term::boolean(write::printable_unicode_list(a[0])))
}

fn io_lib_nl(p: &mut Process, _a: &[Term]) -> BifResult {
    string_result(p, "\n")
}

/// Prints straight to standard output, ending the line with CR LF as the
/// runtime system's own printer does.
fn erlang_display(_p: &mut Process, a: &[Term]) -> BifResult {
    let mut bytes = format::display::display(a[0]);
    bytes.extend_from_slice(b"\r\n");
    crate::io::write_stdout(&bytes);
    Ok(Term::boolean(true))
}
