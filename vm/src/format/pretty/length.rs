//! The first pass of `~p`: OTP 25's `print_length/6` family. Each subterm
//! becomes its one-line text and length (`If`), cut to `...` where the
//! depth runs out or, with a `chars_limit`, where the character budget `t`
//! does (-1 is no budget). Every cut remembers what printing it would take
//! (`More`), so `limit::expand` can print it deeper later. The budget
//! arithmetic follows OTP's clause for clause (`tsub`), since the output
//! must match byte for byte.

use super::{list_length, write, BinStr, End, If, Records, Rest, Shape, Whole};
use crate::format::write::{BinParts, StrMode};
use crate::format::Encoding;
use crate::term::bits::Bits;
use crate::term::{Atom, Term, View};

/// `tsub/2`: what is left of budget `t` after `e` characters (never
/// below 0; no budget stays none).
pub(super) fn tsub(t: i64, e: i64) -> i64 {
    if t < 0 {
        t
    } else if t >= e {
        t - e
    } else {
        0
    }
}

pub(super) struct Printer<'a> {
    pub enc: Encoding,
    pub strings: bool,
    pub records: &'a Records,
}

impl Printer<'_> {
    /// `print_length/6`.
    pub fn length(&self, term: Term, d: i64, t: i64) -> If {
        if d == 0 {
            return If::leaf("...".into());
        }
        match term.view() {
            View::Nil => If::leaf("[]".into()),
            View::Tuple([]) => If::leaf("{}".into()),
            View::Map(m) if m.is_empty() => If::leaf("#{}".into()),
            View::Atom(a) => If::leaf(write::write_atom(a, self.enc)),
            View::Cons(..) => {
                let printable = if self.strings { self.printable_list(term, d, t) } else { None };
                match printable {
                    Some((cs, false)) => If::leaf(self.string(&cs)),
                    Some((cs, true)) => If::leaf(self.string(&cs) + "..."),
                    None => {
                        let mut e = self.list(term, d, t);
                        if e.dots > 0 {
                            e.more = Some(Whole(term, d));
                        }
                        e
                    }
                }
            }
            View::Tuple(es) => {
                // A record or a tuple: both are `{...}` at depth 1.
                if d == 1 {
                    return If::cut("{...}", Whole(term, d));
                }
                if self.record_fields(es).is_some() {
                    return self.record(term, es, d, t);
                }
                let (items, end) = self.elems(term, 0, d, tsub(t, 2));
                let tagged = es.len() > 1 && es[0].is_atom();
                let (len, dots) = list_length(&items, &end, 2);
                If::node(Shape::Tuple(tagged, items, end), len, dots)
            }
            View::Map(_) => {
                if d == 1 {
                    return If::cut("#{...}", Whole(term, d));
                }
                let (items, end) = self.pairs(term, 0, d, d - 1, tsub(t, 3));
                let (len, dots) = list_length(&items, &end, 3);
                If::node(Shape::Map(items, end), len, dots)
            }
            View::Binary(b) => {
                if b.bit_len == 0 {
                    If::leaf("<<>>".into())
                } else if d == 1 {
                    If::cut("<<...>>", Whole(term, d))
                } else {
                    self.binary(term, b, d, t)
                }
            }
            _ => If::leaf(write::write(term, -1, self.enc)),
        }
    }

    /// Runs a cut subterm's `More` at `dd` more depth with budget `t`.
    pub fn whole(&self, w: Whole, dd: i64, t: i64) -> If {
        self.length(w.0, w.1 + dd, t)
    }

    /// Runs a cut tail's `More`: the rest of a tuple's, map's or record's
    /// elements at `dd` more depth with budget `t`.
    pub fn rest(&self, r: Rest, dd: i64, t: i64) -> (Vec<If>, End) {
        match r {
            Rest::Elems(term, i, d) => self.elems(term, i, d + dd, t),
            Rest::Pairs(term, i, d, d0) => self.pairs(term, i, d + dd, d0, t),
            Rest::Fields(term, i, d) => self.fields(term, i, d + dd, t),
        }
    }

    fn string(&self, cs: &[i64]) -> String {
        let mode = match self.enc {
            Encoding::Latin1 => StrMode::Latin1,
            Encoding::Unicode => StrMode::Unicode,
        };
        write::write_string(cs, '"', mode)
    }

    /// The field names of tuple `es` if it is to be printed as a record.
    fn record_fields(&self, es: &[Term]) -> Option<&[Atom]> {
        let tag = es.first()?.as_atom()?;
        self.records.get(&(tag, es.len() - 1)).map(Vec::as_slice)
    }

    /// `print_length_tuple1/7` from element `i` (0-based) on.
    fn elems(&self, tuple: Term, mut i: usize, mut d: i64, mut t: i64) -> (Vec<If>, End) {
        let es = tuple.as_tuple().unwrap_or(&[]);
        let mut items = Vec::with_capacity(es.len().saturating_sub(i));
        loop {
            let Some(&e) = es.get(i) else { return (items, End::Nil) };
            if d == 1 || t == 0 {
                return (items, End::Dots(Some(Rest::Elems(tuple, i, d))));
            }
            let t1 = if i + 1 == es.len() { t } else { tsub(t, 1) };
            let elem = self.length(e, d - 1, t1);
            t = tsub(t1, elem.len);
            items.push(elem);
            i += 1;
            d -= 1;
        }
    }

    /// `print_length_map_pairs/7` from the `i`th pair on; keys and values
    /// at depth `d0`.
    fn pairs(&self, map: Term, i: usize, mut d: i64, d0: i64, mut t: i64) -> (Vec<If>, End) {
        let View::Map(m) = map.view() else { return (Vec::new(), End::Nil) };
        let n = m.len();
        let mut items = Vec::new();
        for (j, (k, v)) in m.iter().enumerate().skip(i) {
            if d == 1 || t == 0 {
                return (items, End::Dots(Some(Rest::Pairs(map, j, d, d0))));
            }
            let t1 = if j + 1 == n { t } else { tsub(t, 1) };
            let ki = self.length(k, d0, t1);
            let kl = ki.len + 4;
            let vi = self.length(v, d0, tsub(t1, kl));
            let (len, dots) = (kl + vi.len, ki.dots + vi.dots);
            t = tsub(t1, len);
            items.push(If::node(Shape::Pair(Box::new(ki), Box::new(vi)), len, dots));
            d -= 1;
        }
        (items, End::Nil)
    }

    /// `print_length_record/7` below depth 1.
    fn record(&self, tuple: Term, es: &[Term], d: i64, t: i64) -> If {
        let name = match es[0].as_atom() {
            Some(tag) => format!("#{}", write::write_atom(tag, self.enc)),
            None => String::from("#"),
        };
        let nlen = name.chars().count() as i64;
        let (items, end) = self.fields(tuple, 1, d - 1, tsub(t, nlen + 2));
        let (len, dots) = list_length(&items, &end, nlen + 2);
        If::node(Shape::Record(name, nlen, items, end), len, dots)
    }

    /// `print_length_fields/8` from tuple element `i` (0-based, 1 is the
    /// first field) on.
    fn fields(&self, tuple: Term, mut i: usize, mut d: i64, mut t: i64) -> (Vec<If>, End) {
        let es = tuple.as_tuple().unwrap_or(&[]);
        let names = self.record_fields(es).unwrap_or(&[]);
        let mut items = Vec::new();
        loop {
            let (Some(&e), Some(&f)) = (es.get(i), names.get(i.wrapping_sub(1))) else {
                return (items, End::Nil);
            };
            if d == 1 || t == 0 {
                return (items, End::Dots(Some(Rest::Fields(tuple, i, d))));
            }
            let t1 = if i + 1 == es.len() { t } else { tsub(t, 1) };
            let fname = write::write_atom(f, self.enc);
            let flen = fname.chars().count() as i64 + 3;
            let v = self.length(e, d - 1, tsub(t1, flen));
            let (len, dots) = (flen + v.len, v.dots);
            t = tsub(t1, len);
            items.push(If::node(Shape::Field(fname, flen, Box::new(v)), len, dots));
            i += 1;
            d -= 1;
        }
    }

    /// `print_length_list/6`: the elements, cut where depth or budget end.
    fn list(&self, term: Term, mut d: i64, t: i64) -> If {
        let mut t = tsub(t, 2);
        let mut items = Vec::new();
        let mut rest = term;
        let end = loop {
            match rest.view() {
                View::Nil => break End::Nil,
                // Nothing expands a list's own dots: the whole list is
                // printed again instead (`More::Whole`).
                _ if d == 1 || t == 0 => break End::Dots(None),
                View::Cons(h, tl) => {
                    let t1 = if tl.is_nil() { t } else { tsub(t, 1) };
                    let e = self.length(h, d - 1, t1);
                    t = tsub(t1, e.len);
                    items.push(e);
                    rest = tl;
                    d -= 1;
                }
                _ => break End::Tail(Box::new(self.length(rest, d - 1, t))),
            }
        };
        let (len, dots) = list_length(&items, &end, 2);
        If::node(Shape::List(items, end), len, dots)
    }

    /// `printable_list/4`: the characters to print as a string, and
    /// whether they are only the start of the list (then `...` follows).
    fn printable_list(&self, term: Term, d: i64, t: i64) -> Option<(Vec<i64>, bool)> {
        if d == 1 {
            return None;
        }
        if t < 0 {
            return write::printable_latin1_list(term).then(|| (write::list_chars(term).unwrap_or_default(), false));
        }
        let n = tsub(t, 2);
        match self.enc {
            Encoding::Latin1 => printable_latin1_prefix(term, n),
            Encoding::Unicode => printable_unicode_prefix(term, n),
        }
    }

    /// `print_length/6` of a binary below depth 1: as a string when
    /// printable, else its bytes.
    fn binary(&self, term: Term, b: Bits, d: i64, t: i64) -> If {
        let d1 = d - 1;
        if self.strings && b.bit_len.is_multiple_of(8) {
            let bytes = b.to_bytes();
            let size = bytes.len() as i64;
            let t6 = tsub(t, 6);
            let len = match (d1 >= 0, t6 >= 0) {
                (true, true) => t6.min((4 * d1).min(size)),
                (true, false) => (4 * d1).min(size),
                (false, false) => size,
                (false, true) => t6,
            };
            if let Some((s, tail, elem)) = self.printable_bin(&bytes, len, d1) {
                let len = 2 + s.chars().count() as i64 + tail.chars().count() as i64;
                let cut = tail.contains("...");
                let mut e = If::node(Shape::BinStr(s, tail, elem), len, if cut { 3 } else { 0 });
                if cut {
                    e.more = Some(Whole(term, d));
                }
                return e;
            }
        }
        let parts = BinParts::limited(b, d, t);
        let len = parts.text().chars().count() as i64;
        let cut = parts.cut;
        let mut e = If::node(Shape::Bin(parts), len, if cut { 3 } else { 0 });
        if cut {
            e.more = Some(Whole(term, d));
        }
        e
    }

    /// `printable_bin/4`: the string form of a binary's first `len`
    /// characters, if it has one.
    fn printable_bin(&self, bytes: &[u8], len: i64, d: i64) -> Option<BinStr> {
        if len <= 0 {
            return None;
        }
        let len = len as usize;
        if self.enc == Encoding::Latin1 || !valid_utf8(bytes, len) {
            return self.printable_latin1_bin(bytes, len, d);
        }
        // printable_unicode: characters while printable and `len` lasts.
        let mut left = len;
        let mut pos = 0;
        let mut cs = Vec::new();
        while left > 0 && pos < bytes.len() {
            let Some((c, n)) = super::decode_utf8(&bytes[pos..]) else { break };
            if !write::is_printable_latin1(c) {
                break;
            }
            cs.push(c);
            left -= 1;
            pos += n;
        }
        if pos == bytes.len() {
            let plain = bytes.len() == cs.len();
            let tail = if plain { ">>" } else { "/utf8>>" };
            Some((write::write_string(&cs, '"', StrMode::Unicode), tail, !plain))
        } else if d > 0 && (len - left) as i64 >= d {
            let plain = pos == cs.len();
            Some((write::write_string(&cs, '"', StrMode::Unicode), if plain { "...>>" } else { "/utf8...>>" }, false))
        } else {
            None
        }
    }

    /// The latin1 half of `printable_bin/4`.
    fn printable_latin1_bin(&self, bytes: &[u8], len: usize, d: i64) -> Option<BinStr> {
        let n = len.min(20).min(bytes.len());
        let to_string = |bs: &[u8]| -> String {
            let cs: Vec<i64> = bs.iter().map(|&c| c as i64).collect();
            write::write_string(&cs, '"', StrMode::Unicode)
        };
        let whole = |bs: &[u8]| Some((to_string(bs), ">>", false));
        let prefix = |bs: &[u8]| Some((to_string(bs), "...>>", false));
        // How many of the first `upto` bytes from `from` are printable.
        let printable = |from: usize, upto: usize| -> usize {
            bytes[from..upto.min(bytes.len())].iter().take_while(|&&c| write::is_printable_latin1(c as i64)).count()
        };
        let first = printable(0, n);
        if first < n {
            return if d > 0 && first as i64 >= d { prefix(&bytes[..first]) } else { None };
        }
        if n == bytes.len() {
            return whole(bytes);
        }
        if n == len {
            return prefix(&bytes[..n]);
        }
        let upto = len.min(bytes.len());
        let ok = n + printable(n, upto);
        if ok == upto && bytes.len() == len {
            whole(bytes)
        } else if d > 0 && ok as i64 >= d {
            prefix(&bytes[..ok])
        } else {
            None
        }
    }
}

/// `valid_utf8/2`: whether the first `n` characters of `bytes` are UTF-8.
fn valid_utf8(bytes: &[u8], n: usize) -> bool {
    let mut pos = 0;
    for _ in 0..n {
        if pos == bytes.len() {
            return true;
        }
        match super::decode_utf8(&bytes[pos..]) {
            Some((_, k)) => pos += k,
            None => return false,
        }
    }
    true
}

/// `printable_list/4` for latin1 with a budget of `n` characters: the
/// whole list when it is printable and fits, its first `n` characters
/// when they are printable and more follow.
fn printable_latin1_prefix(term: Term, n: i64) -> Option<(Vec<i64>, bool)> {
    let mut cs = Vec::new();
    let mut rest = term;
    let mut left = n;
    loop {
        match rest.view() {
            View::Cons(..) if left == 0 => return Some((cs, true)),
            View::Cons(h, tl) => match h.as_small() {
                Some(c) if write::is_printable_latin1(c) => {
                    cs.push(c);
                    rest = tl;
                    left -= 1;
                }
                _ => return None,
            },
            View::Nil => return Some((cs, false)),
            // An improper tail right where the budget ends still counts as
            // printable so far (OTP's `printable_latin1_list/2` gives 0).
            _ if left == 0 => return Some((cs, true)),
            _ => return None,
        }
    }
}

/// `printable_list/4` for unicode with a budget of `n` characters
/// (`string:slice/3` counts grapheme clusters; here a CR LF pair is one).
fn printable_unicode_prefix(term: Term, n: i64) -> Option<(Vec<i64>, bool)> {
    if n <= 0 {
        return None;
    }
    let mut cs = Vec::new();
    let mut rest = term;
    let mut left = n;
    loop {
        match rest.view() {
            View::Nil => {
                // The whole list: printable as io_lib:printable_list/1 says.
                return cs.iter().all(|&c| write::is_printable_latin1(c)).then_some((cs, false));
            }
            View::Cons(..) if left == 0 => {
                return cs.iter().all(|&c| write::is_printable_latin1(c)).then_some((cs, true));
            }
            View::Cons(h, tl) => {
                let c = h.as_small().filter(|&c| write::is_unicode_char(c))?;
                let crlf = c == 0x0d && tl.as_cons().is_some_and(|(h2, _)| h2.as_small() == Some(0x0a));
                cs.push(c);
                rest = tl;
                if crlf {
                    let (h2, tl2) = rest.as_cons()?;
                    cs.push(h2.as_small()?);
                    rest = tl2;
                }
                left -= 1;
            }
            _ => return None,
        }
    }
}
