//! `ferl_logger`: the native helpers of the Erlang `logger`,
//! `logger_formatter` and `proc_lib` modules in `stdlib/`.
//!
//! - `header(Title)`: the legacy report header (`=ERROR REPORT==== date
//!   ===`), the same text the VM's own reports use (`report::header_line`).
//! - `format_exception(Column, Class, Reason, Stack, TrimModules, Depth,
//!   Encoding)`: `erl_error:format_exception/8` as proc_lib's crash report
//!   calls it (format fun `~.<col>tp`, trailing frames of `TrimModules`
//!   left out). `format_exception/8` adds options as the shell's format
//!   fun has them: `{line_length, L}`, `{line_max_chars, M}` and
//!   `{records, [{Tag, NoFields, Fields}]}` (tuples printed as records).
//! - `store_get(Key, Default)`, `store_put(Key, Value)`: VM-wide terms (the
//!   logger's handler configuration, kept here as OTP keeps it in an ETS
//!   table, so logging needs no server process).

use super::Bif;
use crate::error_format::{format_exception_records, Style};
use crate::exception::{BifResult, Class, Exception};
use crate::format::Encoding;
use crate::heap::Heap;
use crate::process::Process;
use crate::term::{Atom, Term};
use std::collections::HashMap;
use std::sync::Mutex;

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("ferl_logger", "header", 1, header),
    Bif::new("ferl_logger", "format_exception", 7, format_exception),
    Bif::new("ferl_logger", "format_exception", 8, format_exception),
    Bif::new("ferl_logger", "store_get", 2, store_get),
    Bif::new("ferl_logger", "store_put", 2, store_put),
];

/// Terms that outlive the process that stored them: each lives on its own
/// heap, copied in on `put` and out on `get`.
#[derive(Default)]
pub struct Store {
    terms: Mutex<HashMap<Atom, (Heap, Term)>>,
}

// SAFETY: a stored heap is only touched under the mutex, and its terms are
// copied out before use; nothing else points into it.
unsafe impl Send for Store {}
unsafe impl Sync for Store {}

/// The text of a chardata term (a character list, binary or atom).
fn text_of(t: Term) -> Option<String> {
    if let Some(a) = t.as_atom() {
        return Some(a.name().to_string());
    }
    if let Some(b) = t.as_bits() {
        return Some(String::from_utf8_lossy(&b.to_bytes()).into_owned());
    }
    let mut out = String::new();
    for c in t.iter_list() {
        out.push(char::from_u32(u32::try_from(c.as_small()?).ok()?)?);
    }
    Some(out)
}

/// A string as a list of characters on the caller's heap.
fn char_list(p: &mut Process, s: &str) -> Term {
    let cs: Vec<Term> = s.chars().map(|c| Term::int(c as i64)).collect();
    p.heap.list(&cs)
}

fn header(p: &mut Process, args: &[Term]) -> BifResult {
    let title = text_of(args[0]).ok_or_else(Exception::badarg)?;
    let line = crate::report::header_line(&p.vm, &title);
    Ok(char_list(p, &line))
}

fn format_exception(p: &mut Process, args: &[Term]) -> BifResult {
    let column = args[0].as_small().filter(|c| *c >= 1).ok_or_else(Exception::badarg)? as usize;
    let class = args[1].as_atom().and_then(Class::from_atom).ok_or_else(Exception::badarg)?;
    let trim = trim_modules(args[4]).ok_or_else(Exception::badarg)?;
    let depth = match args[5].as_small() {
        Some(d) if d > 0 => d,
        _ if args[5].as_atom().map(|a| a.name()) == Some("unlimited") => -1,
        _ => return Err(Exception::badarg()),
    };
    let enc = match args[6].as_atom().map(|a| a.name()) {
        Some("latin1") => Encoding::Latin1,
        Some("unicode" | "utf8") => Encoding::Unicode,
        _ => return Err(Exception::badarg()),
    };
    let mut style = Style { trim, depth, enc, line_length: 80, max_chars: -1 };
    let mut records = Default::default();
    if let Some(opts) = args.get(7) {
        for o in opts.list_to_vec().ok_or_else(Exception::badarg)? {
            let Some(&[k, v]) = o.as_tuple() else { return Err(Exception::badarg()) };
            match k.as_atom().map(|a| a.name()) {
                Some("line_length") => style.line_length = v.as_small().ok_or_else(Exception::badarg)?,
                Some("line_max_chars") => style.max_chars = v.as_small().ok_or_else(Exception::badarg)?,
                Some("records") => records = crate::bif::io::records_table(v)?,
                _ => return Err(Exception::badarg()),
            }
        }
    }
    let text = format_exception_records(class, args[2], args[3], column, style, records);
    Ok(char_list(p, &text))
}

/// The module names to trim, as the `&'static` list `Style` wants: the
/// two lists callers use are known; others are leaked once per distinct
/// list (they are few and fixed in practice).
fn trim_modules(t: Term) -> Option<&'static [&'static str]> {
    let names: Vec<&'static str> =
        t.list_to_vec()?.iter().map(|m| m.as_atom().map(|a| a.name())).collect::<Option<_>>()?;
    static KNOWN: Mutex<Vec<&'static [&'static str]>> = Mutex::new(Vec::new());
    let mut known = KNOWN.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(k) = known.iter().find(|k| **k == names.as_slice()) {
        return Some(k);
    }
    let leaked: &'static [&'static str] = Box::leak(names.into_boxed_slice());
    known.push(leaked);
    Some(leaked)
}

fn store_get(p: &mut Process, args: &[Term]) -> BifResult {
    let key = args[0].as_atom().ok_or_else(Exception::badarg)?;
    let terms = p.vm.logger_store.terms.lock().unwrap_or_else(|e| e.into_inner());
    match terms.get(&key) {
        Some((_, t)) => Ok(p.heap.copy_term(*t)),
        None => Ok(args[1]),
    }
}

fn store_put(p: &mut Process, args: &[Term]) -> BifResult {
    let key = args[0].as_atom().ok_or_else(Exception::badarg)?;
    let mut heap = Heap::new();
    let t = heap.copy_term(args[1]);
    p.vm.logger_store.terms.lock().unwrap_or_else(|e| e.into_inner()).insert(key, (heap, t));
    Ok(Term::atom(Atom::intern("ok")))
}
