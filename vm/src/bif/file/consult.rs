//! `file:consult/1`: reads the `Term.` forms of a text file with the
//! compiler's scanner and parser, and turns each constant expression into
//! a term. Errors are OTP's: `{error, {Line, erl_scan | erl_parse, Desc}}`.

use super::{error, io_error, ok_tuple, path_of};
use crate::exception::BifResult;
use crate::process::Process;
use crate::term::{Atom, Term};
use ferl_compiler::ast::{BinElement, Expr, ExprKind};
use ferl_compiler::lexer::{lex, Item};
use ferl_compiler::token::{LexError, Tok};

/// Why a file's terms could not be read: `{Line, Module, Descriptor}`.
enum Failure {
    /// `erl_parse` with a message split as OTP does:
    /// `["syntax error before: ", Token]`.
    Syntax(u32, String, String),
    BadTerm(u32),
    Scan(u32, ScanError),
}

enum ScanError {
    /// `{string, Quote, RestOfText}`
    String(char, String),
    Char,
    Illegal(&'static str),
    Base(u32),
}

pub(super) fn consult(p: &mut Process, a: &[Term]) -> BifResult {
    let Some(path) = path_of(a[0]) else { return Ok(error(p, "badarg")) };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return Ok(io_error(p, &e)),
    };
    // OTP 25 reads the file as UTF-8 unless a coding comment says latin-1;
    // bytes that are not UTF-8 are taken as latin-1 here.
    let text = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => e.into_bytes().iter().map(|&b| b as char).collect(),
    };
    // OTP's scanner makes each atom as it reads it; a full table is
    // system_limit here (OTP stops the node), checked before any is made.
    let items = lex(&text).items;
    crate::bif::erl_scan::atoms_fit(items.iter().filter_map(|i| i.as_ref().ok()))?;
    let result = parse_terms(&text, items).and_then(|exprs| {
        let mut terms = Vec::with_capacity(exprs.len());
        for e in &exprs {
            terms.push(to_term(p, e).ok_or(Failure::BadTerm(e.pos.line))?);
        }
        Ok(terms)
    });
    Ok(match result {
        Ok(terms) => {
            let l = p.heap.list(&terms);
            ok_tuple(p, l)
        }
        Err(f) => {
            let reason = failure_term(p, f);
            p.heap.error_tuple(reason)
        }
    })
}

fn failure_term(p: &mut Process, f: Failure) -> Term {
    let (line, module, desc) = match f {
        Failure::Syntax(line, msg, tok) => {
            let m = p.heap.string(&msg);
            let t = p.heap.string(&tok);
            (line, "erl_parse", p.heap.list(&[m, t]))
        }
        Failure::BadTerm(line) => (line, "erl_parse", p.heap.string("bad term")),
        Failure::Scan(line, e) => {
            let d = match e {
                ScanError::String(q, rest) => {
                    let tag = Term::atom(Atom::intern("string"));
                    let rest = p.heap.string(&rest);
                    p.heap.tuple(&[tag, Term::int(q as i64), rest])
                }
                ScanError::Char => Term::atom(Atom::intern("char")),
                ScanError::Illegal(what) => {
                    p.heap.tuple2(Term::atom(Atom::intern("illegal")), Term::atom(Atom::intern(what)))
                }
                ScanError::Base(b) => p.heap.tuple2(Term::atom(Atom::intern("base")), Term::int(b as i64)),
            };
            (line, "erl_scan", d)
        }
    };
    p.heap.tuple(&[Term::int(line as i64), Term::atom(Atom::intern(module)), desc])
}

/// The expressions of every `Expr.` form of `text` (scanned into
/// `items`), in order; stops at the first form with an error, as OTP's
/// reader does.
fn parse_terms(text: &str, items: Vec<Item>) -> Result<Vec<Expr>, Failure> {
    let lines: Vec<usize> = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
    // Byte offset of a 1-based line and character column.
    let offset = |line: u32, col: u32| -> usize {
        let start = lines.get(line as usize - 1).copied().unwrap_or(text.len());
        text[start..].char_indices().nth(col as usize - 1).map_or(text.len(), |(i, _)| start + i)
    };
    let mut out = Vec::new();
    // The form being read: where it starts, and its last token's line.
    let mut start: Option<(u32, u32)> = None;
    let mut last_line = 1;
    for item in items {
        let tok = match item {
            Ok(t) => t,
            Err((pos, e)) => return Err(Failure::Scan(pos.line, scan_error(e))),
        };
        last_line = tok.pos.line;
        let (l0, c0) = *start.get_or_insert((tok.pos.line, tok.pos.col));
        if tok.tok != Tok::Dot {
            continue;
        }
        start = None;
        let (from, to) = (offset(l0, c0), offset(tok.pos.line, tok.pos.col) + 1);
        // Pad so the parser's positions are the file's.
        let mut src = "\n".repeat(l0 as usize - 1);
        src.push_str(&" ".repeat(c0 as usize - 1));
        src.push_str(&text[from..to]);
        match ferl_compiler::parser::parse_exprs("", &src) {
            Ok(mut es) if es.len() == 1 => out.push(es.remove(0)),
            Ok(es) => return Err(Failure::BadTerm(es.first().map_or(l0, |e| e.pos.line))),
            Err(ds) => {
                let d = &ds[0];
                let (msg, tok) = match d.message.split_once(": ") {
                    Some((m, t)) => (format!("{m}: "), t.to_string()),
                    None => (d.message.clone(), String::new()),
                };
                return Err(Failure::Syntax(d.pos.line, msg, tok));
            }
        }
    }
    match start {
        // Text after the last dot: the reader hits the end of the file.
        Some(_) => Err(Failure::Syntax(last_line, "syntax error before: ".into(), String::new())),
        None => Ok(out),
    }
}

fn scan_error(e: LexError) -> ScanError {
    match e {
        LexError::Unterminated(q, head) => ScanError::String(q, head),
        LexError::UnterminatedChar => ScanError::Char,
        LexError::IllegalInteger => ScanError::Illegal("integer"),
        LexError::IllegalFloat => ScanError::Illegal("float"),
        LexError::IllegalBase(b) => ScanError::Base(b),
        LexError::IllegalAtom => ScanError::Illegal("atom"),
        LexError::IllegalVar => ScanError::Illegal("var"),
        LexError::Unexpected | LexError::IllegalCharacter | LexError::IllegalEscape(_) => {
            ScanError::Illegal("character")
        }
    }
}

/// The term a constant expression denotes (`erl_parse:normalise/1`);
/// `None` for anything else.
fn to_term(p: &mut Process, e: &Expr) -> Option<Term> {
    Some(match &e.kind {
        ExprKind::Atom(a) => Term::atom(Atom::intern(a)),
        ExprKind::Integer(i) => p.heap.bigint(i),
        ExprKind::Float(f) => p.heap.float(*f),
        ExprKind::String(cs) => {
            let items: Vec<Term> = cs.iter().map(|&c| Term::int(c as i64)).collect();
            p.heap.list(&items)
        }
        ExprKind::Nil => Term::NIL,
        ExprKind::Cons(h, t) => {
            let h = to_term(p, h)?;
            let t = to_term(p, t)?;
            p.heap.cons(h, t)
        }
        ExprKind::Tuple(es) => {
            let items = es.iter().map(|e| to_term(p, e)).collect::<Option<Vec<_>>>()?;
            p.heap.tuple(&items)
        }
        ExprKind::Map(None, fields) => {
            let mut pairs = Vec::with_capacity(fields.len());
            for f in fields {
                if f.exact {
                    return None;
                }
                pairs.push((to_term(p, &f.key)?, to_term(p, &f.value)?));
            }
            p.heap.map(&mut pairs)
        }
        ExprKind::Binary(elems) => binary(p, elems)?,
        ExprKind::UnOp(op, x) => match (op.as_str(), &x.kind) {
            ("-", ExprKind::Integer(i)) => p.heap.bigint(&-i),
            ("-", ExprKind::Float(f)) => p.heap.float(-f),
            ("+", ExprKind::Integer(_) | ExprKind::Float(_)) => to_term(p, x)?,
            _ => return None,
        },
        _ => return None,
    })
}

/// Binaries of plain bytes and strings: `<<1, 2, "ab">>`.
fn binary(p: &mut Process, elems: &[BinElement]) -> Option<Term> {
    let mut bytes = Vec::new();
    for el in elems {
        if el.size.is_some() || !el.specs.is_empty() {
            return None;
        }
        match &el.value.kind {
            ExprKind::Integer(i) => {
                let low = i & num_bigint::BigInt::from(0xff);
                bytes.push(u8::try_from(low).ok()?);
            }
            ExprKind::String(cs) => bytes.extend(cs.iter().map(|&c| c as u8)),
            _ => return None,
        }
    }
    Some(p.heap.binary(&bytes))
}
