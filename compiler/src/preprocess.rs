//! The preprocessor, working on tokens like OTP's `epp`: splits the token
//! stream into forms, runs the directives (`-define`, `-undef`, `-ifdef`,
//! `-ifndef`, `-if`, `-elif`, `-else`, `-endif`, `-include`, `-include_lib`,
//! `-error`, `-warning`) and expands macros in every other form.
//!
//! Includes are read from an explicit stack of sources, and macro expansion
//! recursion is bounded, so no input can exhaust the Rust stack.

mod cond;
mod macros;

use crate::ast::Pos;
use crate::diagnostic::Diagnostic;
use crate::lexer::{self, Item, Token};
use crate::token::Tok;
use macros::Macros;
use std::path::{Path, PathBuf};

/// A form ready for the parser: its tokens (ending with the `dot`, unless
/// the file ended first) and the file it came from.
#[derive(Clone, Debug)]
pub struct Form {
    pub file: String,
    pub tokens: Vec<Token>,
}

pub struct Preprocessed {
    pub forms: Vec<Form>,
    pub diagnostics: Vec<Diagnostic>,
}

const MAX_INCLUDE_DEPTH: usize = 64;

struct Source {
    file: String,
    dir: PathBuf,
    items: Vec<Item>,
    next: usize,
    eof: Pos,
}

struct Cond {
    directive: &'static str,
    active: bool,
    /// Some branch of this conditional has been taken.
    taken: bool,
    parent_active: bool,
    seen_else: bool,
    depth: usize,
}

struct Epp<'a> {
    include_dirs: &'a [PathBuf],
    sources: Vec<Source>,
    conds: Vec<Cond>,
    macros: Macros,
    forms: Vec<Form>,
    diagnostics: Vec<Diagnostic>,
}

/// Preprocesses a module's source. Never fails: problems are diagnostics,
/// and the forms that could be read are returned. `module` presets
/// `?MODULE` (for escripts without `-module`).
pub fn preprocess(file: &str, source: &str, include_dirs: &[PathBuf], module: Option<&str>) -> Preprocessed {
    let lexed = lexer::lex(source);
    let dir = Path::new(file).parent().map(Path::to_path_buf).unwrap_or_default();
    let mut epp = Epp {
        include_dirs,
        sources: vec![Source { file: file.to_string(), dir, items: lexed.items, next: 0, eof: lexed.eof }],
        conds: Vec::new(),
        macros: Macros::new(),
        forms: Vec::new(),
        diagnostics: Vec::new(),
    };
    if let Some(m) = module {
        epp.macros.set_module(m);
    }
    epp.run();
    let mut forms = epp.forms;
    renumber_after_file_attributes(&mut forms, file);
    Preprocessed { forms, diagnostics: epp.diagnostics }
}

/// `-file(File, Line).` makes the next line of the source count as `Line`
/// (and later lines from there), as epp does. ferl honours the line numbers
/// of the main file's `-file` attributes and keeps its own file name.
fn renumber_after_file_attributes(forms: &mut [Form], main_file: &str) {
    let mut shift: i64 = 0;
    for form in forms.iter_mut().filter(|f| f.file == main_file) {
        for t in &mut form.tokens {
            t.pos.line = (i64::from(t.pos.line) + shift).clamp(1, i64::from(u32::MAX)) as u32;
        }
        if let Some((attr_line, line)) = file_attribute(&form.tokens) {
            // The attribute's own line was already shifted; undo that to
            // measure from its place in the source.
            shift = line - (i64::from(attr_line) - shift);
        }
    }
}

/// `(line of the attribute, Line)` if `tokens` are `-file("...", Line).`.
fn file_attribute(tokens: &[Token]) -> Option<(u32, i64)> {
    use num_traits::ToPrimitive;
    match tokens {
        [minus, name, open, path, comma, line, close, dot]
            if matches!(minus.tok, Tok::Minus)
                && matches!(&name.tok, Tok::Atom(a) if a == "file")
                && matches!(open.tok, Tok::LParen)
                && matches!(path.tok, Tok::String(_))
                && matches!(comma.tok, Tok::Comma)
                && matches!(close.tok, Tok::RParen)
                && matches!(dot.tok, Tok::Dot) =>
        {
            match &line.tok {
                Tok::Integer(n) => Some((dot.pos.line, n.to_i64()?)),
                _ => None,
            }
        }
        _ => None,
    }
}

enum Raw {
    Tokens(Vec<Token>),
    Error(Pos, String),
}

impl Epp<'_> {
    fn active(&self) -> bool {
        self.conds.last().is_none_or(|c| c.active)
    }

    fn file(&self) -> String {
        self.sources.last().map(|s| s.file.clone()).unwrap_or_default()
    }

    fn error(&mut self, pos: Pos, msg: impl Into<String>) {
        let file = self.file();
        self.diagnostics.push(Diagnostic::error(&file, pos, msg));
    }

    /// The next form's tokens from the innermost source, up to and
    /// including its `dot`. A lexical error ends the form: the tokens
    /// before it are dropped, as `erl_scan:tokens` does.
    fn next_raw(&mut self) -> Option<Raw> {
        let src = self.sources.last_mut()?;
        let mut toks = Vec::new();
        while src.next < src.items.len() {
            let item = src.items[src.next].clone();
            src.next += 1;
            match item {
                Err((pos, e)) => return Some(Raw::Error(pos, e.message())),
                Ok(t) => {
                    let end = t.tok == Tok::Dot;
                    toks.push(t);
                    if end {
                        return Some(Raw::Tokens(toks));
                    }
                }
            }
        }
        if toks.is_empty() {
            None
        } else {
            Some(Raw::Tokens(toks))
        }
    }

    fn run(&mut self) {
        while !self.sources.is_empty() {
            match self.next_raw() {
                None => self.end_of_file(),
                Some(Raw::Error(pos, msg)) => {
                    if self.active() {
                        self.error(pos, msg);
                    }
                }
                Some(Raw::Tokens(toks)) => self.form(toks),
            }
        }
    }

    fn end_of_file(&mut self) {
        let depth = self.sources.len();
        let eof = self.sources.last().map(|s| s.eof).unwrap_or_default();
        while self.conds.last().is_some_and(|c| c.depth == depth) {
            let c = self.conds.pop().unwrap_or_else(|| unreachable!());
            self.error(eof, format!("unterminated '-{}'", c.directive));
        }
        self.sources.pop();
    }

    fn form(&mut self, toks: Vec<Token>) {
        let directive = match (toks.first().map(|t| &t.tok), toks.get(1).map(|t| &t.tok)) {
            (Some(Tok::Minus), Some(Tok::Atom(a))) => Some(a.clone()),
            (Some(Tok::Minus), Some(Tok::If)) => Some("if".to_string()),
            _ => None,
        };
        match directive.as_deref() {
            Some("ifdef") => self.ifdef(&toks, "ifdef"),
            Some("ifndef") => self.ifdef(&toks, "ifndef"),
            Some("if") => self.if_directive(&toks),
            Some("elif") => self.elif(&toks),
            Some("else") => self.else_directive(&toks),
            Some("endif") => self.endif(&toks),
            _ if !self.active() => {}
            Some("define") => {
                let file = self.file();
                if let Err((pos, msg)) = self.macros.define(&toks, &file) {
                    self.error(pos, msg);
                }
            }
            Some("undef") => match args(&toks).as_deref() {
                Some([t]) if matches!(t.tok, Tok::Atom(_) | Tok::Var(_)) => self.macros.undef(&t.text_name()),
                _ => self.error(toks[1].pos, "badly formed 'undef'"),
            },
            Some(d @ ("include" | "include_lib")) => {
                let lib = d == "include_lib";
                self.include(&toks, lib)
            }
            Some(d @ ("error" | "warning")) => {
                let text: String = args(&toks).unwrap_or_default().iter().map(|t| t.text.as_str()).collect();
                let msg = format!("-{d}({text}).");
                let file = self.file();
                let diag = if d == "error" {
                    Diagnostic::error(&file, toks[1].pos, msg)
                } else {
                    Diagnostic::warning(&file, toks[1].pos, msg)
                };
                self.diagnostics.push(diag);
            }
            _ => self.plain_form(toks),
        }
    }

    fn plain_form(&mut self, toks: Vec<Token>) {
        self.macros.set_function(function_head(&toks));
        let file = self.file();
        match self.macros.expand(&toks, &file) {
            Ok(tokens) => {
                if let [Token { tok: Tok::Minus, .. }, Token { tok: Tok::Atom(m), .. }, Token { tok: Tok::LParen, .. }, Token { tok: Tok::Atom(name), .. }, ..] =
                    tokens.as_slice()
                {
                    if m == "module" {
                        self.macros.set_module(name);
                    }
                }
                self.forms.push(Form { file, tokens });
            }
            Err((pos, msg)) => self.error(pos, msg),
        }
    }

    fn push_cond(&mut self, directive: &'static str, cond: bool) {
        let parent_active = self.active();
        let active = parent_active && cond;
        let depth = self.sources.len();
        self.conds.push(Cond { directive, active, taken: cond, parent_active, seen_else: false, depth });
    }

    fn ifdef(&mut self, toks: &[Token], directive: &'static str) {
        let pos = toks[1].pos;
        if !self.active() {
            return self.push_cond(directive, false);
        }
        match args(toks).as_deref() {
            Some([t]) if matches!(t.tok, Tok::Atom(_) | Tok::Var(_)) => {
                let defined = self.macros.is_defined(&t.text_name());
                self.push_cond(directive, defined == (directive == "ifdef"));
            }
            _ => {
                self.error(pos, format!("badly formed '{directive}'"));
                self.push_cond(directive, false);
            }
        }
    }

    fn condition(&mut self, toks: &[Token], directive: &str) -> bool {
        let file = self.file();
        match args(toks) {
            Some(a) => cond::evaluate(&a, &mut self.macros, &file),
            None => {
                self.error(toks[1].pos, format!("badly formed '{directive}'"));
                false
            }
        }
    }

    fn if_directive(&mut self, toks: &[Token]) {
        let value = self.active() && self.condition(toks, "if");
        self.push_cond("if", value);
    }

    fn elif(&mut self, toks: &[Token]) {
        let pos = toks[1].pos;
        let Some(c) = self.conds.last() else {
            return self.error(pos, "unbalanced '-elif'");
        };
        if c.seen_else {
            return self.error(pos, "unbalanced '-elif'");
        }
        let (parent, taken) = (c.parent_active, c.taken);
        let value = parent && !taken && self.condition(toks, "elif");
        if let Some(c) = self.conds.last_mut() {
            c.active = value;
            c.taken |= value;
        }
    }

    fn else_directive(&mut self, toks: &[Token]) {
        match self.conds.last_mut() {
            Some(c) if !c.seen_else => {
                c.seen_else = true;
                c.active = c.parent_active && !c.taken;
                c.taken = true;
            }
            _ => self.error(toks[1].pos, "unbalanced '-else'"),
        }
    }

    fn endif(&mut self, toks: &[Token]) {
        let depth = self.sources.len();
        match self.conds.last() {
            Some(c) if c.depth == depth => {
                self.conds.pop();
            }
            _ => self.error(toks[1].pos, "unbalanced '-endif'"),
        }
    }

    fn include(&mut self, toks: &[Token], lib: bool) {
        let what = if lib { "include lib" } else { "include file" };
        let file = self.file();
        let expanded = args(toks).map(|a| self.macros.expand(&a, &file));
        let (pos, name) = match expanded {
            Some(Ok(a)) if !a.is_empty() && a.iter().all(|t| matches!(t.tok, Tok::String(_))) => {
                let name: String = a
                    .iter()
                    .flat_map(|t| match &t.tok {
                        Tok::String(s) => s.clone(),
                        _ => vec![],
                    })
                    .map(|c| char::from_u32(c).unwrap_or('?'))
                    .collect();
                (a[0].pos, name)
            }
            Some(Err((pos, msg))) => return self.error(pos, msg),
            _ => {
                let d = if lib { "include_lib" } else { "include" };
                return self.error(toks[1].pos, format!("badly formed '{d}'"));
            }
        };
        if self.sources.len() >= MAX_INCLUDE_DEPTH {
            return self.error(pos, format!("can't find {what} \"{name}\""));
        }
        match self.find_include(&name, lib) {
            Some((path, text)) => {
                let lexed = lexer::lex(&text);
                let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
                let file = path.to_string_lossy().into_owned();
                self.sources.push(Source { file, dir, items: lexed.items, next: 0, eof: lexed.eof });
            }
            None => self.error(pos, format!("can't find {what} \"{name}\"")),
        }
    }

    fn find_include(&self, name: &str, lib: bool) -> Option<(PathBuf, String)> {
        let path = Path::new(name);
        let mut candidates = Vec::new();
        if path.is_absolute() {
            candidates.push(path.to_path_buf());
        } else {
            if let Some(src) = self.sources.last() {
                candidates.push(src.dir.join(path));
            }
            candidates.extend(self.include_dirs.iter().map(|d| d.join(path)));
            if lib {
                // `app/include/x.hrl`: also look for `include/x.hrl` and
                // `x.hrl` in the include path, as we have no code path.
                let rest: PathBuf = path.components().skip(1).collect();
                let base: PathBuf = path.file_name().map(PathBuf::from).unwrap_or_default();
                for d in self.include_dirs {
                    candidates.push(d.join(&rest));
                    candidates.push(d.join(&base));
                }
            }
        }
        candidates
            .into_iter()
            .find_map(|p| std::fs::read(&p).ok().map(|b| (p, String::from_utf8_lossy(&b).into_owned())))
            .or_else(|| if lib { embedded_lib_header(name) } else { None })
    }
}

/// The OTP headers ferl ships for `-include_lib`, used when no file of
/// that name is found (there is no OTP installation to look in).
fn embedded_lib_header(name: &str) -> Option<(PathBuf, String)> {
    const HEADERS: &[(&str, &str)] = &[
        ("kernel/include/logger.hrl", include_str!("../../stdlib/include/logger.hrl")),
        ("stdlib/include/ms_transform.hrl", include_str!("../../stdlib/include/ms_transform.hrl")),
    ];
    HEADERS.iter().find(|(n, _)| *n == name).map(|(n, text)| (PathBuf::from(n), (*text).to_string()))
}

impl Token {
    /// The name of an atom or variable token.
    pub fn text_name(&self) -> String {
        match &self.tok {
            Tok::Atom(a) | Tok::Var(a) => a.clone(),
            _ => self.text.clone(),
        }
    }
}

/// The tokens between `-name(` and `).`, if the form has that shape.
fn args(toks: &[Token]) -> Option<Vec<Token>> {
    let n = toks.len();
    if n >= 5 && toks[2].tok == Tok::LParen && toks[n - 2].tok == Tok::RParen && toks[n - 1].tok == Tok::Dot {
        Some(toks[3..n - 2].to_vec())
    } else {
        None
    }
}

/// `name(Args...)` at the start of a form: the function's name and arity
/// for `?FUNCTION_NAME` and `?FUNCTION_ARITY`.
fn function_head(toks: &[Token]) -> Option<(String, usize)> {
    let Some(Tok::Atom(name)) = toks.first().map(|t| &t.tok) else {
        return None;
    };
    if toks.get(1)?.tok != Tok::LParen {
        return None;
    }
    let mut depth = 0usize;
    let mut arity = 0;
    for t in &toks[2..] {
        if t.tok == Tok::RParen && depth == 0 {
            return Some((name.clone(), arity));
        }
        arity = arity.max(1);
        match t.tok {
            Tok::LParen | Tok::LBrack | Tok::LBrace | Tok::LtLt => depth += 1,
            Tok::RParen | Tok::RBrack | Tok::RBrace | Tok::GtGt => depth = depth.saturating_sub(1),
            Tok::Comma if depth == 0 => arity += 1,
            Tok::Dot => return None,
            _ => {}
        }
    }
    None
}
