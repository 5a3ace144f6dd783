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

/// No expansion may nest deeper than this many macro calls.
const MAX_DEPTH: usize = 200;
/// No form may expand to more tokens than this.
const MAX_TOKENS: usize = 4_000_000;

const PREDEFINED: &[&str] = &[
    "MODULE",
    "MODULE_STRING",
    "LINE",
    "FILE",
    "FUNCTION_NAME",
    "FUNCTION_ARITY",
    "MACHINE",
    "OTP_RELEASE",
];

#[derive(Default)]
struct Defs {
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
        if n < 6
            || toks[2].tok != Tok::LParen
            || toks[n - 1].tok != Tok::Dot
            || toks[n - 2].tok != Tok::RParen
        {
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
            return Err((
                name_tok.pos,
                format!("redefining predefined macro '{name}'"),
            ));
        }
        let defs = self.defs.entry(name.clone()).or_default();
        let exists = match &params {
            None => defs.plain.is_some(),
            Some(p) => defs.by_arity.contains_key(&p.len()),
        };
        if exists {
            return Err((name_tok.pos, format!("redefining macro '{name}'")));
        }
        match params {
            None => defs.plain = Some(body),
            Some(p) => {
                defs.by_arity.insert(p.len(), (p, body));
            }
        }
        Ok(())
    }

    /// Expands every macro call in `toks`.
    pub fn expand(&self, toks: &[Token], file: &str) -> Result<Vec<Token>, PError> {
        let mut out = Vec::with_capacity(toks.len());
        self.expand_into(toks, &mut Vec::new(), &mut out, file)?;
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

    fn expand_into(
        &self,
        toks: &[Token],
        used: &mut Vec<(String, Option<usize>)>,
        out: &mut Vec<Token>,
        file: &str,
    ) -> Result<(), PError> {
        let mut i = 0;
        while i < toks.len() {
            let q = &toks[i];
            if q.tok != Tok::Question {
                out.push(q.clone());
                i += 1;
                continue;
            }
            let Some(name_tok) = toks.get(i + 1) else {
                return Err((q.pos, "illegal macro call '?'".into()));
            };
            let name = match &name_tok.tok {
                Tok::Atom(a) | Tok::Var(a) => a.clone(),
                Tok::Dot => return Err((name_tok.pos, "illegal macro call '?dot'".into())),
                _ => {
                    return Err((
                        name_tok.pos,
                        format!("illegal macro call '?{}'", name_tok.text),
                    ))
                }
            };
            let pos = name_tok.pos;
            if let Some(tok) = self.predefined(&name, q.pos, file) {
                out.push(Token::new(tok, q.pos));
                i += 2;
                continue;
            }
            let has_paren = toks.get(i + 2).is_some_and(|t| t.tok == Tok::LParen);
            let bad_args = || (pos, format!("badly formed argument for macro '{name}'"));
            let (key, body) = match self.defs.get(&name) {
                None => {
                    let shown = match has_paren.then(|| collect_args(toks, i + 2)).flatten() {
                        Some((args, _)) => format!("{name}/{}", args.len()),
                        None => name.clone(),
                    };
                    return Err((pos, format!("undefined macro '{shown}'")));
                }
                Some(d) if has_paren && !d.by_arity.is_empty() => {
                    let (args, next) = collect_args(toks, i + 2).ok_or_else(bad_args)?;
                    if let Some((params, body)) = d.by_arity.get(&args.len()) {
                        i = next;
                        (
                            (name.clone(), Some(args.len())),
                            substitute(params, body, &args, pos),
                        )
                    } else if let Some(body) = &d.plain {
                        i += 2;
                        ((name.clone(), None), substitute(&[], body, &[], pos))
                    } else {
                        return Err((pos, format!("argument mismatch for macro '{name}'")));
                    }
                }
                Some(d) => match &d.plain {
                    Some(body) => {
                        i += 2;
                        ((name.clone(), None), substitute(&[], body, &[], pos))
                    }
                    None => return Err((pos, format!("argument mismatch for macro '{name}'"))),
                },
            };
            if used.contains(&key) || used.len() >= MAX_DEPTH {
                return Err((pos, format!("circular macro '{name}'")));
            }
            if out.len() + body.len() > MAX_TOKENS {
                return Err((pos, format!("macro '{name}' expands to too many tokens")));
            }
            used.push(key);
            self.expand_into(&body, used, out, file)?;
            used.pop();
        }
        Ok(())
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
                let text = args[k]
                    .iter()
                    .map(|t| t.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                out.push(Token::new(
                    Tok::String(text.chars().map(|c| c as u32).collect()),
                    pos,
                ));
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

/// The arguments of a macro call whose `(` is at `open`, split at top-level
/// commas, and the index after the closing `)`. `None` if malformed.
fn collect_args(toks: &[Token], open: usize) -> Option<(Vec<Vec<Token>>, usize)> {
    let mut closers: Vec<Tok> = vec![Tok::RParen];
    let mut args = Vec::new();
    let mut cur = Vec::new();
    let mut i = open + 1;
    while i < toks.len() {
        let t = &toks[i];
        let next = toks.get(i + 1).map(|t| &t.tok);
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
            Tok::Fun
                if matches!(next, Some(Tok::Var(_)))
                    && toks.get(i + 2).is_some_and(|t| t.tok == Tok::LParen) =>
            {
                closers.push(Tok::End)
            }
            _ => {}
        }
        cur.push(t.clone());
        i += 1;
    }
    None
}
