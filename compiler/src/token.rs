//! Erlang's tokens: the raw `logos` lexeme set (`Lexeme`) and the cooked
//! token (`Tok`) that the preprocessor and the grammar consume.
//!
//! Literals whose syntax is more than a regular expression (numbers,
//! strings, quoted atoms, `$` characters) are scanned by hand by callbacks
//! in `lexer.rs`, so that their errors match `erl_scan`'s.

use logos::Logos;
use num_bigint::BigInt;

/// A lexical error, worded by `LexError::message` as `erl_scan` does.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LexError {
    /// A character no token starts with; becomes a token of its own that
    /// the parser rejects (`syntax error before: '§'`), as in OTP.
    #[default]
    Unexpected,
    /// `unterminated string/atom starting with ...`: quote and first chars.
    Unterminated(char, String),
    UnterminatedChar,
    IllegalInteger,
    IllegalFloat,
    IllegalBase(u32),
    IllegalCharacter,
    /// A bad escape sequence, this many bytes into the token.
    IllegalEscape(usize),
    /// An atom or variable name past 255 characters (`illegal atom`,
    /// `illegal var`): no atom can hold it.
    IllegalAtom,
    IllegalVar,
}

impl LexError {
    pub fn message(&self) -> String {
        match self {
            LexError::Unexpected | LexError::IllegalCharacter | LexError::IllegalEscape(_) => {
                "illegal character".into()
            }
            LexError::Unterminated(q, head) => {
                let thing = if *q == '"' { "string" } else { "atom" };
                format!("unterminated {thing} starting with {}", quote_chars(head, *q))
            }
            LexError::UnterminatedChar => "unterminated character".into(),
            LexError::IllegalInteger => "illegal integer".into(),
            LexError::IllegalFloat => "illegal float".into(),
            LexError::IllegalBase(b) => format!("illegal base '{b}'"),
            LexError::IllegalAtom => "illegal atom".into(),
            LexError::IllegalVar => "illegal var".into(),
        }
    }
}

/// A number literal as scanned.
#[derive(Clone, Debug, PartialEq)]
pub enum Number {
    Int(BigInt),
    Float(f64),
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexError)]
#[logos(skip r"[\x00-\x20\u{80}-\u{A0}]+")]
#[logos(skip r"%[^\n]*")]
pub enum Lexeme {
    #[regex(r"[a-zß-öø-ÿ][a-zA-Z0-9_@À-ÖØ-Þß-öø-ÿ]*")]
    Atom,
    #[regex(r"[A-Z_À-ÖØ-Þ][a-zA-Z0-9_@À-ÖØ-Þß-öø-ÿ]*")]
    Var,
    #[regex(r"[0-9]", crate::lexer::scan_number)]
    Number(Number),
    #[token("$", crate::lexer::scan_char)]
    Char(u32),
    #[token("\"", |lex| crate::lexer::scan_quoted(lex, '"'))]
    String(Vec<u32>),
    #[token("'", |lex| crate::lexer::scan_quoted(lex, '\''))]
    QuotedAtom(Vec<u32>),
    #[token("->")]
    Arrow,
    #[token("=>")]
    MapAssoc,
    #[token(":=")]
    MapExact,
    #[token("<-")]
    LArrow,
    #[token("<=")]
    LDArrow,
    #[token("||")]
    DBar,
    #[token("::")]
    ColonColon,
    #[token("...")]
    DotDotDot,
    #[token("..")]
    DotDot,
    #[token("==")]
    EqEq,
    #[token("/=")]
    SlashEq,
    #[token("=:=")]
    EqColonEq,
    #[token("=/=")]
    EqSlashEq,
    #[token("<")]
    Lt,
    #[token(">")]
    Gt,
    #[token("=<")]
    Le,
    #[token(">=")]
    Ge,
    #[token("++")]
    PlusPlus,
    #[token("--")]
    MinusMinus,
    #[token("!")]
    Bang,
    #[token("|")]
    Bar,
    #[token("#")]
    Hash,
    #[token(".")]
    Dot,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token(":")]
    Colon,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBrack,
    #[token("]")]
    RBrack,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("<<")]
    LtLt,
    #[token(">>")]
    GtGt,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("=")]
    Eq,
    #[token("?")]
    Question,
    #[token("??")]
    QQ,
}

/// A cooked token: what the preprocessor and the grammar see.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Atom(String),
    Var(String),
    Integer(BigInt),
    Float(f64),
    Char(u32),
    String(Vec<u32>),
    // Reserved words.
    After,
    And,
    Andalso,
    Band,
    Begin,
    Bnot,
    Bor,
    Bsl,
    Bsr,
    Bxor,
    Case,
    Catch,
    Cond,
    Div,
    End,
    Fun,
    If,
    Let,
    Not,
    Of,
    Or,
    Orelse,
    Receive,
    Rem,
    Try,
    When,
    Xor,
    // Punctuation and operators.
    Arrow,
    MapAssoc,
    MapExact,
    LArrow,
    LDArrow,
    DBar,
    ColonColon,
    DotDotDot,
    DotDot,
    EqEq,
    SlashEq,
    EqColonEq,
    EqSlashEq,
    Lt,
    Gt,
    Le,
    Ge,
    PlusPlus,
    MinusMinus,
    Bang,
    Bar,
    Hash,
    /// `.` inside a form (record field access).
    Period,
    Comma,
    Semi,
    Colon,
    LParen,
    RParen,
    LBrack,
    RBrack,
    LBrace,
    RBrace,
    LtLt,
    GtGt,
    Plus,
    Minus,
    Star,
    Slash,
    Eq,
    Question,
    QQ,
    /// A character that starts no token; always a syntax error.
    Other(char),
    /// The `dot` that ends a form: `.` followed by white space, `%` or EOF.
    Dot,
}

const RESERVED: &[(&str, Tok)] = &[
    ("after", Tok::After),
    ("and", Tok::And),
    ("andalso", Tok::Andalso),
    ("band", Tok::Band),
    ("begin", Tok::Begin),
    ("bnot", Tok::Bnot),
    ("bor", Tok::Bor),
    ("bsl", Tok::Bsl),
    ("bsr", Tok::Bsr),
    ("bxor", Tok::Bxor),
    ("case", Tok::Case),
    ("catch", Tok::Catch),
    ("cond", Tok::Cond),
    ("div", Tok::Div),
    ("end", Tok::End),
    ("fun", Tok::Fun),
    ("if", Tok::If),
    ("let", Tok::Let),
    ("not", Tok::Not),
    ("of", Tok::Of),
    ("or", Tok::Or),
    ("orelse", Tok::Orelse),
    ("receive", Tok::Receive),
    ("rem", Tok::Rem),
    ("try", Tok::Try),
    ("when", Tok::When),
    ("xor", Tok::Xor),
];

impl Tok {
    /// The token for an unquoted atom: a reserved word or an atom.
    /// `maybe` and `else` stay atoms, as in OTP 25 without the feature.
    pub fn word(s: &str) -> Tok {
        RESERVED.iter().find(|(w, _)| *w == s).map(|(_, t)| t.clone()).unwrap_or_else(|| Tok::Atom(s.to_string()))
    }

    /// The symbol of a token that carries no value (`"->"`, `"end"`).
    pub fn symbol(&self) -> Option<&'static str> {
        if let Some((w, _)) = RESERVED.iter().find(|(_, t)| t == self) {
            return Some(w);
        }
        Some(match self {
            Tok::Arrow => "->",
            Tok::MapAssoc => "=>",
            Tok::MapExact => ":=",
            Tok::LArrow => "<-",
            Tok::LDArrow => "<=",
            Tok::DBar => "||",
            Tok::ColonColon => "::",
            Tok::DotDotDot => "...",
            Tok::DotDot => "..",
            Tok::EqEq => "==",
            Tok::SlashEq => "/=",
            Tok::EqColonEq => "=:=",
            Tok::EqSlashEq => "=/=",
            Tok::Lt => "<",
            Tok::Gt => ">",
            Tok::Le => "=<",
            Tok::Ge => ">=",
            Tok::PlusPlus => "++",
            Tok::MinusMinus => "--",
            Tok::Bang => "!",
            Tok::Bar => "|",
            Tok::Hash => "#",
            Tok::Period | Tok::Dot => ".",
            Tok::Comma => ",",
            Tok::Semi => ";",
            Tok::Colon => ":",
            Tok::LParen => "(",
            Tok::RParen => ")",
            Tok::LBrack => "[",
            Tok::RBrack => "]",
            Tok::LBrace => "{",
            Tok::RBrace => "}",
            Tok::LtLt => "<<",
            Tok::GtGt => ">>",
            Tok::Plus => "+",
            Tok::Minus => "-",
            Tok::Star => "*",
            Tok::Slash => "/",
            Tok::Eq => "=",
            Tok::Question => "?",
            Tok::QQ => "??",
            _ => return None,
        })
    }

    /// The token as `erl_parse` shows it in `syntax error before: X`.
    pub fn describe(&self) -> String {
        match self {
            Tok::Atom(a) => quote_atom(a),
            Tok::Var(v) => v.clone(),
            Tok::Integer(i) => i.to_string(),
            Tok::Float(f) => format_float(*f),
            Tok::Char(c) => format_char(*c),
            Tok::String(s) => {
                let s: String = s.iter().map(|&c| char::from_u32(c).unwrap_or('?')).collect();
                quote_chars(&s, '"')
            }
            Tok::Other(c) => quote_chars(&c.to_string(), '\''),
            t => format!("'{}'", t.symbol().unwrap_or("")),
        }
    }
}

/// An atom as `io_lib:write_atom` prints it: bare when it reads back as
/// the same atom, quoted otherwise.
pub fn quote_atom(a: &str) -> String {
    let mut cs = a.chars();
    let bare = match cs.next() {
        Some(c) if c.is_ascii_lowercase() || (('ß'..='ÿ').contains(&c) && c != '÷') => cs.all(|c| {
            c.is_ascii_alphanumeric() || c == '_' || c == '@' || (('À'..='ÿ').contains(&c) && c != '×' && c != '÷')
        }),
        _ => false,
    };
    if bare && !matches!(Tok::word(a), Tok::Atom(_)) {
        quote_chars(a, '\'')
    } else if bare {
        a.to_string()
    } else {
        quote_chars(a, '\'')
    }
}

/// Characters between quotes with `io_lib:write_string`'s escapes.
pub fn quote_chars(s: &str, q: char) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x0b' => out.push_str("\\v"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\x1b' => out.push_str("\\e"),
            '\x7f' => out.push_str("\\d"),
            '\\' => out.push_str("\\\\"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 32 => out.push_str(&format!("\\^{}", ((c as u8) + 64) as char)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// A character literal as `io_lib:write_char` prints it.
pub fn format_char(c: u32) -> String {
    match char::from_u32(c) {
        Some(' ') => "$\\s".into(),
        Some(ch) => {
            let q = quote_chars(&ch.to_string(), '\u{0}');
            format!("${}", q.trim_matches('\u{0}'))
        }
        None => format!("$\\x{{{c:X}}}"),
    }
}

/// A float the way Erlang prints it (shortest form, always with a `.`).
pub fn format_float(f: f64) -> String {
    let s = format!("{f:?}");
    match s.find('e') {
        Some(i) if !s[..i].contains('.') => format!("{}.0{}", &s[..i], &s[i..]),
        _ => s,
    }
}
