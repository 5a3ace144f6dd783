//! Parses one module: preprocesses the tokens, parses each form with the
//! generated grammar (one form at a time, so one syntax error per form, as
//! erlc reports them), and files the forms into an `ast::Module`.
//!
//! Parsing runs on a thread with a large stack and every form is checked
//! against `MAX_NESTING` before it is returned, so no input can overflow
//! the stack here, and callers only ever see trees of bounded depth.

pub(crate) mod attr;
mod behaviour;
pub mod build;
mod depth;
#[cfg(test)]
mod tests;

use crate::ast::{Expr, Module, Pos};
use crate::diagnostic::{Diagnostic, Severity};
use crate::lexer::Token;
use crate::preprocess;
use crate::token::Tok;
use build::{ActionError, Form};
use lalrpop_util::ParseError;
use std::path::PathBuf;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused, dead_code)]
    grammar,
    "/grammar.rs"
);

/// The deepest nesting of expressions a form may have.
pub const MAX_NESTING: usize = 4000;
/// The most tokens one form may have after macro expansion.
const MAX_FORM_TOKENS: usize = 500_000;
const PARSER_STACK: usize = 256 << 20;

/// Attributes that describe types only; ferl does not check types, so they
/// are skipped whole (to the form's `dot`).
const TYPE_ATTRIBUTES: &[&str] =
    &["spec", "type", "opaque", "callback", "export_type", "dialyzer", "optional_callbacks", "nominal"];

/// Parses one module's source. `file` is the name used in diagnostics and
/// `?FILE`. Include files are looked up relative to the directory of
/// `file`, then in `include_dirs`.
///
/// Returns the module and its warnings, or all errors (plus warnings)
/// found: lexical, preprocessor and syntax errors, in source order.
pub fn parse_module(
    file: &str,
    source: &str,
    include_dirs: &[PathBuf],
) -> Result<(Module, Vec<Diagnostic>), Vec<Diagnostic>> {
    on_big_stack(|| parse_module_here(file, source, include_dirs, None))
}

/// Like `parse_module`, but keeps going past syntax errors as erlc does:
/// returns the module made of the forms that did parse, with every
/// diagnostic found, so that lint can still check those forms.
pub fn parse_module_partial(file: &str, source: &str, include_dirs: &[PathBuf]) -> (Module, Vec<Diagnostic>) {
    on_big_stack(|| parse_forms(file, source, include_dirs, None))
}

/// Like `parse_module`, for an escript: when the source has no `-module`,
/// `?MODULE` expands to `default_name` and the module gets that name.
pub fn parse_escript_module(
    file: &str,
    source: &str,
    include_dirs: &[PathBuf],
    default_name: &str,
) -> Result<(Module, Vec<Diagnostic>), Vec<Diagnostic>> {
    on_big_stack(|| parse_module_here(file, source, include_dirs, Some(default_name)))
}

/// Parses a sequence of expressions ending with a `dot` (like
/// `erl_parse:parse_exprs/1` on scanned text), e.g. for `-eval`.
pub fn parse_exprs(file: &str, source: &str) -> Result<Vec<Expr>, Vec<Diagnostic>> {
    on_big_stack(|| {
        let lexed = crate::lexer::lex(source);
        let mut toks = Vec::new();
        for item in lexed.items {
            match item {
                Ok(t) => toks.push(t),
                Err((pos, e)) => return Err(vec![Diagnostic::error(file, pos, e.message())]),
            }
        }
        let res = grammar::ExprsDotParser::new().parse(feed(&toks));
        match res {
            Ok(es) => match depth::too_deep(es.iter(), MAX_NESTING) {
                None => Ok(es),
                Some(e) => Err(vec![Diagnostic::error(file, e.pos, TOO_DEEP)]),
            },
            Err(e) => Err(vec![syntax_error(file, e, lexed.eof)]),
        }
    })
}

/// Parses tokens that end with a `dot` into expressions, for
/// `erl_parse:parse_exprs/1`: the error is a position and a message.
pub fn parse_exprs_tokens(toks: &[Token]) -> Result<Vec<Expr>, (Pos, String)> {
    if toks.len() > MAX_FORM_TOKENS {
        return Err((toks[0].pos, "form too large".to_string()));
    }
    on_big_stack(|| {
        let eof = toks.last().map(|t| t.pos).unwrap_or_default();
        match grammar::ExprsDotParser::new().parse(feed(toks)) {
            Ok(es) => match depth::too_deep(es.iter(), MAX_NESTING) {
                None => Ok(es),
                Some(e) => Err((e.pos, TOO_DEEP.to_string())),
            },
            Err(e) => {
                let d = syntax_error("", e, eof);
                Err((d.pos, d.message))
            }
        }
    })
}

const TOO_DEEP: &str = "expression nested too deeply";

fn on_big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    let cell = std::sync::Mutex::new(Some(f));
    let run = || {
        let f = cell.lock().ok().and_then(|mut g| g.take());
        f.map(|f| f())
    };
    let out = std::thread::scope(|s| match std::thread::Builder::new().stack_size(PARSER_STACK).spawn_scoped(s, run) {
        Ok(h) => h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
        Err(_) => None,
    });
    // If no thread could be made, run here (with the caller's stack).
    out.or_else(run).unwrap_or_else(|| unreachable!("the parse ran nowhere"))
}

fn feed(toks: &[Token]) -> impl Iterator<Item = Result<(Pos, Tok, Pos), ActionError>> + '_ {
    toks.iter().map(|t| Ok((t.pos, t.tok.clone(), t.pos)))
}

fn parse_module_here(
    file: &str,
    source: &str,
    include_dirs: &[PathBuf],
    default_name: Option<&str>,
) -> Result<(Module, Vec<Diagnostic>), Vec<Diagnostic>> {
    let (module, diags) = parse_forms(file, source, include_dirs, default_name);
    if diags.iter().any(|d| d.severity == Severity::Error) {
        Err(diags)
    } else {
        Ok((module, diags))
    }
}

/// Parses every form it can; diagnostics come in source order.
fn parse_forms(
    file: &str,
    source: &str,
    include_dirs: &[PathBuf],
    default_name: Option<&str>,
) -> (Module, Vec<Diagnostic>) {
    let pp = preprocess::preprocess(file, source, include_dirs, default_name);
    let mut diags: Vec<Diagnostic> = pp.diagnostics.into_iter().map(|d| d.reported_by("epp")).collect();
    let mut module = Module {
        name: default_name.unwrap_or_default().to_string(),
        file: file.to_string(),
        exports: Vec::new(),
        export_all: false,
        imports: Vec::new(),
        attributes: Vec::new(),
        records: Vec::new(),
        functions: Vec::new(),
        callbacks: Vec::new(),
        optional_callbacks: Vec::new(),
    };
    for form in &pp.forms {
        behaviour::note_callbacks(&mut module, &form.tokens);
        match parse_form(form) {
            Ok(Some(f)) => {
                if let Err((pos, msg)) = attr::file_form(&mut module, f) {
                    diags.push(Diagnostic::error(&form.file, pos, msg));
                }
            }
            Ok(None) => {}
            Err(d) => diags.push(d.reported_by("erl_parse")),
        }
    }
    // Preprocessor diagnostics were gathered before parsing began; show
    // everything in source order, the main file first.
    diags.sort_by_key(|d| (d.file != file, d.pos));
    behaviour::add_behaviour_info(&mut module);
    (module, diags)
}

/// Parses one preprocessed form; `None` for a skipped type attribute.
fn parse_form(form: &preprocess::Form) -> Result<Option<Form>, Diagnostic> {
    let toks = &form.tokens;
    let attr_name = match (toks.first().map(|t| &t.tok), toks.get(1).map(|t| &t.tok)) {
        (Some(Tok::Minus), Some(Tok::Atom(a))) => Some(a.as_str()),
        _ => None,
    };
    if attr_name.is_some_and(|a| TYPE_ATTRIBUTES.contains(&a)) {
        return Ok(None);
    }
    if toks.len() > MAX_FORM_TOKENS {
        return Err(Diagnostic::error(&form.file, toks[0].pos, "form too large"));
    }
    let stripped;
    let toks = if attr_name == Some("record") {
        stripped = strip_field_types(toks);
        &stripped
    } else {
        toks
    };
    let eof = toks.last().map(|t| t.pos).unwrap_or_default();
    match grammar::FormParser::new().parse(feed(toks)) {
        Ok(f) => {
            let roots: Vec<&Expr> = match &f {
                Form::Attribute { args, .. } => args.iter().collect(),
                Form::Function(func) => func
                    .clauses
                    .iter()
                    .flat_map(|c| c.patterns.iter().chain(c.guards.iter().flatten()).chain(c.body.iter()))
                    .collect(),
            };
            match depth::too_deep(roots.into_iter(), MAX_NESTING) {
                None => Ok(Some(f)),
                Some(e) => Err(Diagnostic::error(&form.file, e.pos, TOO_DEEP)),
            }
        }
        Err(e) => Err(syntax_error(&form.file, e, eof)),
    }
}

fn syntax_error(file: &str, e: ParseError<Pos, Tok, ActionError>, eof: Pos) -> Diagnostic {
    let (pos, msg) = match e {
        ParseError::UnrecognizedToken { token: (pos, tok, _), .. }
        | ParseError::ExtraToken { token: (pos, tok, _) } => (pos, format!("syntax error before: {}", tok.describe())),
        ParseError::UnrecognizedEof { location, .. } => (location, "syntax error before: ".to_string()),
        ParseError::InvalidToken { location } => (location, "syntax error before: ".to_string()),
        ParseError::User { error } => error,
    };
    let pos = if pos == Pos::default() { eof } else { pos };
    Diagnostic::error(file, pos, msg)
}

/// Used by `-if` in the preprocessor: one expression, no `dot`.
pub(crate) fn parse_expr_tokens(toks: &[Token]) -> Option<Expr> {
    if toks.len() > MAX_FORM_TOKENS {
        return None;
    }
    let e = grammar::ExprParser::new().parse(feed(toks)).ok()?;
    match depth::too_deep(std::iter::once(&e), MAX_NESTING) {
        None => Some(e),
        Some(_) => None,
    }
}

/// Drops `:: Type` from the fields of `-record(name, {...})`; the type
/// runs to the next `,` or `}` at the field list's own depth.
fn strip_field_types(toks: &[Token]) -> Vec<Token> {
    let mut out = Vec::with_capacity(toks.len());
    let mut depth = 0usize;
    let mut skipping = false;
    let mut in_fields = false;
    for t in toks {
        let closes = matches!(t.tok, Tok::RParen | Tok::RBrack | Tok::RBrace | Tok::GtGt);
        let opens = matches!(t.tok, Tok::LParen | Tok::LBrack | Tok::LBrace | Tok::LtLt);
        if t.tok == Tok::LBrace && depth == 1 {
            in_fields = true;
        }
        if skipping && depth == 2 && (t.tok == Tok::Comma || t.tok == Tok::RBrace) {
            skipping = false;
        }
        if in_fields && depth == 2 && t.tok == Tok::ColonColon {
            skipping = true;
        }
        if opens {
            depth += 1;
        } else if closes {
            depth = depth.saturating_sub(1);
        }
        if !skipping {
            out.push(t.clone());
        }
    }
    out
}
