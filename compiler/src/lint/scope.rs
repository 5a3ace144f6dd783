//! Lint of the constructs that open a new scope for variables (funs, named
//! funs, comprehensions) and the warnings about variables going out of
//! scope: unused, shadowed, and `_X` bound twice in one pattern.

use super::vars::{self, State, Var, Vt};
use super::{atom_text, Linter};
use crate::ast::{Clause, Expr, Pos, Qualifier};

impl Linter<'_> {
    /// `fun (...) -> ... end`: head variables are fresh, and nothing bound
    /// inside leaks out; what the fun uses of the outer scope counts as used.
    pub(crate) fn fun_clauses(&mut self, clauses: &[Clause], vt: &Vt) -> Vt {
        let saved = std::mem::replace(&mut self.recdef_top, false);
        let mut bvt = Vt::new();
        for c in clauses {
            let cvt = self.fun_clause(c, vt);
            bvt = vars::merge(&cvt, &bvt);
        }
        self.recdef_top = saved;
        vars::no_unsafe(&vars::no_unused(&vars::old_in(&bvt, vt)))
    }

    fn fun_clause(&mut self, c: &Clause, vt0: &Vt) -> Vt {
        let (hvt, hnew) = self.head(&c.patterns, vt0, &Vt::new());
        let vt1 = vars::update(&hvt, vt0);
        self.shadow_vars(&hnew, vt0, "'fun'");
        let vt2 = vars::update(&vars::new_in(&vt1, &hnew), &hnew);
        let gvt = self.guard(&c.guards, &vt2);
        let vt3 = vars::update(&gvt, &vt2);
        let bvt = self.exprs(&c.body, &vt3);
        let cvt = vars::update(&bvt, &vt3);
        self.check_unused_vars(&cvt, vt0);
        let svt = vars::old_in(&vt1, &hnew);
        self.check_old_unused_vars(&cvt, &svt);
        let vt4 = vars::merge(&svt, &vars::new_in(&cvt, &svt));
        vars::old_in(&vt4, vt0)
    }

    /// `fun Name(...) -> ... end`: `Name` is bound inside, shadowing.
    pub(crate) fn named_fun(&mut self, pos: Pos, name: &str, clauses: &[Clause], vt: &Vt) -> Vt {
        if name == "_" {
            return self.fun_clauses(clauses, vt);
        }
        let mut nvt0 = Vt::new();
        nvt0.insert(name.to_string(), Var::new(State::Bound, false, vec![pos]));
        self.shadow_vars(&nvt0, vt, "'named fun'");
        let nvt1 = vars::update(&vars::new_in(vt, &nvt0), &nvt0);
        let csvt = self.fun_clauses(clauses, &nvt1);
        self.check_unused_vars(&vars::update(&csvt, &nvt0), &Vt::new());
        vars::old_in(&csvt, vt)
    }

    /// A list or binary comprehension: generator variables are local to it.
    pub(crate) fn comprehension(&mut self, head: &Expr, quals: &[Qualifier], vt0: &Vt) -> Vt {
        let saved = std::mem::replace(&mut self.recdef_top, false);
        let mut vt = vt0.clone();
        let mut uvt = Vt::new();
        for q in quals {
            match q {
                Qualifier::Generator(p, e) | Qualifier::BinGenerator(p, e) => {
                    let (v, u) = self.generator(p, e, &vt, &uvt);
                    vt = v;
                    uvt = u;
                }
                Qualifier::Filter(f) => {
                    let fvt = self.expr(f, &vt);
                    vt = vars::update(&fvt, &vt);
                }
            }
        }
        self.recdef_top = saved;
        let evt = self.expr(head, &vt);
        let vt2 = vars::update(&evt, &vt);
        self.check_old_unused_vars(&vt2, &uvt);
        self.check_unused_vars(&uvt, vt0);
        self.check_unused_vars(&vt2, vt0);
        let vt3 = vars::merge(&vars::new_in(&vt2, &uvt), &uvt);
        let vt4 = vars::old_in(&vt3, vt0);
        vars::no_unsafe(&vars::no_unused(&vt4))
    }

    fn generator(&mut self, p: &Expr, e: &Expr, vt: &Vt, uvt: &Vt) -> (Vt, Vt) {
        let evt = self.expr(e, vt);
        let vt1 = vars::update(&vars::old_in(&evt, vt), vt);
        self.check_unused_vars(&evt, vt);
        let (pvt, pnew) = self.pattern(p, &vt1, &Vt::new());
        let vt2 = vars::update(&pvt, &vt1);
        self.shadow_vars(&pnew, &vt1, "generate");
        let svt = vars::old_in(&vt2, &pnew);
        self.check_old_unused_vars(&svt, uvt);
        let nuvt = vars::update(&vars::new_in(&svt, uvt), uvt);
        let vt3 = vars::update(&vars::new_in(&vt2, &pnew), &pnew);
        (vt3, nuvt)
    }

    /// Warns about each variable of `vt` that shadows one of `vt0`.
    fn shadow_vars(&mut self, vt: &Vt, vt0: &Vt, place: &str) {
        if !self.warn_shadow_vars {
            return;
        }
        for (name, v) in vars::old_in(vt, &vars::no_unsafe(vt0)) {
            if let Some(pos) = v.annos.first() {
                self.warning(*pos, format!("variable {} shadowed in {}", atom_text(&name), place));
            }
        }
    }

    /// Warns about the variables of `vt` not in `vt0` that were never used.
    pub(crate) fn check_unused_vars(&mut self, vt: &Vt, vt0: &Vt) {
        let unused: Vec<(String, Var)> = vt
            .iter()
            .filter(|(k, v)| !v.used && !k.starts_with('_') && !vt0.contains_key(*k))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        self.warn_unused(&unused);
    }

    /// Warns about the variables of `vt` also in `vt0` that were never used.
    fn check_old_unused_vars(&mut self, vt: &Vt, vt0: &Vt) {
        let unused: Vec<(String, Var)> =
            vars::old_in(vt, vt0).into_iter().filter(|(k, v)| !v.used && !k.starts_with('_')).collect();
        self.warn_unused(&unused);
    }

    fn warn_unused(&mut self, unused: &[(String, Var)]) {
        if !self.warn_unused_vars {
            return;
        }
        for (name, v) in unused {
            for pos in &v.annos {
                self.warning(*pos, format!("variable {} is unused", atom_text(name)));
            }
        }
    }

    /// `vtmerge_pat`: combines tables of parts matched or evaluated side by
    /// side. A variable in both counts as used; an `_X` so "used" was bound
    /// more than once in one pattern, which OTP warns about.
    pub(crate) fn merge_pat(&mut self, a: &Vt, b: &Vt) -> Vt {
        let mut out = b.clone();
        for (name, va) in a {
            let Some(vb) = b.get(name) else {
                out.insert(name.clone(), va.clone());
                continue;
            };
            let annos = vars::merge_annos(&va.annos, &vb.annos);
            let matched = match (va.used, vb.used) {
                (false, false) => Some(annos.clone()),
                (false, true) => Some(va.annos.clone()),
                (true, false) => Some(vb.annos.clone()),
                (true, true) => None,
            };
            if let Some(at) = matched {
                if name.starts_with('_') {
                    for pos in at {
                        let msg = format!(
                            "variable {} is bound multiple times in this pattern. If you mean \
                             to ignore this value, use '_' or a different underscore-prefixed name",
                            atom_text(name)
                        );
                        self.warning(pos, msg);
                    }
                }
            }
            let state = vars::merge_state(va.state, vb.state);
            out.insert(name.clone(), Var::new(state, true, annos));
        }
        out
    }
}
