//! `chars_limit`: OTP 25's `io_lib_pretty:intermediate/6`. A term is
//! first printed at depth 1, then deeper (doubling the extra depth each
//! time, then halving back) until its text would pass the character
//! budget or nothing is cut any more. Going deeper re-prints only the cut
//! parts (`expand`), each with what is left of the budget, exactly as
//! OTP's `More` funs do, so the same `...` appear in the same places.

use super::length::{tsub, Printer};
use super::{list_length, End, If, Shape};
use crate::term::Term;

impl Printer<'_> {
    /// `intermediate/6`: the one-line form of `term` for budget `t` (> 0)
    /// and maximum depth `d` (-1 is unlimited).
    pub fn intermediate(&self, term: Term, d: i64, t: i64) -> If {
        let first = self.length(term, 1, t);
        if first.dots == 0 || first.len > t || d == 1 {
            return first;
        }
        let last = first.len;
        self.find_upper(first, t, 1, 2, d, last)
    }

    /// `find_upper/10`: doubles the depth until the text passes the
    /// budget, stops growing or is whole.
    fn find_upper(&self, lower: If, t: i64, mut dl: i64, mut dd: i64, d: i64, mut last: i64) -> If {
        let mut lower = lower;
        loop {
            let dd2 = dd * 2;
            let d1 = if d < 0 { dl + dd2 } else { (dl + dd2).min(d) };
            let upper = self.expand(&lower, t, d1 - dl);
            if upper.dots == 0 || upper.len == last {
                return upper;
            }
            if upper.len <= t && (d1 < d || d < 0) {
                last = upper.len;
                lower = upper;
                dl = d1;
                dd = dd2;
                continue;
            }
            return self.search_depth(lower, upper, t, dl, d1);
        }
    }

    /// `search_depth/9`: bisects between a depth that fits and one that
    /// does not.
    fn search_depth(&self, mut lower: If, mut upper: If, t: i64, mut dl: i64, mut du: i64) -> If {
        while du - dl != 1 {
            let d1 = (dl + du) / 2;
            let e = self.expand(&lower, t, d1 - dl);
            if e.len > t {
                upper = e;
                du = d1;
            } else {
                lower = e;
                dl = d1;
            }
        }
        if lower.len == t {
            lower
        } else {
            upper
        }
    }

    /// `expand/3`: `e` printed `dd` levels deeper where it was cut, with
    /// budget `t`.
    fn expand(&self, e: &If, t: i64, dd: i64) -> If {
        if e.dots == 0 && e.more.is_none() {
            return e.clone();
        }
        if let Some(w) = e.more {
            return self.whole(w, dd, t);
        }
        match &e.shape {
            Shape::Tuple(tagged, items, end) => {
                let (items, end, len, dots) = self.expand_list(items, end, t, dd, 2);
                If::node(Shape::Tuple(*tagged, items, end), len, dots)
            }
            Shape::Map(items, end) => {
                let (items, end, len, dots) = self.expand_list(items, end, t, dd, 3);
                If::node(Shape::Map(items, end), len, dots)
            }
            Shape::Pair(k, v) => {
                let k = self.expand(k, tsub(t, 1), dd);
                let kl = k.len + 4;
                let v = self.expand(v, tsub(t, kl), dd);
                let (len, dots) = (kl + v.len, k.dots + v.dots);
                If::node(Shape::Pair(Box::new(k), Box::new(v)), len, dots)
            }
            Shape::Record(name, nlen, items, end) => {
                let (items, end, len, dots) = self.expand_list(items, end, t, dd, nlen + 2);
                If::node(Shape::Record(name.clone(), *nlen, items, end), len, dots)
            }
            Shape::Field(name, nlen, v) => {
                let v = self.expand(v, tsub(t, *nlen), dd);
                let (len, dots) = (nlen + v.len, v.dots);
                If::node(Shape::Field(name.clone(), *nlen, Box::new(v)), len, dots)
            }
            // Cut leaves and lists carry their `More`; nothing else is cut.
            _ => e.clone(),
        }
    }

    /// `expand_list/4`: the elements, each expanded with what the ones
    /// before left of the budget, then the cut tail printed deeper.
    fn expand_list(&self, items: &[If], end: &End, t: i64, dd: i64, l0: i64) -> (Vec<If>, End, i64, i64) {
        let mut t = tsub(t, l0);
        let mut out = Vec::with_capacity(items.len());
        for (i, e) in items.iter().enumerate() {
            let last = i + 1 == items.len() && matches!(end, End::Nil);
            let t1 = if last { t } else { tsub(t, 1) };
            let x = self.expand(e, t1, dd);
            t = tsub(t1, x.len);
            out.push(x);
        }
        let end = match end {
            End::Nil => End::Nil,
            End::Dots(Some(r)) => {
                let (rest, end) = self.rest(*r, dd, t);
                out.extend(rest);
                end
            }
            End::Dots(None) => End::Dots(None),
            End::Tail(e) => End::Tail(e.clone()),
        };
        let (len, dots) = list_length(&out, &end, l0);
        (out, end, len, dots)
    }
}
