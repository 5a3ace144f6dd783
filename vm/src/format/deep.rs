//! Where the printers write: a `Sink` takes characters and the brackets of
//! the nested lists OTP's `io_lib` functions build (`io_lib:format/2`
//! returns `[91,["1",44,"2"],93]` for `~w` of `[1,2]`, not `"[1,2]"`). A
//! `String` ignores the brackets, so `io:format` pays nothing for them;
//! `Deep` keeps them to build the same list on the heap.

use crate::heap::Heap;
use crate::term::Term;

pub trait Sink {
    fn ch(&mut self, c: i64);
    /// Starts a nested list.
    fn open(&mut self);
    /// Ends the list the last unmatched `open` started.
    fn close(&mut self);

    fn str(&mut self, s: &str) {
        for c in s.chars() {
            self.ch(c as i64);
        }
    }

    /// `s` as one flat list element.
    fn flat(&mut self, s: &str) {
        self.open();
        self.str(s);
        self.close();
    }
}

impl Sink for String {
    fn ch(&mut self, c: i64) {
        self.push(super::char_of(c));
    }
    fn open(&mut self) {}
    fn close(&mut self) {}
    fn str(&mut self, s: &str) {
        self.push_str(s);
    }
}

const OPEN: i64 = -1;
const CLOSE: i64 = -2;

/// A deep character list as a token stream: characters, `OPEN`, `CLOSE`.
#[derive(Default)]
pub struct Deep {
    toks: Vec<i64>,
}

impl Sink for Deep {
    fn ch(&mut self, c: i64) {
        self.toks.push(c);
    }
    fn open(&mut self) {
        self.toks.push(OPEN);
    }
    fn close(&mut self) {
        self.toks.push(CLOSE);
    }
}

impl Deep {
    pub fn new() -> Deep {
        Deep::default()
    }

    /// The list the tokens describe. The tokens hold one list (an `open`
    /// first and its `close` last); anything after it is ignored.
    pub fn to_term(&self, heap: &mut Heap) -> Term {
        let mut stack: Vec<Vec<Term>> = vec![Vec::new()];
        for &t in &self.toks {
            match t {
                OPEN => stack.push(Vec::new()),
                CLOSE => {
                    let items = stack.pop().unwrap_or_default();
                    let list = heap.list(&items);
                    match stack.last_mut() {
                        Some(top) => top.push(list),
                        None => return list,
                    }
                }
                c => {
                    if let Some(top) = stack.last_mut() {
                        top.push(Term::int(c));
                    }
                }
            }
        }
        stack.first().and_then(|v| v.first().copied()).unwrap_or(Term::NIL)
    }

    /// Replays the tokens into another sink.
    pub fn replay(&self, out: &mut impl Sink) {
        for &t in &self.toks {
            match t {
                OPEN => out.open(),
                CLOSE => out.close(),
                c => out.ch(c),
            }
        }
    }

    /// The elements of the list the tokens hold, into another sink.
    pub fn splice(&self, out: &mut impl Sink) {
        let n = self.toks.len();
        if n >= 2 {
            for &t in &self.toks[1..n - 1] {
                match t {
                    OPEN => out.open(),
                    CLOSE => out.close(),
                    c => out.ch(c),
                }
            }
        }
    }

    /// The number of characters, brackets not counted.
    pub fn chars_len(&self) -> i64 {
        self.toks.iter().filter(|&&t| t >= 0).count() as i64
    }
}

/// Drops the brackets a printer writes: OTP flattens the text of the small
/// control sequences (`~c`, `~f`, `~b`, ...) into the result.
pub struct Flat<'a, S: Sink>(pub &'a mut S);

impl<S: Sink> Sink for Flat<'_, S> {
    fn ch(&mut self, c: i64) {
        self.0.ch(c);
    }
    fn open(&mut self) {}
    fn close(&mut self) {}
}
