//! The native part of `erl_parse`: `parse_exprs/1` and `parse_term/1`.
//! Token tuples (as `erl_scan` makes them) become the compiler's tokens,
//! the compiler's grammar parses them, and the tree becomes OTP 25's
//! abstract format (`{op, Anno, '+', L, R}`, `{call, Anno, F, Args}`, ...).
//!
//! Each token is given the position (line, index + 1) while parsing, so
//! that every node's position names the token it starts at and the node
//! gets that token's own annotation back, whatever its form. The parser
//! folds `-1` and `$a` into integers; the tokens tell them apart again.
//!
//! Not here: `parse_form/1` (function and attribute forms), types.
//! `abstract/1`, `normalise/1` and `format_error/1` are in
//! `stdlib/erl_parse.erl`.

use crate::bif::Bif;
use crate::exception::{BifResult, Exception};
use crate::heap::Heap;
use crate::process::Process;
use crate::term::{Atom, Term};
use ferl_compiler::ast::{BinSpec, CallTarget, Clause, Expr, ExprKind, MapField, Pos, Qualifier};
use ferl_compiler::lexer::Token;
use ferl_compiler::token::Tok;

/// Every token that carries no value, so that `{Symbol, Anno}` can be
/// turned back into one.
const SYMBOLS: &[Tok] = &[
    Tok::Arrow,
    Tok::MapAssoc,
    Tok::MapExact,
    Tok::LArrow,
    Tok::LDArrow,
    Tok::DBar,
    Tok::ColonColon,
    Tok::DotDotDot,
    Tok::DotDot,
    Tok::EqEq,
    Tok::SlashEq,
    Tok::EqColonEq,
    Tok::EqSlashEq,
    Tok::Lt,
    Tok::Gt,
    Tok::Le,
    Tok::Ge,
    Tok::PlusPlus,
    Tok::MinusMinus,
    Tok::Bang,
    Tok::Bar,
    Tok::Hash,
    Tok::Period,
    Tok::Comma,
    Tok::Semi,
    Tok::Colon,
    Tok::LParen,
    Tok::RParen,
    Tok::LBrack,
    Tok::RBrack,
    Tok::LBrace,
    Tok::RBrace,
    Tok::LtLt,
    Tok::GtGt,
    Tok::Plus,
    Tok::Minus,
    Tok::Star,
    Tok::Slash,
    Tok::Eq,
    Tok::Question,
    Tok::QQ,
];

fn atom(s: &str) -> Term {
    Term::atom(Atom::intern(s))
}

/// The line of an annotation: `L`, `{L, C}` or a list with `{location, _}`.
fn anno_line(anno: Term) -> u32 {
    let small = |t: Term| t.as_small().and_then(|n| u32::try_from(n).ok());
    if let Some(l) = small(anno) {
        return l;
    }
    if let Some([l, _]) = anno.as_tuple() {
        return small(*l).unwrap_or(1);
    }
    for item in anno.iter_list() {
        if let Some([k, v]) = item.as_tuple() {
            if k.is_atom_of(Atom::intern("location")) {
                return anno_line(*v);
            }
        }
    }
    1
}

fn char_string(t: Term) -> Result<Vec<u32>, Exception> {
    let items = t.list_to_vec().ok_or_else(Exception::badarg)?;
    items.iter().map(|c| c.as_small().and_then(|n| u32::try_from(n).ok()).ok_or_else(Exception::badarg)).collect()
}

/// One `erl_scan` token as the compiler's token.
fn token_of(t: Term) -> Result<(Tok, Term), Exception> {
    let el = t.as_tuple().ok_or_else(Exception::badarg)?;
    let cat = el.first().and_then(|c| c.as_atom()).ok_or_else(Exception::badarg)?.name();
    let anno = *el.get(1).ok_or_else(Exception::badarg)?;
    let tok = match (cat, el.get(2)) {
        ("atom", Some(v)) => Tok::Atom(v.as_atom().ok_or_else(Exception::badarg)?.name().to_string()),
        ("var", Some(v)) => Tok::Var(v.as_atom().ok_or_else(Exception::badarg)?.name().to_string()),
        ("integer", Some(v)) => Tok::Integer(v.to_bigint().ok_or_else(Exception::badarg)?),
        ("float", Some(v)) => Tok::Float(v.as_float().ok_or_else(Exception::badarg)?),
        ("char", Some(v)) => Tok::Char(v.as_small().and_then(|n| u32::try_from(n).ok()).ok_or_else(Exception::badarg)?),
        ("string", Some(v)) => Tok::String(char_string(*v)?),
        ("dot", None) => Tok::Dot,
        ("'.'", None) | (".", None) => Tok::Period,
        (sym, None) => match Tok::word(sym) {
            Tok::Atom(_) => match SYMBOLS.iter().find(|t| t.symbol() == Some(sym)) {
                Some(t) => t.clone(),
                None => Tok::Other(sym.chars().next().unwrap_or('?')),
            },
            reserved => reserved,
        },
        _ => return Err(Exception::badarg()),
    };
    Ok((tok, anno))
}

/// Turns the compiler's tree into abstract-format terms.
struct Conv<'a> {
    heap: &'a mut Heap,
    annos: Vec<Term>,
    toks: Vec<Tok>,
}

impl Conv<'_> {
    fn index(&self, p: Pos) -> usize {
        (p.col as usize).saturating_sub(1).min(self.annos.len().saturating_sub(1))
    }

    fn anno(&self, p: Pos) -> Term {
        self.annos.get(self.index(p)).copied().unwrap_or(Term::int(1))
    }

    fn tok(&self, p: Pos) -> Option<&Tok> {
        self.toks.get(self.index(p))
    }

    /// The position of the token after the one at `p`.
    fn next(&self, p: Pos) -> Pos {
        Pos { line: p.line, col: p.col + 1 }
    }

    fn t(&mut self, items: &[Term]) -> Term {
        self.heap.tuple(items)
    }

    fn list(&mut self, items: &[Term]) -> Term {
        self.heap.list(items)
    }

    fn exprs(&mut self, es: &[Expr]) -> Term {
        let items: Vec<Term> = es.iter().map(|e| self.expr(e)).collect();
        self.list(&items)
    }

    /// A number literal, written as an operator on a literal when the
    /// parser folded a sign into it.
    fn number(&mut self, p: Pos, value: Term, float: bool) -> Term {
        let a = self.anno(p);
        match self.tok(p) {
            Some(sign @ (Tok::Minus | Tok::Plus)) => {
                let op = if *sign == Tok::Minus { "-" } else { "+" };
                let inner = self.number(self.next(p), value, float);
                self.t(&[atom("op"), a, atom(op), inner])
            }
            Some(Tok::Char(_)) => self.t(&[atom("char"), a, value]),
            _ => self.t(&[atom(if float { "float" } else { "integer" }), a, value]),
        }
    }

    fn expr(&mut self, e: &Expr) -> Term {
        let a = self.anno(e.pos);
        match &e.kind {
            ExprKind::Var(v) => self.t(&[atom("var"), a, atom(v)]),
            ExprKind::Atom(s) => self.t(&[atom("atom"), a, atom(s)]),
            ExprKind::Integer(i) => {
                let v = if matches!(self.tok(e.pos), Some(Tok::Minus)) { -i.clone() } else { i.clone() };
                let t = self.heap.bigint(&v);
                self.number(e.pos, t, false)
            }
            ExprKind::Float(f) => {
                let v = if matches!(self.tok(e.pos), Some(Tok::Minus)) { -f } else { *f };
                let t = self.heap.float(v);
                self.number(e.pos, t, true)
            }
            ExprKind::String(s) => {
                let items: Vec<Term> = s.iter().map(|&c| Term::int(c as i64)).collect();
                let l = self.list(&items);
                self.t(&[atom("string"), a, l])
            }
            ExprKind::Nil => self.t(&[atom("nil"), a]),
            ExprKind::Cons(h, tl) => {
                let (h, tl) = (self.expr(h), self.expr(tl));
                self.t(&[atom("cons"), a, h, tl])
            }
            ExprKind::Tuple(es) => {
                let l = self.exprs(es);
                self.t(&[atom("tuple"), a, l])
            }
            ExprKind::Binary(els) => {
                let items: Vec<Term> = els
                    .iter()
                    .map(|el| {
                        let ea = self.anno(el.pos);
                        let v = self.expr(&el.value);
                        let size = match &el.size {
                            Some(s) => self.expr(s),
                            None => atom("default"),
                        };
                        let specs = self.bin_specs(&el.specs);
                        self.t(&[atom("bin_element"), ea, v, size, specs])
                    })
                    .collect();
                let l = self.list(&items);
                self.t(&[atom("bin"), a, l])
            }
            ExprKind::Map(base, fields) => {
                let fs = self.map_fields(fields);
                match base {
                    None => self.t(&[atom("map"), a, fs]),
                    Some(b) => {
                        let b = self.expr(b);
                        self.t(&[atom("map"), a, b, fs])
                    }
                }
            }
            ExprKind::RecordNew { base, name, fields } => {
                let items: Vec<Term> = fields
                    .iter()
                    .map(|(f, v, at)| {
                        let fa = self.anno(*at);
                        let key = if f == "_" { atom("var") } else { atom("atom") };
                        let k = self.t(&[key, fa, atom(f)]);
                        let v = self.expr(v);
                        self.t(&[atom("record_field"), fa, k, v])
                    })
                    .collect();
                let fs = self.list(&items);
                match base {
                    None => self.t(&[atom("record"), a, atom(name), fs]),
                    Some(b) => {
                        let b = self.expr(b);
                        self.t(&[atom("record"), a, b, atom(name), fs])
                    }
                }
            }
            ExprKind::RecordField { expr, name, field } => {
                let x = self.expr(expr);
                let f = self.t(&[atom("atom"), a, atom(field)]);
                self.t(&[atom("record_field"), a, x, atom(name), f])
            }
            ExprKind::RecordIndex { name, field } => {
                let f = self.t(&[atom("atom"), a, atom(field)]);
                self.t(&[atom("record_index"), a, atom(name), f])
            }
            ExprKind::Match(p, v) => {
                let (p, v) = (self.expr(p), self.expr(v));
                self.t(&[atom("match"), a, p, v])
            }
            ExprKind::BinOp(op, l, r) => {
                let (l, r) = (self.expr(l), self.expr(r));
                self.t(&[atom("op"), a, atom(op), l, r])
            }
            ExprKind::UnOp(op, x) => {
                let x = self.expr(x);
                self.t(&[atom("op"), a, atom(op), x])
            }
            ExprKind::Call(target, args) => {
                let f = match &**target {
                    CallTarget::Local(name) => self.t(&[atom("atom"), a, atom(name)]),
                    CallTarget::Remote(m, f) => {
                        // The remote's annotation is the colon's, the
                        // token after a one-token module.
                        let one_token = matches!(m.kind, ExprKind::Atom(_) | ExprKind::Var(_));
                        let ra = self.anno(if one_token { self.next(m.pos) } else { m.pos });
                        let (m, f) = (self.expr(m), self.expr(f));
                        self.t(&[atom("remote"), ra, m, f])
                    }
                    CallTarget::Expr(f) => self.expr(f),
                };
                let args = self.exprs(args);
                self.t(&[atom("call"), a, f, args])
            }
            ExprKind::Fun { name, clauses } => {
                let cs = self.clauses(clauses);
                match name {
                    None => {
                        let c = self.t(&[atom("clauses"), cs]);
                        self.t(&[atom("fun"), a, c])
                    }
                    Some(n) => self.t(&[atom("named_fun"), a, atom(n), cs]),
                }
            }
            ExprKind::FunRef { module, function, arity } => {
                let f = match module {
                    None => {
                        let name = match &function.kind {
                            ExprKind::Atom(n) => atom(n),
                            _ => self.expr(function),
                        };
                        let ar = match &arity.kind {
                            ExprKind::Integer(i) => self.heap.bigint(i),
                            _ => self.expr(arity),
                        };
                        self.t(&[atom("function"), name, ar])
                    }
                    Some(m) => {
                        let (m, f, ar) = (self.expr(m), self.expr(function), self.expr(arity));
                        self.t(&[atom("function"), m, f, ar])
                    }
                };
                self.t(&[atom("fun"), a, f])
            }
            ExprKind::Case(x, cs) => {
                let x = self.expr(x);
                let cs = self.clauses(cs);
                self.t(&[atom("case"), a, x, cs])
            }
            ExprKind::If(cs) => {
                let cs = self.clauses(cs);
                self.t(&[atom("if"), a, cs])
            }
            ExprKind::Receive { clauses, after } => {
                let cs = self.clauses(clauses);
                match after {
                    None => self.t(&[atom("receive"), a, cs]),
                    Some((t, body)) => {
                        let t = self.expr(t);
                        let b = self.exprs(body);
                        self.t(&[atom("receive"), a, cs, t, b])
                    }
                }
            }
            ExprKind::Try { body, of_clauses, catch_clauses, after } => {
                let b = self.exprs(body);
                let of = self.clauses(of_clauses);
                let items: Vec<Term> = catch_clauses.iter().map(|c| self.clause(c, true)).collect();
                let cs = self.list(&items);
                let af = self.exprs(after);
                self.t(&[atom("try"), a, b, of, cs, af])
            }
            ExprKind::Catch(x) => {
                let x = self.expr(x);
                self.t(&[atom("catch"), a, x])
            }
            ExprKind::Block(es) => {
                let l = self.exprs(es);
                self.t(&[atom("block"), a, l])
            }
            ExprKind::ListComp(x, qs) => {
                let x = self.expr(x);
                let qs = self.qualifiers(qs);
                self.t(&[atom("lc"), a, x, qs])
            }
            ExprKind::BinComp(x, qs) => {
                let x = self.expr(x);
                let qs = self.qualifiers(qs);
                self.t(&[atom("bc"), a, x, qs])
            }
        }
    }

    fn bin_specs(&mut self, specs: &[BinSpec]) -> Term {
        if specs.is_empty() {
            return atom("default");
        }
        let items: Vec<Term> = specs
            .iter()
            .map(|s| match s {
                BinSpec::Name(n) => atom(n),
                BinSpec::Unit(u) => self.heap.tuple2(atom("unit"), Term::int(*u as i64)),
            })
            .collect();
        self.list(&items)
    }

    fn map_fields(&mut self, fields: &[MapField]) -> Term {
        let items: Vec<Term> = fields
            .iter()
            .map(|f| {
                let fa = self.anno(f.pos);
                let (k, v) = (self.expr(&f.key), self.expr(&f.value));
                let tag = if f.exact { "map_field_exact" } else { "map_field_assoc" };
                self.t(&[atom(tag), fa, k, v])
            })
            .collect();
        self.list(&items)
    }

    fn clauses(&mut self, cs: &[Clause]) -> Term {
        let items: Vec<Term> = cs.iter().map(|c| self.clause(c, false)).collect();
        self.list(&items)
    }

    /// A clause; a catch clause's class, reason and stack trace are one
    /// tuple pattern in the abstract format.
    fn clause(&mut self, c: &Clause, catch: bool) -> Term {
        let a = self.anno(c.pos);
        let pats = if catch {
            let ps = self.exprs(&c.patterns).list_to_vec().unwrap_or_default();
            let pa = self.anno(c.patterns[0].pos);
            let l = self.list(&ps);
            let tup = self.t(&[atom("tuple"), pa, l]);
            self.list(&[tup])
        } else {
            self.exprs(&c.patterns)
        };
        let guards: Vec<Term> = c.guards.iter().map(|g| self.exprs(g)).collect();
        let g = self.list(&guards);
        let b = self.exprs(&c.body);
        self.t(&[atom("clause"), a, pats, g, b])
    }

    fn qualifiers(&mut self, qs: &[Qualifier]) -> Term {
        let items: Vec<Term> = qs
            .iter()
            .map(|q| match q {
                Qualifier::Generator(p, e) | Qualifier::BinGenerator(p, e) => {
                    let tag = if matches!(q, Qualifier::Generator(..)) { "generate" } else { "b_generate" };
                    let qa = self.anno(p.pos);
                    let (p, e) = (self.expr(p), self.expr(e));
                    self.t(&[atom(tag), qa, p, e])
                }
                Qualifier::Filter(f) => self.expr(f),
            })
            .collect();
        self.list(&items)
    }
}

/// Reads a token list and parses it; the error is `{error, ErrorInfo}`.
fn parse(p: &mut Process, tokens: Term) -> Result<Result<(Vec<Expr>, Vec<Term>, Vec<Tok>), Term>, Exception> {
    let items = tokens.list_to_vec().ok_or_else(Exception::badarg)?;
    let mut toks = Vec::with_capacity(items.len());
    let mut annos = Vec::with_capacity(items.len());
    let mut kinds = Vec::with_capacity(items.len());
    for (i, t) in items.iter().enumerate() {
        let (tok, anno) = token_of(*t)?;
        let pos = Pos { line: anno_line(anno), col: i as u32 + 1 };
        kinds.push(tok.clone());
        toks.push(Token::new(tok, pos));
        annos.push(anno);
    }
    match ferl_compiler::parser::parse_exprs_tokens(&toks) {
        Ok(es) => Ok(Ok((es, annos, kinds))),
        Err((pos, msg)) => {
            let heap = &mut p.heap;
            let loc = if annos.is_empty() {
                Term::int(1)
            } else {
                annos[(pos.col as usize).saturating_sub(1).min(annos.len() - 1)]
            };
            let info = match msg.strip_prefix("syntax error before: ") {
                Some(rest) => {
                    let (a, b) = (heap.string("syntax error before: "), heap.string(rest));
                    heap.list(&[a, b])
                }
                None => heap.string(&msg),
            };
            let e = heap.tuple(&[loc, atom("erl_parse"), info]);
            Ok(Err(heap.tuple2(atom("error"), e)))
        }
    }
}

fn parse_exprs(p: &mut Process, a: &[Term]) -> BifResult {
    let (es, annos, toks) = match parse(p, a[0])? {
        Ok(x) => x,
        Err(e) => return Ok(e),
    };
    let mut conv = Conv { heap: &mut p.heap, annos, toks };
    let l = conv.exprs(&es);
    Ok(p.heap.tuple2(atom("ok"), l))
}

/// The value of a constant expression, as `parse_term` reads it.
fn constant(heap: &mut Heap, e: &Expr) -> Option<Term> {
    Some(match &e.kind {
        ExprKind::Atom(s) => atom(s),
        ExprKind::Integer(i) => heap.bigint(i),
        ExprKind::Float(f) => heap.float(*f),
        ExprKind::String(s) => {
            let items: Vec<Term> = s.iter().map(|&c| Term::int(c as i64)).collect();
            heap.list(&items)
        }
        ExprKind::Nil => Term::NIL,
        ExprKind::Cons(h, t) => {
            let (h, t) = (constant(heap, h)?, constant(heap, t)?);
            heap.cons(h, t)
        }
        ExprKind::Tuple(es) => {
            let items = es.iter().map(|e| constant(heap, e)).collect::<Option<Vec<Term>>>()?;
            heap.tuple(&items)
        }
        ExprKind::Map(None, fields) => {
            let mut pairs = Vec::new();
            for f in fields {
                if f.exact {
                    return None;
                }
                pairs.push((constant(heap, &f.key)?, constant(heap, &f.value)?));
            }
            heap.map(&mut pairs)
        }
        _ => return None,
    })
}

fn parse_term(p: &mut Process, a: &[Term]) -> BifResult {
    let (es, annos, _) = match parse(p, a[0])? {
        Ok(x) => x,
        Err(e) => return Ok(e),
    };
    let heap = &mut p.heap;
    let value = match es.as_slice() {
        [e] => constant(heap, e),
        _ => None,
    };
    match value {
        Some(v) => Ok(heap.tuple2(atom("ok"), v)),
        None => {
            let at = es.get(1).or(es.first()).map(|e| e.pos.col as usize).unwrap_or(1);
            let loc = annos.get(at.saturating_sub(1)).copied().unwrap_or(Term::int(1));
            let msg = heap.string("bad term");
            let info = heap.tuple(&[loc, atom("erl_parse"), msg]);
            Ok(heap.tuple2(atom("error"), info))
        }
    }
}

pub(crate) const BIFS: &[Bif] =
    &[Bif::new("erl_parse", "parse_exprs", 1, parse_exprs), Bif::new("erl_parse", "parse_term", 1, parse_term)];
