//! Turns source text into positioned tokens: runs the `logos` lexer, tracks
//! line and column (1-based, counting characters like `erl_scan`), tells the
//! form-ending `dot` from a record `.`, and keeps each token's source text
//! for `??Arg` stringification.

use crate::ast::Pos;
use crate::token::{LexError, Lexeme, Number, Tok};
use logos::Logos;
use num_bigint::BigInt;
use num_traits::Num;

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

/// The longest atom (and so variable name) OTP can make, in characters.
const MAX_NAME_CHARS: usize = 255;

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
            Ok(lexeme) => match cook(lexeme, text, &source[e..]) {
                Tok::Atom(a) if a.chars().count() > MAX_NAME_CHARS => Err((pos, LexError::IllegalAtom)),
                Tok::Var(v) if v.chars().count() > MAX_NAME_CHARS => Err((pos, LexError::IllegalVar)),
                tok => Ok(Token { tok, pos, text: text.to_string() }),
            },
            Err(LexError::Unexpected) => {
                let c = text.chars().next().unwrap_or('?');
                Ok(Token { tok: Tok::Other(c), pos, text: text.to_string() })
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
    Lexed { items, eof: Pos { line, col } }
}

fn cook(lexeme: Lexeme, text: &str, after: &str) -> Tok {
    let chars = |v: Vec<u32>| -> String { v.into_iter().map(|c| char::from_u32(c).unwrap_or('\u{FFFD}')).collect() };
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

// The scanners of literals, called back by the logos lexer.

type Lx<'s> = logos::Lexer<'s, Lexeme>;

pub(crate) fn scan_number(lex: &mut Lx) -> Result<Number, LexError> {
    let rest = lex.remainder().as_bytes();
    let first = lex.slice().as_bytes()[0];
    let mut i = 0;
    let mut digits = vec![first];
    let take_digits = |i: &mut usize, out: &mut Vec<u8>, ok: &dyn Fn(u8) -> bool| {
        while *i < rest.len() {
            let c = rest[*i];
            if ok(c) {
                out.push(c);
                *i += 1;
            } else if c == b'_' && *i + 1 < rest.len() && ok(rest[*i + 1]) && !out.is_empty() {
                out.push(rest[*i + 1]);
                *i += 2;
            } else {
                break;
            }
        }
    };
    take_digits(&mut i, &mut digits, &|c| c.is_ascii_digit());
    let text = String::from_utf8(digits).unwrap_or_default();
    if i < rest.len() && rest[i] == b'#' {
        let base: u32 = text.parse().unwrap_or(u32::MAX);
        if !(2..=36).contains(&base) {
            lex.bump(i);
            return Err(LexError::IllegalBase(base));
        }
        i += 1;
        let valid = move |c: u8| (c as char).is_digit(base);
        let mut bd = Vec::new();
        take_digits(&mut i, &mut bd, &valid);
        lex.bump(i);
        if bd.is_empty() {
            return Err(LexError::IllegalInteger);
        }
        let s = String::from_utf8(bd).unwrap_or_default();
        return BigInt::from_str_radix(&s, base).map(Number::Int).map_err(|_| LexError::IllegalInteger);
    }
    if i + 1 < rest.len() && rest[i] == b'.' && rest[i + 1].is_ascii_digit() {
        let mut f = text.into_bytes();
        f.push(b'.');
        i += 1;
        take_digits(&mut i, &mut f, &|c| c.is_ascii_digit());
        if i < rest.len() && (rest[i] == b'e' || rest[i] == b'E') {
            f.push(b'e');
            i += 1;
            if i < rest.len() && (rest[i] == b'+' || rest[i] == b'-') {
                f.push(rest[i]);
                i += 1;
            }
            let before = f.len();
            take_digits(&mut i, &mut f, &|c| c.is_ascii_digit());
            if f.len() == before {
                lex.bump(i);
                return Err(LexError::IllegalFloat);
            }
        }
        lex.bump(i);
        let s = String::from_utf8(f).unwrap_or_default();
        return match s.parse::<f64>() {
            Ok(v) if v.is_finite() => Ok(Number::Float(v)),
            _ => Err(LexError::IllegalFloat),
        };
    }
    lex.bump(i);
    text.parse::<BigInt>().map(Number::Int).map_err(|_| LexError::IllegalInteger)
}

/// Reads one escape sequence after a backslash; returns the code point and
/// the bytes consumed, `None` at end of input. A malformed escape gives the
/// bytes `erl_scan` skips before it resumes.
fn escape(rest: &str) -> Option<Result<(u32, usize), usize>> {
    let mut it = rest.char_indices();
    let (_, c) = it.next()?;
    let simple = match c {
        'b' => Some(8),
        'd' => Some(127),
        'e' => Some(27),
        'f' => Some(12),
        'n' => Some(10),
        'r' => Some(13),
        's' => Some(32),
        't' => Some(9),
        'v' => Some(11),
        _ => None,
    };
    if let Some(v) = simple {
        return Some(Ok((v, 1)));
    }
    let b = rest.as_bytes();
    let hex_run = |from: usize| b[from..].iter().take_while(|d| d.is_ascii_hexdigit()).count();
    match c {
        '0'..='7' => {
            let n = b.iter().take(3).take_while(|d| (b'0'..=b'7').contains(d)).count();
            Some(Ok((u32::from_str_radix(&rest[..n], 8).unwrap_or(0), n)))
        }
        'x' if b.get(1) == Some(&b'{') => {
            let n = hex_run(2);
            if b.get(2 + n) != Some(&b'}') {
                let alnum = b[2..].iter().take_while(|d| d.is_ascii_alphanumeric()).count();
                return Some(Err(2 + alnum));
            }
            match u32::from_str_radix(&rest[2..2 + n], 16) {
                Ok(v) if v < 0x110000 && n > 0 => Some(Ok((v, n + 3))),
                _ => Some(Err(n + 3)),
            }
        }
        'x' => {
            if b.len() >= 3 && b[1].is_ascii_hexdigit() && b[2].is_ascii_hexdigit() {
                Some(Ok((u32::from_str_radix(&rest[1..3], 16).unwrap_or(0), 3)))
            } else {
                Some(Err(1 + hex_run(1)))
            }
        }
        '^' => {
            let (_, d) = it.next()?;
            Some(Ok(((d as u32) & 31, 1 + d.len_utf8())))
        }
        c => Some(Ok((c as u32, c.len_utf8()))),
    }
}

pub(crate) fn scan_char(lex: &mut Lx) -> Result<u32, LexError> {
    let rest = lex.remainder();
    let Some(c) = rest.chars().next() else {
        return Err(LexError::UnterminatedChar);
    };
    if c != '\\' {
        lex.bump(c.len_utf8());
        return Ok(c as u32);
    }
    match escape(&rest[1..]) {
        None => {
            lex.bump(1);
            Err(LexError::UnterminatedChar)
        }
        Some(Ok((v, n))) => {
            lex.bump(1 + n);
            Ok(v)
        }
        Some(Err(n)) => {
            lex.bump(1 + n);
            Err(LexError::IllegalEscape(1))
        }
    }
}

pub(crate) fn scan_quoted(lex: &mut Lx, q: char) -> Result<Vec<u32>, LexError> {
    let rest = lex.remainder();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(c) = rest[i..].chars().next() {
        if c == q {
            lex.bump(i + 1);
            return Ok(out);
        }
        if c == '\\' {
            match escape(&rest[i + 1..]) {
                None => break,
                Some(Ok((v, n))) => {
                    out.push(v);
                    i += 1 + n;
                }
                Some(Err(n)) => {
                    // erl_scan gives up on the literal and resumes after
                    // the bad escape.
                    lex.bump(i + 1 + n);
                    return Err(LexError::IllegalEscape(1 + i));
                }
            }
        } else {
            out.push(c as u32);
            i += c.len_utf8();
        }
    }
    lex.bump(rest.len());
    // erl_scan shows the first 16 characters read, escapes expanded.
    Err(LexError::Unterminated(q, out.iter().take(16).filter_map(|&c| char::from_u32(c)).collect()))
}
