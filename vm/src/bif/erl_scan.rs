//! The native part of `erl_scan`: `string/1,2,3` and `tokens/3,4` (the
//! continuation form a shell uses to read an expression over several
//! lines), built on the compiler's lexer and returning OTP 25's token
//! tuples (`{atom, Anno, foo}`, `{'(', Anno}`, `{dot, Anno}`, ...).
//!
//! An annotation is the line when the start location is a line, and
//! `{Line, Column}` when it is a pair. Options (`text`, `return_comments`,
//! `reserved_word_fun`, ...) are accepted and ignored. `format_error/1`
//! is written in Erlang (`stdlib/erl_scan.erl`).

use crate::bif::erlang::char_list;
use crate::bif::Bif;
use crate::exception::{BifResult, Exception};
use crate::heap::Heap;
use crate::process::Process;
use crate::term::{atoms, Atom, Term};
use ferl_compiler::ast::Pos;
use ferl_compiler::lexer::{lex, Token};
use ferl_compiler::token::{LexError, Tok};

/// Where scanning starts: a line, or a line and a column.
#[derive(Clone, Copy)]
pub(crate) struct Start {
    line: u32,
    col: Option<u32>,
}

impl Start {
    fn from_term(t: Term) -> Result<Start, Exception> {
        let num = |t: Term| t.as_small().and_then(|n| u32::try_from(n).ok()).ok_or_else(Exception::badarg);
        if let Some([l, c]) = t.as_tuple() {
            return Ok(Start { line: num(*l)?, col: Some(num(*c)?) });
        }
        Ok(Start { line: num(t)?, col: None })
    }

    fn to_term(self, heap: &mut Heap) -> Term {
        match self.col {
            Some(c) => {
                let (l, c) = (Term::int(self.line as i64), Term::int(c as i64));
                heap.tuple2(l, c)
            }
            None => Term::int(self.line as i64),
        }
    }

    /// The location of a lexer position (which counts from line 1, col 1).
    fn at(self, p: Pos) -> Start {
        let line = self.line + p.line.saturating_sub(1);
        let col = self.col.map(|c| if p.line <= 1 { c + p.col.saturating_sub(1) } else { p.col });
        Start { line, col }
    }
}

/// The scanner's answer for a whole text.
enum Scanned {
    Ok(Vec<Token>),
    Error(Pos, LexError),
}

fn scan_all(text: &str) -> (Scanned, Pos) {
    let lexed = lex_plain(text);
    let mut toks = Vec::new();
    for item in lexed.items {
        match item {
            Ok(t) => toks.push(t),
            Err((pos, e)) => return (Scanned::Error(pos, e), lexed.eof),
        }
    }
    (Scanned::Ok(toks), lexed.eof)
}

/// Lexes without the lexer's `#!` first-line rule, which `erl_scan` lacks.
fn lex_plain(text: &str) -> ferl_compiler::lexer::Lexed {
    if let Some(rest) = text.strip_prefix('#') {
        // The space stands for the `#`, which keeps positions right.
        let mut l = lex(&format!(" {rest}"));
        l.items.insert(0, Ok(Token::new(Tok::Hash, Pos { line: 1, col: 1 })));
        return l;
    }
    lex(text)
}

/// One token as `erl_scan` returns it.
pub(crate) fn token_term(heap: &mut Heap, tok: &Tok, anno: Term) -> Term {
    let cat = |s: &str| Term::atom(Atom::intern(s));
    match tok {
        Tok::Atom(a) => heap.tuple(&[cat("atom"), anno, cat(a)]),
        Tok::Var(v) => heap.tuple(&[cat("var"), anno, cat(v)]),
        Tok::Integer(i) => {
            let n = heap.bigint(i);
            heap.tuple(&[cat("integer"), anno, n])
        }
        Tok::Float(f) => {
            let x = heap.float(*f);
            heap.tuple(&[cat("float"), anno, x])
        }
        Tok::Char(c) => heap.tuple(&[cat("char"), anno, Term::int(*c as i64)]),
        Tok::String(s) => {
            let items: Vec<Term> = s.iter().map(|&c| Term::int(c as i64)).collect();
            let l = heap.list(&items);
            heap.tuple(&[cat("string"), anno, l])
        }
        Tok::Dot => heap.tuple(&[cat("dot"), anno]),
        Tok::Other(c) => heap.tuple(&[cat(&c.to_string()), anno]),
        t => heap.tuple(&[cat(t.symbol().unwrap_or("?")), anno]),
    }
}

/// `ErrorDescriptor` of a lexical error, as `erl_scan:format_error/1`
/// takes it.
fn error_desc(heap: &mut Heap, e: &LexError) -> Term {
    let a = |s: &str| Term::atom(Atom::intern(s));
    match e {
        LexError::Unterminated(q, head) => {
            let h = heap.string(head);
            heap.tuple(&[a("string"), Term::int(*q as i64), h])
        }
        LexError::UnterminatedChar => a("char"),
        LexError::IllegalInteger => heap.tuple2(a("illegal"), a("integer")),
        LexError::IllegalFloat => heap.tuple2(a("illegal"), a("float")),
        LexError::IllegalBase(b) => heap.tuple2(a("base"), Term::int(*b as i64)),
        LexError::IllegalAtom => heap.tuple2(a("illegal"), a("atom")),
        LexError::IllegalVar => heap.tuple2(a("illegal"), a("var")),
        LexError::Unexpected | LexError::IllegalCharacter | LexError::IllegalEscape(_) => {
            heap.tuple2(a("illegal"), a("character"))
        }
    }
}

/// The atoms and variable names of `toks` fit in the atom table, or
/// `system_limit`: OTP's scanner makes them with `list_to_atom/1` (which
/// there stops the node when the table is full).
pub(crate) fn atoms_fit<'a>(toks: impl IntoIterator<Item = &'a Token>) -> Result<(), Exception> {
    let names = toks.into_iter().filter_map(|t| match &t.tok {
        Tok::Atom(n) | Tok::Var(n) => Some(n.as_str()),
        _ => None,
    });
    if Atom::room_for(names) {
        Ok(())
    } else {
        Err(Exception::error_atom(atoms::system_limit))
    }
}

/// `{ok, Tokens, EndLoc}` or `{error, {Loc, erl_scan, Desc}, EndLoc}`;
/// `system_limit` when the tokens' atoms do not fit in the atom table.
fn result_term(heap: &mut Heap, start: Start, scanned: &Scanned, end: Pos) -> BifResult {
    let end = start.at(end).to_term(heap);
    Ok(match scanned {
        Scanned::Ok(toks) => {
            atoms_fit(toks)?;
            let items: Vec<Term> = toks
                .iter()
                .map(|t| {
                    let anno = start.at(t.pos).to_term(heap);
                    token_term(heap, &t.tok, anno)
                })
                .collect();
            let list = heap.list(&items);
            heap.tuple(&[Term::atom(Atom::intern("ok")), list, end])
        }
        Scanned::Error(pos, e) => {
            let loc = start.at(*pos).to_term(heap);
            let desc = error_desc(heap, e);
            let info = heap.tuple(&[loc, Term::atom(Atom::intern("erl_scan")), desc]);
            heap.tuple(&[Term::atom(Atom::intern("error")), info, end])
        }
    })
}

fn string3(p: &mut Process, a: &[Term]) -> BifResult {
    let text = char_list(a[0])?;
    let start = Start::from_term(a[1])?;
    let (scanned, end) = scan_all(&text);
    result_term(&mut p.heap, start, &scanned, end)
}

fn string1(p: &mut Process, a: &[Term]) -> BifResult {
    string3(p, &[a[0], Term::int(1), Term::NIL])
}

fn string2(p: &mut Process, a: &[Term]) -> BifResult {
    string3(p, &[a[0], a[1], Term::NIL])
}

/// The byte offset just past the first form-ending `dot` of `text` and the
/// one white-space character it takes with it; `None` when `text` holds no
/// complete `dot` yet (a `.` at the very end may still be followed by more).
fn dot_end(text: &str, toks: &[Token]) -> Option<usize> {
    let dot = toks.iter().find(|t| t.tok == Tok::Dot)?;
    let off = byte_offset(text, dot.pos)?;
    let after = off + 1;
    match text[after..].chars().next() {
        None => None,
        Some('%') => Some(after),
        Some(c) => Some(after + c.len_utf8()),
    }
}

/// The byte offset of a lexer position in `text`.
fn byte_offset(text: &str, pos: Pos) -> Option<usize> {
    let (mut line, mut col) = (1u32, 1u32);
    for (i, c) in text.char_indices() {
        if line == pos.line && col == pos.col {
            return Some(i);
        }
        if c == '\n' {
            line += 1;
            col = 1;
        } else {
            col += 1;
        }
    }
    (line == pos.line && col == pos.col).then_some(text.len())
}

const CONT: &str = "erl_scan_cont";

/// `tokens(Cont, Chars, StartLoc)`: `{more, Cont}` until a whole
/// expression ending with a `dot` is read, then `{done, Result, Rest}`.
/// The continuation keeps the text read so far; each call scans it again.
fn tokens3(p: &mut Process, a: &[Term]) -> BifResult {
    let (mut text, start) = match a[0].as_tuple() {
        Some([tag, t, s]) if tag.is_atom_of(Atom::intern(CONT)) => (char_list(*t)?, Start::from_term(*s)?),
        _ if a[0].is_nil() => (String::new(), Start::from_term(a[2])?),
        _ => return Err(Exception::badarg()),
    };
    let at_eof = a[1].is_atom_of(Atom::intern("eof"));
    if !at_eof {
        text.push_str(&char_list(a[1])?);
    }
    let heap = &mut p.heap;
    let done = Term::atom(Atom::intern("done"));
    let lexed = lex_plain(&text);
    // Tokens up to the first `dot`, and whether an error came first.
    let mut toks = Vec::new();
    let mut error = None;
    for item in &lexed.items {
        match item {
            Ok(t) => {
                toks.push(t.clone());
                if t.tok == Tok::Dot {
                    break;
                }
            }
            Err((pos, e)) => {
                error = Some((*pos, e.clone()));
                break;
            }
        }
    }
    if let Some(end) = dot_end(&text, &toks).filter(|_| error.is_none()) {
        let (_, end_pos) = scan_all(&text[..end]);
        let res = result_term(heap, start, &Scanned::Ok(toks), end_pos)?;
        let rest = heap.string(&text[end..]);
        return Ok(heap.tuple(&[done, res, rest]));
    }
    if !at_eof {
        let unterminated = matches!(error, Some((_, LexError::Unterminated(..) | LexError::UnterminatedChar)));
        if error.is_none() || unterminated {
            let t = heap.string(&text);
            let s = start.to_term(heap);
            let cont = heap.tuple(&[Term::atom(Atom::intern(CONT)), t, s]);
            return Ok(heap.tuple2(Term::atom(Atom::intern("more")), cont));
        }
    }
    let eof = Term::atom(Atom::intern("eof"));
    let res = match error {
        Some((pos, e)) => result_term(heap, start, &Scanned::Error(pos, e), lexed.eof)?,
        None if toks.is_empty() => {
            let end = start.at(lexed.eof).to_term(heap);
            heap.tuple2(eof, end)
        }
        None => result_term(heap, start, &Scanned::Ok(toks), lexed.eof)?,
    };
    let rest = if at_eof { eof } else { Term::NIL };
    Ok(heap.tuple(&[done, res, rest]))
}

fn tokens4(p: &mut Process, a: &[Term]) -> BifResult {
    tokens3(p, &a[..3])
}

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erl_scan", "string", 1, string1),
    Bif::new("erl_scan", "string", 2, string2),
    Bif::new("erl_scan", "string", 3, string3),
    Bif::new("erl_scan", "tokens", 3, tokens3),
    Bif::new("erl_scan", "tokens", 4, tokens4),
];
