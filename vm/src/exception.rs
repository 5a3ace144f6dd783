//! Erlang exceptions as Rust values: a class and a reason, as raised by BIFs
//! and by the interpreter. The interpreter adds the stack trace.

use crate::heap::Heap;
use crate::term::{atoms, Atom, Term};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Error,
    Throw,
    Exit,
}

impl Class {
    pub fn atom(self) -> Atom {
        match self {
            Class::Error => atoms::error,
            Class::Throw => atoms::throw,
            Class::Exit => atoms::exit,
        }
    }
    pub fn from_atom(a: Atom) -> Option<Class> {
        match a {
            atoms::error => Some(Class::Error),
            atoms::throw => Some(Class::Throw),
            atoms::exit => Some(Class::Exit),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Exception {
    pub class: Class,
    pub reason: Term,
    /// A stack trace supplied by `erlang:raise/3`; otherwise the interpreter
    /// builds one where the exception is raised.
    pub trace: Option<Term>,
}

/// What a BIF returns.
pub type BifResult = Result<Term, Exception>;

impl Exception {
    pub fn error(reason: Term) -> Exception {
        Exception { class: Class::Error, reason, trace: None }
    }
    pub fn throw(reason: Term) -> Exception {
        Exception { class: Class::Throw, reason, trace: None }
    }
    pub fn exit(reason: Term) -> Exception {
        Exception { class: Class::Exit, reason, trace: None }
    }
    pub fn error_atom(a: Atom) -> Exception {
        Exception::error(Term::atom(a))
    }
    pub fn badarg() -> Exception {
        Exception::error_atom(atoms::badarg)
    }
    /// Not an exception: asks the interpreter to yield and run the same
    /// call again later (a BIF waiting for another process).
    pub fn retry() -> Exception {
        Exception { class: Class::Exit, reason: Term::NON_VALUE, trace: None }
    }

    pub fn is_retry(&self) -> bool {
        self.reason.is_non_value()
    }

    pub fn badarith() -> Exception {
        Exception::error_atom(atoms::badarith)
    }
    /// `{Tag, Value}` errors such as `{badmatch, V}`.
    pub fn error_with(heap: &mut Heap, tag: Atom, value: Term) -> Exception {
        Exception::error(heap.tuple(&[Term::atom(tag), value]))
    }
}

/// `Err(badarg)` unless `cond` holds.
pub fn ensure(cond: bool) -> Result<(), Exception> {
    if cond {
        Ok(())
    } else {
        Err(Exception::badarg())
    }
}
