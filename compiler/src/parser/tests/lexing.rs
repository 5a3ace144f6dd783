//! Lexer tests: every token kind, values, escapes and positions.

use crate::ast::Pos;
use crate::lexer::lex;
use crate::token::Tok;

fn toks(src: &str) -> Vec<Tok> {
    lex(src).items.into_iter().map(|i| i.expect("no lexical error").tok).collect()
}

fn int(i: i64) -> Tok {
    Tok::Integer(i.into())
}

fn s(text: &str) -> Tok {
    Tok::String(text.chars().map(|c| c as u32).collect())
}

#[test]
fn atoms_and_variables() {
    assert_eq!(
        toks("hello 'hello world' 'a\\'b' _ _Foo Foo fooBar@x maybe else cond"),
        vec![
            Tok::Atom("hello".into()),
            Tok::Atom("hello world".into()),
            Tok::Atom("a'b".into()),
            Tok::Var("_".into()),
            Tok::Var("_Foo".into()),
            Tok::Var("Foo".into()),
            Tok::Atom("fooBar@x".into()),
            Tok::Atom("maybe".into()),
            Tok::Atom("else".into()),
            Tok::Cond,
        ]
    );
}

#[test]
fn numbers() {
    assert_eq!(
        toks("42 16#ff 2#101 36#zz 1_000 $a $\\n $\\x{41} $\\^A $\\s $\\101 $  16#FF_FF"),
        vec![
            int(42),
            int(255),
            int(5),
            int(36 * 36 - 1),
            int(1000),
            Tok::Char(97),
            Tok::Char(10),
            Tok::Char(0x41),
            Tok::Char(1),
            Tok::Char(32),
            Tok::Char(65),
            Tok::Char(32),
            int(0xffff),
        ]
    );
    assert_eq!(
        toks("1.0e-3 2.5E10 1_0.5 3.25"),
        vec![Tok::Float(1.0e-3), Tok::Float(2.5e10), Tok::Float(10.5), Tok::Float(3.25)]
    );
    assert_eq!(
        toks("123456789012345678901234567890"),
        vec![Tok::Integer("123456789012345678901234567890".parse().unwrap())]
    );
    assert_eq!(toks("1.foo"), vec![int(1), Tok::Period, Tok::Atom("foo".into())]);
}

#[test]
fn strings_and_escapes() {
    assert_eq!(
        toks(
            r#""\n\t\r\e\s\b\f\v\d\\\"\'\x41\x{41}\101\^a" "multi
line""#
        ),
        vec![s("\n\t\r\u{1b} \u{8}\u{c}\u{b}\u{7f}\\\"'AAA\u{1}"), s("multi\nline")]
    );
    assert_eq!(toks(r#""é""#), vec![s("é")]);
}

#[test]
fn operators_and_punctuation() {
    use Tok::*;
    assert_eq!(
        toks("-> => := <- <= || :: ... .. == /= =:= =/= < > =< >= ++ -- ! | # , ; : ( ) [ ] { } << >> + - * / = ? ?? a.b ."),
        vec![
            Arrow, MapAssoc, MapExact, LArrow, LDArrow, DBar, ColonColon, DotDotDot, DotDot, EqEq, SlashEq, EqColonEq,
            EqSlashEq, Lt, Gt, Le, Ge, PlusPlus, MinusMinus, Bang, Bar, Hash, Comma, Semi, Colon, LParen, RParen,
            LBrack, RBrack, LBrace, RBrace, LtLt, GtGt, Plus, Minus, Star, Slash, Eq, Question, QQ,
            Atom("a".into()), Period, Atom("b".into()), Dot,
        ]
    );
}

#[test]
fn keywords() {
    use Tok::*;
    let words = "after and andalso band begin bnot bor bsl bsr bxor case catch cond div end fun if let not of \
                 or orelse receive rem try when xor";
    assert_eq!(
        toks(words),
        vec![
            After, And, Andalso, Band, Begin, Bnot, Bor, Bsl, Bsr, Bxor, Case, Catch, Cond, Div, End, Fun, If, Let,
            Not, Of, Or, Orelse, Receive, Rem, Try, When, Xor
        ]
    );
}

#[test]
fn positions_and_dots() {
    let l = lex("f() ->\n\t% comment\n  'é' . %x\nX.");
    let pos: Vec<(u32, u32)> = l.items.iter().map(|i| i.as_ref().map(|t| (t.pos.line, t.pos.col)).unwrap()).collect();
    assert_eq!(pos, vec![(1, 1), (1, 2), (1, 3), (1, 5), (3, 3), (3, 7), (4, 1), (4, 2)]);
    let kinds: Vec<Tok> = l.items.into_iter().map(|i| i.unwrap().tok).collect();
    assert_eq!(kinds[5], Tok::Dot);
    assert_eq!(kinds[7], Tok::Dot);
    assert_eq!(lex("a.\n").eof, Pos { line: 2, col: 1 });
}

#[test]
fn comments_and_shebang() {
    assert_eq!(toks("#!/usr/bin/env escript\nfoo % bar\n"), vec![Tok::Atom("foo".into())]);
}
