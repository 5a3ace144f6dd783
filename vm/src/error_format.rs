//! Text of uncaught exceptions, as OTP's `erl_error:format_exception`
//! renders them in escript's and the shell's error messages:
//! `exception error: no match of right hand side value 1` followed by
//! `in function`/`in call from` lines.

use crate::exception::Class;
use crate::format::{print_term, write_term};
use crate::term::{Term, View};

/// The explanation of an error reason (class `error`).
fn explain_error(reason: Term, col: usize) -> String {
    let p = |t: Term, extra: usize| print_term(t, col + extra);
    if let View::Atom(a) = reason.view() {
        return match a.name() {
            "badarg" => "bad argument".into(),
            "badarith" => "an error occurred when evaluating an arithmetic expression".into(),
            "function_clause" => "no function clause matching".into(),
            "if_clause" => "no true branch found when evaluating an if expression".into(),
            "undef" => "undefined function".into(),
            "system_limit" => "a system limit has been reached".into(),
            "noproc" => "no such process or port".into(),
            "timeout_value" => "bad receive timeout value".into(),
            _ => p(reason, 0),
        };
    }
    if let Some(t) = reason.as_tuple() {
        if t.len() == 2 {
            if let Some(tag) = t[0].as_atom() {
                let v = t[1];
                let msg = |prefix: &str| format!("{prefix}{}", print_term(v, col + prefix.len()));
                match tag.name() {
                    "badmatch" => return msg("no match of right hand side value "),
                    "case_clause" => return msg("no case clause matching "),
                    "try_clause" => return msg("no try clause matching "),
                    "badfun" => return msg("bad function "),
                    "badrecord" => return msg("bad record "),
                    "badmap" => return msg("bad map: "),
                    "badkey" => return msg("bad key: "),
                    "badarity" => {
                        if let Some(fa) = v.as_tuple() {
                            if fa.len() == 2 {
                                let n = fa[1].list_len().unwrap_or(0);
                                let s = if n == 1 { "" } else { "s" };
                                return format!(
                                    "{} called with {n} argument{s}",
                                    print_term(fa[0], col)
                                );
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    p(reason, 0)
}

/// `exception error: ...` etc. (without the `escript: ` prefix), with the
/// stack trace lines. `indent` is the column where the text starts.
pub fn format_exception(class: Class, reason: Term, trace: Term, indent: usize) -> String {
    let head = match class {
        Class::Error => "exception error: ",
        Class::Throw => "exception throw: ",
        Class::Exit => "exception exit: ",
    };
    let col = indent + head.len();
    let body = match class {
        Class::Error => explain_error(reason, col),
        _ => print_term(reason, col),
    };
    let mut out = format!("{head}{body}");
    let frames = trace.list_to_vec().unwrap_or_default();
    for (i, f) in frames.iter().enumerate() {
        let Some(fr) = f.as_tuple() else { continue };
        if fr.len() != 4 {
            continue;
        }
        let (m, fun, args, loc) = (fr[0], fr[1], fr[2], fr[3]);
        let intro = if i == 0 {
            "  in function  "
        } else {
            "  in call from "
        };
        let name = match (m.as_atom(), fun.as_atom()) {
            (Some(m), Some(f)) if m.name() == "erlang" => crate::format::write_term(Term::atom(f)),
            (Some(_), Some(f)) => format!("{}:{}", write_term(m), write_term(Term::atom(f))),
            _ => continue,
        };
        let arity = match args.as_small() {
            Some(n) => n as usize,
            None => args.list_len().unwrap_or(0),
        };
        let mut line = format!("\n{intro}{name}/{arity}");
        if let Some(l) = location(loc) {
            line.push_str(&format!(" {l}"));
        } else if m.as_atom().is_some_and(|m| m.name() != "erlang") {
            line.push(' ');
        }
        out.push_str(&line);
        if let Some(list) = args.list_to_vec() {
            let shown: Vec<String> = list.iter().map(|a| write_term(*a)).collect();
            out.push_str(&format!("\n     called as {name}({})", shown.join(",")));
        }
    }
    out
}

/// `(file.erl, line 5)` from a location list.
fn location(loc: Term) -> Option<String> {
    let items = loc.list_to_vec()?;
    let mut file = None;
    let mut line = None;
    for it in items {
        let t = it.as_tuple()?;
        match (
            t.first().and_then(|a| a.as_atom()).map(|a| a.name()),
            t.get(1),
        ) {
            (Some("file"), Some(f)) => {
                let cs = f.list_to_vec()?;
                file = Some(
                    cs.iter()
                        .filter_map(|c| c.as_small())
                        .filter_map(|c| char::from_u32(c as u32))
                        .collect::<String>(),
                );
            }
            (Some("line"), Some(l)) => line = l.as_small(),
            _ => {}
        }
    }
    Some(format!("({}, line {})", file?, line?))
}
