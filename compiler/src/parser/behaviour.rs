//! Behaviour declarations: `-callback` and `-optional_callbacks`, which
//! ferl otherwise skips as type attributes, give a module its callback
//! list; `behaviour_info/1` is then generated from it, as OTP's compiler
//! does (`behaviour_info(callbacks)` and `behaviour_info(optional_callbacks)`).

use crate::ast::{Function, Module};
use crate::lexer::Token;
use crate::token::Tok;
use num_traits::ToPrimitive;

/// Records what a `-callback` or `-optional_callbacks` form declares.
pub(super) fn note_callbacks(module: &mut Module, tokens: &[Token]) {
    match tokens {
        [minus, attr, rest @ ..] if matches!(minus.tok, Tok::Minus) => match &attr.tok {
            Tok::Atom(a) if a == "callback" => {
                if let Some(cb) = callback_signature(rest) {
                    if !module.callbacks.contains(&cb) {
                        module.callbacks.push(cb);
                    }
                }
            }
            Tok::Atom(a) if a == "optional_callbacks" => {
                module.optional_callbacks.extend(name_arity_pairs(rest));
            }
            _ => {}
        },
        _ => {}
    }
}

/// `Name(Args) -> ...` (the first clause): the name and the number of
/// arguments, counted as the commas at the top nesting level.
fn callback_signature(tokens: &[Token]) -> Option<(String, u32)> {
    let (name, rest) = match tokens {
        [Token { tok: Tok::Atom(n), .. }, rest @ ..] => (n.clone(), rest),
        // `-callback(Name, ...)` old style is not supported.
        _ => return None,
    };
    let [Token { tok: Tok::LParen, .. }, rest @ ..] = rest else { return None };
    let mut depth = 0usize;
    let mut commas = 0u32;
    let mut any = false;
    for t in rest {
        match t.tok {
            Tok::LParen | Tok::LBrace | Tok::LBrack | Tok::LtLt => depth += 1,
            Tok::RParen if depth == 0 => return Some((name, if any { commas + 1 } else { 0 })),
            Tok::RParen | Tok::RBrace | Tok::RBrack | Tok::GtGt => depth = depth.saturating_sub(1),
            Tok::Comma if depth == 0 => commas += 1,
            _ => {}
        }
        any = true;
    }
    None
}

/// Every `Name/Arity` in the tokens.
fn name_arity_pairs(tokens: &[Token]) -> Vec<(String, u32)> {
    tokens
        .windows(3)
        .filter_map(|w| match (&w[0].tok, &w[1].tok, &w[2].tok) {
            (Tok::Atom(f), Tok::Slash, Tok::Integer(n)) => Some((f.clone(), n.to_u32()?)),
            _ => None,
        })
        .collect()
}

/// Adds an exported `behaviour_info/1` to a module that declares callbacks
/// and does not define one itself.
pub fn add_behaviour_info(module: &mut Module) {
    if module.callbacks.is_empty() && module.optional_callbacks.is_empty() {
        return;
    }
    if module.functions.iter().any(|f| f.name == "behaviour_info" && f.arity == 1) {
        return;
    }
    let list = |fas: &[(String, u32)]| {
        let items: Vec<String> = fas.iter().map(|(f, a)| format!("{{{},{a}}}", quote_atom(f))).collect();
        format!("[{}]", items.join(","))
    };
    let text = format!(
        "behaviour_info(callbacks) -> {}; behaviour_info(optional_callbacks) -> {}.",
        list(&module.callbacks),
        list(&module.optional_callbacks)
    );
    if let Some(f) = parse_function(&module.file, &text) {
        module.functions.push(f);
        module.exports.push(("behaviour_info".to_string(), 1));
    }
}

fn parse_function(file: &str, text: &str) -> Option<Function> {
    let (m, _) = super::parse_module_partial(file, text, &[]);
    m.functions.into_iter().next()
}

fn quote_atom(a: &str) -> String {
    let plain = a.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && a.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '@');
    if plain {
        a.to_string()
    } else {
        format!("'{}'", a.replace('\\', "\\\\").replace('\'', "\\'"))
    }
}
