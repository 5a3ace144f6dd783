//! Lint of patterns and guards. A pattern yields two tables: variables it
//! matches that were already bound, and the new ones it binds. Guards may
//! only use guard BIFs and operators and bound variables.

use super::records::FieldCheck;
use super::vars::{self, State, Var, Vt};
use super::{bifs, Linter};
use crate::ast::{BinElement, CallTarget, Expr, ExprKind, Pos};

impl Linter<'_> {
    /// The patterns of a clause head, matched side by side.
    pub(crate) fn head(&mut self, ps: &[Expr], vt: &Vt, old: &Vt) -> (Vt, Vt) {
        let (mut acc_vt, mut acc_new) = (Vt::new(), Vt::new());
        for p in ps {
            let (pvt, pnew) = self.pattern(p, vt, old);
            acc_vt = self.merge_pat(&pvt, &acc_vt);
            acc_new = self.merge_pat(&pnew, &acc_new);
        }
        (acc_vt, acc_new)
    }

    /// A pattern: `old` holds the variables already bound (matched, not
    /// bound), `vt` those a binary segment size may use.
    pub(crate) fn pattern(&mut self, p: &Expr, vt: &Vt, old: &Vt) -> (Vt, Vt) {
        match &p.kind {
            ExprKind::Var(v) if v == "_" => (Vt::new(), Vt::new()),
            ExprKind::Var(v) => self.pat_var(v, p.pos, old, &Vt::new()),
            ExprKind::Atom(_) | ExprKind::Integer(_) | ExprKind::Float(_) | ExprKind::String(_) | ExprKind::Nil => {
                (Vt::new(), Vt::new())
            }
            ExprKind::Cons(h, t) => self.head(&[(**h).clone(), (**t).clone()], vt, old),
            ExprKind::Tuple(ps) => self.head(ps, vt, old),
            ExprKind::Map(None, fields) => {
                let (mut acc_vt, mut acc_new) = (Vt::new(), Vt::new());
                for f in fields {
                    if !f.exact {
                        self.error(f.pos, "illegal pattern");
                        continue;
                    }
                    let kvt = self.gexpr(&f.key, vt);
                    let (vvt, vnew) = self.pattern(&f.value, vt, old);
                    let vt1 = self.merge_pat(&kvt, &vvt);
                    acc_vt = self.merge_pat(&vt1, &acc_vt);
                    acc_new = self.merge_pat(&acc_new, &vnew);
                }
                (acc_vt, acc_new)
            }
            ExprKind::RecordIndex { name, field } => {
                self.record_index(p.pos, name, field);
                (Vt::new(), Vt::new())
            }
            ExprKind::RecordNew { base: None, name, fields } => self.pattern_record(p.pos, name, fields, vt, old),
            ExprKind::Binary(elems) => self.pattern_bin(elems, vt, old),
            ExprKind::BinOp(op, l, r) if op == "++" => match &l.kind {
                ExprKind::Nil | ExprKind::String(_) => self.pattern(r, vt, old),
                ExprKind::Cons(h, t) if matches!(h.kind, ExprKind::Integer(_)) => {
                    let rest = Expr::new(p.pos, ExprKind::BinOp(op.clone(), t.clone(), r.clone()));
                    self.pattern(&rest, vt, old)
                }
                _ => self.illegal_unless_constant(p),
            },
            ExprKind::Match(a, b) => {
                let (lvt, lnew) = self.pattern(a, vt, old);
                let (rvt, rnew) = self.pattern(b, vt, old);
                let vt1 = self.merge_pat(&lvt, &rvt);
                let new = self.merge_pat(&lnew, &rnew);
                (vt1, new)
            }
            _ => self.illegal_unless_constant(p),
        }
    }

    fn illegal_unless_constant(&mut self, p: &Expr) -> (Vt, Vt) {
        if !is_constant_arith(p) {
            self.error(p.pos, "illegal pattern");
        }
        (Vt::new(), Vt::new())
    }

    /// A variable in a pattern: matched if bound before, else newly bound.
    fn pat_var(&mut self, v: &str, pos: Pos, old: &Vt, new: &Vt) -> (Vt, Vt) {
        let one = |var: Var| {
            let mut t = Vt::new();
            t.insert(v.to_string(), var);
            t
        };
        if let Some(b) = new.get(v) {
            return (Vt::new(), one(Var::new(State::Bound, true, b.annos.clone())));
        }
        match old.get(v) {
            Some(b) => {
                match b.state {
                    State::Unsafe(place) => self.unsafe_error(pos, v, place),
                    // Matching a variable a case, if or receive exported
                    // is risky: OTP warns (once, as it is bound from then on).
                    State::Export(place) => self.exported_warning(pos, v, place),
                    _ => {}
                }
                (one(Var::new(State::Bound, true, b.annos.clone())), Vt::new())
            }
            None => {
                if self.recdef_top {
                    self.error(pos, format!("variable {} in record definition", super::atom_text(v)));
                }
                (Vt::new(), one(Var::new(State::Bound, false, vec![pos])))
            }
        }
    }

    /// A binary pattern: a segment size may use variables bound by the
    /// segments before it.
    fn pattern_bin(&mut self, elems: &[BinElement], vt: &Vt, old: &Vt) -> (Vt, Vt) {
        let (mut esvt, mut esnew) = (Vt::new(), Vt::new());
        for el in elems {
            let (pevt, penew) = match &el.value.kind {
                ExprKind::Var(v) if v == "_" => (Vt::new(), Vt::new()),
                ExprKind::Var(v) => self.pat_var(v, el.value.pos, old, &esnew),
                ExprKind::String(_) => (Vt::new(), Vt::new()),
                ExprKind::Binary(_) => {
                    self.error(el.value.pos, "illegal pattern");
                    (Vt::new(), Vt::new())
                }
                _ => self.illegal_unless_constant(&el.value),
            };
            let (szvt, sznew) = match &el.size {
                None => (Vt::new(), Vt::new()),
                Some(Expr { kind: ExprKind::Var(v), pos }) => self.binsize_pat_var(v, *pos, vt, &esnew),
                Some(size) if matches!(size.kind, ExprKind::Integer(_)) => (Vt::new(), Vt::new()),
                Some(size) => {
                    let saved = self.bvt.replace(esnew.clone());
                    let svt = self.gexpr(size, vt);
                    let new = std::mem::replace(&mut self.bvt, saved).unwrap_or_default();
                    (svt, new)
                }
            };
            esvt = vars::merge(&szvt, &vars::merge(&pevt, &esvt));
            esnew = vars::merge(&sznew, &vars::merge(&esnew, &penew));
        }
        (esvt, esnew)
    }

    /// A variable used as a segment size in a binary pattern.
    fn binsize_pat_var(&mut self, v: &str, pos: Pos, vt: &Vt, new: &Vt) -> (Vt, Vt) {
        let one = |var: Var| {
            let mut t = Vt::new();
            t.insert(v.to_string(), var);
            t
        };
        if let Some(b) = new.get(v) {
            return (Vt::new(), one(Var::new(State::Bound, true, b.annos.clone())));
        }
        match vt.get(v) {
            Some(b) => {
                match b.state {
                    State::Unsafe(place) => self.unsafe_error(pos, v, place),
                    // Matching a variable a case, if or receive exported
                    // is risky: OTP warns (once, as it is bound from then on).
                    State::Export(place) => self.exported_warning(pos, v, place),
                    _ => {}
                }
                (one(Var::new(State::Bound, true, b.annos.clone())), Vt::new())
            }
            None => {
                self.error(pos, format!("variable {} is unbound", super::atom_text(v)));
                (one(Var::new(State::Bound, true, vec![pos])), Vt::new())
            }
        }
    }

    /// A variable inside a binary pattern's size expression.
    pub(crate) fn binsize_var(&mut self, v: &str, pos: Pos, vt: &Vt) -> Vt {
        let bvt = self.bvt.clone().unwrap_or_default();
        let (out, new) = self.binsize_pat_var(v, pos, vt, &bvt);
        self.bvt = Some(vars::merge(&bvt, &new));
        out
    }

    /// A guard sequence: `;`-separated alternatives of `,`-separated tests.
    pub(crate) fn guard(&mut self, guards: &[Vec<Expr>], vt: &Vt) -> Vt {
        let mut cur = vt.clone();
        let mut each = Vec::new();
        for tests in guards {
            for g in tests {
                let gvt = self.guard_test(g, &cur);
                cur = vars::update(&gvt, &cur);
                each.push(gvt);
            }
        }
        each.iter().rev().fold(Vt::new(), |acc, gvt| vars::update(gvt, &acc))
    }

    fn guard_test(&mut self, g: &Expr, vt: &Vt) -> Vt {
        if let ExprKind::Call(target, args) = &g.kind {
            if let CallTarget::Local(f) = &**target {
                let a = args.len() as u32;
                if bifs::is_type_test(f, a) && f != "is_record" && a != 2 {
                    let refs: Vec<&Expr> = args.iter().collect();
                    let asvt = self.gexpr_list(&refs, vt);
                    if !self.no_guard_bif_clash(f, a) {
                        self.guard_local_call(g.pos, f, a);
                    }
                    return asvt;
                }
            }
        }
        self.gexpr(g, vt)
    }

    fn guard_local_call(&mut self, pos: Pos, f: &str, a: u32) {
        let msg =
            format!("call to local/imported function {} is illegal in guard", super::fa_text(&(f.to_string(), a)));
        self.error(pos, msg);
    }

    /// erl_lint's `no_guard_bif_clash`: `f/a` means the BIF in a guard.
    fn no_guard_bif_clash(&self, f: &str, a: u32) -> bool {
        let fa = (f.to_string(), a);
        let from_erlang = self.imports.get(&fa).is_some_and(|m| m == "erlang");
        !self.locals.contains(&fa)
            && (!self.imports.contains_key(&fa) || from_erlang)
            && (!self.auto_import_suppressed(f, a) || from_erlang)
    }

    pub(crate) fn gexpr_list(&mut self, es: &[&Expr], vt: &Vt) -> Vt {
        let mut acc = Vt::new();
        for e in es {
            let evt = self.gexpr(e, vt);
            acc = self.merge_pat(&evt, &acc);
        }
        acc
    }

    /// A guard expression.
    pub(crate) fn gexpr(&mut self, e: &Expr, vt: &Vt) -> Vt {
        match &e.kind {
            ExprKind::Var(v) => self.expr_var(v, e.pos, vt),
            ExprKind::Atom(_) | ExprKind::Integer(_) | ExprKind::Float(_) | ExprKind::String(_) | ExprKind::Nil => {
                Vt::new()
            }
            ExprKind::Cons(h, t) => self.gexpr_list(&[h, t], vt),
            ExprKind::Tuple(es) => self.gexpr_list(&es.iter().collect::<Vec<_>>(), vt),
            ExprKind::Map(None, fields) => {
                for f in fields.iter().filter(|f| f.exact) {
                    let msg = "only association operators '=>' are allowed in map construction";
                    self.error(f.pos, msg);
                }
                self.map_fields(fields, vt, true)
            }
            ExprKind::Map(Some(src), fields) => {
                let svt = self.gexpr(src, vt);
                let fvt = self.map_fields(fields, vt, true);
                vars::merge(&svt, &fvt)
            }
            ExprKind::RecordIndex { name, field } => {
                self.record_index(e.pos, name, field);
                Vt::new()
            }
            ExprKind::RecordField { expr, name, field } => {
                let rvt = self.gexpr(expr, vt);
                self.record_field(e.pos, name, field);
                rvt
            }
            ExprKind::RecordNew { base: None, name, fields } => {
                self.record_init(e.pos, name, fields, vt, FieldCheck::Guard)
            }
            ExprKind::Binary(elems) => self.expr_bin(elems, vt, true),
            ExprKind::Call(target, args) => self.guard_call(e.pos, target, args, vt),
            ExprKind::UnOp(_, a) => self.gexpr(a, vt),
            ExprKind::BinOp(op, l, r) => {
                let avt = self.gexpr_list(&[l, r], vt);
                if !is_guard_op(op, 2) {
                    self.error(e.pos, "illegal guard expression");
                }
                avt
            }
            _ => {
                self.error(e.pos, "illegal guard expression");
                Vt::new()
            }
        }
    }

    fn guard_call(&mut self, pos: Pos, target: &CallTarget, args: &[Expr], vt: &Vt) -> Vt {
        let a = args.len() as u32;
        let refs: Vec<&Expr> = args.iter().collect();
        let (m, f) = match target {
            CallTarget::Local(f) => (None, f.as_str()),
            CallTarget::Remote(Expr { kind: ExprKind::Atom(m), .. }, Expr { kind: ExprKind::Atom(f), .. })
                if m == "erlang" =>
            {
                (Some(m), f.as_str())
            }
            _ => {
                self.error(pos, "illegal guard expression");
                return Vt::new();
            }
        };
        if f == "is_record" && (a == 2 || a == 3) {
            let good = match a {
                2 => matches!(args[1].kind, ExprKind::Atom(_)),
                _ => {
                    m.is_none()
                        && matches!(args[1].kind, ExprKind::Atom(_))
                        && matches!(args[2].kind, ExprKind::Integer(_))
                }
            };
            if a == 2 && good {
                let rvt = self.gexpr(&args[0], vt);
                if let ExprKind::Atom(name) = &args[1].kind {
                    self.exist_record(args[1].pos, name);
                }
                return rvt;
            }
            if a == 3 && good {
                let rvt = self.gexpr(&args[0], vt);
                if !self.no_guard_bif_clash(f, a) {
                    self.guard_local_call(pos, f, a);
                }
                return rvt;
            }
            if m.is_none() {
                let asvt = self.gexpr_list(&refs, vt);
                self.error(pos, "illegal guard expression");
                return asvt;
            }
        }
        let asvt = self.gexpr_list(&refs, vt);
        if m.is_some() {
            if !(bifs::is_guard_bif(f, a) || is_guard_op(f, a)) {
                self.error(pos, "illegal guard expression");
            }
            return asvt;
        }
        if bifs::is_guard_bif(f, a) && self.no_guard_bif_clash(f, a) {
            return asvt;
        }
        let fa = (f.to_string(), a);
        if self.locals.contains(&fa) || self.imports.contains_key(&fa) {
            self.guard_local_call(pos, f, a);
        } else {
            self.error(pos, "illegal guard expression");
        }
        asvt
    }
}

/// Operators allowed in guards: arithmetic, boolean and comparison ones
/// (not `++`, `--` or `!`).
pub(crate) fn is_guard_op(op: &str, arity: u32) -> bool {
    match arity {
        1 => matches!(op, "+" | "-" | "bnot" | "not"),
        2 => matches!(
            op,
            "+" | "-"
                | "*"
                | "/"
                | "div"
                | "rem"
                | "band"
                | "bor"
                | "bxor"
                | "bsl"
                | "bsr"
                | "and"
                | "or"
                | "xor"
                | "andalso"
                | "orelse"
                | "=="
                | "/="
                | "=<"
                | "<"
                | ">="
                | ">"
                | "=:="
                | "=/="
        ),
        _ => false,
    }
}

/// erl_lint's `is_pattern_expr`: an arithmetic expression of constants is
/// allowed in a pattern (it is evaluated at compile time).
fn is_constant_arith(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Integer(_) | ExprKind::Float(_) | ExprKind::Atom(_) => true,
        ExprKind::UnOp(op, a) => matches!(op.as_str(), "+" | "-" | "bnot") && is_number_expr(a),
        ExprKind::BinOp(op, l, r) => {
            matches!(op.as_str(), "+" | "-" | "*" | "/" | "div" | "rem" | "band" | "bor" | "bxor" | "bsl" | "bsr")
                && is_number_expr(l)
                && is_number_expr(r)
        }
        _ => false,
    }
}

fn is_number_expr(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Integer(_) | ExprKind::Float(_) => true,
        ExprKind::UnOp(..) | ExprKind::BinOp(..) => is_constant_arith(e),
        _ => false,
    }
}
