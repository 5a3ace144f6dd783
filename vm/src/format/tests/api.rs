//! The Rust entry points (`write_term`, `print_term`, `format`), the
//! terms literals cannot express (pids, refs, funs), `erlang:display/1`'s
//! text, and deep nesting without stack overflow.

use crate::code::Lambda;
use crate::format::{display::display, format, print_term, write_term};
use crate::heap::Heap;
use crate::term::{Atom, Term};

#[test]
fn pids_refs_funs() {
    let mut h = Heap::new();
    let lambda = Lambda {
        module: Atom::intern("erl_eval"),
        function: Atom::intern("-expr/5-fun-3-"),
        arity: 1,
        num_free: 0,
        index: 42,
        uniq: 3316493,
        entry: 0,
        instance: std::ptr::null(),
    };
    let f = h.closure(&lambda, &[]);
    let e = h.export_fun(Atom::intern("lists"), Atom::intern("map"), 2);
    let q = h.export_fun(Atom::intern("My"), Atom::intern("f"), 0);
    let r = h.reference(7);
    let t = h.tuple(&[Term::pid(9), r, f, e, q]);
    assert_eq!(write_term(t), "{<0.9.0>,#Ref<0.0.0.7>,#Fun<erl_eval.42.3316493>,fun lists:map/2,fun 'My':f/0}");
    assert_eq!(print_term(t, 1), write_term(t));
}

#[test]
fn print_term_column() {
    let mut h = Heap::new();
    let items: Vec<Term> = (1..=30).map(Term::int).collect();
    let l = h.list(&items);
    assert_eq!(
        print_term(l, 1),
        "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,\n 29,30]"
    );
    // io:format("abc ~p", [lists:seq(1, 30)]) starts the term in column 5.
    assert_eq!(
        print_term(l, 5),
        "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,\n     28,29,30]"
    );
}

#[test]
fn format_returns_deep_char_list() {
    let mut h = Heap::new();
    let fmt = h.string("~w-~s~n");
    let s = h.string("x");
    let args = h.list(&[Term::int(1), s]);
    let out = format(&mut h, fmt, args).unwrap_or(Term::NIL);
    // As erl: io_lib:format("~w-~s~n", [1, "x"]) =:= [[49],45,[120],10].
    assert_eq!(write_term(out), "[[49],45,[120],10]");
    let bad = h.string("~d");
    let one = h.list(&[Term::int(1)]);
    assert!(format(&mut h, bad, one).is_err());
}

/// Expected texts captured from `erl -noshell -eval 'erlang:display(...)'`.
#[test]
fn display_text() {
    let mut h = Heap::new();
    let abc = h.string("abc");
    let l12 = h.list(&[Term::int(1), Term::int(2)]);
    let b12 = h.binary(&[1, 2]);
    let bab = h.binary(b"ab");
    let f = h.float(1.5);
    let quoted = Term::atom(Atom::intern("Foo bar"));
    let improper = h.list_with_tail(&[Term::int(1)], Term::int(2));
    let nl = h.string("a\nb");
    let bits = h.bitstring(&[0b0010_0000], 3);
    let t = h.tuple(&[abc, l12, Term::NIL, b12, bab, f, quoted, improper, nl, bits]);
    assert_eq!(
        String::from_utf8_lossy(&display(t)),
        r#"{"abc",[1,2],[],<<1,2>>,<<"ab">>,1.500000e+00,'Foo bar',[1|2],"a\nb",<<1:3>>}"#
    );
    let m = h.map(&mut vec![(Term::atom(Atom::intern("a")), Term::int(1)), (Term::atom(Atom::intern("b")), Term::NIL)]);
    assert_eq!(display(m), b"#{a=>1,b=>[]}");
}

#[test]
fn deep_nesting_does_not_overflow() {
    let mut h = Heap::with_capacity(1 << 20);
    let mut t = Term::atom(Atom::intern("x"));
    for _ in 0..100_000 {
        t = h.list(&[t]);
    }
    let w = write_term(t);
    assert_eq!(w.len(), 200_001);
    assert_eq!(&w[99_998..100_003], "[[x]]");
    assert_eq!(print_term(t, 1), w);
    assert_eq!(display(t).len(), 200_001);
    let mut t = Term::NIL;
    for _ in 0..100_000 {
        t = h.tuple(&[t]);
    }
    assert_eq!(write_term(t).len(), 200_002);
}
