//! The layout pass of `~p`: `pp` (OTP's `pp/8` family) writes a subterm,
//! breaking lines where it does not fit, and `cind` (OTP's `cind/7`
//! family) tries an indentation for tagged tuples without writing. The
//! guards are OTP's, kept in the same shape so they can be compared.

use std::rc::Rc;

use super::{write_if, write_if_inner, End, If, Shape};
use crate::format::deep::Sink;
use crate::format::write::BinParts;

pub(super) struct Layout {
    /// Line length.
    pub ll: i64,
    /// Maximum characters per line: here always the whole term's length.
    pub m: i64,
}

/// 0 when more elements follow, else one more closing bracket to leave
/// room for (`last_depth/2`).
pub(super) fn last_depth(more: bool, ld: i64) -> i64 {
    if more {
        0
    } else {
        ld + 1
    }
}

fn map_value_indent(tind: i64) -> i64 {
    if tind > 0 {
        tind
    } else {
        4
    }
}

/// The indentation string, as the nested list `io_lib_pretty` builds it
/// (`indent/1,2`), shared between the lines that use it.
pub(super) enum Ind {
    /// `indent(Col)`: `chars($\s, Col - 1)`.
    Base(i64),
    /// `indent(1, Ind)`: `[$\s | Ind]`.
    Space(Rc<Ind>),
    /// `indent(4, Ind)`: `["  ", "  " | Ind]`.
    Four(Rc<Ind>),
    /// `indent(N, Ind)`: `[chars($\s, N) | Ind]`.
    Chars(i64, Rc<Ind>),
}

impl Ind {
    pub(super) fn base(col: i64) -> Rc<Ind> {
        Rc::new(Ind::Base(col))
    }

    pub(super) fn indent(n: i64, ind: &Rc<Ind>) -> Rc<Ind> {
        let rest = Rc::clone(ind);
        Rc::new(match n {
            1 => Ind::Space(rest),
            4 => Ind::Four(rest),
            _ => Ind::Chars(n, rest),
        })
    }

    /// The elements of the indentation's list.
    pub(super) fn elems(&self, out: &mut impl Sink) {
        let mut ind = self;
        loop {
            match ind {
                Ind::Base(col) => return spaces(out, col - 1),
                Ind::Space(rest) => {
                    out.ch(' ' as i64);
                    ind = rest;
                }
                Ind::Four(rest) => {
                    out.flat("  ");
                    out.flat("  ");
                    ind = rest;
                }
                Ind::Chars(n, rest) => {
                    out.open();
                    spaces(out, *n);
                    out.close();
                    ind = rest;
                }
            }
        }
    }
}

/// The elements of `io_lib_pretty:chars($\s, N)` (which, unlike
/// `io_lib_format`'s, has no clause for 1: it gives `[$\s, []]`).
fn spaces(out: &mut impl Sink, n: i64) {
    match n {
        n if n <= 0 => {}
        2 => out.str("  "),
        3 => out.str("   "),
        _ => {
            if n % 2 == 1 {
                out.ch(' ' as i64);
            }
            out.open();
            spaces(out, n / 2);
            out.close();
            spaces(out, n / 2);
        }
    }
}

/// `$\n, Ind`: a line break and the indentation as one element.
pub(super) fn newline(out: &mut impl Sink, ind: &Ind) {
    out.ch('\n' as i64);
    out.open();
    ind.elems(out);
    out.close();
}

impl Layout {
    pub(super) fn fits(&self, e: &If, col: i64, ld: i64, w: i64) -> bool {
        e.len < self.ll - col - ld && e.len + w + ld <= self.m
    }

    /// Whether element `e` (1 + its length with the comma) stays on the
    /// current line in a sequence's tail. Written as OTP's guards are.
    #[allow(clippy::int_plus_one)]
    pub(super) fn tail_fits(&self, elen: i64, col: i64, ld1: i64, w: i64) -> bool {
        if ld1 == 0 {
            elen + 1 < self.ll - col && w + elen + 1 <= self.m
        } else {
            elen < self.ll - col - ld1 && w + elen + ld1 <= self.m
        }
    }

    fn improper_tail_fits(&self, e: &If, col: i64, ld: i64, w: i64) -> bool {
        e.len + 1 < self.ll - col - (ld + 1) && e.len + 1 + w + (ld + 1) <= self.m && e.is_leaf()
    }

    /// The elements of `pp/8`'s list for `e`.
    pub fn pp(&self, out: &mut impl Sink, e: &If, col: i64, tind: i64, ind: &Rc<Ind>, ld: i64, w: i64) {
        if self.fits(e, col, ld, w) {
            write_if_inner(out, e);
            return;
        }
        match &e.shape {
            Shape::List(items, end) => {
                out.ch('[' as i64);
                self.pp_list(out, items, end, col + 1, tind, &Ind::indent(1, ind), ld, '|', w + 1);
                out.ch(']' as i64);
            }
            Shape::Tuple(true, items, end) => {
                out.ch('{' as i64);
                self.pp_tag_tuple(out, items, end, col, tind, ind, ld, w + 1);
                out.ch('}' as i64);
            }
            Shape::Tuple(false, items, end) => {
                out.ch('{' as i64);
                self.pp_list(out, items, end, col + 1, tind, &Ind::indent(1, ind), ld, ',', w + 1);
                out.ch('}' as i64);
            }
            Shape::Map(items, end) => {
                out.str("#{");
                self.pp_map(out, items, end, col + 2, tind, &Ind::indent(2, ind), ld, w + 1);
                out.ch('}' as i64);
            }
            Shape::Record(name, nlen, fields, end) => {
                out.flat(name);
                out.ch('{' as i64);
                self.pp_record(out, fields, end, *nlen, col, tind, ind, ld, w + nlen + 1);
                out.ch('}' as i64);
            }
            Shape::Bin(parts) => self.pp_binary(out, parts, col + 2, &Ind::indent(2, ind), ld, w),
            Shape::Leaf(_) | Shape::BinStr(..) | Shape::Pair(..) | Shape::Field(..) => write_if_inner(out, e),
        }
    }

    /// `pp_tag_tuple/8` as one element.
    fn pp_tag_tuple(
        &self,
        out: &mut impl Sink,
        items: &[If],
        end: &End,
        col: i64,
        tind: i64,
        ind: &Rc<Ind>,
        ld: i64,
        w: i64,
    ) {
        out.open();
        let Some(tag) = items.first() else {
            out.str("...");
            out.close();
            return;
        };
        let tlen = tag.len;
        let tag_ind = tlen + 2;
        let tcol = col + tag_ind;
        write_if(out, tag);
        if tind > 0 && tag_ind > tind {
            let col1 = col + tind;
            self.pp_tail(out, &items[1..], end, col1, tcol, tind, &Ind::indent(tind, ind), ld, ',', w + tlen);
        } else {
            out.ch(',' as i64);
            let ind = Ind::indent(tag_ind, ind);
            self.pp_list_elems(out, &items[1..], end, tcol, tind, &ind, ld, ',', w + tlen + 1);
        }
        out.close();
    }

    /// `pp_list/9` as one element.
    fn pp_list(
        &self,
        out: &mut impl Sink,
        items: &[If],
        end: &End,
        col0: i64,
        tind: i64,
        ind: &Rc<Ind>,
        ld: i64,
        s: char,
        w: i64,
    ) {
        out.open();
        self.pp_list_elems(out, items, end, col0, tind, ind, ld, s, w);
        out.close();
    }

    /// The elements of `pp_list/9`'s list.
    fn pp_list_elems(
        &self,
        out: &mut impl Sink,
        items: &[If],
        end: &End,
        col0: i64,
        tind: i64,
        ind: &Rc<Ind>,
        ld: i64,
        s: char,
        w: i64,
    ) {
        let Some(first) = items.first() else {
            // A tag tuple with nothing after the tag has no `pp_list`.
            if matches!(end, End::Dots(_)) {
                out.str("...");
            }
            return;
        };
        let we = self.pp_element(out, first, col0, tind, ind, last_depth(items.len() > 1, ld), w);
        self.pp_tail(out, &items[1..], end, col0, col0 + we, tind, ind, ld, s, w + we);
    }

    /// The elements of `pp_tail/10`'s list.
    fn pp_tail(
        &self,
        out: &mut impl Sink,
        items: &[If],
        end: &End,
        col0: i64,
        mut col: i64,
        tind: i64,
        ind: &Rc<Ind>,
        ld: i64,
        s: char,
        mut w: i64,
    ) {
        for (i, e) in items.iter().enumerate() {
            let ld1 = last_depth(i + 1 < items.len(), ld);
            let elen = 1 + e.len;
            if e.is_leaf() && self.tail_fits(elen, col, ld1, w) {
                out.ch(',' as i64);
                write_if(out, e);
                col += elen;
                w += elen;
            } else {
                out.ch(',' as i64);
                newline(out, ind);
                let we = self.pp_element(out, e, col0, tind, ind, ld1, 0);
                col = col0 + we;
                w = we;
            }
        }
        match end {
            End::Nil => {}
            End::Dots(_) => {
                out.ch(s as i64);
                out.str("...");
            }
            End::Tail(e) => {
                out.ch(s as i64);
                if self.improper_tail_fits(e, col, ld, w) {
                    write_if_inner(out, e);
                } else {
                    newline(out, ind);
                    self.pp(out, e, col0, tind, ind, ld + 1, 0);
                }
            }
        }
    }

    /// `pp_element/8`: the element written, and the width it takes.
    fn pp_element(&self, out: &mut impl Sink, e: &If, col: i64, tind: i64, ind: &Rc<Ind>, ld: i64, w: i64) -> i64 {
        if self.fits(e, col, ld, w) && e.is_leaf() {
            write_if(out, e);
            e.len
        } else {
            out.open();
            self.pp(out, e, col, tind, ind, ld, w);
            out.close();
            self.ll
        }
    }

    /// `pp_map/8` as one element.
    #[allow(clippy::too_many_arguments)]
    fn pp_map(
        &self,
        out: &mut impl Sink,
        items: &[If],
        end: &End,
        col: i64,
        tind: i64,
        ind: &Rc<Ind>,
        ld: i64,
        w: i64,
    ) {
        out.open();
        let Some(first) = items.first() else {
            if matches!(end, End::Dots(_)) {
                out.str("...");
            }
            out.close();
            return;
        };
        let pw = self.pp_pair(out, first, col, tind, ind, last_depth(items.len() > 1, ld), w);
        let (mut c, mut w) = (col + pw, pw);
        for (i, e) in items.iter().enumerate().skip(1) {
            let ld1 = last_depth(i + 1 < items.len(), ld);
            let elen = 1 + e.len;
            if e.is_leaf_pair() && self.tail_fits(elen, c, ld1, w) {
                out.ch(',' as i64);
                write_if(out, e);
                c += elen;
                w += elen;
            } else {
                out.ch(',' as i64);
                newline(out, ind);
                let pw = self.pp_pair(out, e, col, tind, ind, ld1, 0);
                c = col + pw;
                w = pw;
            }
        }
        if matches!(end, End::Dots(_)) {
            out.str(",...");
        }
        out.close();
    }

    /// `pp_pair/8`: the pair as one element, and the width it takes.
    fn pp_pair(&self, out: &mut impl Sink, p: &If, col: i64, tind: i64, ind: &Rc<Ind>, ld: i64, w: i64) -> i64 {
        if self.fits(p, col, ld, w) {
            write_if(out, p);
            return if p.is_leaf_pair() { p.len } else { self.ll };
        }
        if let Shape::Pair(k, v) = &p.shape {
            let i = map_value_indent(tind);
            let vind = Ind::indent(i, ind);
            out.open();
            out.open();
            self.pp(out, k, col, tind, ind, ld, w);
            out.close();
            out.flat(" =>\n");
            out.open();
            vind.elems(out);
            out.close();
            self.pp(out, v, col + i, tind, &vind, ld, 0);
            out.close();
        }
        self.ll
    }

    /// `pp_binary/7`: the elements of `[$<, $<, Body, $>, $>]` with line
    /// breaks in the body.
    fn pp_binary(&self, out: &mut impl Sink, parts: &BinParts, col: i64, ind: &Rc<Ind>, ld: i64, w: i64) {
        let n0 = 8.max((self.ll - col).min(self.m - 4 - w) - ld);
        let mut n = n0;
        out.str("<<");
        out.open();
        // Every byte followed by a comma: all of them when trailing bits
        // follow, else all but the last.
        let comma_items = if parts.bits.is_some() { parts.items.len() } else { parts.items.len().saturating_sub(1) };
        for bs in &parts.items[..comma_items] {
            let len = bs.len() as i64 + 1;
            if n - len < 0 {
                newline(out, ind);
                n = n0 - len;
            } else {
                n -= len;
            }
            out.flat(bs);
            out.ch(',' as i64);
        }
        let last_len = match &parts.bits {
            Some((x, l)) => x.len() + l.len() + 1,
            None => parts.items.last().map_or(0, |s| s.len()),
        };
        let last = |out: &mut dyn FnMut(&str, bool)| match &parts.bits {
            Some((x, l)) => {
                out(x, true);
                out(":", false);
                out(l, true);
            }
            None => {
                if let Some(s) = parts.items.last() {
                    out(s, true);
                }
            }
        };
        if last_len as i64 > n {
            newline(out, ind);
            out.open();
            last(&mut |s, elem| if elem { out.flat(s) } else { out.str(s) });
            out.close();
        } else {
            last(&mut |s, elem| if elem { out.flat(s) } else { out.str(s) });
        }
        out.close();
        out.str(">>");
    }

    /// Whether indentation `ind` for tagged tuples keeps every line within
    /// bounds (OTP throws `no_good` where this returns false).
    pub fn cind(&self, e: &If, col: i64, ind: i64, ld: i64, w: i64) -> bool {
        if self.fits(e, col, ld, w) {
            return true;
        }
        match &e.shape {
            Shape::List(items, end) | Shape::Tuple(false, items, end) => {
                self.cind_list(items, end, col + 1, ind, ld, w + 1)
            }
            Shape::Tuple(true, items, end) => self.cind_tag_tuple(items, end, col, ind, ld, w + 1),
            Shape::Map(items, _) => self.cind_map(items, col + 2, ind, ld, w + 2),
            Shape::Record(_, nlen, fields, _) => self.cind_record(fields, *nlen, col, ind, ld, w + nlen + 1),
            _ => true,
        }
    }

    fn cind_tag_tuple(&self, items: &[If], end: &End, col: i64, ind: i64, ld: i64, w: i64) -> bool {
        let Some(tag) = items.first() else {
            return true;
        };
        let tlen = tag.len;
        let tag_ind = tlen + 2;
        let tcol = col + tag_ind;
        if ind > 0 && tag_ind > ind {
            let col1 = col + ind;
            if self.m + col1 <= self.ll || col1 <= self.ll / 2 {
                self.cind_tail(&items[1..], end, col1, tcol, ind, ld, w + tlen)
            } else {
                false
            }
        } else if self.m + tcol < self.ll || tcol < self.ll / 2 {
            self.cind_list(&items[1..], end, tcol, ind, ld, w + tlen + 1)
        } else {
            false
        }
    }

    fn cind_list(&self, items: &[If], end: &End, col0: i64, ind: i64, ld: i64, w: i64) -> bool {
        let Some(first) = items.first() else {
            return true;
        };
        let Some(we) = self.cind_element(first, col0, ind, last_depth(items.len() > 1, ld), w) else {
            return false;
        };
        self.cind_tail(&items[1..], end, col0, col0 + we, ind, ld, w + we)
    }

    fn cind_tail(&self, items: &[If], end: &End, col0: i64, mut col: i64, ind: i64, ld: i64, mut w: i64) -> bool {
        for (i, e) in items.iter().enumerate() {
            let ld1 = last_depth(i + 1 < items.len(), ld);
            let elen = 1 + e.len;
            if e.is_leaf() && self.tail_fits(elen, col, ld1, w) {
                col += elen;
                w += elen;
            } else {
                let Some(we) = self.cind_element(e, col0, ind, ld1, 0) else {
                    return false;
                };
                col = col0 + we;
                w = we;
            }
        }
        match end {
            End::Tail(e) if !self.improper_tail_fits(e, col, ld, w) => self.cind(e, col, ind, ld + 1, 0),
            _ => true,
        }
    }

    fn cind_element(&self, e: &If, col: i64, ind: i64, ld: i64, w: i64) -> Option<i64> {
        if self.fits(e, col, ld, w) && e.is_leaf() {
            Some(e.len)
        } else if self.cind(e, col, ind, ld, w) {
            Some(self.ll)
        } else {
            None
        }
    }

    fn cind_map(&self, items: &[If], col: i64, ind: i64, ld: i64, w: i64) -> bool {
        let Some(first) = items.first() else {
            return true;
        };
        let Some(pw) = self.cind_pair(first, col, ind, last_depth(items.len() > 1, ld), w) else {
            return false;
        };
        let (mut c, mut w) = (col + pw, w + pw);
        for (i, e) in items.iter().enumerate().skip(1) {
            let ld1 = last_depth(i + 1 < items.len(), ld);
            let elen = 1 + e.len;
            if e.is_leaf_pair() && self.tail_fits(elen, c, ld1, w) {
                c += elen;
                w += elen;
            } else {
                let Some(pw) = self.cind_pair(e, col, ind, ld1, 0) else {
                    return false;
                };
                c = col + pw;
                w = pw;
            }
        }
        true
    }

    fn cind_pair(&self, p: &If, col: i64, ind: i64, ld: i64, w: i64) -> Option<i64> {
        if self.fits(p, col, ld, w) {
            return Some(if p.is_leaf_pair() { p.len } else { self.ll });
        }
        if let Shape::Pair(k, v) = &p.shape {
            if !self.cind(k, col, ind, ld, w) || !self.cind(v, col + map_value_indent(ind), ind, ld, 0) {
                return None;
            }
        }
        Some(self.ll)
    }
}
