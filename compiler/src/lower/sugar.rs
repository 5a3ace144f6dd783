//! Syntactic sugar removed during lowering: constant folding of literal
//! terms, comprehensions (rewritten to named funs, as OTP's compiler
//! rewrites them to local functions), and records (tuples).

use super::Lowerer;
use crate::ast::{BinElement, BinSpec, CallTarget, Clause, Expr, ExprKind, FieldInit, Pos, Qualifier};
use crate::bytecode::{BinSegKind, CmpOp, Literal, Op, Src};

/// The literal value of a constant expression (maps and binaries are never
/// constants here: map patterns match subsets, binaries are built at run
/// time).
pub fn const_literal(e: &Expr) -> Option<Literal> {
    Some(match &e.kind {
        ExprKind::Atom(a) => Literal::Atom(a.clone()),
        ExprKind::Integer(n) => Literal::Int(n.clone()),
        ExprKind::Float(f) => Literal::Float(*f),
        ExprKind::Nil => Literal::Nil,
        ExprKind::String(cs) => Literal::list(cs.iter().map(|&c| Literal::Int(c.into())).collect(), Literal::Nil),
        ExprKind::Cons(..) => {
            let mut items = Vec::new();
            let mut cur = e;
            while let ExprKind::Cons(h, t) = &cur.kind {
                items.push(const_literal(h)?);
                cur = t;
            }
            Literal::list(items, const_literal(cur)?)
        }
        ExprKind::Tuple(es) => Literal::Tuple(es.iter().map(const_literal).collect::<Option<Vec<_>>>()?),
        ExprKind::UnOp(op, x) if op == "-" => match const_literal(x)? {
            Literal::Int(n) => Literal::Int(-n),
            Literal::Float(f) => Literal::Float(-f),
            _ => return None,
        },
        ExprKind::UnOp(op, x) if op == "+" => match const_literal(x)? {
            l @ (Literal::Int(_) | Literal::Float(_)) => l,
            _ => return None,
        },
        _ => return None,
    })
}

/// Whether a comprehension filter is a guard expression (OTP then treats
/// it as a guard): only variables, constants, operators and guard BIFs.
fn is_guard_expr(e: &Expr) -> bool {
    use crate::lint::bifs::{is_guard_bif, is_type_test};
    let mut stack = vec![e];
    while let Some(e) = stack.pop() {
        match &e.kind {
            ExprKind::Var(_)
            | ExprKind::Atom(_)
            | ExprKind::Integer(_)
            | ExprKind::Float(_)
            | ExprKind::String(_)
            | ExprKind::Nil
            | ExprKind::RecordIndex { .. } => {}
            ExprKind::Cons(a, b) => {
                stack.push(a);
                stack.push(b);
            }
            ExprKind::BinOp(op, a, b) if op != "!" => {
                stack.push(a);
                stack.push(b);
            }
            ExprKind::UnOp(_, a) | ExprKind::RecordField { expr: a, .. } => stack.push(a),
            ExprKind::Tuple(es) => stack.extend(es.iter()),
            ExprKind::Call(target, args) => {
                let arity = args.len() as u32;
                let ok = match &**target {
                    CallTarget::Local(f) => is_guard_bif(f, arity) || is_type_test(f, arity),
                    CallTarget::Remote(m, f) => matches!((&m.kind, &f.kind),
                        (ExprKind::Atom(m), ExprKind::Atom(f)) if m == "erlang" && (is_guard_bif(f, arity) || is_type_test(f, arity))),
                    CallTarget::Expr(_) => false,
                };
                if !ok {
                    return false;
                }
                stack.extend(args.iter());
            }
            _ => return false,
        }
    }
    true
}

fn ex(pos: Pos, kind: ExprKind) -> Expr {
    Expr::new(pos, kind)
}

fn var(pos: Pos, name: &str) -> Expr {
    ex(pos, ExprKind::Var(name.to_string()))
}

/// Whether OTP's compiler works out a binary comprehension's size before
/// running it (`bc_initial_size` in v3_core): no filters, a template of
/// segments of known size, and generators after the first that are
/// variables not bound inside the comprehension.
fn sized_up_front(body: &Expr, quals: &[Qualifier]) -> bool {
    let ExprKind::Binary(segs) = &body.kind else { return false };
    // A size given as a literal, or an integer's or float's default.
    let known_size = |seg: &BinElement| match &seg.size {
        Some(sz) => matches!(sz.kind, ExprKind::Integer(_)),
        None => matches!(super::binary::seg_type(&seg.specs).kind, BinSegKind::Integer | BinSegKind::Float),
    };
    if !segs.iter().all(known_size) {
        return false;
    }
    let mut bound = std::collections::HashSet::new();
    for (i, q) in quals.iter().enumerate() {
        match q {
            Qualifier::Filter(_) => return false,
            Qualifier::Generator(p, g) | Qualifier::BinGenerator(p, g) => {
                if i > 0 && !matches!(&g.kind, ExprKind::Var(v) if !bound.contains(v)) {
                    return false;
                }
                pattern_vars(p, &mut bound);
            }
        }
    }
    true
}

/// The variables a pattern binds (any it names).
fn pattern_vars(e: &Expr, out: &mut std::collections::HashSet<String>) {
    match &e.kind {
        ExprKind::Var(v) => {
            out.insert(v.clone());
        }
        ExprKind::Cons(h, t) | ExprKind::Match(h, t) => {
            pattern_vars(h, out);
            pattern_vars(t, out);
        }
        ExprKind::Tuple(es) => es.iter().for_each(|x| pattern_vars(x, out)),
        ExprKind::Binary(els) => els.iter().for_each(|x| pattern_vars(&x.value, out)),
        ExprKind::Map(_, fields) => fields.iter().for_each(|f| pattern_vars(&f.value, out)),
        _ => {}
    }
}

/// `case G of _ when is_list(G), length(G) >= 0 -> ok; _ -> error({bad_generator, G}) end`
/// (`is_bitstring(G)` for a binary generator).
fn generator_check(pos: Pos, g: &str, is_list: bool) -> Expr {
    let bif = |name: &str, args: Vec<Expr>| ex(pos, ExprKind::Call(Box::new(CallTarget::Local(name.into())), args));
    let guard = if is_list {
        let len = bif("length", vec![var(pos, g)]);
        vec![
            bif("is_list", vec![var(pos, g)]),
            ex(pos, ExprKind::BinOp(">=".into(), Box::new(len), Box::new(ex(pos, ExprKind::Integer(0.into()))))),
        ]
    } else {
        vec![bif("is_bitstring", vec![var(pos, g)])]
    };
    let ok = Clause {
        pos,
        patterns: vec![var(pos, "_")],
        guards: vec![guard],
        body: vec![ex(pos, ExprKind::Atom("ok".into()))],
    };
    let bad = clause(pos, vec![var(pos, "_")], vec![error_call(pos, "bad_generator", g)]);
    ex(pos, ExprKind::Case(Box::new(var(pos, g)), vec![ok, bad]))
}

/// A binary generator's pattern with the rest as `T/bitstring` after it.
fn bin_generator_pattern(p: &Expr, pos: Pos, t: &str) -> Expr {
    let mut els = match &p.kind {
        ExprKind::Binary(els) => els.clone(),
        _ => Vec::new(),
    };
    els.push(BinElement { pos, value: var(pos, t), size: None, specs: vec![BinSpec::Name("bitstring".into())] });
    ex(pos, ExprKind::Binary(els))
}

/// `erlang:error({Tag, Var})`.
fn error_call(pos: Pos, tag: &str, v: &str) -> Expr {
    let target = CallTarget::Remote(ex(pos, ExprKind::Atom("erlang".into())), ex(pos, ExprKind::Atom("error".into())));
    let reason = ex(pos, ExprKind::Tuple(vec![ex(pos, ExprKind::Atom(tag.into())), var(pos, v)]));
    ex(pos, ExprKind::Call(Box::new(target), vec![reason]))
}

fn clause(pos: Pos, patterns: Vec<Expr>, body: Vec<Expr>) -> Clause {
    Clause { pos, patterns, guards: Vec::new(), body }
}

impl Lowerer<'_> {
    /// Rewrites a comprehension into calls of named funs.
    pub(super) fn comprehension(&mut self, e: &Expr) -> Expr {
        match &e.kind {
            ExprKind::ListComp(body, quals) => self.tq(body, quals, ex(e.pos, ExprKind::Nil), false),
            ExprKind::BinComp(body, quals) => {
                let empty = ex(e.pos, ExprKind::Binary(Vec::new()));
                if !sized_up_front(body, quals) {
                    return self.bin_tq(body, quals, empty);
                }
                // OTP sizes the result before it starts (bs_init_writable):
                // it takes each generator's length or binary there, so a
                // generator that is not a list (or binary) fails in the
                // caller, naming the whole value.
                let mut quals = quals.to_vec();
                let mut steps = Vec::new();
                for (i, q) in quals.iter_mut().enumerate() {
                    let is_list = matches!(q, Qualifier::Generator(..));
                    let (Qualifier::Generator(_, g) | Qualifier::BinGenerator(_, g)) = q else { continue };
                    let g_var = if i == 0 {
                        let v = self.fresh_var("G");
                        steps.push(ex(e.pos, ExprKind::Match(Box::new(var(e.pos, &v)), Box::new(g.clone()))));
                        *g = var(e.pos, &v);
                        v
                    } else {
                        match &g.kind {
                            ExprKind::Var(v) => v.clone(),
                            _ => continue,
                        }
                    };
                    steps.push(generator_check(e.pos, &g_var, is_list));
                }
                steps.push(self.bin_tq(body, &quals, empty));
                ex(e.pos, ExprKind::Block(steps))
            }
            _ => e.clone(),
        }
    }

    /// A list comprehension whose value is thrown away (a statement, or
    /// matched to `_`), as OTP compiles it: no list is built, and each
    /// helper evaluates the template and goes on in tail position, so
    /// stack traces show one frame of it. None for anything else.
    pub(super) fn comprehension_effect(&mut self, e: &Expr) -> Option<Expr> {
        match &e.kind {
            ExprKind::ListComp(body, quals) => Some(self.tq(body, quals, ex(e.pos, ExprKind::Nil), true)),
            ExprKind::Match(p, v) if matches!(&p.kind, ExprKind::Var(n) if n == "_") => self.comprehension_effect(v),
            _ => None,
        }
    }

    /// The elements `body` produces for `quals`, followed by `tail`: a list
    /// comprehension's helpers recurse in body position, as OTP's do. With
    /// `effect`, `body` is only evaluated and the helpers recurse in tail
    /// position.
    fn tq(&mut self, body: &Expr, quals: &[Qualifier], tail: Expr, effect: bool) -> Expr {
        let pos = body.pos;
        let Some((q, rest)) = quals.split_first() else {
            if effect {
                return ex(pos, ExprKind::Block(vec![body.clone(), tail]));
            }
            return ex(pos, ExprKind::Cons(Box::new(body.clone()), Box::new(tail)));
        };
        match q {
            Qualifier::Generator(p, list) => {
                let f = self.fresh_var("lc");
                let t = self.fresh_var("T");
                // The next round is called from the generator's line, as in
                // OTP (stack traces show it there).
                let recur = ex(p.pos, ExprKind::Call(Box::new(CallTarget::Expr(var(pos, &f))), vec![var(pos, &t)]));
                let inner = self.tq(body, rest, recur.clone(), effect);
                let cons = |h: Expr, t: Expr| ex(pos, ExprKind::Cons(Box::new(h), Box::new(t)));
                let bad = self.fresh_var("X");
                let err = error_call(pos, "bad_generator", &bad);
                let clauses = vec![
                    clause(pos, vec![cons(p.clone(), var(pos, &t))], vec![inner]),
                    clause(pos, vec![cons(var(pos, "_"), var(pos, &t))], vec![recur]),
                    clause(pos, vec![ex(pos, ExprKind::Nil)], vec![tail]),
                    clause(pos, vec![var(pos, &bad)], vec![err]),
                ];
                // Positioned at the generator, which numbers it (see `number_funs`).
                let fun = ex(p.pos, ExprKind::Fun { name: Some(f), clauses });
                ex(p.pos, ExprKind::Call(Box::new(CallTarget::Expr(fun)), vec![list.clone()]))
            }
            Qualifier::BinGenerator(p, bin) => {
                let f = self.fresh_var("lc");
                let t = self.fresh_var("T");
                let recur = ex(pos, ExprKind::Call(Box::new(CallTarget::Expr(var(pos, &f))), vec![var(pos, &t)]));
                let inner = self.tq(body, rest, recur, effect);
                let clauses = vec![
                    clause(pos, vec![bin_generator_pattern(p, pos, &t)], vec![inner]),
                    clause(pos, vec![var(pos, "_")], vec![tail]),
                ];
                let fun = ex(p.pos, ExprKind::Fun { name: Some(f), clauses });
                ex(p.pos, ExprKind::Call(Box::new(CallTarget::Expr(fun)), vec![bin.clone()]))
            }
            Qualifier::Filter(cond) if is_guard_expr(cond) => {
                // A guard filter: false, non-boolean or failing skips.
                let inner = self.tq(body, rest, tail.clone(), effect);
                let guarded =
                    Clause { pos, patterns: vec![var(pos, "_")], guards: vec![vec![cond.clone()]], body: vec![inner] };
                let clauses = vec![guarded, clause(pos, vec![var(pos, "_")], vec![tail])];
                ex(pos, ExprKind::Case(Box::new(ex(pos, ExprKind::Atom("true".into()))), clauses))
            }
            Qualifier::Filter(cond) => {
                // Any other filter must return a boolean: `{bad_filter, V}`.
                let inner = self.tq(body, rest, tail.clone(), effect);
                let bad = self.fresh_var("F");
                let err = error_call(pos, "bad_filter", &bad);
                let clauses = vec![
                    clause(pos, vec![ex(pos, ExprKind::Atom("true".into()))], vec![inner]),
                    clause(pos, vec![ex(pos, ExprKind::Atom("false".into()))], vec![tail]),
                    clause(pos, vec![var(pos, &bad)], vec![err]),
                ];
                ex(pos, ExprKind::Case(Box::new(cond.clone()), clauses))
            }
        }
    }

    /// A binary comprehension as OTP compiles it: each helper takes the
    /// rest of its generator and the binary built so far, and appends the
    /// template's segments to it (`<<Acc/bitstring, Seg...>>`), so a bad
    /// segment is the template's own number plus one, and the helpers
    /// recurse in tail position. Returns the expression giving the binary
    /// after `quals` from accumulator `acc`.
    fn bin_tq(&mut self, body: &Expr, quals: &[Qualifier], acc: Expr) -> Expr {
        let pos = body.pos;
        let Some((q, rest)) = quals.split_first() else {
            let mut els =
                vec![BinElement { pos, value: acc, size: None, specs: vec![BinSpec::Name("bitstring".into())] }];
            match &body.kind {
                ExprKind::Binary(segs) => els.extend(segs.iter().cloned()),
                _ => els.push(BinElement {
                    pos,
                    value: body.clone(),
                    size: None,
                    specs: vec![BinSpec::Name("bitstring".into())],
                }),
            }
            return ex(pos, ExprKind::Binary(els));
        };
        let call =
            |f: &str, at: Pos, args: Vec<Expr>| ex(at, ExprKind::Call(Box::new(CallTarget::Expr(var(pos, f))), args));
        match q {
            Qualifier::Generator(p, list) => {
                let (f, t, a) = (self.fresh_var("lbc"), self.fresh_var("T"), self.fresh_var("A"));
                let inner = self.bin_tq(body, rest, var(pos, &a));
                let cons = |h: Expr, t: Expr| ex(pos, ExprKind::Cons(Box::new(h), Box::new(t)));
                let bad = self.fresh_var("X");
                let clauses = vec![
                    clause(
                        pos,
                        vec![cons(p.clone(), var(pos, &t)), var(pos, &a)],
                        vec![call(&f, p.pos, vec![var(pos, &t), inner])],
                    ),
                    clause(
                        pos,
                        vec![cons(var(pos, "_"), var(pos, &t)), var(pos, &a)],
                        vec![call(&f, p.pos, vec![var(pos, &t), var(pos, &a)])],
                    ),
                    clause(pos, vec![ex(pos, ExprKind::Nil), var(pos, &a)], vec![var(pos, &a)]),
                    clause(pos, vec![var(pos, &bad), var(pos, "_")], vec![error_call(pos, "bad_generator", &bad)]),
                ];
                let fun = ex(p.pos, ExprKind::Fun { name: Some(f), clauses });
                ex(p.pos, ExprKind::Call(Box::new(CallTarget::Expr(fun)), vec![list.clone(), acc]))
            }
            Qualifier::BinGenerator(p, bin) => {
                let (f, t, a) = (self.fresh_var("lbc"), self.fresh_var("T"), self.fresh_var("A"));
                let inner = self.bin_tq(body, rest, var(pos, &a));
                let clauses = vec![
                    clause(
                        pos,
                        vec![bin_generator_pattern(p, pos, &t), var(pos, &a)],
                        vec![call(&f, p.pos, vec![var(pos, &t), inner])],
                    ),
                    clause(pos, vec![var(pos, "_"), var(pos, &a)], vec![var(pos, &a)]),
                ];
                let fun = ex(p.pos, ExprKind::Fun { name: Some(f), clauses });
                ex(p.pos, ExprKind::Call(Box::new(CallTarget::Expr(fun)), vec![bin.clone(), acc]))
            }
            Qualifier::Filter(cond) if is_guard_expr(cond) => {
                let inner = self.bin_tq(body, rest, acc.clone());
                let guarded =
                    Clause { pos, patterns: vec![var(pos, "_")], guards: vec![vec![cond.clone()]], body: vec![inner] };
                let clauses = vec![guarded, clause(pos, vec![var(pos, "_")], vec![acc])];
                ex(pos, ExprKind::Case(Box::new(ex(pos, ExprKind::Atom("true".into()))), clauses))
            }
            Qualifier::Filter(cond) => {
                let inner = self.bin_tq(body, rest, acc.clone());
                let bad = self.fresh_var("F");
                let clauses = vec![
                    clause(pos, vec![ex(pos, ExprKind::Atom("true".into()))], vec![inner]),
                    clause(pos, vec![ex(pos, ExprKind::Atom("false".into()))], vec![acc]),
                    clause(pos, vec![var(pos, &bad)], vec![error_call(pos, "bad_filter", &bad)]),
                ];
                ex(pos, ExprKind::Case(Box::new(cond.clone()), clauses))
            }
        }
    }

    // ---- records ------------------------------------------------------------

    fn record_def(&mut self, pos: Pos, name: &str) -> Option<Vec<(String, Option<Expr>)>> {
        match self.records.get(name) {
            Some(d) => Some(d.fields.clone()),
            None => {
                self.error(pos, &format!("record {name} undefined"));
                None
            }
        }
    }

    fn field_index(&mut self, pos: Pos, name: &str, field: &str) -> Option<usize> {
        let def = self.record_def(pos, name)?;
        match def.iter().position(|f| f.0 == field) {
            Some(i) => Some(i + 1),
            None => {
                self.error(pos, &format!("field {field} undefined in record {name}"));
                None
            }
        }
    }

    pub(super) fn record_expr(&mut self, e: &Expr) -> Src {
        match &e.kind {
            ExprKind::RecordIndex { name, field } => match self.field_index(e.pos, name, field) {
                Some(i) => Src::Int(i as i64 + 1),
                None => Src::Nil,
            },
            ExprKind::RecordNew { base: None, name, fields } => {
                let Some(def) = self.record_def(e.pos, name) else {
                    return Src::Nil;
                };
                let mut elems = vec![ex(e.pos, ExprKind::Atom(name.clone()))];
                for (fname, default) in &def {
                    let given = fields.iter().find(|f| &f.0 == fname).or_else(|| fields.iter().find(|f| f.0 == "_"));
                    elems.push(match (given, default) {
                        (Some((_, v, _)), _) => v.clone(),
                        (None, Some(d)) => d.clone(),
                        (None, None) => ex(e.pos, ExprKind::Atom("undefined".into())),
                    });
                }
                self.expr(&ex(e.pos, ExprKind::Tuple(elems)))
            }
            ExprKind::RecordNew { base: Some(base), name, fields } => {
                let Some(def) = self.record_def(e.pos, name) else {
                    return Src::Nil;
                };
                let v = self.expr(base);
                let values: Vec<Option<Src>> = def
                    .iter()
                    .map(|(f, _)| fields.iter().find(|x| &x.0 == f).map(|x| x.1.clone()))
                    .map(|x| x.map(|x| self.expr(&x)))
                    .collect();
                self.check_record(v, name, def.len());
                let mut elems = vec![self.asm.atom(name)];
                for (i, val) in values.into_iter().enumerate() {
                    elems.push(match val {
                        Some(s) => s,
                        None => {
                            let t = self.temp();
                            self.asm.emit(Op::GetTupleElement { src: v, index: i as u32 + 1, dst: t });
                            t.into()
                        }
                    });
                }
                let d = self.temp();
                self.asm.emit(Op::PutTuple { elems: elems.into(), dst: d });
                d.into()
            }
            ExprKind::RecordField { expr, name, field } => {
                let Some(i) = self.field_index(e.pos, name, field) else {
                    return Src::Nil;
                };
                let size = self.records.get(name).map_or(0, |d| d.fields.len());
                let v = self.expr(expr);
                self.check_record(v, name, size);
                let d = self.temp();
                self.asm.emit(Op::GetTupleElement { src: v, index: i as u32, dst: d });
                d.into()
            }
            _ => Src::Nil,
        }
    }

    /// Raises `{badrecord, V}` (or fails the guard) unless `v` is a record
    /// `name` with `size` fields.
    fn check_record(&mut self, v: Src, name: &str, size: usize) {
        let bad = self.asm.new_label();
        let ok = self.asm.new_label();
        let fail = if self.fx.guard_fail != 0 { self.fx.guard_fail } else { bad };
        self.asm.emit(Op::TestArity { src: v, arity: size as u32 + 1, fail });
        let tag = self.temp();
        self.asm.emit(Op::GetTupleElement { src: v, index: 0, dst: tag });
        let a = self.asm.atom(name);
        self.asm.emit(Op::Cmp { op: CmpOp::EqExact, a: tag.into(), b: a, fail });
        self.asm.emit(Op::Jump { to: ok });
        self.asm.bind(bad);
        let br = self.asm.atom("badrecord");
        let reason = self.temp();
        self.asm.emit(Op::PutTuple { elems: vec![br, v].into(), dst: reason });
        // No line of its own: like OTP, the error reports the line of the
        // code before it.
        self.asm.emit(Op::RaiseError { reason: reason.into() });
        self.asm.bind(ok);
    }

    /// `#r{f = P}` as a pattern: a tuple pattern with `_` for other fields.
    pub(super) fn record_pattern(&mut self, p: &Expr, name: &str, fields: &[FieldInit]) -> Option<Expr> {
        let def = self.record_def(p.pos, name)?;
        for (f, _, at) in fields {
            if f != "_" && !def.iter().any(|d| &d.0 == f) {
                self.error(*at, &format!("field {f} undefined in record {name}"));
                return None;
            }
        }
        let mut elems = vec![ex(p.pos, ExprKind::Atom(name.to_string()))];
        for (fname, _) in &def {
            let given = fields.iter().find(|f| &f.0 == fname).or_else(|| fields.iter().find(|f| f.0 == "_"));
            elems.push(given.map_or_else(|| var(p.pos, "_"), |g| g.1.clone()));
        }
        Some(ex(p.pos, ExprKind::Tuple(elems)))
    }

    pub(super) fn record_info(&mut self, e: &Expr, what: &Expr, rec: &Expr) -> Option<Literal> {
        let (ExprKind::Atom(what), ExprKind::Atom(name)) = (&what.kind, &rec.kind) else {
            return None;
        };
        let def = self.record_def(e.pos, name)?;
        match what.as_str() {
            "fields" => Some(Literal::list(def.iter().map(|f| Literal::Atom(f.0.clone())).collect(), Literal::Nil)),
            "size" => Some(Literal::Int((def.len() as i64 + 1).into())),
            _ => None,
        }
    }
}
