//! Expressions of the generated modules (see `gen.rs`): each a choice
//! among the forms a clause body may hold, nested up to the generator's
//! depth and node budget.

use super::{Gen, BINOPS, MAX_DEPTH, REMOTE, SIZED_TYPES, UNSIZED_TYPES};

impl Gen<'_> {
    /// `pattern sep value`, the value written first: it sees the scope
    /// before the pattern binds.
    pub(super) fn binding(&mut self, pattern: impl FnOnce(&mut Self), sep: &str, value: impl FnOnce(&mut Self)) {
        let saved = std::mem::take(&mut self.out);
        value(self);
        let value = std::mem::replace(&mut self.out, saved);
        pattern(self);
        self.w(sep);
        self.w(&value);
    }

    pub(super) fn expr(&mut self, depth: usize) {
        if depth >= MAX_DEPTH || self.fuel == 0 {
            return self.leaf();
        }
        self.fuel -= 1;
        let d = depth + 1;
        match self.pick(28) {
            0 | 1 => self.leaf(),
            2 => {
                self.w("{");
                let n = self.pick(4);
                self.list_of(n, ", ", |g| g.expr(d));
                self.w("}");
            }
            3 => {
                self.w("[");
                let n = self.pick(3);
                self.list_of(n, ", ", |g| g.expr(d));
                if n > 0 && self.one_in(3) {
                    self.w(" | ");
                    self.expr(d);
                }
                self.w("]");
            }
            4 | 5 => {
                let op = BINOPS[self.pick(BINOPS.len())];
                self.w("(");
                self.expr(d);
                self.w(&format!(" {op} "));
                self.expr(d);
                self.w(")");
            }
            6 => {
                let op = ["-", "not ", "bnot ", "+"][self.pick(4)];
                self.w(op);
                self.w("(");
                self.expr(d);
                self.w(")");
            }
            7 => {
                let (f, n) = self.local_function();
                self.w(&format!("f{f}("));
                self.list_of(n, ", ", |g| g.expr(d));
                self.w(")");
            }
            8 => {
                let (m, f, n) = REMOTE[self.pick(REMOTE.len())];
                self.w(&format!("{m}:{f}("));
                self.list_of(n, ", ", |g| g.expr(d));
                self.w(")");
            }
            9 => {
                self.w("case ");
                self.expr(d);
                self.w(" of ");
                let n = 1 + self.pick(3);
                self.list_of(n, "; ", |g| g.clause(d));
                self.w(" end");
            }
            10 => {
                self.w("receive ");
                let n = self.pick(3);
                self.list_of(n, "; ", |g| g.clause(d));
                if n == 0 || self.pick(4) != 3 {
                    self.w(" after ");
                    self.one_of(&["0", "1", "infinity"]);
                    self.w(" -> ");
                    self.scoped(|g| g.body(d));
                }
                self.w(" end");
            }
            11 => {
                self.w("try ");
                self.scoped(|g| g.body(d));
                if self.one_in(2) {
                    self.w(" of ");
                    self.clause(d);
                }
                let catches = self.pick(3);
                if catches > 0 {
                    self.w(" catch ");
                    self.list_of(catches, "; ", |g| {
                        g.scoped(|g| {
                            g.one_of(&["", "throw:", "error:", "exit:", "C:"]);
                            g.pattern(1);
                            if g.one_in(3) {
                                g.w(":St");
                                g.scope.push("St");
                            }
                            g.w(" -> ");
                            g.body(d);
                        })
                    });
                }
                if catches == 0 || self.one_in(3) {
                    self.w(" after ");
                    self.scoped(|g| g.body(d));
                }
                self.w(" end");
            }
            12 => {
                self.w("(catch ");
                self.scoped(|g| g.expr(d));
                self.w(")");
            }
            13 => {
                self.w("if ");
                let n = 1 + self.pick(2);
                self.list_of(n, "; ", |g| {
                    g.gexpr(0);
                    g.w(" -> ");
                    g.scoped(|g| g.body(d));
                });
                if self.one_in(2) {
                    self.w("; true -> ok");
                }
                self.w(" end");
            }
            14 => {
                self.w("fun");
                let named = self.one_in(3);
                let arity = self.pick(3);
                self.scoped(|g| {
                    if named {
                        g.scope.push("Self");
                    }
                    let n = 1 + g.pick(2);
                    g.list_of(n, ";", |g| {
                        g.scoped(|g| {
                            g.w(if named { " Self(" } else { " (" });
                            g.list_of(arity, ", ", |g| g.pattern(1));
                            g.w(")");
                            g.guard();
                            g.w(" -> ");
                            g.body(d);
                        })
                    });
                });
                self.w(" end");
            }
            15 => match self.pick(3) {
                0 => {
                    let (f, n) = self.local_function();
                    self.w(&format!("fun f{f}/{n}"));
                }
                1 => self.w("fun lists:reverse/1"),
                _ => {
                    self.w("(");
                    self.expr(d);
                    self.w(")(");
                    let n = self.pick(3);
                    self.list_of(n, ", ", |g| g.expr(d));
                    self.w(")");
                }
            },
            16 | 17 => {
                let binary = self.pick(2) == 1;
                self.w(if binary { "<< " } else { "[" });
                self.scoped(|g| {
                    // Qualifiers first (they bind), then the head.
                    let saved = std::mem::take(&mut g.out);
                    let quals = 1 + g.pick(3);
                    g.list_of(quals, ", ", |g| match g.pick(3) {
                        0 => g.binding(|g| g.pattern(1), " <- ", |g| g.expr(d)),
                        1 => g.binding(
                            |g| {
                                g.w("<<");
                                g.pattern_var();
                                g.w(":8>>");
                            },
                            " <= ",
                            |g| g.expr(d),
                        ),
                        _ => g.gexpr(1),
                    });
                    let quals_text = std::mem::take(&mut g.out);
                    if binary {
                        g.w("<<(");
                        g.expr(d);
                        g.w("):8>>");
                    } else {
                        g.expr(d);
                    }
                    let head = std::mem::replace(&mut g.out, saved);
                    g.w(&head);
                    g.w(" || ");
                    g.w(&quals_text);
                });
                self.w(if binary { " >>" } else { "]" });
            }
            18 => {
                let update = self.one_in(2);
                if update {
                    self.w("(");
                    self.expr(d);
                    self.w(")");
                }
                self.w("#{");
                let n = self.pick(3);
                self.list_of(n, ", ", |g| {
                    g.expr(d);
                    g.one_of(if update { &[" => ", " := "] } else { &[" => "] });
                    g.expr(d);
                });
                self.w("}");
            }
            19 => match self.pick(5) {
                0 => {
                    self.w("#r{a = ");
                    self.expr(d);
                    self.w("}");
                }
                1 => {
                    self.w("(");
                    self.expr(d);
                    self.w(")");
                    self.one_of(&["#r.a", "#r.b", "#r.c", "#r.a", "#r.b", "#r.c", "#r.a", "#r.b", "#r.c", "#r.d"]);
                }
                2 => {
                    self.w("(");
                    self.expr(d);
                    self.w(")#r{c = ");
                    self.expr(d);
                    self.w("}");
                }
                3 if self.mistake() => self.w("#q{}"),
                _ => self.w("#r.b"),
            },
            20 => {
                self.w("<<");
                let n = self.pick(3);
                self.list_of(n, ", ", |g| {
                    g.w("(");
                    g.expr(d);
                    g.w(")");
                    if g.pick(2) == 1 {
                        let size = g.pick(65);
                        g.w(&format!(":{size}"));
                        g.one_of(&SIZED_TYPES);
                    } else {
                        g.one_of(&UNSIZED_TYPES);
                    }
                });
                self.w(">>");
            }
            21 | 22 => self.scoped(|g| {
                g.w("(");
                g.binding(|g| g.pattern(0), " = ", |g| g.expr(d));
                g.w(")");
            }),
            23 => {
                self.w("begin ");
                self.body(d);
                self.w(" end");
            }
            24 => match self.pick(5) {
                0 => self.w("?M"),
                1 => {
                    self.w("?F(");
                    self.expr(d);
                    self.w(")");
                }
                2 => self.w("?MODULE"),
                3 if self.mistake() => self.w("?UNDEF"),
                _ => self.w("?LINE"),
            },
            25 => {
                self.expr(d);
                self.w(" ! ");
                self.expr(d);
            }
            26 => {
                self.w("[");
                self.expr(d);
                self.w(" || ");
                self.scoped(|g| {
                    g.pattern(1);
                    g.w(" <- [1, 2, 3]");
                });
                self.w("]");
            }
            _ => self.literal(),
        }
    }
}
