//! The layout pass of `~p`: `pp` (OTP's `pp/8` family) writes a subterm,
//! breaking lines where it does not fit, and `cind` (OTP's `cind/7`
//! family) tries an indentation for tagged tuples without writing. The
//! guards are OTP's, kept in the same shape so they can be compared.

use super::{write_if, End, If, Shape};
use crate::format::write::BinParts;

pub(super) struct Layout {
    /// Line length.
    pub ll: i64,
    /// Maximum characters per line: here always the whole term's length.
    pub m: i64,
}

/// 0 when more elements follow, else one more closing bracket to leave
/// room for (`last_depth/2`).
fn last_depth(more: bool, ld: i64) -> i64 {
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

fn newline(out: &mut String, ind: usize) {
    out.push('\n');
    out.extend(std::iter::repeat_n(' ', ind));
}

impl Layout {
    fn fits(&self, e: &If, col: i64, ld: i64, w: i64) -> bool {
        e.len < self.ll - col - ld && e.len + w + ld <= self.m
    }

    /// Whether element `e` (1 + its length with the comma) stays on the
    /// current line in a sequence's tail. Written as OTP's guards are.
    #[allow(clippy::int_plus_one)]
    fn tail_fits(&self, elen: i64, col: i64, ld1: i64, w: i64) -> bool {
        if ld1 == 0 {
            elen + 1 < self.ll - col && w + elen + 1 <= self.m
        } else {
            elen < self.ll - col - ld1 && w + elen + ld1 <= self.m
        }
    }

    fn improper_tail_fits(&self, e: &If, col: i64, ld: i64, w: i64) -> bool {
        e.len + 1 < self.ll - col - (ld + 1) && e.len + 1 + w + (ld + 1) <= self.m && e.is_leaf()
    }

    pub fn pp(&self, out: &mut String, e: &If, col: i64, tind: i64, ind: usize, ld: i64, w: i64) {
        if self.fits(e, col, ld, w) {
            write_if(out, e);
            return;
        }
        match &e.shape {
            Shape::List(items, end) => {
                out.push('[');
                self.pp_list(out, items, end, col + 1, tind, ind + 1, ld, '|', w + 1);
                out.push(']');
            }
            Shape::Tuple(true, items, end) => {
                out.push('{');
                self.pp_tag_tuple(out, items, end, col, tind, ind, ld, w + 1);
                out.push('}');
            }
            Shape::Tuple(false, items, end) => {
                out.push('{');
                self.pp_list(out, items, end, col + 1, tind, ind + 1, ld, ',', w + 1);
                out.push('}');
            }
            Shape::Map(items, end) => {
                out.push_str("#{");
                self.pp_map(out, items, end, col + 2, tind, ind + 2, ld, w + 1);
                out.push('}');
            }
            Shape::Bin(parts, _) => self.pp_binary(out, parts, col + 2, ind + 2, ld, w),
            Shape::Leaf(_) | Shape::Pair(..) => write_if(out, e),
        }
    }

    fn pp_tag_tuple(
        &self,
        out: &mut String,
        items: &[If],
        end: &End,
        col: i64,
        tind: i64,
        ind: usize,
        ld: i64,
        w: i64,
    ) {
        let Some(tag) = items.first() else {
            out.push_str("...");
            return;
        };
        let tlen = tag.len;
        let tag_ind = tlen + 2;
        let tcol = col + tag_ind;
        write_if(out, tag);
        if tind > 0 && tag_ind > tind {
            let col1 = col + tind;
            self.pp_tail(out, &items[1..], end, col1, tcol, tind, ind + tind as usize, ld, ',', w + tlen);
        } else {
            out.push(',');
            self.pp_list(out, &items[1..], end, tcol, tind, ind + tag_ind as usize, ld, ',', w + tlen + 1);
        }
    }

    fn pp_list(
        &self,
        out: &mut String,
        items: &[If],
        end: &End,
        col0: i64,
        tind: i64,
        ind: usize,
        ld: i64,
        s: char,
        w: i64,
    ) {
        let Some(first) = items.first() else {
            out.push_str("...");
            return;
        };
        let we = self.pp_element(out, first, col0, tind, ind, last_depth(items.len() > 1, ld), w);
        self.pp_tail(out, &items[1..], end, col0, col0 + we, tind, ind, ld, s, w + we);
    }

    fn pp_tail(
        &self,
        out: &mut String,
        items: &[If],
        end: &End,
        col0: i64,
        mut col: i64,
        tind: i64,
        ind: usize,
        ld: i64,
        s: char,
        mut w: i64,
    ) {
        for (i, e) in items.iter().enumerate() {
            let ld1 = last_depth(i + 1 < items.len(), ld);
            let elen = 1 + e.len;
            if e.is_leaf() && self.tail_fits(elen, col, ld1, w) {
                out.push(',');
                write_if(out, e);
                col += elen;
                w += elen;
            } else {
                out.push(',');
                newline(out, ind);
                let we = self.pp_element(out, e, col0, tind, ind, ld1, 0);
                col = col0 + we;
                w = we;
            }
        }
        match end {
            End::Nil => {}
            End::Dots => {
                out.push(s);
                out.push_str("...");
            }
            End::Tail(e) => {
                out.push(s);
                if self.improper_tail_fits(e, col, ld, w) {
                    write_if(out, e);
                } else {
                    newline(out, ind);
                    self.pp(out, e, col0, tind, ind, ld + 1, 0);
                }
            }
        }
    }

    fn pp_element(&self, out: &mut String, e: &If, col: i64, tind: i64, ind: usize, ld: i64, w: i64) -> i64 {
        if self.fits(e, col, ld, w) && e.is_leaf() {
            write_if(out, e);
            e.len
        } else {
            self.pp(out, e, col, tind, ind, ld, w);
            self.ll
        }
    }

    fn pp_map(&self, out: &mut String, items: &[If], end: &End, col: i64, tind: i64, ind: usize, ld: i64, w: i64) {
        let Some(first) = items.first() else {
            if matches!(end, End::Dots) {
                out.push_str("...");
            }
            return;
        };
        let pw = self.pp_pair(out, first, col, tind, ind, last_depth(items.len() > 1, ld), w);
        let (mut c, mut w) = (col + pw, pw);
        for (i, e) in items.iter().enumerate().skip(1) {
            let ld1 = last_depth(i + 1 < items.len(), ld);
            let elen = 1 + e.len;
            if e.is_leaf_pair() && self.tail_fits(elen, c, ld1, w) {
                out.push(',');
                write_if(out, e);
                c += elen;
                w += elen;
            } else {
                out.push(',');
                newline(out, ind);
                let pw = self.pp_pair(out, e, col, tind, ind, ld1, 0);
                c = col + pw;
                w = pw;
            }
        }
        if matches!(end, End::Dots) {
            out.push_str(",...");
        }
    }

    fn pp_pair(&self, out: &mut String, p: &If, col: i64, tind: i64, ind: usize, ld: i64, w: i64) -> i64 {
        if self.fits(p, col, ld, w) {
            write_if(out, p);
            return if p.is_leaf_pair() { p.len } else { self.ll };
        }
        if let Shape::Pair(k, v) = &p.shape {
            let i = map_value_indent(tind);
            self.pp(out, k, col, tind, ind, ld, w);
            out.push_str(" =>");
            newline(out, ind + i as usize);
            self.pp(out, v, col + i, tind, ind + i as usize, ld, 0);
        }
        self.ll
    }

    fn pp_binary(&self, out: &mut String, parts: &BinParts, col: i64, ind: usize, ld: i64, w: i64) {
        let n0 = 8.max((self.ll - col).min(self.m - 4 - w) - ld);
        let mut n = n0;
        out.push_str("<<");
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
            out.push_str(bs);
            out.push(',');
        }
        let last = match &parts.bits {
            Some((x, l)) => format!("{x}:{l}"),
            None => parts.items.last().cloned().unwrap_or_default(),
        };
        if last.len() as i64 > n {
            newline(out, ind);
        }
        out.push_str(&last);
        out.push_str(">>");
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
