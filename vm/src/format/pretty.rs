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
use super::write::{self, BinParts, StrMode};
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
    pub records: &'a Records,
}

/// Terms nested deeper than this are written with `~w` instead, to bound
/// the recursion of both passes (OTP would print them indented).
const MAX_NESTING: usize = 2000;

enum End {
    Nil,
    Dots,
    Tail(Box<If>),
}

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

struct If {
    shape: Shape,
    len: i64,
}

impl If {
    fn leaf(s: String) -> If {
        let len = s.chars().count() as i64;
        If { shape: Shape::Leaf(s), len }
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
    let opts = Options { col, line_length: ll, depth, enc, strings, max_chars: -1, records: &records };
    print_with(out, t, &opts);
}

/// `io_lib_pretty:print/2`'s list into `out` as one element.
pub fn print_with(out: &mut impl Sink, t: Term, opts: &Options) {
    let (ll, depth, enc) = (opts.line_length, opts.depth, opts.enc);
    if depth == 0 {
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
            let tree = p.length(t, depth);
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

struct Printer<'a> {
    enc: Encoding,
    strings: bool,
    records: &'a Records,
}

impl Printer<'_> {
    /// `print_length/7` with no character limit.
    fn length(&self, t: Term, d: i64) -> If {
        if d == 0 {
            return If::leaf("...".into());
        }
        match t.view() {
            View::Nil => If::leaf("[]".into()),
            View::Tuple([]) => If::leaf("{}".into()),
            View::Map(m) if m.is_empty() => If::leaf("#{}".into()),
            View::Atom(a) => If::leaf(write::write_atom(a, self.enc)),
            View::Cons(..) => {
                if self.strings && d != 1 && write::printable_latin1_list(t) {
                    let cs = write::list_chars(t).unwrap_or_default();
                    let mode = match self.enc {
                        Encoding::Latin1 => StrMode::Latin1,
                        Encoding::Unicode => StrMode::Unicode,
                    };
                    If::leaf(write::write_string(&cs, '"', mode))
                } else {
                    self.list(t, d)
                }
            }
            View::Tuple(es) => {
                if d == 1 {
                    return If::leaf("{...}".into());
                }
                if let Some(fields) = self.record_fields(es) {
                    return self.record(es, fields, d);
                }
                let mut items = Vec::with_capacity(es.len());
                let mut end = End::Nil;
                let mut dd = d;
                for &e in es {
                    if dd == 1 {
                        end = End::Dots;
                        break;
                    }
                    items.push(self.length(e, dd - 1));
                    dd -= 1;
                }
                let tagged = es.len() > 1 && es[0].is_atom();
                let len = list_length(&items, &end, 2);
                If { shape: Shape::Tuple(tagged, items, end), len }
            }
            View::Map(m) => {
                if d == 1 {
                    return If::leaf("#{...}".into());
                }
                let d0 = d - 1;
                let mut items = Vec::with_capacity(m.len());
                let mut end = End::Nil;
                let mut dd = d;
                for (k, v) in m.iter() {
                    if dd == 1 {
                        end = End::Dots;
                        break;
                    }
                    let ki = self.length(k, d0);
                    let vi = self.length(v, d0);
                    let len = ki.len + 4 + vi.len;
                    items.push(If { shape: Shape::Pair(Box::new(ki), Box::new(vi)), len });
                    dd -= 1;
                }
                let len = list_length(&items, &end, 3);
                If { shape: Shape::Map(items, end), len }
            }
            View::Binary(b) => {
                if b.bit_len == 0 {
                    If::leaf("<<>>".into())
                } else if d == 1 {
                    If::leaf("<<...>>".into())
                } else {
                    self.binary(b, d)
                }
            }
            _ => If::leaf(write::write(t, -1, self.enc)),
        }
    }

    /// The field names of tuple `es` if it is to be printed as a record.
    fn record_fields(&self, es: &[Term]) -> Option<&[Atom]> {
        let tag = es.first()?.as_atom()?;
        self.records.get(&(tag, es.len() - 1)).map(Vec::as_slice)
    }

    /// `print_length_record/7` below depth 1: fields are cut by depth as
    /// a tuple's elements are.
    fn record(&self, es: &[Term], fields: &[Atom], d: i64) -> If {
        let name = match es[0].as_atom() {
            Some(tag) => format!("#{}", write::write_atom(tag, self.enc)),
            None => String::from("#"),
        };
        let nlen = name.chars().count() as i64;
        let mut items = Vec::with_capacity(fields.len());
        let mut end = End::Nil;
        let mut dd = d - 1;
        for (&e, &f) in es[1..].iter().zip(fields) {
            if dd == 1 {
                end = End::Dots;
                break;
            }
            let fname = write::write_atom(f, self.enc);
            let flen = fname.chars().count() as i64 + 3;
            let v = self.length(e, dd - 1);
            let len = flen + v.len;
            items.push(If { shape: Shape::Field(fname, flen, Box::new(v)), len });
            dd -= 1;
        }
        let len = list_length(&items, &end, nlen + 2);
        If { shape: Shape::Record(name, nlen, items, end), len }
    }

    fn list(&self, t: Term, d: i64) -> If {
        let mut items = Vec::new();
        let mut end = End::Nil;
        let mut rest = t;
        let mut dd = d;
        loop {
            match rest.view() {
                View::Nil => break,
                _ if dd == 1 => {
                    end = End::Dots;
                    break;
                }
                View::Cons(h, tl) => {
                    items.push(self.length(h, dd - 1));
                    rest = tl;
                    dd -= 1;
                }
                _ => {
                    end = End::Tail(Box::new(self.length(rest, dd - 1)));
                    break;
                }
            }
        }
        let len = list_length(&items, &end, 2);
        If { shape: Shape::List(items, end), len }
    }

    /// `print_length_binary/4`: as a string when printable, else bytes.
    fn binary(&self, b: crate::term::bits::Bits, d: i64) -> If {
        let d1 = d - 1;
        if self.strings && b.bit_len.is_multiple_of(8) {
            let bytes = b.to_bytes();
            let len = if d1 >= 0 { (4 * d1).min(bytes.len() as i64) } else { bytes.len() as i64 } as usize;
            if let Some((s, tail, elem)) = self.printable_bin(&bytes, len, d1) {
                let len = 2 + s.chars().count() as i64 + tail.chars().count() as i64;
                return If { shape: Shape::BinStr(s, tail, elem), len };
            }
        }
        let parts = BinParts::of(b, d);
        let len = parts.text().chars().count() as i64;
        If { shape: Shape::Bin(parts), len }
    }

    /// `printable_bin/4`: the string form of a binary, if it has one.
    fn printable_bin(&self, bytes: &[u8], len: usize, d: i64) -> Option<BinStr> {
        if len == 0 {
            return None;
        }
        let latin1 = |bytes: &[u8]| -> Option<BinStr> {
            // printable_latin1_bin: `all` if every byte is printable and
            // the binary ends within `len`; else how many of `len` remain.
            let mut n = len;
            let mut all = true;
            for &c in bytes {
                if n == 0 {
                    all = false;
                    break;
                }
                if !write::is_printable_latin1(c as i64) {
                    all = false;
                    break;
                }
                n -= 1;
            }
            let cs: Vec<i64> = if all && len == bytes.len() {
                bytes.iter().map(|&c| c as i64).collect()
            } else if !all && d > 0 && (len - n) as i64 >= d {
                return Some(self.bin_prefix(bytes[..len - n].iter().map(|&c| c as i64).collect(), false));
            } else {
                return None;
            };
            Some((write::write_string(&cs, '"', StrMode::Unicode), ">>", false))
        };
        if self.enc == Encoding::Latin1 {
            return latin1(bytes);
        }
        // printable_unicode_bin: decode UTF-8 while characters are
        // printable (in the default latin1 printable range) and `len`
        // lasts; invalid UTF-8 met on the way makes it latin1 after all.
        let mut i = len;
        let mut pos = 0;
        let mut cs = Vec::new();
        while pos < bytes.len() {
            let Some((c, n)) = decode_utf8(&bytes[pos..]) else {
                return latin1(bytes);
            };
            if i == 0 || !write::is_printable_latin1(c) {
                break;
            }
            cs.push(c);
            i -= 1;
            pos += n;
        }
        let to_list = |bs: &[u8]| -> Vec<i64> { bs.iter().map(|&c| c as i64).collect() };
        if pos == bytes.len() {
            if len - i == bytes.len() {
                Some((write::write_string(&to_list(bytes), '"', StrMode::Unicode), ">>", false))
            } else {
                Some((write::write_string(&cs, '"', StrMode::Unicode), "/utf8>>", true))
            }
        } else if d > 0 && (len - i) as i64 >= d {
            Some(self.bin_prefix(cs, pos != len - i))
        } else {
            None
        }
    }

    fn bin_prefix(&self, cs: Vec<i64>, utf8: bool) -> BinStr {
        let s = write::write_string(&cs, '"', StrMode::Unicode);
        (s, if utf8 { "/utf8...>>" } else { "...>>" }, false)
    }
}

/// `list_length/3`: the one-line length of elements with separators.
fn list_length(items: &[If], end: &End, acc: i64) -> i64 {
    let mut len = acc;
    for (i, e) in items.iter().enumerate() {
        len += e.len + if i > 0 { 1 } else { 0 };
    }
    let sep = if items.is_empty() { 0 } else { 1 };
    match end {
        End::Nil => len,
        End::Dots => len + sep + 3,
        End::Tail(t) => len + sep + t.len,
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
            if matches!(end, End::Dots) {
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
    if items.is_empty() && matches!(end, End::Dots) {
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
        End::Dots => {
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
mod record;
use layout::{Ind, Layout};

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
