//! Lint of expressions and clauses: each returns the variable table of what
//! it bound and used (erl_lint's `expr/3` protocol), reporting unbound and
//! unsafe variables, undefined functions and records on the way.

use super::records::FieldCheck;
use super::vars::{self, State, Var, Vt, Where};
use super::{atom_text, bifs, Linter};
use crate::ast::{BinElement, CallTarget, Clause, Expr, ExprKind, MapField, Pos};

impl Linter<'_> {
    /// One clause of a function: its variables start fresh and the unused
    /// ones are reported when it ends.
    pub(crate) fn function_clause(&mut self, c: &Clause) {
        let vt0 = Vt::new();
        let (hvt, hnew) = self.head(&c.patterns, &vt0, &vt0);
        let vt1 = vars::update(&hvt, &vars::update(&hnew, &vt0));
        let gvt = self.guard(&c.guards, &vt1);
        let vt2 = vars::update(&gvt, &vt1);
        let bvt = self.exprs(&c.body, &vt2);
        let all = vars::update(&bvt, &vt2);
        self.check_unused_vars(&all, &vt0);
    }

    /// A body: each expression sees the bindings of those before it.
    pub(crate) fn exprs(&mut self, es: &[Expr], vt: &Vt) -> Vt {
        let mut cur = vt.clone();
        let mut each = Vec::with_capacity(es.len());
        for e in es {
            let evt = self.expr(e, &cur);
            cur = vars::update(&evt, &cur);
            each.push(evt);
        }
        each.iter().rev().fold(Vt::new(), |acc, evt| vars::update(evt, &acc))
    }

    /// Expressions evaluated side by side (tuple elements, arguments): each
    /// sees only `vt`.
    pub(crate) fn expr_list(&mut self, es: &[&Expr], vt: &Vt) -> Vt {
        let mut acc = Vt::new();
        for e in es {
            let evt = self.expr(e, vt);
            acc = self.merge_pat(&evt, &acc);
        }
        acc
    }

    pub(crate) fn expr(&mut self, e: &Expr, vt: &Vt) -> Vt {
        match &e.kind {
            ExprKind::Var(name) => self.expr_var(name, e.pos, vt),
            ExprKind::Atom(_) | ExprKind::Integer(_) | ExprKind::Float(_) | ExprKind::String(_) | ExprKind::Nil => {
                Vt::new()
            }
            ExprKind::Cons(h, t) => self.expr_list(&[h, t], vt),
            ExprKind::Tuple(es) => self.expr_list(&es.iter().collect::<Vec<_>>(), vt),
            ExprKind::Binary(elems) => self.expr_bin(elems, vt, false),
            ExprKind::Map(None, fields) => {
                for f in fields.iter().filter(|f| f.exact) {
                    let msg = "only association operators '=>' are allowed in map construction";
                    self.error(f.pos, msg);
                }
                self.map_fields(fields, vt, false)
            }
            ExprKind::Map(Some(src), fields) => {
                let svt = self.expr(src, vt);
                let fvt = self.map_fields(fields, vt, false);
                vars::update(&svt, &fvt)
            }
            ExprKind::RecordIndex { name, field } => {
                self.record_index(e.pos, name, field);
                Vt::new()
            }
            ExprKind::RecordNew { base: None, name, fields } => {
                self.record_init(e.pos, name, fields, vt, FieldCheck::Expr)
            }
            ExprKind::RecordNew { base: Some(base), name, fields } => {
                let rvt = self.record_expr(e.pos, base, vt);
                let uvt = self.record_update(e.pos, name, fields, vt);
                vars::merge(&rvt, &uvt)
            }
            ExprKind::RecordField { expr, name, field } => {
                let rvt = self.record_expr(e.pos, expr, vt);
                self.record_field(e.pos, name, field);
                rvt
            }
            ExprKind::Match(p, rhs) => {
                let evt = self.expr(rhs, vt);
                let scope = vars::update(&evt, vt);
                let (pvt, pnew) = self.pattern(p, &scope, &scope);
                vars::update(&pnew, &vars::merge(&evt, &pvt))
            }
            ExprKind::BinOp(op, l, r) if op == "andalso" || op == "orelse" => {
                let evt1 = self.expr(l, vt);
                let vt1 = vars::update(&evt1, vt);
                let evt2 = self.expr(r, &vt1);
                let place = Where { tag: if op == "andalso" { "andalso" } else { "orelse" }, pos: e.pos };
                let evt3 = vars::update(&vars::unsafe_in(place, &evt2, &vt1), &evt2);
                vars::merge(&evt1, &evt3)
            }
            ExprKind::BinOp(_, l, r) => self.expr_list(&[l, r], vt),
            ExprKind::UnOp(_, a) => self.expr(a, vt),
            ExprKind::Call(target, args) => self.call(e.pos, target, args, vt),
            ExprKind::Fun { name: None, clauses } => self.fun_clauses(clauses, vt),
            ExprKind::Fun { name: Some(name), clauses } => self.named_fun(e.pos, name, clauses, vt),
            ExprKind::FunRef { module: None, function, arity } => {
                if let (ExprKind::Atom(f), ExprKind::Integer(a)) = (&function.kind, &arity.kind) {
                    let a = u32::try_from(a).unwrap_or(u32::MAX);
                    let auto = !self.locals.contains(&(f.clone(), a))
                        && bifs::is_auto_imported(f, a)
                        && !self.auto_import_suppressed(f, a);
                    if f == "record_info" && a == 2 {
                        self.error(e.pos, "illegal record info");
                    } else if !auto {
                        self.call_function(e.pos, f, a);
                    }
                }
                Vt::new()
            }
            ExprKind::FunRef { module: Some(m), function, arity } => self.expr_list(&[m, function, arity], vt),
            ExprKind::Case(subject, clauses) => {
                let evt = self.expr(subject, vt);
                let place = Where { tag: "case", pos: e.pos };
                let inner = vars::update(&evt, vt);
                self.shadowed(clauses, "", &|v| inner.contains_key(v));
                let cvt = self.icrt_clauses(clauses, place, &inner);
                vars::merge(&evt, &cvt)
            }
            ExprKind::If(clauses) => self.icrt_clauses(clauses, Where { tag: "if", pos: e.pos }, vt),
            ExprKind::Receive { clauses, after: None } => {
                self.shadowed(clauses, "", &|v| vt.contains_key(v));
                self.icrt_clauses(clauses, Where { tag: "receive", pos: e.pos }, vt)
            }
            ExprKind::Receive { clauses, after: Some((timeout, body)) } => {
                self.shadowed(clauses, "", &|v| vt.contains_key(v));
                let tvt = self.expr(timeout, vt);
                let tevt = self.exprs(body, vt);
                let mut all = vec![tevt.clone()];
                for c in clauses {
                    all.push(self.icrt_clause(c, vt));
                }
                let rvt = vars::icrt_export(&all, vt, Where { tag: "receive", pos: e.pos });
                vars::merge_all(&[tvt, tevt, rvt])
            }
            ExprKind::Try { body, of_clauses, catch_clauses, after } => {
                self.try_expr(e.pos, body, of_clauses, catch_clauses, after, vt)
            }
            ExprKind::Catch(inner) => {
                let evt = self.expr(inner, vt);
                let place = Where { tag: "catch", pos: e.pos };
                vars::update(&vars::unsafe_in(place, &evt, vt), &evt)
            }
            ExprKind::Block(es) => self.exprs(es, vt),
            ExprKind::ListComp(head, quals) | ExprKind::BinComp(head, quals) => self.comprehension(head, quals, vt),
        }
    }

    /// A variable in an expression (or, inside a binary pattern's size, in
    /// a pattern).
    pub(crate) fn expr_var(&mut self, name: &str, pos: Pos, vt: &Vt) -> Vt {
        if self.bvt.is_some() {
            return self.binsize_var(name, pos, vt);
        }
        let mut out = Vt::new();
        let var = match vt.get(name) {
            Some(v) => {
                match v.state {
                    State::Unsafe(place) => self.unsafe_error(pos, name, place),
                    State::Stacktrace => {
                        let msg = format!("stacktrace variable {} must not be used in a guard", atom_text(name));
                        self.error(pos, msg);
                    }
                    State::Bound | State::Export(_) => {}
                }
                let state = match v.state {
                    State::Export(_) => v.state,
                    _ => State::Bound,
                };
                Var::new(state, true, v.annos.clone())
            }
            None => {
                self.error(pos, format!("variable {} is unbound", atom_text(name)));
                Var::new(State::Bound, true, vec![pos])
            }
        };
        out.insert(name.to_string(), var);
        out
    }

    pub(crate) fn unsafe_error(&mut self, pos: Pos, name: &str, place: Where) {
        self.error(pos, format!("variable {} unsafe in {}", atom_text(name), place.describe()));
    }

    pub(crate) fn exported_warning(&mut self, pos: Pos, name: &str, place: Where) {
        self.warning(pos, format!("variable {} exported from {}", atom_text(name), place.describe()));
    }

    fn call(&mut self, pos: Pos, target: &CallTarget, args: &[Expr], vt: &Vt) -> Vt {
        let arity = args.len() as u32;
        let arg_refs: Vec<&Expr> = args.iter().collect();
        match target {
            CallTarget::Local(f) if f == "is_record" && arity == 2 => {
                if let ExprKind::Atom(rec) = &args[1].kind {
                    let rvt = self.expr(&args[0], vt);
                    self.exist_record(args[1].pos, rec);
                    return rvt;
                }
                self.local_call(pos, f, &arg_refs, vt)
            }
            CallTarget::Local(f) => self.local_call(pos, f, &arg_refs, vt),
            CallTarget::Remote(m, f) => {
                if let (ExprKind::Atom(m), ExprKind::Atom(f)) = (&m.kind, &f.kind) {
                    if m == "erlang" && f == "is_record" && arity == 2 {
                        return self.call(pos, &CallTarget::Local(f.clone()), args, vt);
                    }
                    let vt = self.expr_list(&arg_refs, vt);
                    self.deprecated_function(pos, m, f, arity);
                    self.format_call(pos, m, f, args);
                    return vt;
                }
                let mut all = vec![m, f];
                all.extend(args.iter());
                self.expr_list(&all, vt)
            }
            CallTarget::Expr(f) => {
                let invalid = match &f.kind {
                    ExprKind::Integer(_)
                    | ExprKind::Float(_)
                    | ExprKind::String(_)
                    | ExprKind::Cons(..)
                    | ExprKind::Nil
                    | ExprKind::ListComp(..)
                    | ExprKind::RecordIndex { .. } => true,
                    ExprKind::Tuple(es) => es.len() != 2,
                    _ => false,
                };
                if invalid {
                    self.warning(pos, "invalid function call");
                }
                let mut all = vec![f];
                all.extend(args.iter());
                self.expr_list(&all, vt)
            }
        }
    }

    fn local_call(&mut self, pos: Pos, f: &str, args: &[&Expr], vt: &Vt) -> Vt {
        let asvt = self.expr_list(args, vt);
        let a = args.len() as u32;
        let fa = (f.to_string(), a);
        let is_local = self.locals.contains(&fa);
        let auto = bifs::is_auto_imported(f, a);
        let suppressed = self.auto_import_suppressed(f, a);
        let imported = self.imports.contains_key(&fa);
        if !is_local && !imported && auto && !suppressed {
            self.deprecated_function(pos, "erlang", f, a);
            return asvt;
        }
        if let Some(m) = self.imports.get(&fa).cloned() {
            self.deprecated_function(pos, &m, f, a);
            return asvt;
        }
        if f == "record_info" && a == 2 {
            self.record_info_call(pos, args);
            return asvt;
        }
        if !suppressed && auto {
            let which = if bifs::is_old_bif(f, a) { "pre R14 auto-imported" } else { "auto-imported" };
            let msg = format!(
                "ambiguous call of overridden {which} BIF {f}/{a}\n - use erlang:{f}/{a} or \
                 \"-compile({{no_auto_import,[{f}/{a}]}}).\" to resolve name clash"
            );
            if bifs::is_old_bif(f, a) {
                self.error(pos, msg);
            } else {
                self.warning(pos, msg);
            }
        }
        if self.func.as_ref() != Some(&fa) {
            self.call_function(pos, f, a);
        }
        asvt
    }

    fn record_info_call(&mut self, pos: Pos, args: &[&Expr]) {
        if let (ExprKind::Atom(info), ExprKind::Atom(name)) = (&args[0].kind, &args[1].kind) {
            if info == "fields" || info == "size" {
                self.exist_record(pos, name);
            } else {
                self.error(args[0].pos, "illegal record info");
            }
        } else {
            self.error(pos, "illegal record info");
        }
    }

    pub(crate) fn auto_import_suppressed(&self, f: &str, a: u32) -> bool {
        self.no_auto_all || self.no_auto.contains(&(f.to_string(), a))
    }

    /// `Expr#r.f` and `Expr#r{...}`: a literal that cannot be a record is
    /// worth a warning.
    fn record_expr(&mut self, pos: Pos, rec: &Expr, vt: &Vt) -> Vt {
        let invalid = matches!(
            rec.kind,
            ExprKind::Integer(_)
                | ExprKind::Float(_)
                | ExprKind::Atom(_)
                | ExprKind::String(_)
                | ExprKind::Cons(..)
                | ExprKind::Nil
                | ExprKind::ListComp(..)
                | ExprKind::RecordIndex { .. }
                | ExprKind::Fun { .. }
        );
        if invalid {
            self.warning(pos, "invalid record expression");
        }
        self.expr(rec, vt)
    }

    /// Map fields, keys and values checked as expressions (or guard
    /// expressions when `guard`).
    pub(crate) fn map_fields(&mut self, fields: &[MapField], vt: &Vt, guard: bool) -> Vt {
        let mut each = Vec::new();
        for f in fields {
            let kv = [&f.key, &f.value];
            each.push(if guard { self.gexpr_list(&kv, vt) } else { self.expr_list(&kv, vt) });
        }
        each.iter().rev().fold(Vt::new(), |acc, pvt| vars::update(pvt, &acc))
    }

    /// A binary construction; sizes are checked like the values.
    pub(crate) fn expr_bin(&mut self, elems: &[BinElement], vt: &Vt, guard: bool) -> Vt {
        let mut acc = Vt::new();
        for el in elems {
            let vt1 = if guard { self.gexpr(&el.value, vt) } else { self.expr(&el.value, vt) };
            let vt2 = match &el.size {
                None => Vt::new(),
                Some(s) if matches!(&s.kind, ExprKind::Atom(a) if a == "all") => Vt::new(),
                Some(s) if guard => self.gexpr(s, vt),
                Some(s) => self.expr(s, vt),
            };
            acc = vars::merge_all(&[vt2, vt1, acc]);
        }
        acc
    }

    /// The clauses of a case, if or receive, and what they export.
    fn icrt_clauses(&mut self, clauses: &[Clause], place: Where, vt: &Vt) -> Vt {
        let all: Vec<Vt> = clauses.iter().map(|c| self.icrt_clause(c, vt)).collect();
        vars::icrt_export(&all, vt, place)
    }

    fn icrt_clause(&mut self, c: &Clause, vt0: &Vt) -> Vt {
        let (hvt, hnew) = self.head(&c.patterns, vt0, vt0);
        let vt1 = vars::update(&hvt, &hnew);
        let gvt = self.guard(&c.guards, &vars::update(&vt1, vt0));
        let vt2 = vars::update(&gvt, &vt1);
        let bvt = self.exprs(&c.body, &vars::update(&vt2, vt0));
        vars::update(&bvt, &vt2)
    }

    /// `try`: nothing bound in the body, the clauses or `after` is safe to
    /// use after the `try` (OTP 25).
    fn try_expr(
        &mut self,
        pos: Pos,
        body: &[Expr],
        of_clauses: &[Clause],
        catch_clauses: &[Clause],
        after: &[Expr],
        vt: &Vt,
    ) -> Vt {
        let place = Where { tag: "try", pos };
        let evt0 = self.exprs(body, vt);
        let uvt = vars::unsafe_in(place, &evt0, vt);
        let body_vt = vars::update(&evt0, vt);
        self.shadowed(of_clauses, "", &|v| body_vt.contains_key(v));
        let mut all: Vec<Vt> = of_clauses.iter().map(|c| self.icrt_clause(c, &body_vt)).collect();
        let catch_vt = vars::update(&uvt, &body_vt);
        for c in catch_clauses {
            all.push(self.catch_clause(c, &catch_vt));
        }
        let sccs = vars::icrt_export(&all, &body_vt, place);
        let evt1 = vars::update(&uvt, &evt0);
        let rvt1 = vars::update(&vars::unsafe_in(place, &sccs, vt), &sccs);
        let evt2 = vars::merge(&evt1, &rvt1);
        let avt0 = self.exprs(after, &vars::update(&evt2, vt));
        let avt1 = vars::update(&vars::unsafe_in(place, &avt0, vt), &avt0);
        vars::merge(&evt2, &avt1)
    }

    fn catch_clause(&mut self, c: &Clause, vt0: &Vt) -> Vt {
        let (hvt, hnew) = self.head(&c.patterns, vt0, vt0);
        let vt1 = vars::update(&hvt, &hnew);
        let mut guard_vt = vars::update(&vt1, vt0);
        if let Some(Expr { kind: ExprKind::Var(v), pos }) = c.patterns.get(2) {
            if v != "_" {
                if guard_vt.get(v).is_some_and(|x| x.used) {
                    let msg = format!("stacktrace variable {} must not be previously bound", atom_text(v));
                    self.error(*pos, msg);
                }
                let mut st = Vt::new();
                st.insert(v.clone(), Var::new(State::Stacktrace, false, vec![*pos]));
                guard_vt = vars::update(&st, &guard_vt);
            }
        }
        let gvt = self.guard(&c.guards, &guard_vt);
        let vt2 = vars::update(&gvt, &vt1);
        let bvt = self.exprs(&c.body, &vars::update(&vt2, vt0));
        vars::update(&bvt, &vt2)
    }
}
