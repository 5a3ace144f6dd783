//! Lowering of patterns: tests that jump to `fail` when the value does not
//! match, reads of the parts into y slots, and bindings of variables (a
//! variable already bound is compared with `=:=` instead).

use super::{sugar, Lowerer};
use crate::ast::{Clause, Expr, ExprKind};
use crate::bytecode::{CmpOp, Dst, Label, Op, Src, TypeTest};

impl Lowerer<'_> {
    /// For a pattern that is a fresh variable: binds it and returns its
    /// slot, so the value can be read straight into it.
    fn bind_target(&mut self, p: &Expr) -> Option<Dst> {
        match &p.kind {
            ExprKind::Var(name) if name != "_" && !self.fx.bound.contains(name) => {
                let y = self.var_slot(name);
                self.fx.bound.insert(name.clone());
                Some(Dst::Y(y))
            }
            _ => None,
        }
    }

    /// Emits the tests of pattern `p` on `v` that read nothing but `v`
    /// itself (its type, tuple arity, or equality with an immediate),
    /// jumping to `fail` where the whole pattern would fail too, and notes
    /// them in `pretested` so that the pattern's own code leaves them out.
    pub(super) fn pretest(&mut self, p: &Expr, v: Src, fail: Label) {
        match &p.kind {
            ExprKind::Atom(_) | ExprKind::Nil | ExprKind::Integer(_) => {
                if let Some(lit) = sugar::const_literal(p) {
                    let b = self.asm.literal(lit);
                    if matches!(b, Src::Atom(_) | Src::Nil | Src::Int(_)) {
                        self.asm.emit(Op::Cmp { op: CmpOp::EqExact, a: v, b, fail });
                        self.fx.pretested.push(p);
                    }
                }
            }
            ExprKind::Match(a, b) => {
                self.pretest(a, v, fail);
                self.pretest(b, v, fail);
            }
            // A constant tuple or list is matched by one comparison, which
            // the pattern still makes: its test here is not noted.
            ExprKind::Tuple(es) => {
                self.asm.emit(Op::TestArity { src: v, arity: es.len() as u32, fail });
                if sugar::const_literal(p).is_none() {
                    self.fx.pretested.push(p);
                }
            }
            ExprKind::Cons(..) => {
                self.asm.emit(Op::Test { test: TypeTest::NonEmptyList, src: v, fail });
                if sugar::const_literal(p).is_none() {
                    self.fx.pretested.push(p);
                }
            }
            _ => {}
        }
    }

    pub(super) fn pattern(&mut self, p: &Expr, v: Src, fail: Label) {
        // A head pattern whose top-level test ran before the clause's frame
        // was made (`pretest`): the test is not repeated.
        let pretested = self.fx.pretested.contains(&(p as *const Expr));
        if let Some(lit) = sugar::const_literal(p) {
            if pretested {
                return;
            }
            let l = self.asm.literal(lit);
            self.asm.emit(Op::Cmp { op: CmpOp::EqExact, a: v, b: l, fail });
            return;
        }
        match &p.kind {
            ExprKind::Var(name) if name == "_" => {}
            ExprKind::Var(name) => {
                let y = self.var_slot(name);
                if self.fx.bound.contains(name) {
                    self.asm.emit(Op::Cmp { op: CmpOp::EqExact, a: v, b: Src::Y(y), fail });
                } else {
                    self.asm.emit(Op::Move { src: v, dst: Dst::Y(y) });
                    if let Src::X(i) = v {
                        self.fx.mirrors.insert(y, i);
                    }
                    self.fx.bound.insert(name.clone());
                }
            }
            ExprKind::Match(a, b) => {
                self.pattern(a, v, fail);
                self.pattern(b, v, fail);
            }
            ExprKind::Tuple(es) => {
                if !pretested {
                    self.asm.emit(Op::TestArity { src: v, arity: es.len() as u32, fail });
                }
                for (i, e) in es.iter().enumerate() {
                    if matches!(&e.kind, ExprKind::Var(n) if n == "_") {
                        continue;
                    }
                    match self.bind_target(e) {
                        Some(d) => self.asm.emit(Op::GetTupleElement { src: v, index: i as u32, dst: d }),
                        None => {
                            let t = self.temp();
                            self.asm.emit(Op::GetTupleElement { src: v, index: i as u32, dst: t });
                            self.pattern(e, t.into(), fail);
                        }
                    }
                }
            }
            ExprKind::Cons(h, t) => {
                if !pretested {
                    self.asm.emit(Op::Test { test: TypeTest::NonEmptyList, src: v, fail });
                }
                // Fresh variables are read straight into their slots.
                let (hb, tb) = (self.bind_target(h), self.bind_target(t));
                let hd = hb.unwrap_or_else(|| self.temp());
                let tl = tb.unwrap_or_else(|| self.temp());
                self.asm.emit(Op::GetList { src: v, head: hd, tail: tl });
                if hb.is_none() {
                    self.pattern(h, hd.into(), fail);
                }
                if tb.is_none() {
                    self.pattern(t, tl.into(), fail);
                }
            }
            ExprKind::String(chars) => {
                // Only reached for a string with a non-constant tail (never),
                // kept for completeness: compare as a literal.
                let lit = crate::bytecode::Literal::list(
                    chars.iter().map(|&c| crate::bytecode::Literal::Int(c.into())).collect(),
                    crate::bytecode::Literal::Nil,
                );
                let l = self.asm.literal(lit);
                self.asm.emit(Op::Cmp { op: CmpOp::EqExact, a: v, b: l, fail });
            }
            ExprKind::BinOp(op, a, b) if op == "++" => {
                // "abc" ++ Rest: a string prefix.
                let prefix: Vec<u32> = match &a.kind {
                    ExprKind::String(s) => s.clone(),
                    ExprKind::Nil => Vec::new(),
                    _ => {
                        self.error(p.pos, "illegal pattern");
                        return;
                    }
                };
                let mut cur = v;
                for c in prefix {
                    self.asm.emit(Op::Test { test: TypeTest::NonEmptyList, src: cur, fail });
                    let (hd, tl) = (self.temp(), self.temp());
                    self.asm.emit(Op::GetList { src: cur, head: hd, tail: tl });
                    self.asm.emit(Op::Cmp { op: CmpOp::EqExact, a: hd.into(), b: Src::Int(c as i64), fail });
                    cur = tl.into();
                }
                self.pattern(b, cur, fail);
            }
            ExprKind::Map(None, fields) => {
                self.asm.emit(Op::Test { test: TypeTest::Map, src: v, fail });
                for f in fields {
                    let key = self.expr(&f.key);
                    let t = self.temp();
                    self.asm.emit(Op::GetMapElement { src: v, key, dst: t, fail });
                    self.pattern(&f.value, t.into(), fail);
                }
            }
            ExprKind::Binary(els) => self.bin_match(els, v, fail),
            ExprKind::RecordNew { base: None, name, fields } => {
                let tuple = self.record_pattern(p, name, fields);
                if let Some(t) = tuple {
                    self.pattern(&t, v, fail);
                }
            }
            _ => {
                // Arithmetic on constants (`1 + 2`, `-X`?) folded by
                // const_literal; anything else is not a pattern.
                self.error(p.pos, "illegal pattern");
            }
        }
    }
}

/// The order in which to try `clauses`: as written, except that a clause
/// matching `[]` at some argument followed by one matching a non-empty
/// list there are swapped, so that a recursion over a list tests for a
/// cons first, as OTP's code does. No value matches both, so whichever
/// runs first, the same clause is taken; a swapped pair fails on to the
/// clause after the two.
pub(super) fn clause_order(clauses: &[Clause]) -> Vec<usize> {
    fn is_cons(p: &Expr) -> bool {
        match &p.kind {
            ExprKind::Cons(..) => true,
            ExprKind::Match(a, b) => is_cons(a) || is_cons(b),
            _ => false,
        }
    }
    let disjoint = |a: &Clause, b: &Clause| {
        a.patterns.iter().zip(&b.patterns).any(|(p, q)| matches!(p.kind, ExprKind::Nil) && is_cons(q))
    };
    let mut order: Vec<usize> = (0..clauses.len()).collect();
    let mut i = 0;
    while i + 1 < clauses.len() {
        if disjoint(&clauses[i], &clauses[i + 1]) {
            order.swap(i, i + 1);
            i += 2;
        } else {
            i += 1;
        }
    }
    order
}

/// Whether head pattern `p` does nothing but bind variables and compare
/// with constants (so matching it again, after the frame is made, costs
/// only moves: see `function_clause_frames`).
pub(super) fn binds_only(p: &Expr) -> bool {
    match &p.kind {
        ExprKind::Var(_) | ExprKind::Atom(_) | ExprKind::Nil | ExprKind::Integer(_) => true,
        ExprKind::Match(a, b) => binds_only(a) && binds_only(b),
        _ => false,
    }
}
