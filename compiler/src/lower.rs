//! Lowering: AST to bytecode. Functions are compiled clause by clause; a
//! clause's patterns become type tests and element reads that jump to the
//! next clause on failure. Every variable and temporary lives in a y slot
//! of the function's frame, so calls (which clobber x registers) never
//! disturb them; x registers carry only arguments and results.
//!
//! Funs are lifted into functions of their own (`-f/1-fun-0-`) taking the
//! captured variables after the arguments; comprehensions become named
//! funs (see `sugar`) that are compiled, as OTP compiles them, to local
//! recursive functions called directly (no fun is made); records become
//! tuples.

mod asm;
mod binary;
mod control;
mod expr;
mod floats;
mod funs;
mod noreturn;
mod pattern;
mod peephole;
mod regs;
mod sugar;
mod vars;

use crate::ast::{self, Clause, Expr, ExprKind, Pos};
use crate::bytecode::{self, Dst, Label, Literal, Op, Src};
use crate::diagnostic::Diagnostic;
/// Every label operand of an instruction (the VM's loader follows them).
pub use asm::for_each_label;
use asm::Asm;
pub use regs::for_each_y;
use std::collections::{HashMap, HashSet, VecDeque};

/// Lowers a checked module. Fails only on constructs lint let through
/// that cannot be compiled (reported as diagnostics).
pub fn lower(module: &ast::Module) -> Result<bytecode::Module, Vec<Diagnostic>> {
    let mut l = Lowerer::new(module);
    l.run();
    if !l.errors.is_empty() {
        return Err(l.errors);
    }
    let mut asm = l.asm;
    peephole::optimize(&mut asm, &mut l.functions);
    asm.resolve_labels();
    let mut exports: Vec<(String, u32)> = if module.export_all {
        module.functions.iter().map(|f| (f.name.clone(), f.arity)).collect()
    } else {
        module.exports.clone()
    };
    // Every module exports module_info/0,1.
    for arity in [0, 1] {
        if !exports.iter().any(|(f, a)| f == "module_info" && *a == arity) {
            exports.push(("module_info".to_string(), arity));
        }
    }
    let mut attributes = Vec::new();
    let mut on_load = None;
    for a in &module.attributes {
        if a.name == "on_load" {
            if let ast::ExprKind::BinOp(op, f, n) = &a.value.kind {
                if let (ast::ExprKind::Atom(f), ast::ExprKind::Integer(n), "/") = (&f.kind, &n.kind, op.as_str()) {
                    on_load = Some((f.clone(), u32::try_from(n).unwrap_or(0)));
                }
            }
            continue;
        }
        // Declarations that are not attributes in OTP's `module_info`.
        if matches!(a.name.as_str(), "export" | "import" | "compile" | "mode") || a.name.starts_with('-') {
            continue;
        }
        if let Some(lit) = sugar::const_literal(&a.value) {
            // module_info(attributes) lists each value, as OTP does:
            // `-a(x)` gives `{a, [x]}`, `-a([x])` stays `{a, [x]}`.
            let lit = match lit {
                Literal::Nil | Literal::Cons(..) => lit,
                other => Literal::list(vec![other], Literal::Nil),
            };
            attributes.push((a.name.clone(), lit));
        }
    }
    Ok(bytecode::Module {
        name: module.name.clone(),
        file: module.file.clone(),
        code: asm.code,
        literals: asm.literals,
        atoms: asm.atoms,
        imports: asm.imports,
        functions: l.functions,
        exports,
        lambdas: l.lambdas,
        lines: asm.lines,
        attributes,
        on_load,
    })
}

/// Where a frameless clause's code and slots lie.
struct ClauseFrame {
    first_slot: u32,
    clause_start: usize,
    clause_end: usize,
    end_slot: u32,
}

/// x registers available to the lowering (the VM has 1024).
const X_LIMIT: u32 = 1000;

/// A fun waiting to be compiled as a function of its own.
struct PendingFun {
    function: u32,
    arity: u32,
    clauses: Vec<Clause>,
    free: Vec<String>,
    name: Option<String>,
    /// The fun's lambda; none for a comprehension helper, which is only
    /// ever called directly.
    lambda: Option<u32>,
    pos: Pos,
}

pub(crate) struct Lowerer<'m> {
    module: &'m ast::Module,
    asm: Asm,
    functions: Vec<bytecode::Function>,
    func_index: HashMap<(String, u32), u32>,
    lambdas: Vec<bytecode::Lambda>,
    pending: VecDeque<PendingFun>,
    records: HashMap<String, &'m ast::RecordDef>,
    imports: HashMap<(String, u32), String>,
    errors: Vec<Diagnostic>,
    /// Counter for generated variable names.
    gensym: u32,
    /// OTP's number of each source fun of the function being compiled.
    fun_numbers: vars::FunNumbers,
    /// Funs beyond those numbered (none in practice).
    extra_funs: u32,
    /// Comprehension helpers (`@lc..` names, unique in the module) ->
    /// their function and captured variables: a call of one is a local
    /// call with the captured values after the arguments.
    helpers: HashMap<String, (u32, Vec<String>)>,
    /// The module's functions that never return (`noreturn`): a call of
    /// one is a tail call wherever it stands, as OTP compiles it.
    never_return: HashSet<(String, u32)>,
    fx: Fx,
}

/// The state of the function being compiled.
#[derive(Default)]
struct Fx {
    /// Variable -> y slot.
    vars: HashMap<String, u16>,
    /// Head patterns whose top-level test `pretest` already made (their
    /// own code skips it).
    pretested: Vec<*const Expr>,
    /// y slot -> the x register it was read from (a head's arguments), so
    /// that `load_args` can order its moves for copy propagation.
    mirrors: HashMap<u16, u16>,
    bound: HashSet<String>,
    /// The variables known to be floats (`floats::float_vars`).
    floats: HashSet<String>,
    next_slot: u32,
    /// Where guard failures jump (0 in bodies: BIFs raise).
    guard_fail: Label,
    /// Name/arity of the top-level function (for naming funs).
    outer: (String, u32),
    /// `badmatch` raises still to be placed: (label, line, value).
    badmatches: Vec<(Label, u32, Src)>,
    /// How many `try`/`catch` bodies the code being compiled is inside:
    /// a call there must come back to leave them, whatever it calls.
    protected: u32,
}

impl<'m> Lowerer<'m> {
    fn new(module: &'m ast::Module) -> Lowerer<'m> {
        let mut l = Lowerer {
            module,
            asm: Asm::new(),
            functions: Vec::new(),
            func_index: HashMap::new(),
            lambdas: Vec::new(),
            pending: VecDeque::new(),
            records: module.records.iter().map(|r| (r.name.clone(), r)).collect(),
            imports: module.imports.iter().map(|(f, a, m)| ((f.clone(), *a), m.clone())).collect(),
            errors: Vec::new(),
            gensym: 0,
            fun_numbers: vars::FunNumbers::default(),
            extra_funs: 0,
            helpers: HashMap::new(),
            never_return: noreturn::never_returning(module),
            fx: Fx::default(),
        };
        for f in &module.functions {
            l.declare(&f.name, f.arity);
        }
        for (name, arity) in [("module_info", 0), ("module_info", 1)] {
            if !l.func_index.contains_key(&(name.to_string(), arity)) {
                l.declare(name, arity);
            }
        }
        l
    }

    fn declare(&mut self, name: &str, arity: u32) -> u32 {
        let i = self.functions.len() as u32;
        self.functions.push(bytecode::Function { name: name.to_string(), arity, entry: 0 });
        self.func_index.insert((name.to_string(), arity), i);
        i
    }

    fn run(&mut self) {
        let module = self.module;
        for f in &module.functions {
            let idx = self.func_index[&(f.name.clone(), f.arity)];
            self.fx = Fx { outer: (f.name.clone(), f.arity), ..Fx::default() };
            self.fun_numbers = vars::number_funs(&f.clauses);
            self.extra_funs = 0;
            self.function(idx, f.arity, &f.clauses, &[], None, f.pos);
            self.drain_pending();
        }
        self.module_info();
    }

    fn drain_pending(&mut self) {
        while let Some(p) = self.pending.pop_front() {
            let outer = std::mem::take(&mut self.fx.outer);
            self.fx = Fx { outer, ..Fx::default() };
            if p.lambda.is_none() && !p.free.is_empty() {
                // A comprehension helper: its captured values are plain
                // arguments (heads that bind them), so that its clauses get
                // frames only where they need them, as other functions'.
                // Not where a head names one (shadowing it, or as a binary
                // segment's size, which must be bound before the head).
                let mut heads = Vec::new();
                for c in &p.clauses {
                    for pat in &c.patterns {
                        vars::all_vars(pat, &mut heads);
                    }
                }
                if !p.free.iter().any(|v| heads.contains(v)) {
                    let clauses: Vec<Clause> = p
                        .clauses
                        .iter()
                        .map(|c| {
                            let mut c = c.clone();
                            c.patterns
                                .extend(p.free.iter().map(|v| Expr { pos: c.pos, kind: ExprKind::Var(v.clone()) }));
                            c
                        })
                        .collect();
                    let arity = p.arity + p.free.len() as u32;
                    self.function(p.function, arity, &clauses, &[], None, p.pos);
                    continue;
                }
            }
            let self_name = p.name.as_deref().zip(p.lambda);
            self.function(p.function, p.arity, &p.clauses, &p.free, self_name, p.pos);
        }
    }

    /// `module_info/0,1` call `erlang:get_module_info/1,2`, as in OTP.
    fn module_info(&mut self) {
        let name = self.module.name.clone();
        for arity in [0u32, 1] {
            let idx = self.func_index[&("module_info".to_string(), arity)];
            if self.functions[idx as usize].entry != 0
                || self.module.functions.iter().any(|f| f.name == "module_info" && f.arity == arity)
            {
                continue;
            }
            self.functions[idx as usize].entry = self.asm.pc();
            self.asm.emit(Op::FuncInfo { function: idx });
            if arity == 1 {
                self.asm.emit(Op::Move { src: Src::X(0), dst: Dst::X(1) });
            }
            let m = self.asm.atom(&name);
            self.asm.emit(Op::Move { src: m, dst: Dst::X(0) });
            let imp = self.asm.import("erlang", "get_module_info", arity + 1);
            self.asm.emit(Op::CallExtOnly { arity: (arity + 1) as u16, import: imp });
        }
    }

    /// Compiles one function (or lifted fun): `free` are captured variables
    /// passed after the arguments; `self_name` binds a named fun's name.
    fn function(
        &mut self,
        idx: u32,
        arity: u32,
        clauses: &[Clause],
        free: &[String],
        self_name: Option<(&str, u32)>,
        pos: Pos,
    ) {
        self.fx.floats = floats::float_vars(clauses);
        self.functions[idx as usize].entry = self.asm.pc();
        self.asm.line(pos.line);
        self.asm.emit(Op::FuncInfo { function: idx });
        if free.is_empty() && self_name.is_none() {
            return self.function_clause_frames(idx, arity, clauses, pos);
        }
        let alloc_at = self.asm.code.len();
        self.asm.emit(Op::Allocate { slots: 0, live: 0 });
        // Captured values arrive in x(arity)...
        for (i, v) in free.iter().enumerate() {
            let y = self.var_slot(v);
            self.asm.emit(Op::Move { src: Src::X((arity as usize + i) as u16), dst: Dst::Y(y) });
        }
        let mut base_bound: HashSet<String> = free.iter().cloned().collect();
        if let Some((name, lambda)) = self_name {
            let y = self.var_slot(name);
            let srcs: Vec<Src> = free.iter().map(|v| Src::Y(self.fx.vars[v])).collect();
            self.asm.emit(Op::MakeFun { lambda, free: srcs.into(), dst: Dst::Y(y) });
            base_bound.insert(name.to_string());
        }
        // Clauses are separate scopes: each gets its own slots, so a
        // variable's slot is written once (the peephole pass relies on it).
        let base_vars = self.fx.vars.clone();
        for clause in clauses {
            let next = self.asm.new_label();
            self.fx.bound = base_bound.clone();
            self.fx.vars = base_vars.clone();
            // Fun heads shadow: their variables are always fresh.
            let mut head_vars = Vec::new();
            for p in &clause.patterns {
                vars::pattern_vars(p, &mut head_vars);
            }
            for v in &head_vars {
                self.fx.bound.remove(v);
            }
            self.asm.line(clause.pos.line);
            for (i, p) in clause.patterns.iter().enumerate() {
                self.pattern(p, Src::X(i as u16), next);
            }
            self.guard(&clause.guards, next);
            self.body_tail(&clause.body);
            self.flush_badmatches();
            self.asm.bind(next);
        }
        self.asm.line(pos.line);
        self.asm.emit(Op::FunctionClause { function: idx });
        let slots = self.fx.next_slot.min(u16::MAX as u32) as u16;
        if self.fx.next_slot > u16::MAX as u32 {
            self.error(pos, "function too large");
        }
        self.asm.code[alloc_at] = Op::Allocate { slots, live: (arity as usize + free.len()) as u16 };
    }

    /// Compiles the clauses of a function without captured values. A
    /// clause's head and guard keep their variables in x registers above
    /// the arguments; its body gets a stack frame only if it needs one
    /// (a call that returns here, a receive, a try), so base cases such as
    /// `fib(N) when N < 2 -> N` run without touching the stack.
    fn function_clause_frames(&mut self, idx: u32, arity: u32, clauses: &[Clause], pos: Pos) {
        let mut frameless = Vec::new();
        let mut allocs = Vec::new();
        for i in pattern::clause_order(clauses) {
            let clause = &clauses[i];
            let next = self.asm.new_label();
            self.fx.bound.clear();
            self.fx.vars.clear();
            let first_slot = self.fx.next_slot;
            let clause_start = self.asm.code.len();
            let framed = vars::clause_needs_frame(clause);
            // Whether the guard ran before the frame was made.
            let mut guarded = false;
            // A framed clause allocates first; if its head fails, it drops
            // the frame again before trying the next clause.
            let fail = if framed {
                // Tests that need no slot run before the frame exists, so
                // that a clause whose head cannot match is passed over
                // without allocating (and zeroing) a frame and dropping it.
                for (i, p) in clause.patterns.iter().enumerate() {
                    self.pretest(p, Src::X(i as u16), next);
                }
                if !clause.guards.is_empty() && clause.patterns.iter().all(pattern::binds_only) {
                    // So does the guard, when the head only binds
                    // variables: it reads them in x registers (its slots
                    // become x registers, as a frameless clause's), and
                    // the head binds them again in the frame.
                    let (first_slot, clause_start) = (self.fx.next_slot, self.asm.code.len());
                    for (i, p) in clause.patterns.iter().enumerate() {
                        self.pattern(p, Src::X(i as u16), next);
                    }
                    self.guard(&clause.guards, next);
                    let clause_end = self.asm.code.len();
                    frameless.push(ClauseFrame { first_slot, clause_start, clause_end, end_slot: self.fx.next_slot });
                    self.fx.bound.clear();
                    self.fx.vars.clear();
                    guarded = true;
                }
                allocs.push(self.asm.code.len());
                self.asm.emit(Op::Allocate { slots: 0, live: arity as u16 });
                self.asm.new_label()
            } else {
                next
            };
            self.asm.line(clause.pos.line);
            for (i, p) in clause.patterns.iter().enumerate() {
                self.pattern(p, Src::X(i as u16), fail);
            }
            self.fx.pretested.clear();
            if !guarded {
                self.guard(&clause.guards, fail);
            }
            self.body_tail(&clause.body);
            self.flush_badmatches();
            let clause_end = self.asm.code.len();
            if framed {
                self.asm.bind(fail);
                self.asm.emit(Op::Deallocate);
                self.asm.emit(Op::Jump { to: next });
            } else {
                frameless.push(ClauseFrame { first_slot, clause_start, clause_end, end_slot: self.fx.next_slot });
            }
            self.asm.bind(next);
        }
        self.asm.line(pos.line);
        self.asm.emit(Op::FunctionClause { function: idx });
        if self.fx.next_slot > u16::MAX as u32 {
            self.error(pos, "function too large");
        }
        let slots = self.fx.next_slot.min(u16::MAX as u32) as u16;
        for at in allocs {
            self.asm.code[at] = Op::Allocate { slots, live: arity as u16 };
        }
        for c in frameless {
            self.place_in_registers(&c, arity, pos);
        }
    }

    /// Moves a frameless clause's y slots to x registers above every x
    /// register the clause names itself, and drops its `Deallocate`s.
    fn place_in_registers(&mut self, c: &ClauseFrame, arity: u32, pos: Pos) {
        let code = &mut self.asm.code;
        let mut max_x = arity as i64 - 1;
        let mut calls = false;
        for op in code[c.clause_start..c.clause_end].iter_mut() {
            calls |= matches!(
                op,
                Op::Call { .. } | Op::CallExt { .. } | Op::CallFun { .. } | Op::Apply { .. } | Op::Allocate { .. }
            );
            peephole::for_each_src(op, &mut |s| {
                if let Src::X(n) = s {
                    max_x = max_x.max(*n as i64);
                }
            });
            for d in peephole::dsts(op).0 {
                if let Dst::X(n) = d {
                    max_x = max_x.max(*n as i64);
                }
            }
        }
        let base = (max_x + 1).max(3) as u32;
        if calls || base + (c.end_slot - c.first_slot) >= X_LIMIT {
            // `clause_needs_frame` is conservative, so this is a bug.
            self.error(pos, "internal error: a frameless clause needs a frame");
            return;
        }
        let to_x = |k: u16| -> u16 { (base + (k as u32 - c.first_slot)) as u16 };
        let mine = |k: u16| (k as u32) >= c.first_slot;
        for op in code[c.clause_start..c.clause_end].iter_mut() {
            peephole::for_each_src(op, &mut |s| {
                if let Src::Y(k) = *s {
                    if mine(k) {
                        *s = Src::X(to_x(k));
                    }
                }
            });
            for d in peephole::dsts(op).0 {
                if let Dst::Y(k) = *d {
                    if mine(k) {
                        *d = Dst::X(to_x(k));
                    }
                }
            }
        }
        for i in c.clause_start..c.clause_end {
            if matches!(self.asm.code[i], Op::Deallocate) {
                self.asm.dead.push(i);
            }
        }
    }

    /// Places the `badmatch` raises of the clause just compiled (after
    /// its last instruction, which does not fall through).
    fn flush_badmatches(&mut self) {
        for (fail, line, v) in std::mem::take(&mut self.fx.badmatches) {
            self.asm.bind(fail);
            self.asm.line(line);
            self.asm.emit(Op::Badmatch { src: v });
        }
    }

    // ---- slots ------------------------------------------------------------

    fn new_slot(&mut self) -> u16 {
        let s = self.fx.next_slot;
        self.fx.next_slot += 1;
        s.min(u16::MAX as u32) as u16
    }

    fn temp(&mut self) -> Dst {
        Dst::Y(self.new_slot())
    }

    fn var_slot(&mut self, name: &str) -> u16 {
        if let Some(&s) = self.fx.vars.get(name) {
            return s;
        }
        let s = self.new_slot();
        self.fx.vars.insert(name.to_string(), s);
        s
    }

    fn fresh_var(&mut self, hint: &str) -> String {
        self.gensym += 1;
        format!("@{hint}{}", self.gensym)
    }

    fn error(&mut self, pos: Pos, msg: &str) {
        self.errors.push(Diagnostic::error(&self.module.file, pos, msg));
    }

    // ---- bodies and guards ------------------------------------------------

    /// Compiles a body; returns where its value is.
    fn body(&mut self, exprs: &[Expr]) -> Src {
        let mut v = Src::Nil;
        if let Some((last, init)) = exprs.split_last() {
            for e in init {
                self.effect(e);
            }
            v = self.expr(last);
        }
        v
    }

    /// Compiles an expression whose value is not used.
    fn effect(&mut self, e: &Expr) {
        match self.comprehension_effect(e) {
            Some(loop_) => {
                self.expr(&loop_);
            }
            None => {
                self.expr(e);
            }
        }
    }

    /// Compiles a body in tail position: it returns from the function.
    fn body_tail(&mut self, exprs: &[Expr]) {
        match exprs.split_last() {
            Some((last, init)) => {
                // `V = E, V` with V new is E in tail position, as OTP's
                // copy propagation makes it (a call there is a tail call,
                // and the caller's frame is not in stack traces).
                if let (ExprKind::Var(v), Some((prev, before))) = (&last.kind, init.split_last()) {
                    if let ExprKind::Match(p, e) = &prev.kind {
                        if matches!(&p.kind, ExprKind::Var(pv) if pv == v) {
                            for x in before {
                                self.effect(x);
                            }
                            if v != "_" && !self.fx.bound.contains(v) {
                                self.expr_tail(e);
                                return;
                            }
                            self.expr(prev);
                            self.expr_tail(last);
                            return;
                        }
                    }
                }
                for e in init {
                    self.effect(e);
                }
                self.expr_tail(last);
            }
            None => self.ret(Src::Nil),
        }
    }

    fn ret(&mut self, v: Src) {
        self.asm.emit(Op::Move { src: v, dst: Dst::X(0) });
        self.asm.emit(Op::Deallocate);
        self.asm.emit(Op::Return);
    }

    /// A guard sequence: falls through when one alternative holds, else
    /// jumps to `fail`.
    fn guard(&mut self, guards: &[Vec<Expr>], fail: Label) {
        if guards.is_empty() {
            return;
        }
        let ok = self.asm.new_label();
        let saved = self.fx.guard_fail;
        for (i, alt) in guards.iter().enumerate() {
            let last = i + 1 == guards.len();
            let next = if last { fail } else { self.asm.new_label() };
            self.fx.guard_fail = next;
            for test in alt {
                self.guard_test(test, next);
            }
            if !last {
                self.asm.emit(Op::Jump { to: ok });
                self.asm.bind(next);
            }
        }
        self.fx.guard_fail = saved;
        self.asm.bind(ok);
    }

    /// One guard test: jumps to `fail` unless it evaluates to `true`.
    fn guard_test(&mut self, e: &Expr, fail: Label) {
        let saved = self.fx.guard_fail;
        self.fx.guard_fail = fail;
        if !self.direct_guard_test(e, fail) {
            let v = self.expr(e);
            let t = self.asm.atom("true");
            self.asm.emit(Op::Cmp { op: bytecode::CmpOp::EqExact, a: v, b: t, fail });
        }
        self.fx.guard_fail = saved;
    }

    fn local_function(&self, name: &str, arity: u32) -> Option<u32> {
        self.func_index.get(&(name.to_string(), arity)).copied()
    }
}

/// Whether `lit` is the atom `name`.
pub(crate) fn is_atom(e: &Expr, name: &str) -> bool {
    matches!(&e.kind, ast::ExprKind::Atom(a) if a == name)
}
