//! Text of an uncaught exception as OTP 25's escript prints it: the
//! `erl_error:format_exception/7` call in `escript:format_exception/3`
//! (column 1, latin1, terms through `io_lib:format("~.<Col>P", [T, 50])`,
//! trailing `erl_eval`/`escript` frames trimmed). The `*** argument N:`
//! lines come from `error_format/error_info.rs`.

mod atomics;
mod bs_fail;
mod error_info;
pub(crate) use error_info::{errors_module, otp_location, set_bif_cause, take_bif_cause};
mod erts;
mod ets;
mod io_format;
pub(crate) mod kernel;
mod stdlib;
#[cfg(test)]
mod tests;

use crate::exception::Class;
use crate::format::pretty;
use crate::format::write::{printable_latin1_list, write_atom};
use crate::format::Encoding;
use crate::heap::Heap;
use crate::term::{Atom, Term, View};
use error_info::ErrorMap;

/// How a stack frame gives the called function's arguments.
#[derive(Clone)]
enum Args {
    Arity(i64),
    List(Vec<Term>),
}

impl Args {
    fn count(&self) -> usize {
        match self {
            Args::Arity(n) => (*n).max(0) as usize,
            Args::List(v) => v.len(),
        }
    }
}

/// One `{M, F, ArityOrArgs, Location}` entry of a stack trace.
#[derive(Clone)]
struct Frame {
    m: Atom,
    f: Atom,
    args: Args,
    loc: Term,
}

/// How a caller of `erl_error:format_exception` prints terms and which
/// trailing stack frames it leaves out. escript's is the default; a
/// proc_lib crash report uses its own (see `format_exception_with`).
#[derive(Clone, Copy)]
pub struct Style {
    /// Modules whose frames are trimmed from the end of the stack.
    pub trim: &'static [&'static str],
    /// `~P` depth; -1 for `~p`.
    pub depth: i64,
    pub enc: Encoding,
    /// The format fun's line length and `line_max_chars` (-1: none).
    pub line_length: i64,
    pub max_chars: i64,
}

/// escript's: `io_lib:format("~.<col>P", [T, 50])`, trims `erl_eval`
/// and `escript`.
pub const ESCRIPT_STYLE: Style =
    Style { trim: &["erl_eval", "escript"], depth: 50, enc: Encoding::Latin1, line_length: 80, max_chars: -1 };

thread_local! {
    /// The records the formatting in progress prints by name.
    static RECORDS: std::cell::RefCell<pretty::Records> = std::cell::RefCell::new(pretty::Records::new());
    /// The style of the formatting in progress (BIFs do not re-enter, so
    /// one per thread is enough).
    static STYLE: std::cell::Cell<Style> = const { std::cell::Cell::new(ESCRIPT_STYLE) };
}

fn style() -> Style {
    STYLE.with(|s| s.get())
}

/// The caller's format fun applied to `t` at column `col`.
fn pf(t: Term, col: usize) -> String {
    let st = style();
    RECORDS.with(|r| {
        let records = r.borrow();
        let opts = pretty::Options {
            col: col as i64,
            line_length: st.line_length,
            depth: st.depth,
            enc: st.enc,
            strings: true,
            max_chars: st.max_chars,
            chars_limit: -1,
            records: &records,
        };
        let mut out = String::new();
        pretty::print_with(&mut out, t, &opts);
        out
    })
}

/// `format_exception_at` with another caller's format fun and trim list.
pub fn format_exception_with(class: Class, reason: Term, trace: Term, column: usize, st: Style) -> String {
    format_exception_records(class, reason, trace, column, st, pretty::Records::new())
}

/// Like `format_exception_with`, printing the tuples that `records` names
/// as records (the shell's record_print_fun).
pub fn format_exception_records(
    class: Class,
    reason: Term,
    trace: Term,
    column: usize,
    st: Style,
    records: pretty::Records,
) -> String {
    let saved = STYLE.with(|s| s.replace(st));
    let saved_records = RECORDS.with(|r| r.replace(records));
    let text = format_exception_at(class, reason, trace, column);
    STYLE.with(|s| s.set(saved));
    RECORDS.with(|r| r.replace(saved_records));
    text
}

fn count_nl(s: &str) -> usize {
    s.matches('\n').count()
}

fn len(s: &str) -> usize {
    s.chars().count()
}

fn spaces(n: usize) -> String {
    " ".repeat(n)
}

fn exited(class: Class) -> &'static str {
    match class {
        Class::Error => "exception error: ",
        Class::Exit => "exception exit: ",
        Class::Throw => "exception throw: ",
    }
}

/// The text after escript's `escript: ` prefix (no final newline).
///
/// `indent` is the width of that prefix. OTP's escript does not count it:
/// it formats at column 1 and prepends `escript: ` afterwards, so the
/// continuation lines of a long reason are laid out as if the text began
/// the line. The parameter is therefore not used.
pub fn format_exception(class: Class, reason: Term, trace: Term, indent: usize) -> String {
    let _ = indent;
    format_exception_at(class, reason, trace, 1)
}

/// `erl_error:format_exception(Column, Class, Reason, Trace, StackFun,
/// PF, latin1)` with escript's stack-trim and format funs.
pub fn format_exception_at(class: Class, reason: Term, trace: Term, column: usize) -> String {
    let s = spaces(column.saturating_sub(1));
    let mut heap = Heap::new();
    let (term, trace1, rest) = analyze(class, reason, trace, &mut heap);
    let emap = error_info::extended_error(reason, rest.first(), &mut heap);
    let st = format_stacktrace(&s, &rest, &emap, &mut heap);
    let expl = match &emap.reason {
        Some(r) => r.clone(),
        None => explain_reason(term, class, trace1.as_ref(), &s, &mut heap),
    };
    let mut out = format!("{}{expl}", exited(class));
    if !st.is_empty() {
        out.push('\n');
        out.push_str(&st);
    }
    out
}

/// `erl_error:is_stacktrace/1` and the conversion to frames.
fn frames_of(trace: Term) -> Option<Vec<Frame>> {
    let mut out = Vec::new();
    for e in trace.list_to_vec()? {
        let t = e.as_tuple()?;
        if t.len() != 4 || !t[3].is_list() {
            return None;
        }
        let args = match t[2].as_small() {
            Some(n) => Args::Arity(n),
            None => Args::List(t[2].list_to_vec()?),
        };
        out.push(Frame { m: t[0].as_atom()?, f: t[1].as_atom()?, args, loc: t[3] });
    }
    Some(out)
}

/// `erl_error:analyze_exception/3`: the term to explain, the frame the
/// explanation consumes (`function_clause`, `undef`), the frames to list.
fn analyze(class: Class, reason: Term, trace: Term, heap: &mut Heap) -> (Term, Option<Frame>, Vec<Frame>) {
    let Some(frames) = frames_of(trace) else {
        return (heap.tuple(&[reason, trace]), None, Vec::new());
    };
    if class == Class::Error {
        let takes_first = match (reason.as_atom().map(|a| a.name()), frames.first()) {
            (Some("function_clause"), Some(f)) => matches!(f.args, Args::List(_)),
            (Some("undef"), Some(_)) => true,
            _ => false,
        };
        if takes_first {
            let first = frames[0].clone();
            return (reason, Some(first), frames[1..].to_vec());
        }
    }
    (reason, None, frames)
}

/// `erl_error:explain_reason/7`.
fn explain_reason(term: Term, class: Class, trace1: Option<&Frame>, s: &str, heap: &mut Heap) -> String {
    if let Some(fr) = trace1 {
        if term.as_atom().map(|a| a.name()) == Some("undef") {
            return format!("undefined function {}", mfa_to_string(fr.m, fr.f, fr.args.count()));
        }
        if let Args::List(args) = &fr.args {
            let pre1 = format!("{s}{}", spaces(exited(class).len()));
            let call = format_call("no function clause matching ", &pre1, fr.m, fr.f, args, heap);
            return format!("{call} {}", location(fr.loc));
        }
    }
    let value = |prefix: &str, v: Term| format_value(v, prefix, class, s);
    match (class, term.view()) {
        (Class::Error, View::Atom(a)) => {
            let text = match a.name() {
                "badarg" => "bad argument",
                "badarith" => "an error occurred when evaluating an arithmetic expression",
                "if_clause" => "no true branch found when evaluating an if expression",
                "noproc" => "no such process or port",
                "notalive" => "the node cannot be part of a distributed system",
                "system_limit" => "a system limit has been reached",
                "timeout_value" => "bad receive timeout value",
                _ => "",
            };
            if !text.is_empty() {
                return text.to_string();
            }
        }
        (Class::Error, View::Tuple([tag, f, a, _])) if tag.is_atom_of(crate::term::Atom::intern("shell_undef")) => {
            return format!(
                "undefined shell command {}/{}",
                crate::format::write_term(*f),
                crate::format::write_term(*a)
            );
        }
        (Class::Error, View::Tuple([tag, v])) if tag.is_atom() => {
            let v = *v;
            let prefix = match tag.as_atom().map(|a| a.name()).unwrap_or("") {
                "badarg" => "bad argument: ",
                "badkey" => "bad key: ",
                "badmap" => "bad map: ",
                "badfun" => "bad function ",
                "badmatch" => "no match of right hand side value ",
                "case_clause" => "no case clause matching ",
                "try_clause" => "no try clause matching ",
                "bad_filter" => "bad filter ",
                "bad_generator" => "bad generator ",
                "unbound" => {
                    return format!("variable {} is unbound", crate::format::write_term(v));
                }
                "argument_limit" => {
                    return "limit of number of arguments to interpreted function exceeded".into();
                }
                "badarity" => match badarity(v) {
                    Some(text) => return text,
                    None => "",
                },
                _ => "",
            };
            if !prefix.is_empty() {
                return value(prefix, v);
            }
        }
        (Class::Exit, View::Atom(a)) => {
            let text = match a.name() {
                "restricted_shell_started" => "restricted shell starts now",
                "restricted_shell_stopped" => "restricted shell stopped",
                "calling_self" => "the current process attempted to call itself",
                _ => "",
            };
            if !text.is_empty() {
                return text.to_string();
            }
        }
        (Class::Exit, View::Tuple([tag, v]))
            if tag.as_atom().map(|a| a.name()) == Some("restricted_shell_bad_return") =>
        {
            return value("restricted shell module returned bad value ", *v);
        }
        _ => {}
    }
    pf(term, len(s) + 1 + exited(class).len())
}

/// `{badarity, {Fun, Args}}`: `M:F/A called with one argument`.
fn badarity(v: Term) -> Option<String> {
    let [fun, args] = v.as_tuple()? else {
        return None;
    };
    let n = args.list_len()?;
    let fun_text = format_fun(*fun)?;
    let argss = match n {
        0 => "no arguments".to_string(),
        1 => "one argument".to_string(),
        2 => "two arguments".to_string(),
        n => format!("{n} arguments"),
    };
    Some(format!("{fun_text} called with {argss}"))
}

/// `erl_error:format_fun/2`.
fn format_fun(fun: Term) -> Option<String> {
    match fun.view() {
        View::Fun(lambda, _) if lambda.module.name() == "erl_eval" => {
            Some(format!("interpreted function with arity {}", lambda.arity))
        }
        View::Fun(lambda, _) => Some(mfa_to_string(lambda.module, lambda.function, lambda.arity as usize)),
        View::Export(m, f, a) => Some(mfa_to_string(m, f, a as usize)),
        _ => None,
    }
}

/// `erl_error:format_value/6`: `ErrStr` then the term, moved to its own
/// line when that saves lines.
fn format_value(v: Term, err_str: &str, class: Class, s: &str) -> String {
    let pre1 = exited(class).len();
    let s1 = pf(v, pre1 + len(s) + len(err_str) + 1);
    let n1 = count_nl(&s1);
    if n1 > 1 {
        let s2 = pf(v, len(s) + 1 + pre1);
        if count_nl(&s2) < n1 {
            return format!("{err_str}\n{s}{}{s2}", spaces(pre1));
        }
    }
    format!("{err_str}{s1}")
}

/// `erl_error:format_stacktrace1/8` with escript's trim fun.
fn format_stacktrace(s0: &str, frames: &[Frame], emap: &ErrorMap, heap: &mut Heap) -> String {
    let mut end = frames.len();
    let trim = style().trim;
    while end > 0 && trim.contains(&frames[end - 1].m.name()) {
        end -= 1;
    }
    let s = format!("  {s0}");
    let mut out = String::new();
    let none = ErrorMap::default();
    for (i, fr) in frames[..end].iter().enumerate() {
        let n = i + 1;
        let sep = if n == 1 { s.clone() } else { format!("\n{s}") };
        let map = if n == 1 { emap } else { &none };
        let origin = if n > 1 {
            "in call from"
        } else if is_op(fr.m, fr.f, fr.args.count()) {
            "in operator "
        } else {
            "in function "
        };
        let errors = call_format_error(map, fr.args.count(), &sep);
        let mfa = mfa_to_string(fr.m, fr.f, fr.args.count());
        match &fr.args {
            Args::Arity(_) => {
                let loc = location(fr.loc);
                out.push_str(&format!("{sep}{origin} {mfa} {loc}{errors}"));
            }
            Args::List(args) => {
                let called_as = format!("{s}   called as ");
                let c = format_call("", &called_as, fr.m, fr.f, args, heap);
                out.push_str(&format!("{sep}{origin} {mfa}\n{called_as}{c}{errors}"));
            }
        }
    }
    out
}

/// `erl_error:call_format_error/3`: the `*** argument N:` lines.
fn call_format_error(map: &ErrorMap, nargs: usize, sep: &str) -> String {
    let mut lines = Vec::new();
    for n in 1..=nargs {
        let Some(err) = map.args.get(&n) else {
            continue;
        };
        let arg_str = format!("*** argument {n}: ");
        let mut parts = err.split(['\r', '\n']).filter(|l| !l.is_empty());
        if let Some(first) = parts.next() {
            lines.push(format!("{arg_str}{first}"));
        }
        for l in parts {
            lines.push(format!("{}{l}", spaces(len(&arg_str))));
        }
    }
    if let Some(g) = &map.general {
        lines.push(format!("*** {g}"));
    }
    lines.iter().map(|l| format!("\n{sep}   {l}")).collect()
}

/// `(file.erl, line 5)`, or nothing when either is missing
/// (`proplists:get_value/2` semantics: the first matching entry decides).
fn location(loc: Term) -> String {
    let get = |key: &str| -> Option<Term> {
        for item in loc.iter_list() {
            if item.as_atom().map(|a| a.name()) == Some(key) {
                return None;
            }
            if let Some(t) = item.as_tuple() {
                if t.first().and_then(|k| k.as_atom()).map(|a| a.name()) == Some(key) {
                    return if t.len() == 2 { Some(t[1]) } else { None };
                }
            }
        }
        None
    };
    match (get("file"), get("line")) {
        (Some(file), Some(line)) => {
            let file = chardata_text(file).unwrap_or_else(|| crate::format::write_term(file));
            format!("({file}, line {})", crate::format::write_term(line))
        }
        _ => String::new(),
    }
}

/// The text of a `~ts` argument: a character list, binary or atom.
fn chardata_text(t: Term) -> Option<String> {
    if let Some(a) = t.as_atom() {
        return Some(a.name().to_string());
    }
    if let Some(b) = t.as_bits() {
        return Some(String::from_utf8_lossy(&b.to_bytes()).into_owned());
    }
    let cs = crate::format::write::list_chars(t)?;
    Some(cs.into_iter().map(crate::format::char_of).collect())
}

/// `erl_internal:op_type/2` is defined for `erlang:F/A`.
fn is_op(m: Atom, f: Atom, arity: usize) -> bool {
    if m.name() != "erlang" {
        return false;
    }
    match arity {
        1 => matches!(f.name(), "+" | "-" | "bnot" | "not"),
        2 => matches!(
            f.name(),
            "*" | "/"
                | "+"
                | "-"
                | "div"
                | "rem"
                | "band"
                | "bor"
                | "bxor"
                | "bsl"
                | "bsr"
                | "and"
                | "or"
                | "xor"
                | "=="
                | "/="
                | "=<"
                | "<"
                | ">="
                | ">"
                | "=:="
                | "=/="
                | "++"
                | "--"
                | "!"
        ),
        _ => false,
    }
}

/// `erl_error:mfa_to_string/4`.
fn mfa_to_string(m: Atom, f: Atom, arity: usize) -> String {
    format!("{}/{arity}", mf_to_string(m, f, arity))
}

/// `erl_error:mf_to_string/3`: auto-imported BIFs and operators without
/// their module.
fn mf_to_string(m: Atom, f: Atom, arity: usize) -> String {
    if m.name() == "erlang" && erts::is_auto_imported(f.name(), arity) {
        return write_atom(f, Encoding::Latin1);
    }
    if is_op(m, f, arity) {
        return if f.name() == "/" { write_atom(f, Encoding::Latin1) } else { f.name().to_string() };
    }
    format!("{}:{}", write_atom(m, Encoding::Latin1), write_atom(f, Encoding::Latin1))
}

/// `erl_error:format_call/7`: `ErrStr` then `M:F(Args)`, moved to a new
/// line after `pre1` when the arguments would otherwise wrap more.
fn format_call(err_str: &str, pre1: &str, m: Atom, f: Atom, args: &[Term], heap: &mut Heap) -> String {
    if is_op(m, f, args.len()) {
        return format!("{err_str}{}", format_op(err_str, pre1, f, args));
    }
    let mfs = mf_to_string(m, f, args.len());
    let i1 = len(pre1) + len(err_str) + len(&mfs);
    let s1 = pp_arguments(args, i1, heap);
    let s2 = pp_arguments(args, len(pre1) + len(&mfs), heap);
    let probe = [Term::atom(Atom::intern("a2345")), Term::atom(Atom::intern("b2345"))];
    let long = count_nl(&pp_arguments(&probe, i1, heap)) > 0;
    if long || count_nl(&s2) < count_nl(&s1) {
        format!("{err_str}\n{pre1}{mfs}{s2}")
    } else {
        format!("{err_str}{mfs}{s1}")
    }
}

/// `erl_error:format_op/7`: `1 + foo`, or one operand per line.
fn format_op(err_str: &str, pre: &str, op: Atom, args: &[Term]) -> String {
    let op = op.name();
    match args {
        [a1] => {
            let ops = format!("{op} ");
            let i1 = len(err_str) + len(pre) + len(&ops);
            format!("{ops}{}", pf(*a1, i1 + 1))
        }
        [a1, a2] => {
            let i1 = len(err_str) + len(pre);
            let s1 = pf(*a1, i1 + 1);
            let s2 = pf(*a2, i1 + 1);
            let pre1 = format!("\n{}", spaces(i1));
            if count_nl(&s1) > 0 {
                return format!("{s1}{pre1}{op}{pre1}{s2}");
            }
            let ops2 = format!(" {op} ");
            let size1 = len(err_str) + len(pre) + len(&ops2);
            let s2_2 = pf(*a2, size1 + len(&s1) + 1);
            if count_nl(&s2) < count_nl(&s2_2) {
                format!("{s1}{pre1}{op}{pre1}{s2}")
            } else {
                format!("{s1}{ops2}{s2_2}")
            }
        }
        _ => String::new(),
    }
}

/// `erl_error:pp_arguments/5`: the argument list in parentheses. A list
/// of arguments that looks like a string gets its first element swapped
/// for an atom of the same width while printing, so it stays a list.
fn pp_arguments(args: &[Term], i: usize, heap: &mut Heap) -> String {
    let list = heap.list(args);
    let text = match args.first().and_then(|a| a.as_small()) {
        Some(first) if printable_latin1_list(list) => {
            let l = first.to_string();
            let stand_in = Term::atom(Atom::intern(&"a".repeat(l.len())));
            let mut with_atom = vec![stand_in];
            with_atom.extend_from_slice(&args[1..]);
            let t = heap.list(&with_atom);
            let s0 = pf(t, i + 1);
            let tail: String = s0.chars().skip(1 + l.len()).collect();
            format!("[{l}{tail}")
        }
        _ => pf(list, i + 1),
    };
    brackets_to_parens(&text)
}

fn brackets_to_parens(s: &str) -> String {
    let mut cs: Vec<char> = s.chars().collect();
    if cs.len() >= 2 {
        cs[0] = '(';
        let last = cs.len() - 1;
        cs[last] = ')';
    }
    cs.into_iter().collect()
}
