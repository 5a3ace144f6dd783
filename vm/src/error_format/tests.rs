//! Exact texts of `format_exception`, each captured from OTP 25's escript
//! (`erlang:raise(Class, Reason, Trace)` in `main/1`, without the
//! `escript: ` prefix).

use super::format_exception;
use super::io_format::{check_format_string, ArgType};
use crate::exception::Class;
use crate::heap::Heap;
use crate::term::{Atom, Term};

fn atom(name: &str) -> Term {
    Term::atom(Atom::intern(name))
}

fn loc(h: &mut Heap, file: &str, line: i64) -> Term {
    let f = h.string(file);
    let ft = h.tuple(&[atom("file"), f]);
    let lt = h.tuple(&[atom("line"), Term::int(line)]);
    h.list(&[ft, lt])
}

fn frame(h: &mut Heap, m: &str, f: &str, args: Term, loc: Term) -> Term {
    h.tuple(&[atom(m), atom(f), args, loc])
}

fn ints(h: &mut Heap, range: std::ops::RangeInclusive<i64>) -> Term {
    let v: Vec<Term> = range.map(Term::int).collect();
    h.list(&v)
}

fn check(class: Class, reason: Term, trace: Term, expected: &str) {
    assert_eq!(format_exception(class, reason, trace, 9), expected);
}

#[test]
fn bif_error_explains_the_argument() {
    let mut h = Heap::new();
    let t = h.tuple(&[atom("a")]);
    let args = h.list(&[Term::int(5), t]);
    let f0 = frame(&mut h, "erlang", "element", args, Term::NIL);
    let l = loc(&mut h, "m.erl", 3);
    let f1 = frame(&mut h, "m", "f", Term::int(1), l);
    let f2 = frame(&mut h, "init", "start_em", Term::int(1), Term::NIL);
    let trace = h.list(&[f0, f1, f2]);
    check(
        Class::Error,
        atom("badarg"),
        trace,
        "exception error: bad argument\n  in function  element/2\n     called as element(5,{a})\n     *** argument 1: out of range\n  in call from m:f/1 (m.erl, line 3)\n  in call from init:start_em/1 ",
    );
}

#[test]
fn operator_with_long_operands_goes_one_per_line() {
    let mut h = Heap::new();
    let a = h.tuple(&[
        atom("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
        atom("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
    ]);
    let args = h.list(&[a, atom("x")]);
    let f0 = frame(&mut h, "erlang", "==", args, Term::NIL);
    let trace = h.list(&[f0]);
    check(
        Class::Error,
        atom("badarg"),
        trace,
        "exception error: bad argument\n  in operator  ==/2\n     called as {aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,\n                   bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb}\n               ==\n               x",
    );
}

#[test]
fn short_operator_call_stays_on_one_line() {
    let mut h = Heap::new();
    let args = h.list(&[Term::int(1), atom("foo")]);
    let f0 = frame(&mut h, "erlang", "+", args, Term::NIL);
    let trace = h.list(&[f0]);
    check(
        Class::Error,
        atom("badarith"),
        trace,
        "exception error: an error occurred when evaluating an arithmetic expression\n  in operator  +/2\n     called as 1 + foo",
    );
}

#[test]
fn function_clause_takes_the_first_frame() {
    let mut h = Heap::new();
    let args = h.list(&[Term::int(1), Term::int(2)]);
    let l = loc(&mut h, "m.erl", 3);
    let f0 = frame(&mut h, "m", "f", args, l);
    let f1 = frame(&mut h, "m", "g", Term::int(0), Term::NIL);
    let trace = h.list(&[f0, f1]);
    check(
        Class::Error,
        atom("function_clause"),
        trace,
        "exception error: no function clause matching m:f(1,2) (m.erl, line 3)\n  in function  m:g/0 ",
    );
}

#[test]
fn function_clause_near_the_margin_moves_the_call_down() {
    let mut h = Heap::new();
    let args = h.list(&[Term::int(3)]);
    let l = loc(&mut h, "err_uncaught_function_clause.erl", 7);
    let f0 = frame(&mut h, "err_uncaught_function_clause", "f", args, l);
    let trace = h.list(&[f0]);
    check(
        Class::Error,
        atom("function_clause"),
        trace,
        "exception error: no function clause matching \n                 err_uncaught_function_clause:f(3) (err_uncaught_function_clause.erl, line 7)",
    );
}

#[test]
fn undef_names_the_missing_function() {
    let mut h = Heap::new();
    let args = h.list(&[Term::int(1), Term::int(2)]);
    let f0 = frame(&mut h, "m", "f", args, Term::NIL);
    let l = loc(&mut h, "m.erl", 1);
    let f1 = frame(&mut h, "m", "g", Term::int(1), l);
    let trace = h.list(&[f0, f1]);
    check(
        Class::Error,
        atom("undef"),
        trace,
        "exception error: undefined function m:f/2\n  in function  m:g/1 (m.erl, line 1)",
    );
}

#[test]
fn long_reason_is_laid_out_from_column_18() {
    let mut h = Heap::new();
    let s = h.string("some string here");
    let l10 = ints(&mut h, 1..=10);
    let l16 = ints(&mut h, 1..=16);
    let another = h.tuple(&[atom("another"), l16]);
    let l16b = ints(&mut h, 1..=16);
    let reason = h.tuple(&[atom("a_long_tuple_with_many_elements"), l10, s, another, l16b]);
    check(
        Class::Exit,
        reason,
        Term::NIL,
        "exception exit: {a_long_tuple_with_many_elements,\n                    [1,2,3,4,5,6,7,8,9,10],\n                    \"some string here\",\n                    {another,[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]},\n                    [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16]}",
    );
}

#[test]
fn value_moves_to_its_own_line_when_that_saves_lines() {
    let mut h = Heap::new();
    let key = h.tuple(&[
        atom("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"),
        atom("bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"),
        atom("ccccccccccccccccccccccccc"),
        atom("ddddddddddddddddddddddddddddddd"),
        atom("eeeeeeeeeeeeeeeeeeeeeeee"),
    ]);
    let reason = h.tuple(&[atom("badkey"), key]);
    check(
        Class::Error,
        reason,
        Term::NIL,
        "exception error: bad key: \n                 {aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,\n                     bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,\n                     ccccccccccccccccccccccccc,\n                     ddddddddddddddddddddddddddddddd,eeeeeeeeeeeeeeeeeeeeeeee}",
    );
}

#[test]
fn io_format_argument_errors_span_lines() {
    let mut h = Heap::new();
    let fmt = h.string("~f ~f ~s ~c~n");
    let x = h.tuple(&[atom("x")]);
    let fargs = h.list(&[Term::int(1), Term::int(2), x, atom("a")]);
    let args = h.list(&[fmt, fargs]);
    let f0 = frame(&mut h, "io", "format", args, Term::NIL);
    let trace = h.list(&[f0]);
    check(
        Class::Error,
        atom("badarg"),
        trace,
        "exception error: bad argument\n  in function  io:format/2\n     called as io:format(\"~f ~f ~s ~c~n\",[1,2,{x},a])\n     *** argument 2: element 1 must be of type float\n                     element 2 must be of type float\n                     element 3 must be of type string\n                     element 4 must be of type integer",
    );
}

#[test]
fn trailing_escript_frames_are_trimmed() {
    let mut h = Heap::new();
    let f0 = frame(&mut h, "m", "f", Term::int(1), Term::NIL);
    let f1 = frame(&mut h, "escript", "run", Term::int(2), Term::NIL);
    let f2 = frame(&mut h, "erl_eval", "x", Term::int(1), Term::NIL);
    let trace = h.list(&[f0, f1, f2]);
    check(Class::Error, atom("foo"), trace, "exception error: foo\n  in function  m:f/1 ");
}

#[test]
fn a_reason_without_a_stack_trace_is_shown_with_it() {
    check(Class::Error, atom("foo"), atom("not_a_trace"), "exception error: {foo,not_a_trace}");
}

#[test]
fn format_strings_are_checked_like_erl_lint() {
    let chars = |s: &str| s.chars().map(|c| c as i64).collect::<Vec<_>>();
    use ArgType::*;
    assert_eq!(
        check_format_string(&chars("~10.3.xp ~-5s ~*p ~W ~.16x")),
        Ok(vec![Term, Str, Int, Term, Term, Int, Int, Str])
    );
    assert_eq!(check_format_string(&chars("~a~n")), Err("invalid control ~a".to_string()));
    assert_eq!(check_format_string(&chars("~tz")), Err("invalid control ~tz".to_string()));
    assert_eq!(check_format_string(&chars("abc ~")), Err("truncated".to_string()));
}
