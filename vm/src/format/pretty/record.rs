//! The layout of records (`#name{field = value, ...}`): OTP's
//! `pp_record`/`pp_field`/`rec_indent` and their `cind_*` twins. Fields
//! line up after `#name{`, or after the tuple indentation when the name is
//! longer than it; a field's value goes on the next line the same way.

use std::rc::Rc;

use super::layout::{last_depth, newline, Ind, Layout};
use super::{write_if, End, If, Shape};
use crate::format::deep::Sink;

/// `rec_indent/5`: where the fields (or a field's value) start.
struct RecIndent {
    col: i64,
    ind: Rc<Ind>,
    w: i64,
    /// Whether they start on a new line.
    nl: bool,
}

fn rec_indent(rind: i64, tind: i64, col0: i64, ind0: &Rc<Ind>, w0: i64) -> RecIndent {
    let nl = tind > 0 && rind > tind;
    let dcol = if nl { tind } else { rind };
    RecIndent { col: col0 + dcol, ind: Ind::indent(dcol, ind0), w: if nl { 0 } else { w0 }, nl }
}

/// `rec_indent`'s `S` as one element: `[$\n | Ind]` or `""`.
fn rec_break(out: &mut impl Sink, r: &RecIndent) {
    out.open();
    if r.nl {
        out.ch('\n' as i64);
        r.ind.elems(out);
    }
    out.close();
}

impl Layout {
    /// `pp_record/9` as one element.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn pp_record(
        &self,
        out: &mut impl Sink,
        fields: &[If],
        end: &End,
        nlen: i64,
        col0: i64,
        tind: i64,
        ind0: &Rc<Ind>,
        ld: i64,
        w0: i64,
    ) {
        out.open();
        let Some(first) = fields.first() else {
            if matches!(end, End::Dots(_)) {
                out.str("...");
            }
            out.close();
            return;
        };
        let r = rec_indent(nlen + 1, tind, col0, ind0, w0);
        rec_break(out, &r);
        let col = r.col;
        let fw = self.pp_field(out, first, col, tind, &r.ind, last_depth(fields.len() > 1, ld), r.w);
        let (mut c, mut w) = (col + fw, r.w + fw);
        for (i, f) in fields.iter().enumerate().skip(1) {
            let ld1 = last_depth(i + 1 < fields.len(), ld);
            let elen = 1 + f.len;
            out.ch(',' as i64);
            if f.is_leaf_field() && self.tail_fits(elen, c, ld1, w) {
                write_if(out, f);
                c += elen;
                w += elen;
            } else {
                newline(out, &r.ind);
                let fw = self.pp_field(out, f, col, tind, &r.ind, ld1, 0);
                c = col + fw;
                w = fw;
            }
        }
        if matches!(end, End::Dots(_)) {
            out.str(",...");
        }
        out.close();
    }

    /// `pp_field/8`: the field as one element, and the width it takes.
    #[allow(clippy::too_many_arguments)]
    fn pp_field(&self, out: &mut impl Sink, f: &If, col0: i64, tind: i64, ind0: &Rc<Ind>, ld: i64, w0: i64) -> i64 {
        if self.fits(f, col0, ld, w0) {
            write_if(out, f);
            return if f.is_leaf_field() { f.len } else { self.ll };
        }
        let Shape::Field(name, nlen, v) = &f.shape else {
            write_if(out, f);
            return self.ll;
        };
        let r = rec_indent(*nlen, tind, col0, ind0, w0 + nlen);
        out.open();
        out.flat(name);
        out.flat(if r.nl { " =" } else { " = " });
        rec_break(out, &r);
        self.pp(out, v, r.col, tind, &r.ind, ld, r.w);
        out.close();
        self.ll
    }

    /// `cind_record/8`: whether indentation `ind` keeps the record within
    /// bounds.
    pub(super) fn cind_record(&self, fields: &[If], nlen: i64, col0: i64, ind: i64, ld: i64, w0: i64) -> bool {
        let Some(first) = fields.first() else {
            return true;
        };
        let Some((col, w)) = self.cind_rec(nlen + 1, col0, ind, w0) else {
            return false;
        };
        let Some(fw) = self.cind_field(first, col, ind, last_depth(fields.len() > 1, ld), w) else {
            return false;
        };
        let (mut c, mut w) = (col + fw, w + fw);
        for (i, f) in fields.iter().enumerate().skip(1) {
            let ld1 = last_depth(i + 1 < fields.len(), ld);
            let elen = 1 + f.len;
            if f.is_leaf_field() && self.tail_fits(elen, c, ld1, w) {
                c += elen;
                w += elen;
            } else {
                let Some(fw) = self.cind_field(f, col, ind, ld1, 0) else {
                    return false;
                };
                // OTP's cind_fields_tail/8 continues from the current
                // column here, not from the fields' column as pp does.
                c += fw;
                w = fw;
            }
        }
        true
    }

    /// `cind_field/7`: the width the field takes, or `None` for
    /// `no_good`.
    fn cind_field(&self, f: &If, col0: i64, ind: i64, ld: i64, w0: i64) -> Option<i64> {
        if self.fits(f, col0, ld, w0) {
            return Some(if f.is_leaf_field() { f.len } else { self.ll });
        }
        if let Shape::Field(_, nlen, v) = &f.shape {
            let (col, w) = self.cind_rec(*nlen, col0, ind, w0 + nlen)?;
            if !self.cind(v, col, ind, ld, w) {
                return None;
            }
        }
        Some(self.ll)
    }

    /// `cind_rec/6`: the column and width after a record's or field's
    /// indentation, unless it goes past half the line.
    fn cind_rec(&self, rind: i64, col0: i64, ind: i64, w0: i64) -> Option<(i64, i64)> {
        let nl = ind > 0 && rind > ind;
        let col = col0 + if nl { ind } else { rind };
        if self.m + col <= self.ll || col <= self.ll / 2 {
            Some((col, if nl { 0 } else { w0 }))
        } else {
            None
        }
    }
}
