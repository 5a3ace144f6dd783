//! Lowering of control flow: `case`, `if`, `receive`, `try` and their
//! clauses. A clause's patterns and guard jump to the next clause on
//! failure; the last failure raises (`case_clause`, `if_clause`, ...).

use super::Lowerer;
use crate::ast::{Clause, Expr};
use crate::bytecode::{Dst, Label, Op, Src};
use std::collections::HashSet;

impl Lowerer<'_> {
    /// `case`: `tail` set means each clause returns from the function.
    pub(super) fn case(&mut self, line: u32, v: Src, clauses: &[Clause], tail: Option<()>) -> Option<Src> {
        let r = self.temp();
        let done = self.asm.new_label();
        let before = self.fx.bound.clone();
        let mut after: HashSet<String> = before.clone();
        for i in super::pattern::clause_order(clauses) {
            let c = &clauses[i];
            let next = self.asm.new_label();
            self.fx.bound = before.clone();
            self.asm.line(c.pos.line);
            if let Some(p) = c.patterns.first() {
                self.pattern(p, v, next);
            }
            self.guard(&c.guards, next);
            self.clause_body(&c.body, r, done, tail);
            after.extend(self.fx.bound.iter().cloned());
            self.asm.bind(next);
        }
        self.asm.line(line);
        self.asm.emit(Op::CaseEnd { src: v });
        self.asm.bind(done);
        self.fx.bound = after;
        Some(r.into())
    }

    fn clause_body(&mut self, body: &[Expr], r: Dst, done: Label, tail: Option<()>) {
        if tail.is_some() {
            self.body_tail(body);
        } else {
            let bv = self.body(body);
            self.asm.emit(Op::Move { src: bv, dst: r });
            self.asm.emit(Op::Jump { to: done });
        }
    }

    pub(super) fn if_(&mut self, line: u32, clauses: &[Clause], tail: Option<()>) -> Option<Src> {
        let r = self.temp();
        let done = self.asm.new_label();
        let before = self.fx.bound.clone();
        let mut after = before.clone();
        for c in clauses {
            let next = self.asm.new_label();
            self.fx.bound = before.clone();
            self.asm.line(c.pos.line);
            self.guard(&c.guards, next);
            self.clause_body(&c.body, r, done, tail);
            after.extend(self.fx.bound.iter().cloned());
            self.asm.bind(next);
        }
        self.asm.line(line);
        self.asm.emit(Op::IfEnd);
        self.asm.bind(done);
        self.fx.bound = after;
        Some(r.into())
    }

    pub(super) fn receive(
        &mut self,
        clauses: &[Clause],
        after: Option<(&Expr, &[Expr])>,
        tail: Option<()>,
    ) -> Option<Src> {
        let timeout = after.map(|(t, _)| self.expr(t));
        let r = self.temp();
        let done = self.asm.new_label();
        let top = self.asm.new_label();
        let wait = self.asm.new_label();
        self.asm.bind(top);
        let m = self.temp();
        self.asm.emit(Op::LoopRec { wait, dst: m });
        let before = self.fx.bound.clone();
        let mut after_bound = before.clone();
        for c in clauses {
            let next = self.asm.new_label();
            self.fx.bound = before.clone();
            self.asm.line(c.pos.line);
            if let Some(p) = c.patterns.first() {
                self.pattern(p, m.into(), next);
            }
            self.guard(&c.guards, next);
            self.asm.emit(Op::RemoveMessage);
            self.clause_body(&c.body, r, done, tail);
            after_bound.extend(self.fx.bound.iter().cloned());
            self.asm.bind(next);
        }
        self.asm.emit(Op::LoopRecEnd { to: top });
        self.asm.bind(wait);
        match (after, timeout) {
            (Some((_, body)), Some(t)) => {
                self.asm.emit(Op::WaitTimeout { to: top, timeout: t });
                self.asm.emit(Op::Timeout);
                self.fx.bound = before.clone();
                self.clause_body(body, r, done, tail);
                after_bound.extend(self.fx.bound.iter().cloned());
            }
            _ => self.asm.emit(Op::Wait { to: top }),
        }
        self.asm.bind(done);
        self.fx.bound = after_bound;
        Some(r.into())
    }

    pub(super) fn try_(&mut self, body: &[Expr], of: &[Clause], catches: &[Clause], after: &[Expr]) -> Src {
        if after.is_empty() {
            return self.try_catch(body, of, catches, None);
        }
        let r = self.temp();
        let handler = self.asm.new_label();
        let done = self.asm.new_label();
        self.asm.emit(Op::Try { handler });
        self.fx.protected += 1;
        let v = self.try_catch(body, of, catches, None);
        self.fx.protected -= 1;
        self.asm.emit(Op::Move { src: v, dst: r });
        self.asm.emit(Op::TryEnd);
        let saved = self.fx.bound.clone();
        self.body(after);
        self.asm.emit(Op::Jump { to: done });
        self.asm.bind(handler);
        self.asm.emit(Op::TryCase);
        let (c, rs, st) = (self.temp(), self.temp(), self.temp());
        self.asm.emit(Op::Move { src: Src::X(0), dst: c });
        self.asm.emit(Op::Move { src: Src::X(1), dst: rs });
        self.asm.emit(Op::Move { src: Src::X(2), dst: st });
        self.fx.bound = saved.clone();
        self.body(after);
        self.asm.emit(Op::Raise { class: c.into(), reason: rs.into(), trace: st.into() });
        self.asm.bind(done);
        self.fx.bound = saved;
        r.into()
    }

    /// A `try` without `after` at the end of a function: the `of` and
    /// `catch` clauses run outside the protected part, so their last calls
    /// are tail calls, as in BEAM (a loop through `try ... of` runs in
    /// constant stack).
    pub(super) fn try_tail(&mut self, body: &[Expr], of: &[Clause], catches: &[Clause]) {
        let v = self.try_catch(body, of, catches, Some(()));
        if catches.is_empty() && of.is_empty() {
            // `try Body after` never gets here (after is handled apart);
            // a bare `try Body end` is not valid Erlang, but stay safe.
            self.ret(v);
        }
    }

    /// `tail` set: every clause body (and the body's value when there are
    /// no `of` clauses) returns from the function.
    fn try_catch(&mut self, body: &[Expr], of: &[Clause], catches: &[Clause], tail: Option<()>) -> Src {
        if catches.is_empty() {
            // try ... of ... after: no handler of our own.
            let v = self.body(body);
            return if of.is_empty() { v } else { self.try_of(v, of, tail) };
        }
        let r = self.temp();
        let handler = self.asm.new_label();
        let done = self.asm.new_label();
        let before = self.fx.bound.clone();
        self.asm.emit(Op::Try { handler });
        self.fx.protected += 1;
        let v = self.body(body);
        self.fx.protected -= 1;
        let tv = self.temp();
        self.asm.emit(Op::Move { src: v, dst: tv });
        self.asm.emit(Op::TryEnd);
        if of.is_empty() {
            if tail.is_some() {
                self.ret(tv.into());
            } else {
                self.asm.emit(Op::Move { src: tv.into(), dst: r });
                self.asm.emit(Op::Jump { to: done });
            }
        } else {
            let ov = self.try_of(tv.into(), of, tail);
            if tail.is_none() {
                self.asm.emit(Op::Move { src: ov, dst: r });
                self.asm.emit(Op::Jump { to: done });
            }
        }
        let after_body = self.fx.bound.clone();
        self.asm.bind(handler);
        self.asm.emit(Op::TryCase);
        let (c, rs, st) = (self.temp(), self.temp(), self.temp());
        self.asm.emit(Op::Move { src: Src::X(0), dst: c });
        self.asm.emit(Op::Move { src: Src::X(1), dst: rs });
        self.asm.emit(Op::Move { src: Src::X(2), dst: st });
        let mut after = after_body;
        for cl in catches {
            let next = self.asm.new_label();
            self.fx.bound = before.clone();
            self.asm.line(cl.pos.line);
            let srcs = [c.into(), rs.into(), st.into()];
            for (p, s) in cl.patterns.iter().zip(srcs) {
                self.pattern(p, s, next);
            }
            self.guard(&cl.guards, next);
            self.clause_body(&cl.body, r, done, tail);
            after.extend(self.fx.bound.iter().cloned());
            self.asm.bind(next);
        }
        self.asm.emit(Op::Raise { class: c.into(), reason: rs.into(), trace: st.into() });
        self.asm.bind(done);
        self.fx.bound = after;
        r.into()
    }

    fn try_of(&mut self, v: Src, of: &[Clause], tail: Option<()>) -> Src {
        let r = self.temp();
        let done = self.asm.new_label();
        let before = self.fx.bound.clone();
        let mut after = before.clone();
        for c in of {
            let next = self.asm.new_label();
            self.fx.bound = before.clone();
            if let Some(p) = c.patterns.first() {
                self.pattern(p, v, next);
            }
            self.guard(&c.guards, next);
            self.clause_body(&c.body, r, done, tail);
            after.extend(self.fx.bound.iter().cloned());
            self.asm.bind(next);
        }
        self.asm.emit(Op::TryCaseEnd { src: v });
        self.asm.bind(done);
        self.fx.bound = after;
        r.into()
    }
}
