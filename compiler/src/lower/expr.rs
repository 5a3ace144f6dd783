//! Lowering of expressions: each returns the operand holding its value (a
//! y slot or a constant); `expr_tail` compiles an expression that ends its
//! function, turning calls into tail calls.

use super::{floats, is_atom, sugar, Lowerer};
use crate::ast::{CallTarget, Expr, ExprKind};
use crate::bytecode::{ArithOp, CmpOp, Dst, Label, Op, Src, TypeTest};

/// How a call ends: returning to the caller's code or replacing its frame.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CallMode {
    Body,
    Tail,
}

impl Lowerer<'_> {
    pub(super) fn expr(&mut self, e: &Expr) -> Src {
        if let Some(lit) = sugar::const_literal(e) {
            return self.asm.literal(lit);
        }
        match &e.kind {
            ExprKind::Var(v) => self.var(e, v),
            ExprKind::Cons(h, t) => {
                let h = self.expr(h);
                let t = self.expr(t);
                let d = self.temp();
                self.asm.emit(Op::PutList { head: h, tail: t, dst: d });
                d.into()
            }
            ExprKind::Tuple(es) => {
                let srcs: Vec<Src> = es.iter().map(|x| self.expr(x)).collect();
                let d = self.temp();
                self.asm.emit(Op::PutTuple { elems: srcs.into(), dst: d });
                d.into()
            }
            ExprKind::Binary(els) => self.bin_construct(e, els),
            ExprKind::Map(base, fields) => {
                let base = base.as_ref().map(|b| self.expr(b));
                let pairs: Vec<(Src, Src, bool)> =
                    fields.iter().map(|f| (self.expr(&f.key), self.expr(&f.value), f.exact)).collect();
                let d = self.temp();
                self.asm.line(e.pos.line);
                self.asm.emit(Op::PutMap { base, pairs: pairs.into(), dst: d });
                d.into()
            }
            ExprKind::RecordNew { .. } | ExprKind::RecordField { .. } | ExprKind::RecordIndex { .. } => {
                self.record_expr(e)
            }
            ExprKind::Match(p, v) => {
                let v = self.expr(v);
                if let ExprKind::Var(name) = &p.kind {
                    if name != "_" && !self.fx.bound.contains(name) {
                        let y = self.var_slot(name);
                        self.asm.emit(Op::Move { src: v, dst: Dst::Y(y) });
                        self.fx.bound.insert(name.clone());
                        return Src::Y(y);
                    }
                }
                if self.fx.guard_fail != 0 {
                    let fail = self.fx.guard_fail;
                    self.pattern(p, v, fail);
                    return v;
                }
                // The `badmatch` goes out of line, after the clause's code
                // (`flush_badmatches`), so a match that succeeds runs on
                // without a jump.
                let fail = self.asm.new_label();
                self.pattern(p, v, fail);
                self.fx.badmatches.push((fail, e.pos.line, v));
                v
            }
            ExprKind::BinOp(op, a, b) => self.binop(e, op, a, b),
            ExprKind::UnOp(op, a) => {
                let a = self.expr(a);
                let name = if op == "-" { "-" } else { op.as_str() };
                self.bif(e, "erlang", name, &[a])
            }
            ExprKind::Call(target, args) => self.call(e, target, args, CallMode::Body),
            ExprKind::Fun { name, clauses } => {
                let (lambda, free) = self.lift_fun(clauses, name.as_deref(), e.pos);
                let Some(lambda) = lambda else {
                    // Comprehension helpers are only ever called (`call`).
                    self.error(e.pos, "internal error: a comprehension helper used as a fun");
                    return Src::Nil;
                };
                let srcs: Vec<Src> = free.iter().map(|v| Src::Y(self.fx.vars[v])).collect();
                let d = self.temp();
                self.asm.emit(Op::MakeFun { lambda, free: srcs.into(), dst: d });
                d.into()
            }
            ExprKind::FunRef { module, function, arity } => self.fun_ref(e, module.as_deref(), function, arity),
            ExprKind::Case(subject, clauses) => {
                let v = self.expr(subject);
                self.case(e.pos.line, v, clauses, None).unwrap_or(Src::Nil)
            }
            ExprKind::If(clauses) => self.if_(e.pos.line, clauses, None).unwrap_or(Src::Nil),
            ExprKind::Receive { clauses, after } => {
                self.receive(clauses, after.as_ref().map(|(t, b)| (&**t, b.as_slice())), None).unwrap_or(Src::Nil)
            }
            ExprKind::Try { body, of_clauses, catch_clauses, after } => {
                self.try_(body, of_clauses, catch_clauses, after)
            }
            ExprKind::Catch(inner) => {
                let h = self.asm.new_label();
                self.asm.emit(Op::Catch { handler: h });
                self.fx.protected += 1;
                let v = self.expr(inner);
                self.fx.protected -= 1;
                self.asm.emit(Op::Move { src: v, dst: Dst::X(0) });
                self.asm.emit(Op::CatchEnd);
                self.asm.bind(h);
                let d = self.temp();
                self.asm.emit(Op::Move { src: Src::X(0), dst: d });
                d.into()
            }
            ExprKind::Block(es) => self.body(es),
            ExprKind::ListComp(..) | ExprKind::BinComp(..) => {
                let desugared = self.comprehension(e);
                self.expr(&desugared)
            }
            // Constants were handled above.
            ExprKind::Atom(_) | ExprKind::Integer(_) | ExprKind::Float(_) | ExprKind::String(_) | ExprKind::Nil => {
                Src::Nil
            }
        }
    }

    /// Compiles `e` as the last expression of a function.
    pub(super) fn expr_tail(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Call(target, args) => {
                self.call(e, target, args, CallMode::Tail);
            }
            ExprKind::Case(subject, clauses) => {
                let v = self.expr(subject);
                self.case(e.pos.line, v, clauses, Some(()));
            }
            ExprKind::If(clauses) => {
                self.if_(e.pos.line, clauses, Some(()));
            }
            ExprKind::Receive { clauses, after } => {
                self.receive(clauses, after.as_ref().map(|(t, b)| (&**t, b.as_slice())), Some(()));
            }
            ExprKind::Block(es) => self.body_tail(es),
            ExprKind::Try { body, of_clauses, catch_clauses, after } if after.is_empty() => {
                self.try_tail(body, of_clauses, catch_clauses);
            }
            ExprKind::ListComp(..) | ExprKind::BinComp(..) => {
                let desugared = self.comprehension(e);
                self.expr_tail(&desugared)
            }
            _ => {
                let v = self.expr(e);
                self.ret(v);
            }
        }
    }

    fn var(&mut self, e: &Expr, v: &str) -> Src {
        match self.fx.vars.get(v) {
            Some(&y) if self.fx.bound.contains(v) => Src::Y(y),
            _ => {
                self.error(e.pos, &format!("variable '{v}' is unbound"));
                Src::Nil
            }
        }
    }

    /// Calls BIF `m:f` inline; in a guard a failure jumps to the guard's
    /// fail label.
    pub(super) fn bif(&mut self, e: &Expr, m: &str, f: &str, args: &[Src]) -> Src {
        self.bif_framed(e, m, f, args, true)
    }

    fn bif_framed(&mut self, e: &Expr, m: &str, f: &str, args: &[Src], frame: bool) -> Src {
        let import = self.asm.import(m, f, args.len() as u32);
        let d = self.temp();
        self.asm.line(e.pos.line);
        self.asm.emit(Op::Bif { import, args: args.into(), dst: d, fail: self.fx.guard_fail, frame });
        d.into()
    }

    fn binop(&mut self, e: &Expr, op: &str, a: &Expr, b: &Expr) -> Src {
        match op {
            "andalso" | "orelse" => self.short_circuit(e, op == "andalso", a, b),
            "!" => {
                let a = self.expr(a);
                let b = self.expr(b);
                self.asm.emit(Op::Move { src: a, dst: Dst::X(0) });
                self.asm.emit(Op::Move { src: b, dst: Dst::X(1) });
                self.asm.line(e.pos.line);
                self.asm.emit(Op::Send);
                let d = self.temp();
                self.asm.emit(Op::Move { src: Src::X(0), dst: d });
                d.into()
            }
            _ => {
                // OTP runs `+ - *` with a known float operand as float
                // arithmetic, whose failure shows no BIF frame.
                let float = floats::is_float(a, &self.fx.floats) || floats::is_float(b, &self.fx.floats);
                let a = self.expr(a);
                let b = self.expr(b);
                let literal_int = |s: Src| matches!(s, Src::Int(_));
                let frame = match op {
                    "+" | "-" | "*" if float => false,
                    "+" => !(literal_int(a) || literal_int(b)),
                    "-" => !literal_int(b),
                    // OTP never shows a frame for `/`.
                    "/" => false,
                    _ => true,
                };
                match ArithOp::from_name(op) {
                    Some(op) => {
                        let d = self.temp();
                        self.asm.line(e.pos.line);
                        self.asm.emit(Op::Arith { op, a, b, dst: d, fail: self.fx.guard_fail, frame });
                        d.into()
                    }
                    None => self.bif_framed(e, "erlang", op, &[a, b], frame),
                }
            }
        }
    }

    fn short_circuit(&mut self, e: &Expr, is_and: bool, a: &Expr, b: &Expr) -> Src {
        let r = self.temp();
        let va = self.expr(a);
        let (t, f) = (self.asm.atom("true"), self.asm.atom("false"));
        let (go_on, stop) = if is_and { (t, f) } else { (f, t) };
        let not_go = self.asm.new_label();
        let bad = self.asm.new_label();
        let done = self.asm.new_label();
        self.asm.emit(Op::Cmp { op: CmpOp::EqExact, a: va, b: go_on, fail: not_go });
        let bound_before = self.fx.bound.clone();
        let vb = self.expr(b);
        self.fx.bound = bound_before;
        self.asm.emit(Op::Move { src: vb, dst: r });
        self.asm.emit(Op::Jump { to: done });
        self.asm.bind(not_go);
        self.asm.emit(Op::Cmp { op: CmpOp::EqExact, a: va, b: stop, fail: bad });
        self.asm.emit(Op::Move { src: stop, dst: r });
        self.asm.emit(Op::Jump { to: done });
        self.asm.bind(bad);
        if self.fx.guard_fail != 0 {
            self.asm.emit(Op::Jump { to: self.fx.guard_fail });
        } else {
            let badarg = self.asm.atom("badarg");
            let reason = self.temp();
            self.asm.emit(Op::PutTuple { elems: vec![badarg, va].into(), dst: reason });
            self.asm.line(e.pos.line);
            self.asm.emit(Op::RaiseError { reason: reason.into() });
        }
        self.asm.bind(done);
        r.into()
    }

    /// Loads `args` into x0.. (all were computed into y slots or constants,
    /// so any order is right). A slot read from x(j) is loaded before x(j)
    /// is overwritten where possible, so that copy propagation can read
    /// x(j) itself and drop the slot: `f(A, B) -> g(x, A, B)` becomes three
    /// moves instead of five.
    fn load_args(&mut self, srcs: &[Src]) {
        if srcs.iter().any(|s| matches!(s, Src::X(_))) {
            // Not expected, but then only the given order is right.
            for (i, s) in srcs.iter().enumerate() {
                self.asm.emit(Op::Move { src: *s, dst: Dst::X(i as u16) });
            }
            return;
        }
        let reads: Vec<Option<usize>> = srcs
            .iter()
            .enumerate()
            .map(|(k, s)| match s {
                Src::Y(y) => self.fx.mirrors.get(y).map(|&j| j as usize).filter(|&j| j != k && j < srcs.len()),
                _ => None,
            })
            .collect();
        let mut done = vec![false; srcs.len()];
        for _ in 0..srcs.len() {
            // The first move left whose destination no move left still reads
            // (in a cycle, the first move left).
            let free = |k: usize| (0..srcs.len()).all(|m| done[m] || reads[m] != Some(k));
            let Some(k) =
                (0..srcs.len()).find(|&k| !done[k] && free(k)).or_else(|| (0..srcs.len()).find(|&k| !done[k]))
            else {
                break;
            };
            done[k] = true;
            self.asm.emit(Op::Move { src: srcs[k], dst: Dst::X(k as u16) });
        }
    }

    fn result(&mut self, mode: CallMode) -> Src {
        match mode {
            CallMode::Tail => Src::Nil,
            CallMode::Body => {
                let d = self.temp();
                self.asm.emit(Op::Move { src: Src::X(0), dst: d });
                d.into()
            }
        }
    }

    fn call(&mut self, e: &Expr, target: &CallTarget, args: &[Expr], mode: CallMode) -> Src {
        let arity = args.len() as u32;
        if self.fx.guard_fail != 0 {
            return self.guard_call(e, target, args);
        }
        match target {
            CallTarget::Local(name) => {
                if let Some(f) = self.local_function(name, arity) {
                    let srcs: Vec<Src> = args.iter().map(|a| self.expr(a)).collect();
                    self.load_args(&srcs);
                    self.asm.line(e.pos.line);
                    // A function that never returns is called as a tail call
                    // anywhere outside a try or catch (what follows is
                    // unreachable and dropped), as OTP does.
                    let never = self.fx.protected == 0 && self.never_return.contains(&(name.clone(), arity));
                    if mode == CallMode::Tail || never {
                        self.asm.emit(Op::Deallocate);
                        self.asm.emit(Op::CallOnly { arity: arity as u16, function: f });
                    } else {
                        self.asm.emit(Op::Call { arity: arity as u16, function: f });
                    }
                    return self.result(mode);
                }
                if let Some(v) = self.special_local(e, name, args) {
                    if mode == CallMode::Tail {
                        self.ret(v);
                    }
                    return v;
                }
                let module = self.imports.get(&(name.clone(), arity)).cloned().unwrap_or_else(|| "erlang".into());
                self.call_ext(e, &module, name, args, mode)
            }
            CallTarget::Remote(m, f) => match (&m.kind, &f.kind) {
                (ExprKind::Atom(m), ExprKind::Atom(f)) => self.call_ext(e, m, f, args, mode),
                _ => {
                    let mut srcs: Vec<Src> = args.iter().map(|a| self.expr(a)).collect();
                    srcs.push(self.expr(m));
                    srcs.push(self.expr(f));
                    self.load_args(&srcs);
                    self.asm.line(e.pos.line);
                    if mode == CallMode::Tail {
                        self.asm.emit(Op::Deallocate);
                        self.asm.emit(Op::ApplyOnly { arity: arity as u16 });
                    } else {
                        self.asm.emit(Op::Apply { arity: arity as u16 });
                    }
                    self.result(mode)
                }
            },
            CallTarget::Expr(f) => {
                let helper = match &f.kind {
                    ExprKind::Var(n) => self.helpers.contains_key(n),
                    ExprKind::Fun { name: Some(n), .. } => n.starts_with('@'),
                    _ => false,
                };
                let mut srcs: Vec<Src> = args.iter().map(|a| self.expr(a)).collect();
                if let Some(function) = helper.then(|| self.helper_call(f)).flatten() {
                    let free = self.helpers.get(&function).map(|(_, free)| free.clone()).unwrap_or_default();
                    for v in &free {
                        srcs.push(self.var(f, v));
                    }
                    let f = self.helpers.get(&function).map_or(0, |h| h.0);
                    let arity = srcs.len() as u16;
                    self.load_args(&srcs);
                    self.asm.line(e.pos.line);
                    if mode == CallMode::Tail {
                        self.asm.emit(Op::Deallocate);
                        self.asm.emit(Op::CallOnly { arity, function: f });
                    } else {
                        self.asm.emit(Op::Call { arity, function: f });
                    }
                    return self.result(mode);
                }
                srcs.push(self.expr(f));
                self.load_args(&srcs);
                self.asm.line(e.pos.line);
                if mode == CallMode::Tail {
                    self.asm.emit(Op::Deallocate);
                    self.asm.emit(Op::CallFunOnly { arity: arity as u16 });
                } else {
                    self.asm.emit(Op::CallFun { arity: arity as u16 });
                }
                self.result(mode)
            }
        }
    }

    /// For a call of a comprehension helper (the fun itself, where the
    /// comprehension starts, or its name, in a helper's own clauses): the
    /// helper's name, registering the fun for lifting first if needed.
    fn helper_call(&mut self, f: &Expr) -> Option<String> {
        match &f.kind {
            ExprKind::Var(n) if self.helpers.contains_key(n) => Some(n.clone()),
            ExprKind::Fun { name: Some(n), clauses } if n.starts_with('@') => {
                self.lift_fun(clauses, Some(n), f.pos);
                Some(n.clone())
            }
            _ => None,
        }
    }

    fn call_ext(&mut self, e: &Expr, m: &str, f: &str, args: &[Expr], mode: CallMode) -> Src {
        let srcs: Vec<Src> = args.iter().map(|a| self.expr(a)).collect();
        // `element/2` is called inline, as OTP's compiler does (a `bif`
        // instruction): no call, and a tail call keeps the frame, so its
        // stack trace shows the caller as OTP's does.
        if m == "erlang" && f == "element" && args.len() == 2 {
            let v = self.bif(e, m, f, &srcs);
            if mode == CallMode::Tail {
                self.ret(v);
            }
            return v;
        }
        self.load_args(&srcs);
        let import = self.asm.import(m, f, args.len() as u32);
        self.asm.line(e.pos.line);
        let arity = args.len() as u16;
        if mode == CallMode::Tail {
            self.asm.emit(Op::Deallocate);
            self.asm.emit(Op::CallExtOnly { arity, import });
        } else {
            self.asm.emit(Op::CallExt { arity, import });
        }
        self.result(mode)
    }

    /// Calls inside guards: only BIFs, inline, failing to the guard label.
    fn guard_call(&mut self, e: &Expr, target: &CallTarget, args: &[Expr]) -> Src {
        let (m, f) = match target {
            CallTarget::Local(name) => ("erlang".to_string(), name.clone()),
            CallTarget::Remote(m, f) => match (&m.kind, &f.kind) {
                (ExprKind::Atom(m), ExprKind::Atom(f)) => (m.clone(), f.clone()),
                _ => {
                    self.error(e.pos, "illegal guard expression");
                    return Src::Nil;
                }
            },
            CallTarget::Expr(_) => {
                self.error(e.pos, "illegal guard expression");
                return Src::Nil;
            }
        };
        if m == "erlang" {
            if let Some(v) = self.special_local(e, &f, args) {
                return v;
            }
        }
        let srcs: Vec<Src> = args.iter().map(|a| self.expr(a)).collect();
        self.bif(e, &m, &f, &srcs)
    }

    /// Calls the compiler resolves itself: `record_info/2`, `is_record/2`.
    fn special_local(&mut self, e: &Expr, name: &str, args: &[Expr]) -> Option<Src> {
        match (name, args) {
            ("record_info", [what, rec]) => {
                let lit = self.record_info(e, what, rec)?;
                Some(self.asm.literal(lit))
            }
            ("is_record", [x, rec]) => {
                let ExprKind::Atom(r) = &rec.kind else {
                    return None;
                };
                let size = self.records.get(r).map(|d| d.fields.len() as i64 + 1)?;
                let x = self.expr(x);
                let r = self.asm.atom(r);
                Some(self.bif(e, "erlang", "is_record", &[x, r, Src::Int(size)]))
            }
            // `self()` cannot fail: run inline as OTP's compiler does (a
            // guard BIF), not through a call (every gen:call makes one).
            ("self", []) => Some(self.bif(e, "erlang", "self", &[])),
            _ => None,
        }
    }

    fn fun_ref(&mut self, e: &Expr, module: Option<&Expr>, function: &Expr, arity: &Expr) -> Src {
        if module.is_none() {
            if let (ExprKind::Atom(f), ExprKind::Integer(a)) = (&function.kind, &arity.kind) {
                let a = u32::try_from(a).unwrap_or(0);
                match self.local_function(f, a) {
                    Some(function) => {
                        // One lambda per function, so `fun f/1 == fun f/1`.
                        let existing =
                            self.lambdas.iter().position(|l| l.function == function && l.num_free == 0 && l.arity == a);
                        let lambda = existing.unwrap_or_else(|| {
                            self.lambdas.push(crate::bytecode::Lambda { function, arity: a, num_free: 0 });
                            self.lambdas.len() - 1
                        }) as u32;
                        let d = self.temp();
                        self.asm.emit(Op::MakeFun { lambda, free: Vec::new().into(), dst: d });
                        return d.into();
                    }
                    None => {
                        // An auto-imported BIF: `fun length/1` is `fun erlang:length/1`.
                        let m = self.asm.atom("erlang");
                        let f = self.asm.atom(f);
                        return self.bif(e, "erlang", "make_fun", &[m, f, Src::Int(a as i64)]);
                    }
                }
            }
        }
        let m = match module {
            Some(m) => self.expr(m),
            None => self.asm.atom(&self.module.name.clone()),
        };
        let f = self.expr(function);
        let a = self.expr(arity);
        self.bif(e, "erlang", "make_fun", &[m, f, a])
    }

    /// Guard tests with a direct instruction (comparisons, type tests).
    pub(super) fn direct_guard_test(&mut self, e: &Expr, fail: Label) -> bool {
        match &e.kind {
            ExprKind::BinOp(op, a, b) => {
                let (cmp, swap) = match op.as_str() {
                    "=:=" => (CmpOp::EqExact, false),
                    "=/=" => (CmpOp::NeExact, false),
                    "==" => (CmpOp::Eq, false),
                    "/=" => (CmpOp::Ne, false),
                    "<" => (CmpOp::Lt, false),
                    ">=" => (CmpOp::Ge, false),
                    ">" => (CmpOp::Lt, true),
                    "=<" => (CmpOp::Ge, true),
                    _ => return false,
                };
                let a = self.expr(a);
                let b = self.expr(b);
                let (a, b) = if swap { (b, a) } else { (a, b) };
                self.asm.emit(Op::Cmp { op: cmp, a, b, fail });
                true
            }
            ExprKind::Call(target, args) if args.len() == 1 => {
                let name = match &**target {
                    CallTarget::Local(n) => n.as_str(),
                    CallTarget::Remote(m, f) if is_atom(m, "erlang") => match &f.kind {
                        ExprKind::Atom(f) => f.as_str(),
                        _ => return false,
                    },
                    _ => return false,
                };
                let test = match name {
                    "is_integer" => TypeTest::Integer,
                    "is_float" => TypeTest::Float,
                    "is_number" => TypeTest::Number,
                    "is_atom" => TypeTest::Atom,
                    "is_boolean" => TypeTest::Boolean,
                    "is_binary" => TypeTest::Binary,
                    "is_bitstring" => TypeTest::Bitstring,
                    "is_list" => TypeTest::List,
                    "is_tuple" => TypeTest::Tuple,
                    "is_map" => TypeTest::Map,
                    "is_pid" => TypeTest::Pid,
                    "is_reference" => TypeTest::Reference,
                    "is_function" => TypeTest::Function,
                    _ => return false,
                };
                let v = self.expr(&args[0]);
                self.asm.emit(Op::Test { test, src: v, fail });
                true
            }
            _ => false,
        }
    }
}
