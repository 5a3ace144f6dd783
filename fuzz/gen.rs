//! A generator of Erlang modules that parse but mean anything: the fuzz
//! input is a stream of choices (each byte picks among a node's
//! alternatives; past the end every choice is 0, the smallest), so the
//! fuzzer explores modules through the compiler's later stages (lint,
//! lowering, code generation, object encoding) that arbitrary bytes
//! rarely reach. Choice 0 is always the simplest form, which makes every
//! input end in a finite module, and nesting is bounded by depth and by a
//! node budget. Variables are mostly ones bound in scope, so most modules
//! pass lint; now and then one is not, or is unsafe.
//!
//! Calls are to a fixed set of functions and atoms that cannot touch the
//! world (no halt, spawn, ports, files), so a compiled module can be run.

#[path = "gen_expr.rs"]
mod expr;

/// Names of variables a pattern may bind.
const VARS: [&str; 6] = ["A", "B", "C", "X", "Y", "Zed"];
/// Atoms literals come from (none names a BIF with effects outside the
/// process).
const ATOMS: [&str; 12] =
    ["ok", "error", "a", "b", "true", "false", "undefined", "foo", "'hello world'", "r", "lists", "'é'"];
/// Remote calls: module, function, arity.
const REMOTE: [(&str, &str, usize); 24] = [
    ("erlang", "element", 2),
    ("erlang", "setelement", 3),
    ("erlang", "length", 1),
    ("erlang", "hd", 1),
    ("erlang", "tl", 1),
    ("erlang", "tuple_size", 1),
    ("erlang", "abs", 1),
    ("erlang", "atom_to_list", 1),
    ("erlang", "list_to_existing_atom", 1),
    ("erlang", "integer_to_list", 1),
    ("erlang", "term_to_binary", 1),
    ("erlang", "binary_to_term", 1),
    ("erlang", "self", 0),
    ("erlang", "make_ref", 0),
    ("erlang", "throw", 1),
    ("erlang", "error", 1),
    ("erlang", "exit", 1),
    ("erlang", "max", 2),
    ("erlang", "map_get", 2),
    ("erlang", "binary_part", 3),
    ("lists", "reverse", 1),
    ("maps", "put", 3),
    ("nomod", "nofun", 1),
    ("fuzz", "f0", 0),
];
const BINOPS: [&str; 22] = [
    "+", "-", "*", "/", "div", "rem", "band", "bor", "bxor", "bsl", "bsr", "and", "or", "xor", "andalso", "orelse",
    "==", "/=", "=<", "<", "=:=", "++",
];
const GUARD_BIFS: [(&str, usize); 12] = [
    ("is_integer", 1),
    ("is_atom", 1),
    ("is_list", 1),
    ("is_tuple", 1),
    ("is_map", 1),
    ("is_binary", 1),
    ("is_function", 2),
    ("length", 1),
    ("tuple_size", 1),
    ("map_size", 1),
    ("element", 2),
    ("is_map_key", 2),
];
const SIZED_TYPES: [&str; 6] = ["", "/integer", "/binary", "/float", "/little-signed", "/bits-unit:1"];
const UNSIZED_TYPES: [&str; 6] = ["", "/integer", "/binary", "/float", "/utf8", "/bits"];

/// The most deeply expressions nest.
const MAX_DEPTH: usize = 5;
/// The most expression nodes in one module.
const FUEL: usize = 150;

/// The module that `data` chooses, as source text.
pub fn module(data: &[u8]) -> String {
    let mut g = Gen {
        data,
        pos: 0,
        out: String::new(),
        fuel: FUEL,
        scope: Vec::new(),
        arities: Vec::new(),
        tainted: Vec::new(),
        sloppy: false,
    };
    g.module();
    g.out
}

struct Gen<'a> {
    data: &'a [u8],
    pos: usize,
    out: String,
    fuel: usize,
    /// Variables bound at this point of the clause being written.
    scope: Vec<&'static str>,
    /// The arity of each function `f0`, `f1`, ... the module defines.
    arities: Vec<usize>,
    /// Variables bound inside a construct whose bindings are not kept
    /// (a case clause, a fun, a catch): binding them again in the same
    /// clause would make them unsafe, so patterns leave them be.
    tainted: Vec<&'static str>,
    /// Whether this module makes mistakes (unbound variables, undefined
    /// functions, records and macros) now and then; one in eight does.
    sloppy: bool,
}

impl Gen<'_> {
    /// One of `n` choices (`n >= 1`); 0 once the input is used up.
    fn pick(&mut self, n: usize) -> usize {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b as usize % n.max(1)
    }

    /// True about once in `n` times (never once the input is used up).
    fn one_in(&mut self, n: usize) -> bool {
        self.pick(n) == n - 1
    }

    /// Writes one of `options`.
    fn one_of(&mut self, options: &[&str]) {
        let i = self.pick(options.len());
        self.w(options[i]);
    }

    /// Whether to make a mistake here (only in a sloppy module).
    fn mistake(&mut self) -> bool {
        self.sloppy && self.one_in(16)
    }

    fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// `count` items written by `item`, separated by `sep`.
    fn list_of(&mut self, count: usize, sep: &str, mut item: impl FnMut(&mut Self)) {
        for i in 0..count {
            if i > 0 {
                self.w(sep);
            }
            item(self);
        }
    }

    fn module(&mut self) {
        self.w("-module(fuzz).\n");
        self.sloppy = self.one_in(8);
        let arities: Vec<usize> = (0..1 + self.pick(4)).map(|_| self.pick(3)).collect();
        self.arities = arities.clone();
        self.w("-export([");
        let exported: Vec<String> =
            arities.iter().enumerate().filter(|_| !self.one_in(4)).map(|(i, a)| format!("f{i}/{a}")).collect();
        self.w(&exported.join(", "));
        self.w("]).\n");
        self.w("-record(r, {a, b = 1, c = [] :: list()}).\n");
        self.w("-define(M, {ok, 1}).\n-define(F(V), {V, V}).\n");
        let mut done = [false; 6];
        for _ in 0..self.pick(4) {
            let i = self.pick(6);
            if std::mem::replace(&mut done[i], true) {
                continue;
            }
            match i {
                0 => self.w("-behaviour(gen_server).\n"),
                1 => self.w("-type t() :: integer() | atom() | {t(), t()}.\n"),
                2 => self.w("-record(q, {x = ?M, y}).\n"),
                3 => self.w("-compile([nowarn_unused_vars]).\n"),
                4 => self.w("-define(G(A, B), [A | B]).\n"),
                _ => self.w("-dialyzer(no_return).\n"),
            }
        }
        for (i, &arity) in arities.iter().enumerate() {
            if self.one_in(3) {
                let args = vec!["term()"; arity].join(", ");
                self.w(&format!("-spec f{i}({args}) -> term().\n"));
            }
            let guarded = self.one_in(6);
            if guarded {
                self.w("-ifdef(M).\n");
            }
            self.function(i, arity);
            if guarded {
                self.w("-else.\n");
                self.w(&format!("f{i}({}) -> ok.\n", vec!["_"; arity].join(", ")));
                self.w("-endif.\n");
            }
        }
    }

    fn function(&mut self, index: usize, arity: usize) {
        let clauses = 1 + self.pick(3);
        self.list_of(clauses, ";\n", |g| {
            g.scope.clear();
            g.tainted.clear();
            g.w(&format!("f{index}("));
            g.list_of(arity, ", ", |g| g.pattern(0));
            g.w(")");
            g.guard();
            g.w(" ->\n    ");
            g.body(0);
        });
        self.w(".\n");
    }

    /// `when G` (sometimes).
    fn guard(&mut self) {
        if !self.one_in(3) {
            return;
        }
        self.w(" when ");
        let alts = 1 + self.pick(2);
        self.list_of(alts, "; ", |g| {
            let tests = 1 + g.pick(2);
            g.list_of(tests, ", ", |g| g.gexpr(0));
        });
    }

    /// A guard expression.
    fn gexpr(&mut self, depth: usize) {
        if depth >= 3 || self.fuel == 0 {
            return self.leaf();
        }
        self.fuel -= 1;
        match self.pick(6) {
            0 => self.leaf(),
            1 => {
                let (f, n) = GUARD_BIFS[self.pick(GUARD_BIFS.len())];
                self.w(f);
                self.w("(");
                self.list_of(n, ", ", |g| g.gexpr(depth + 1));
                self.w(")");
            }
            2 | 3 => {
                let op = BINOPS[self.pick(BINOPS.len() - 1)];
                self.w("(");
                self.gexpr(depth + 1);
                self.w(&format!(" {op} "));
                self.gexpr(depth + 1);
                self.w(")");
            }
            4 => {
                self.w("not ");
                self.gexpr(depth + 1);
            }
            _ => {
                self.w("{");
                self.gexpr(depth + 1);
                self.w("}");
            }
        }
    }

    /// A clause body: one or more expressions.
    fn body(&mut self, depth: usize) {
        let n = 1 + self.pick(3);
        self.list_of(n, ",\n    ", |g| {
            // A match at the top of a body binds for what follows.
            if g.one_in(4) {
                g.binding(|g| g.pattern(0), " = ", |g| g.expr(depth));
            } else {
                g.expr(depth);
            }
        });
    }

    /// A variable: one bound in scope, mostly.
    fn var_use(&mut self) {
        if self.mistake() {
            let v = VARS[self.pick(VARS.len())];
            return self.w(v);
        }
        if self.scope.is_empty() {
            return self.literal();
        }
        let i = self.pick(self.scope.len());
        let v = self.scope[i];
        self.w(v);
    }

    fn literal(&mut self) {
        match self.pick(9) {
            0 => {
                let n = self.pick(256);
                self.w(&n.to_string());
            }
            1 => {
                let a = ATOMS[self.pick(ATOMS.len())];
                self.w(a);
            }
            2 => self.w("[]"),
            3 => self.w("\"ab\""),
            4 => self.w("1.5"),
            5 => self.w("-7"),
            6 => self.w("123456789012345678901234567890"),
            7 => self.w("$a"),
            _ => self.w("<<\"xy\">>"),
        }
    }

    fn leaf(&mut self) {
        if self.pick(2) == 0 {
            self.literal();
        } else {
            self.var_use();
        }
    }

    /// A pattern; binds its variables in scope.
    fn pattern(&mut self, depth: usize) {
        if depth >= 3 || self.fuel == 0 {
            return self.pattern_var();
        }
        self.fuel -= 1;
        match self.pick(10) {
            0 => self.pattern_var(),
            1 => self.literal(),
            2 => self.w("_"),
            3 => {
                self.w("{");
                let n = self.pick(3);
                self.list_of(n, ", ", |g| g.pattern(depth + 1));
                self.w("}");
            }
            4 => {
                self.w("[");
                self.pattern(depth + 1);
                self.w(" | ");
                self.pattern(depth + 1);
                self.w("]");
            }
            5 => {
                self.w("#{");
                self.literal();
                self.w(" := ");
                self.pattern(depth + 1);
                self.w("}");
            }
            6 => {
                self.w("#r{a = ");
                self.pattern(depth + 1);
                self.w("}");
            }
            7 => {
                self.w("<<");
                let n = 1 + self.pick(2);
                self.list_of(n, ", ", |g| {
                    g.pattern_var();
                    g.one_of(&[":8", ":1", ":16", ":32"]);
                });
                if self.one_in(2) {
                    self.w(", _/binary");
                }
                self.w(">>");
            }
            8 => {
                self.w("\"ab\" ++ ");
                self.pattern_var();
            }
            _ => {
                self.pattern(depth + 1);
                self.w(" = ");
                self.pattern(depth + 1);
            }
        }
    }

    fn pattern_var(&mut self) {
        let v = VARS[self.pick(VARS.len())];
        if self.tainted.contains(&v) && !self.mistake() {
            return self.w("_");
        }
        self.w(v);
        if !self.scope.contains(&v) {
            self.scope.push(v);
        }
    }

    /// Writes `f` with the scope it leaves undone (clauses of a case, a
    /// fun's body: what they bind is not used after them).
    fn scoped(&mut self, f: impl FnOnce(&mut Self)) {
        let saved = self.scope.clone();
        f(self);
        for v in std::mem::replace(&mut self.scope, saved) {
            if !self.scope.contains(&v) && !self.tainted.contains(&v) {
                self.tainted.push(v);
            }
        }
    }

    /// A function of the module and its arity; now and then one it does
    /// not define.
    fn local_function(&mut self) -> (usize, usize) {
        if self.mistake() {
            return (self.pick(6), self.pick(3));
        }
        let f = self.pick(self.arities.len());
        (f, self.arities.get(f).copied().unwrap_or(0))
    }

    /// `P [when G] -> Body`, scoped.
    fn clause(&mut self, depth: usize) {
        self.scoped(|g| {
            g.pattern(0);
            g.guard();
            g.w(" -> ");
            g.body(depth + 1);
        });
    }
}
