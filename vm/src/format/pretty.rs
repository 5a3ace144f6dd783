//! `~p` (`io_lib_pretty:print/4`): the same two passes as OTP 25. First
//! every subterm's one-line text and length are computed (`If`, OTP's
//! "intermediate format"); then the layout pass (`pp`) breaks lines where
//! a subterm does not fit, choosing the indentation for tagged tuples
//! (`cind`). The arithmetic below follows OTP's guards term for term,
//! since byte-for-byte equal output depends on every off-by-one. Records
//! (`io_lib_pretty:print/2` with a `record_print_fun`) come as a table of
//! field names, since the fun itself runs in Erlang (`stdlib/io_lib_pretty.erl`).

use std::collections::HashMap;

use super::deep::Sink;
use super::write::{self, BinParts};
use super::Encoding;
use crate::term::{Atom, Term, View};

/// The records to print as `#tag{field = ...}`: field names by tag and
/// number of fields, as the `record_print_fun` answered for them.
pub type Records = HashMap<(Atom, usize), Vec<Atom>>;

/// `io_lib_pretty:print/2`'s options.
pub struct Options<'a> {
    /// The column the term starts at, counted from 1.
    pub col: i64,
    pub line_length: i64,
    /// -1 is unlimited.
    pub depth: i64,
    pub enc: Encoding,
    /// Whether lists and binaries may be shown as strings.
    pub strings: bool,
    /// `line_max_chars`: a term longer than this is never written on one
    /// line; negative means the term's own length (OTP's `max_cs/2`).
    pub max_chars: i64,
    /// `chars_limit`: about how many characters the text may take; -1 is
    /// no limit.
    pub chars_limit: i64,
    pub records: &'a Records,
}

/// Terms nested deeper than this are written with `~w` instead, to bound
/// the recursion of both passes (OTP would print them indented).
const MAX_NESTING: usize = 2000;

#[derive(Clone)]
enum End {
    Nil,
    /// `...` where depth or the character limit cut the elements, and what
    /// printing them would take (OTP's `{dots, 3, 3, More}`).
    Dots(Option<Rest>),
    Tail(Box<If>),
}

/// A cut subterm printed again deeper: `print_length(Term, D + Dd, T)`
/// (the `More` fun OTP keeps with `{...}`, `<<...>>` and cut lists).
#[derive(Clone, Copy)]
struct Whole(Term, i64);

/// The cut elements of a tuple, map or record printed deeper (the `More`
/// fun of OTP's `{dots, 3, 3, More}`); `limit::expand` runs it.
#[derive(Clone, Copy)]
enum Rest {
    /// `print_length_tuple1(Tuple, I, D + Dd, T)`: the elements from the
    /// `.1`th (0-based) on.
    Elems(Term, usize, i64),
    /// `print_length_map_pairs(Iter, D + Dd, D0, T)`: the pairs from the
    /// `.1`th on, keys and values at depth `.3`.
    Pairs(Term, usize, i64, i64),
    /// `print_length_fields(Defs, D + Dd, T, Tuple, I)`: a record's fields
    /// from tuple element `.1` (0-based) on.
    Fields(Term, usize, i64),
}

#[derive(Clone)]
enum Shape {
    /// Text printed as is (OTP's `?ATM` case: atoms, numbers, strings...).
    Leaf(String),
    /// A binary shown as a string: `<<`, the quoted string as one list,
    /// then the rest (`>>`, `...>>`), itself one list when `.2`.
    BinStr(String, &'static str, bool),
    Bin(BinParts),
    List(Vec<If>, End),
    Tuple(bool, Vec<If>, End),
    Map(Vec<If>, End),
    Pair(Box<If>, Box<If>),
    /// `#name{...}`: the name with its `#`, the name's length, the fields
    /// (`Field`s) and `...` when depth cut them.
    Record(String, i64, Vec<If>, End),
    /// `name = value`: the field name, its length plus 3 for ` = `, the
    /// value.
    Field(String, i64, Box<If>),
}

#[derive(Clone)]
struct If {
    shape: Shape,
    len: i64,
    /// How many `...` the text has (OTP's `NumOfDots`).
    dots: i64,
    more: Option<Whole>,
}

impl If {
    fn leaf(s: String) -> If {
        let len = s.chars().count() as i64;
        If { shape: Shape::Leaf(s), len, dots: 0, more: None }
    }
    fn node(shape: Shape, len: i64, dots: i64) -> If {
        If { shape, len, dots, more: None }
    }
    /// A subterm cut to `text` (`{...}`, `<<...>>`) that `more` prints.
    fn cut(text: &str, more: Whole) -> If {
        If { shape: Shape::Leaf(text.into()), len: text.chars().count() as i64, dots: 3, more: Some(more) }
    }
    fn is_leaf(&self) -> bool {
        matches!(self.shape, Shape::Leaf(_) | Shape::BinStr(..))
    }
    fn is_leaf_pair(&self) -> bool {
        match &self.shape {
            Shape::Pair(k, v) => k.is_leaf() && v.is_leaf(),
            _ => false,
        }
    }
    /// OTP's `?ATM_FLD`: a record field whose value is a leaf.
    fn is_leaf_field(&self) -> bool {
        match &self.shape {
            Shape::Field(_, _, v) => v.is_leaf(),
            _ => false,
        }
    }
}

/// `io_lib_pretty:print(Term, Col, Ll, Depth)` with the encoding of `~p`
/// (`Latin1`) or `~tp` (`Unicode`). `col` counts from 1; `depth` -1 is
/// unlimited.
pub fn print(t: Term, col: i64, ll: i64, depth: i64, enc: Encoding) -> String {
    let mut out = String::new();
    print_into(&mut out, t, col, ll, depth, enc, true);
    out
}

/// `~lp`: like `print` but lists and binaries are never shown as strings.
pub fn print_no_strings(t: Term, col: i64, ll: i64, depth: i64, enc: Encoding) -> String {
    let mut out = String::new();
    print_into(&mut out, t, col, ll, depth, enc, false);
    out
}

/// `io_lib_pretty:print/4`'s list into `out` as one element, nested as
/// OTP nests it.
pub fn print_into(out: &mut impl Sink, t: Term, col: i64, ll: i64, depth: i64, enc: Encoding, strings: bool) {
    let records = Records::new();
    let opts = Options { col, line_length: ll, depth, enc, strings, max_chars: -1, chars_limit: -1, records: &records };
    print_with(out, t, &opts);
}

/// `io_lib_pretty:print/2`'s list into `out` as one element.
pub fn print_with(out: &mut impl Sink, t: Term, opts: &Options) {
    let (ll, depth, enc) = (opts.line_length, opts.depth, opts.enc);
    if depth == 0 || opts.chars_limit == 0 {
        out.flat("...");
        return;
    }
    let col = opts.col.max(1);
    match t.view() {
        View::Atom(a) => out.flat(&write::write_atom(a, enc)),
        View::Tuple(_) | View::Cons(..) | View::Nil | View::Map(..) | View::Binary(_) => {
            if nesting_exceeds(t, MAX_NESTING) {
                write::write_into(out, t, depth, enc);
                return;
            }
            let p = Printer { enc, strings: opts.strings, records: opts.records };
            let tree =
                if opts.chars_limit < 0 { p.length(t, depth, -1) } else { p.intermediate(t, depth, opts.chars_limit) };
            let m = if opts.max_chars < 0 { tree.len } else { opts.max_chars };
            if ll == 0 || (tree.len < ll - col && tree.len <= m) {
                write_if(out, &tree);
            } else {
                let lay = Layout { ll, m };
                let tind = if lay.cind(&tree, col, -1, 0, 0) {
                    -1
                } else if lay.cind(&tree, col, 4, 0, 0) {
                    4
                } else {
                    1
                };
                out.open();
                lay.pp(out, &tree, col, tind, &Ind::base(col), 0, 0);
                out.close();
            }
        }
        _ => write::write_into(out, t, -1, enc),
    }
}

/// `io_lib:write(Term, [{depth, D}, {chars_limit, L}])` (and `~w` under
/// `io_lib:format/3`'s limit): the term on one line, cut to about `limit`
/// characters the way `~p` cuts it; -1 is no limit.
pub fn write_limited(out: &mut impl Sink, t: Term, depth: i64, enc: Encoding, limit: i64) {
    if depth == 0 || limit == 0 {
        out.flat("...");
    } else if limit < 0 || nesting_exceeds(t, MAX_NESTING) {
        write::write_into(out, t, depth, enc);
    } else {
        let records = Records::new();
        let p = Printer { enc, strings: false, records: &records };
        write_if(out, &p.intermediate(t, depth, limit));
    }
}

/// Whether lists, tuples and maps nest more than `limit` levels (list
/// tails do not count: they are iterated).
fn nesting_exceeds(t: Term, limit: usize) -> bool {
    let mut stack = vec![(t, 0usize)];
    while let Some((t, d)) = stack.pop() {
        if d > limit {
            return true;
        }
        match t.view() {
            View::Cons(..) => {
                for e in t.iter_list() {
                    stack.push((e, d + 1));
                }
            }
            View::Tuple(es) => stack.extend(es.iter().map(|&e| (e, d + 1))),
            View::Map(m) => stack.extend(m.keys().chain(m.values()).map(|e| (e, d + 1))),
            _ => {}
        }
    }
    false
}

/// `list_length/3`: the one-line length of elements with separators, and
/// how many `...` they have.
fn list_length(items: &[If], end: &End, acc: i64) -> (i64, i64) {
    let mut len = acc;
    let mut dots = 0;
    for (i, e) in items.iter().enumerate() {
        len += e.len + if i > 0 { 1 } else { 0 };
        dots += e.dots;
    }
    let sep = if items.is_empty() { 0 } else { 1 };
    match end {
        End::Nil => (len, dots),
        End::Dots(_) => (len + sep + 3, dots + 3),
        End::Tail(t) => (len + sep + t.len, dots + t.dots),
    }
}

/// A binary shown as a string: the quoted string, what follows it, and
/// whether that is one list element (see `Shape::BinStr`).
type BinStr = (String, &'static str, bool);

/// The whole subterm on one line (`write/1`), as one list element.
fn write_if(out: &mut impl Sink, e: &If) {
    out.open();
    write_if_inner(out, e);
    out.close();
}

/// The elements of `write/1`'s list.
fn write_if_inner(out: &mut impl Sink, e: &If) {
    match &e.shape {
        Shape::Leaf(s) => out.str(s),
        Shape::BinStr(s, tail, elem) => {
            out.str("<<");
            out.flat(s);
            if *elem {
                out.flat(tail);
            } else {
                out.str(tail);
            }
        }
        Shape::Bin(parts) => parts.body(out),
        Shape::List(items, end) => {
            out.ch('[' as i64);
            write_list(out, items, end, '|');
            out.ch(']' as i64);
        }
        Shape::Tuple(_, items, end) => {
            out.ch('{' as i64);
            write_list(out, items, end, ',');
            out.ch('}' as i64);
        }
        Shape::Map(items, end) => {
            out.str("#{");
            write_list(out, items, end, ',');
            out.ch('}' as i64);
        }
        Shape::Pair(k, v) => {
            write_if(out, k);
            out.flat(" => ");
            write_if(out, v);
        }
        Shape::Record(name, _, fields, end) => {
            out.flat(name);
            out.ch('{' as i64);
            out.open();
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    out.ch(',' as i64);
                }
                write_if(out, f);
            }
            if matches!(end, End::Dots(_)) {
                out.str(if fields.is_empty() { "..." } else { ",..." });
            }
            out.close();
            out.ch('}' as i64);
        }
        Shape::Field(name, _, v) => {
            out.flat(name);
            out.flat(" = ");
            write_if_inner(out, v);
        }
    }
}

/// `write_list/2` as one element: `[write(E) | write_tail(Es, Sep)]`.
fn write_list(out: &mut impl Sink, items: &[If], end: &End, sep: char) {
    out.open();
    if items.is_empty() && matches!(end, End::Dots(_)) {
        out.str("...");
        out.close();
        return;
    }
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.ch(',' as i64);
        }
        write_if(out, e);
    }
    match end {
        End::Nil => {}
        End::Dots(_) => {
            out.ch(sep as i64);
            out.str("...");
        }
        End::Tail(t) => {
            out.ch(sep as i64);
            write_if_inner(out, t);
        }
    }
    out.close();
}

mod layout;
mod length;
mod limit;
mod record;
use layout::{Ind, Layout};
use length::Printer;

/// One UTF-8 character at the start of `bs` and its size in bytes.
fn decode_utf8(bs: &[u8]) -> Option<(i64, usize)> {
    let n = match bs.first()? {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => return None,
    };
    let s = std::str::from_utf8(bs.get(..n)?).ok()?;
    s.chars().next().map(|c| (c as i64, n))
}
