//! Turns source text into positioned tokens: runs the `logos` lexer, tracks
//! line and column (1-based, counting characters like `erl_scan`), tells the
//! form-ending `dot` from a record `.`, and keeps each token's source text
//! for `??Arg` stringification.

use crate::ast::Pos;
use crate::token::{LexError, Lexeme, Number, Tok};
use logos::Logos;

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub pos: Pos,
    /// The token as written (for `??Arg`).
    pub text: String,
}

impl Token {
    pub fn new(tok: Tok, pos: Pos) -> Token {
        let text = match &tok {
            Tok::Atom(a) => crate::token::quote_atom(a),
            t => t.describe(),
        };
        Token { tok, pos, text }
    }
}

/// One lexical item: a token, or an error at a position.
pub type Item = Result<Token, (Pos, LexError)>;

/// The tokens of a whole file and the position just past its end.
pub struct Lexed {
    pub items: Vec<Item>,
    pub eof: Pos,
}

fn is_white(c: char) -> bool {
    c <= ' ' || ('\u{80}'..='\u{A0}').contains(&c)
}

/// Scans `source`. Never fails: errors are items in the result.
/// A `#!` first line is treated as a comment.
pub fn lex(source: &str) -> Lexed {
    let mut start = 0;
    if source.starts_with("#!") {
        start = source.find('\n').unwrap_or(source.len());
    }
    let mut lexer = Lexeme::lexer(&source[start..]);
    let mut items = Vec::new();
    // Cursor: byte offset already accounted for, and its position.
    let mut at = 0usize;
    let mut line = 1u32;
    let mut col = 1u32;
    let advance = |to: usize, at: &mut usize, line: &mut u32, col: &mut u32| {
        for c in source[*at..to].chars() {
            if c == '\n' {
                *line += 1;
                *col = 1;
            } else {
                *col += 1;
            }
        }
        *at = to;
    };
    while let Some(res) = lexer.next() {
        let span = lexer.span();
        let (s, e) = (span.start + start, span.end + start);
        advance(s, &mut at, &mut line, &mut col);
        let pos = Pos { line, col };
        let text = &source[s..e];
        let item = match res {
            Ok(lexeme) => Ok(Token {
                tok: cook(lexeme, text, &source[e..]),
                pos,
                text: text.to_string(),
            }),
            Err(LexError::Unexpected) => {
                let c = text.chars().next().unwrap_or('?');
                Ok(Token {
                    tok: Tok::Other(c),
                    pos,
                    text: text.to_string(),
                })
            }
            Err(LexError::IllegalEscape(off)) => {
                let (mut l, mut c) = (line, col);
                for ch in source[s..(s + off).min(e)].chars() {
                    if ch == '\n' {
                        l += 1;
                        c = 1;
                    } else {
                        c += 1;
                    }
                }
                Err((Pos { line: l, col: c }, LexError::IllegalEscape(off)))
            }
            Err(err) => Err((pos, err)),
        };
        items.push(item);
        advance(e, &mut at, &mut line, &mut col);
    }
    advance(source.len(), &mut at, &mut line, &mut col);
    Lexed {
        items,
        eof: Pos { line, col },
    }
}

fn cook(lexeme: Lexeme, text: &str, after: &str) -> Tok {
    let chars = |v: Vec<u32>| -> String {
        v.into_iter()
            .map(|c| char::from_u32(c).unwrap_or('\u{FFFD}'))
            .collect()
    };
    match lexeme {
        Lexeme::Atom => Tok::word(text),
        Lexeme::Var => Tok::Var(text.to_string()),
        Lexeme::Number(Number::Int(i)) => Tok::Integer(i),
        Lexeme::Number(Number::Float(f)) => Tok::Float(f),
        Lexeme::Char(c) => Tok::Char(c),
        Lexeme::String(s) => Tok::String(s),
        Lexeme::QuotedAtom(a) => Tok::Atom(chars(a)),
        Lexeme::Dot => match after.chars().next() {
            None | Some('%') => Tok::Dot,
            Some(c) if is_white(c) => Tok::Dot,
            Some(_) => Tok::Period,
        },
        Lexeme::Arrow => Tok::Arrow,
        Lexeme::MapAssoc => Tok::MapAssoc,
        Lexeme::MapExact => Tok::MapExact,
        Lexeme::LArrow => Tok::LArrow,
        Lexeme::LDArrow => Tok::LDArrow,
        Lexeme::DBar => Tok::DBar,
        Lexeme::ColonColon => Tok::ColonColon,
        Lexeme::DotDotDot => Tok::DotDotDot,
        Lexeme::DotDot => Tok::DotDot,
        Lexeme::EqEq => Tok::EqEq,
        Lexeme::SlashEq => Tok::SlashEq,
        Lexeme::EqColonEq => Tok::EqColonEq,
        Lexeme::EqSlashEq => Tok::EqSlashEq,
        Lexeme::Lt => Tok::Lt,
        Lexeme::Gt => Tok::Gt,
        Lexeme::Le => Tok::Le,
        Lexeme::Ge => Tok::Ge,
        Lexeme::PlusPlus => Tok::PlusPlus,
        Lexeme::MinusMinus => Tok::MinusMinus,
        Lexeme::Bang => Tok::Bang,
        Lexeme::Bar => Tok::Bar,
        Lexeme::Hash => Tok::Hash,
        Lexeme::Comma => Tok::Comma,
        Lexeme::Semi => Tok::Semi,
        Lexeme::Colon => Tok::Colon,
        Lexeme::LParen => Tok::LParen,
        Lexeme::RParen => Tok::RParen,
        Lexeme::LBrack => Tok::LBrack,
        Lexeme::RBrack => Tok::RBrack,
        Lexeme::LBrace => Tok::LBrace,
        Lexeme::RBrace => Tok::RBrace,
        Lexeme::LtLt => Tok::LtLt,
        Lexeme::GtGt => Tok::GtGt,
        Lexeme::Plus => Tok::Plus,
        Lexeme::Minus => Tok::Minus,
        Lexeme::Star => Tok::Star,
        Lexeme::Slash => Tok::Slash,
        Lexeme::Eq => Tok::Eq,
        Lexeme::Question => Tok::Question,
        Lexeme::QQ => Tok::QQ,
    }
}
