//! Macro definitions and expansion: `-define` (overloaded by arity),
//! `-undef`, `?Name`, `?Name(Args)`, `??Arg` and the predefined macros.
//! Expansion rescans each substituted body with that macro disabled, like
//! `epp`, and is bounded in depth and in output size.

use crate::ast::Pos;
use crate::lexer::Token;
use crate::token::Tok;
use num_bigint::BigInt;
use std::collections::HashMap;

type PError = (Pos, String);

/// No form may expand to more tokens than this.
const MAX_TOKENS: usize = 4_000_000;

const PREDEFINED: &[&str] =
    &["MODULE", "MODULE_STRING", "LINE", "FILE", "FUNCTION_NAME", "FUNCTION_ARITY", "MACHINE", "OTP_RELEASE"];

#[derive(Default)]
struct Defs {
    /// The macros the bodies call, for the circularity check.
    uses: Vec<String>,
    plain: Option<Vec<Token>>,
    by_arity: HashMap<usize, (Vec<String>, Vec<Token>)>,
}

#[derive(Default)]
pub struct Macros {
    defs: HashMap<String, Defs>,
    module: Option<String>,
    function: Option<(String, usize)>,
}

impl Macros {
    pub fn new() -> Macros {
        Macros::default()
    }

    pub fn set_module(&mut self, name: &str) {
        self.module = Some(name.to_string());
    }

    /// The function the current form defines, if it is a function.
    pub fn set_function(&mut self, f: Option<(String, usize)>) {
        self.function = f;
    }

    pub fn is_defined(&self, name: &str) -> bool {
        match name {
            "MODULE" | "MODULE_STRING" => self.module.is_some(),
            "FUNCTION_NAME" | "FUNCTION_ARITY" => self.function.is_some(),
            n if PREDEFINED.contains(&n) => true,
            n => self.defs.contains_key(n),
        }
    }

    pub fn undef(&mut self, name: &str) {
        self.defs.remove(name);
    }

    /// Runs `-define(...)`, given the whole form.
    pub fn define(&mut self, toks: &[Token], _file: &str) -> Result<(), PError> {
        let n = toks.len();
        let bad = || (toks[1].pos, "badly formed 'define'".to_string());
        if n < 6 || toks[2].tok != Tok::LParen || toks[n - 1].tok != Tok::Dot || toks[n - 2].tok != Tok::RParen {
            return Err(bad());
        }
        let name_tok = &toks[3];
        let name = match &name_tok.tok {
            Tok::Atom(a) | Tok::Var(a) => a.clone(),
            _ => return Err(bad()),
        };
        let (params, body_start) = match toks[4].tok {
            Tok::Comma => (None, 5),
            Tok::LParen => {
                let mut params: Vec<String> = Vec::new();
                let mut i = 5;
                if toks[i].tok == Tok::RParen {
                    i += 1;
                } else {
                    loop {
                        let Tok::Var(v) = &toks[i].tok else {
                            return Err(bad());
                        };
                        if params.contains(v) {
                            return Err((toks[i].pos, format!("argument '{v}' already used")));
                        }
                        params.push(v.clone());
                        i += 1;
                        match toks.get(i).map(|t| &t.tok) {
                            Some(Tok::Comma) => i += 1,
                            Some(Tok::RParen) => {
                                i += 1;
                                break;
                            }
                            _ => return Err(bad()),
                        }
                        if i >= n - 2 {
                            return Err(bad());
                        }
                    }
                }
                if i >= n - 2 || toks[i].tok != Tok::Comma {
                    return Err(bad());
                }
                (Some(params), i + 1)
            }
            _ => return Err(bad()),
        };
        let body = toks[body_start..n - 2].to_vec();
        if PREDEFINED.contains(&name.as_str()) {
            return Err((name_tok.pos, format!("redefining predefined macro '{name}'")));
        }
        let defs = self.defs.entry(name.clone()).or_default();
        let exists = match &params {
            None => defs.plain.is_some(),
            Some(p) => defs.by_arity.contains_key(&p.len()),
        };
        if exists {
            return Err((name_tok.pos, format!("redefining macro '{name}'")));
        }
        for w in body.windows(2) {
            if let (Tok::Question, Tok::Atom(m) | Tok::Var(m)) = (&w[0].tok, &w[1].tok) {
                if !defs.uses.contains(m) {
                    defs.uses.push(m.clone());
                }
            }
        }
        match params {
            None => defs.plain = Some(body),
            Some(p) => {
                defs.by_arity.insert(p.len(), (p, body));
            }
        }
        Ok(())
    }

    /// Expands every macro call in `toks`. As in `epp`, a substituted body
    /// is rescanned together with the rest of the form, and a macro is
    /// circular if its definitions (transitively) use it.
    pub fn expand(&self, toks: &[Token], file: &str) -> Result<Vec<Token>, PError> {
        let mut out = Vec::with_capacity(toks.len());
        // The tokens still to scan, reversed: the next one is last.
        let mut pending: Vec<Token> = toks.iter().rev().cloned().collect();
        let mut budget = MAX_TOKENS;
        while let Some(q) = pending.pop() {
            if q.tok != Tok::Question {
                out.push(q);
                continue;
            }
            let ahead = |k: usize| pending.len().checked_sub(k + 1).map(|i| &pending[i]);
            let Some(name_tok) = ahead(0) else {
                return Err((q.pos, "illegal macro call '?'".into()));
            };
            let name = match &name_tok.tok {
                Tok::Atom(a) | Tok::Var(a) => a.clone(),
                Tok::Dot => return Err((name_tok.pos, "illegal macro call '?dot'".into())),
                _ => return Err((name_tok.pos, format!("illegal macro call '?{}'", name_tok.text))),
            };
            let pos = name_tok.pos;
            if let Some(tok) = self.predefined(&name, q.pos, file) {
                pending.pop();
                out.push(Token::new(tok, pos));
                continue;
            }
            let has_paren = ahead(1).is_some_and(|t| t.tok == Tok::LParen);
            let bad_args = || (pos, format!("badly formed argument for macro '{name}'"));
            // Tokens consumed after the `?` (name and arguments).
            let (used, body) = match self.defs.get(&name) {
                None => {
                    let shown = match has_paren.then(|| collect_args(&ahead, 1)).flatten() {
                        Some((args, _)) => format!("{name}/{}", args.len()),
                        None => name.clone(),
                    };
                    return Err((pos, format!("undefined macro '{shown}'")));
                }
                Some(d) if has_paren && !d.by_arity.is_empty() => {
                    let (args, next) = collect_args(&ahead, 1).ok_or_else(bad_args)?;
                    if let Some((params, body)) = d.by_arity.get(&args.len()) {
                        (next, substitute(params, body, &args, pos))
                    } else if let Some(body) = &d.plain {
                        (1, substitute(&[], body, &[], pos))
                    } else {
                        return Err((pos, format!("argument mismatch for macro '{name}'")));
                    }
                }
                Some(d) => match &d.plain {
                    Some(body) => (1, substitute(&[], body, &[], pos)),
                    None => return Err((pos, format!("argument mismatch for macro '{name}'"))),
                },
            };
            if self.is_circular(&name) {
                return Err((pos, format!("circular macro '{name}'")));
            }
            budget = budget
                .checked_sub(body.len() + 1)
                .ok_or_else(|| (pos, format!("macro '{name}' expands to too many tokens")))?;
            pending.truncate(pending.len() - used);
            pending.extend(body.into_iter().rev());
        }
        Ok(out)
    }

    fn predefined(&self, name: &str, pos: Pos, file: &str) -> Option<Tok> {
        let string = |s: &str| Tok::String(s.chars().map(|c| c as u32).collect());
        Some(match name {
            "LINE" => Tok::Integer(BigInt::from(pos.line)),
            "FILE" => string(file),
            "MODULE" => Tok::Atom(self.module.clone()?),
            "MODULE_STRING" => string(self.module.as_deref()?),
            "FUNCTION_NAME" => Tok::Atom(self.function.as_ref()?.0.clone()),
            "FUNCTION_ARITY" => Tok::Integer(BigInt::from(self.function.as_ref()?.1)),
            "MACHINE" => Tok::Atom("BEAM".into()),
            "OTP_RELEASE" => Tok::Integer(BigInt::from(25)),
            _ => return None,
        })
    }

    /// Whether `name`'s definitions use `name` again, directly or through
    /// other macros.
    fn is_circular(&self, name: &str) -> bool {
        let mut seen: Vec<&str> = Vec::new();
        let mut todo: Vec<&str> =
            self.defs.get(name).map(|d| d.uses.iter().map(String::as_str).collect()).unwrap_or_default();
        while let Some(m) = todo.pop() {
            if m == name {
                return true;
            }
            if seen.contains(&m) {
                continue;
            }
            seen.push(m);
            if let Some(d) = self.defs.get(m) {
                todo.extend(d.uses.iter().map(String::as_str));
            }
        }
        false
    }
}

/// The body with parameters replaced by arguments and `??P` by the
/// argument's text; body tokens take the call's position.
fn substitute(params: &[String], body: &[Token], args: &[Vec<Token>], pos: Pos) -> Vec<Token> {
    let param = |t: Option<&Token>| match t.map(|t| &t.tok) {
        Some(Tok::Var(v)) => params.iter().position(|p| p == v),
        _ => None,
    };
    let mut out = Vec::with_capacity(body.len());
    let mut j = 0;
    while j < body.len() {
        if body[j].tok == Tok::QQ {
            if let Some(k) = param(body.get(j + 1)) {
                let text = args[k].iter().map(|t| t.text.as_str()).collect::<Vec<_>>().join(" ");
                out.push(Token::new(Tok::String(text.chars().map(|c| c as u32).collect()), pos));
                j += 2;
                continue;
            }
        }
        if let Some(k) = param(body.get(j)) {
            out.extend(args[k].iter().cloned());
        } else {
            let mut t = body[j].clone();
            t.pos = pos;
            out.push(t);
        }
        j += 1;
    }
    out
}

/// The arguments of a macro call whose `(` is `ahead(open)`, split at
/// top-level commas, and how many tokens the call's name and arguments
/// take from `ahead(0)` on. `None` if malformed.
fn collect_args<'t>(ahead: &dyn Fn(usize) -> Option<&'t Token>, open: usize) -> Option<(Vec<Vec<Token>>, usize)> {
    let mut closers: Vec<Tok> = vec![Tok::RParen];
    let mut args = Vec::new();
    let mut cur = Vec::new();
    let mut i = open + 1;
    while let Some(t) = ahead(i) {
        let next = ahead(i + 1).map(|t| &t.tok);
        match &t.tok {
            Tok::Dot => return None,
            Tok::Comma if closers.len() == 1 => {
                args.push(std::mem::take(&mut cur));
                i += 1;
                continue;
            }
            tok if closers.last() == Some(tok) => {
                closers.pop();
                if closers.is_empty() {
                    if !cur.is_empty() || !args.is_empty() {
                        args.push(cur);
                    }
                    return Some((args, i + 1));
                }
            }
            Tok::RParen | Tok::RBrack | Tok::RBrace | Tok::GtGt | Tok::End => return None,
            Tok::LParen => closers.push(Tok::RParen),
            Tok::LBrack => closers.push(Tok::RBrack),
            Tok::LBrace => closers.push(Tok::RBrace),
            Tok::LtLt => closers.push(Tok::GtGt),
            Tok::Begin | Tok::Case | Tok::If | Tok::Receive | Tok::Try => closers.push(Tok::End),
            Tok::Fun if matches!(next, Some(Tok::LParen)) => closers.push(Tok::End),
            Tok::Fun if matches!(next, Some(Tok::Var(_))) && ahead(i + 2).is_some_and(|t| t.tok == Tok::LParen) => {
                closers.push(Tok::End)
            }
            _ => {}
        }
        cur.push(t.clone());
        i += 1;
    }
    None
}
