//! Unit tests for the BIFs: tables of calls written in Erlang term syntax
//! with their results (or `class:reason`) as OTP 25 prints them with `~w`.
//! `read` parses the small term syntax the tables use; `show` prints.

mod arith;
mod erlang;
mod maps_lists;
mod text;

use crate::process::Process;
use crate::term::{Atom, Term, View};
use crate::vm::Vm;
use std::sync::Arc;

pub(super) fn process() -> Process {
    Process::new(1, Arc::new(Vm::new()))
}

/// Parses `~w`-style terms: integers, floats, atoms (bare or quoted),
/// strings, lists with tails, tuples, maps, `<<bytes>>`. Panics on bad
/// syntax (tests only).
pub(super) fn read(p: &mut Process, s: &str) -> Term {
    let mut r = Reader { s: s.as_bytes(), i: 0 };
    let t = r.term(p);
    r.ws();
    assert_eq!(r.i, s.len(), "trailing input in {s}");
    t
}

struct Reader<'a> {
    s: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && self.s[self.i] == b' ' {
            self.i += 1;
        }
    }
    fn peek(&mut self) -> u8 {
        self.ws();
        self.s.get(self.i).copied().unwrap_or(0)
    }
    fn eat(&mut self, c: &str) -> bool {
        self.ws();
        if self.s[self.i..].starts_with(c.as_bytes()) {
            self.i += c.len();
            true
        } else {
            false
        }
    }
    fn seq(&mut self, p: &mut Process, close: &str) -> Vec<Term> {
        let mut v = Vec::new();
        while !self.eat(close) {
            v.push(self.term(p));
            self.eat(",");
        }
        v
    }
    fn term(&mut self, p: &mut Process) -> Term {
        let c = self.peek();
        if self.eat("<<") {
            let items = self.seq(p, ">>");
            let bytes: Vec<u8> = items.iter().map(|t| t.as_small().unwrap() as u8).collect();
            return p.heap.binary(&bytes);
        }
        if self.eat("#{") {
            let mut pairs = Vec::new();
            while !self.eat("}") {
                let k = self.term(p);
                assert!(self.eat("=>"));
                let v = self.term(p);
                pairs.push((k, v));
                self.eat(",");
            }
            return p.heap.map(&mut pairs);
        }
        if self.eat("{") {
            let items = self.seq(p, "}");
            return p.heap.tuple(&items);
        }
        if self.eat("[") {
            let mut items = Vec::new();
            let mut tail = Term::NIL;
            loop {
                if self.eat("]") {
                    break;
                }
                if self.eat("|") {
                    tail = self.term(p);
                    assert!(self.eat("]"));
                    break;
                }
                items.push(self.term(p));
                self.eat(",");
            }
            return p.heap.list_with_tail(&items, tail);
        }
        let start = self.i;
        if c == b'"' || c == b'\'' {
            self.i += 1;
            while self.s[self.i] != c {
                self.i += 1;
            }
            self.i += 1;
            let body = std::str::from_utf8(&self.s[start + 1..self.i - 1]).unwrap();
            return if c == b'"' { p.heap.string(body) } else { Term::atom(Atom::intern(body)) };
        }
        while self.i < self.s.len() && !b",|]}>= ".contains(&self.s[self.i]) {
            self.i += 1;
        }
        let tok = std::str::from_utf8(&self.s[start..self.i]).unwrap();
        if tok.starts_with(|c: char| c.is_ascii_lowercase()) {
            Term::atom(Atom::intern(tok))
        } else if tok.contains('.') || tok.contains("e") {
            p.heap.float(tok.parse().unwrap())
        } else {
            p.heap.bigint(&tok.parse().unwrap())
        }
    }
}

/// Prints a term as `~w` would (strings as lists of integers).
pub(super) fn show(t: Term) -> String {
    let mut s = String::new();
    write(t, &mut s);
    s
}

fn write(t: Term, s: &mut String) {
    let seq = |items: &[Term], s: &mut String| {
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            write(*x, s);
        }
    };
    match t.view() {
        View::Small(n) => s.push_str(&n.to_string()),
        View::Big(..) => s.push_str(&t.to_bigint().unwrap().to_string()),
        View::Float(f) => s.push_str(&crate::bif::erlang::float_text::short(f)),
        View::Atom(a) => {
            let n = a.name();
            let bare = n.starts_with(|c: char| c.is_ascii_lowercase())
                && n.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '@');
            if bare {
                s.push_str(n)
            } else {
                s.push_str(&format!("'{n}'"))
            }
        }
        View::Nil => s.push_str("[]"),
        View::Cons(..) => {
            s.push('[');
            let items: Vec<Term> = t.iter_list().collect();
            seq(&items, s);
            let mut tail = t;
            while let Some((_, tl)) = tail.as_cons() {
                tail = tl;
            }
            if !tail.is_nil() {
                s.push('|');
                write(tail, s);
            }
            s.push(']');
        }
        View::Tuple(els) => {
            s.push('{');
            seq(els, s);
            s.push('}');
        }
        View::Map(m) => {
            s.push_str("#{");
            for (i, (k, v)) in m.iter().enumerate() {
                if i > 0 {
                    s.push(',');
                }
                write(k, s);
                s.push_str(" => ");
                write(v, s);
            }
            s.push('}');
        }
        View::Binary(b) => {
            let bytes = b.to_bytes();
            let whole = b.bit_len / 8;
            let mut parts: Vec<String> = bytes[..whole].iter().map(|x| x.to_string()).collect();
            if b.bit_len % 8 != 0 {
                let r = b.bit_len % 8;
                parts.push(format!("{}:{}", bytes[whole] >> (8 - r), r));
            }
            s.push_str(&format!("<<{}>>", parts.join(",")));
        }
        _ => s.push_str("#Other"),
    }
}

/// Calls `m:f` with the arguments written in `args` (a `~w` list) and
/// shows the result, or `class:reason` if it raised.
pub(super) fn call(p: &mut Process, mfa: &str, args: &str) -> String {
    let (m, f) = mfa.split_once(':').unwrap();
    let args = read(p, args).list_to_vec().unwrap();
    let bif = crate::bif::lookup(Atom::intern(m), Atom::intern(f), args.len() as u32)
        .unwrap_or_else(|| panic!("no BIF {mfa}/{}", args.len()));
    match bif(p, &args) {
        Ok(t) => show(t),
        Err(e) => format!("{}:{}", e.class.atom().name(), show(e.reason)),
    }
}

/// Runs a table of `(function, args, expected)`, reporting every mismatch.
pub(super) fn check(table: &[(&str, &str, &str)]) {
    let mut p = process();
    let mut bad = Vec::new();
    for (f, args, want) in table {
        let got = call(&mut p, f, args);
        if got != *want {
            bad.push(format!("{f}{args}: want {want}, got {got}"));
        }
    }
    assert!(bad.is_empty(), "\n{}", bad.join("\n"));
}
