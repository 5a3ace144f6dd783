//! Lifting of funs into functions of their own: their OTP names
//! (`-f/1-fun-N-`, `-f/1-lc$^N/1-M-`), captured variables and lambda
//! entries. Comprehension helpers get no lambda: they are called directly.

use super::{vars, Lowerer, PendingFun};
use crate::ast::{Clause, Pos};
use crate::bytecode;

impl Lowerer<'_> {
    /// Registers a fun for lifting; returns its lambda index (none for a
    /// comprehension helper) and its captured variables.
    pub(super) fn lift_fun(&mut self, clauses: &[Clause], name: Option<&str>, pos: Pos) -> (Option<u32>, Vec<String>) {
        let arity = clauses.first().map_or(0, |c| c.patterns.len() as u32);
        let helper = name.is_some_and(|n| n.starts_with('@'));
        // A helper of an enclosing comprehension that the clauses call is
        // captured as the variables it captures itself (see `helpers`).
        let mut scope = self.fx.bound.clone();
        scope.extend(self.helpers.keys().cloned());
        let mut free = Vec::new();
        for v in vars::free_vars(clauses, &scope) {
            if Some(v.as_str()) == name {
                continue;
            }
            let expanded = match self.helpers.get(&v) {
                Some((_, theirs)) => theirs.clone(),
                None => vec![v],
            };
            for v in expanded {
                if !free.contains(&v) {
                    free.push(v);
                }
            }
        }
        let (oname, oarity) = self.fx.outer.clone();
        // Funs in the source take OTP's numbers; comprehension helpers
        // (named `@...` by the lowering) count separately.
        let key = (pos.line, pos.col);
        let fname = match name {
            // Comprehension helpers (named `@lc..`/`@lbc..` by the lowering).
            Some(n) if helper => {
                let kind = if n.starts_with("@lbc") { ("lbc", 2) } else { ("lc", 1) };
                let (big, small) = match self.fun_numbers.helpers.get(&key) {
                    Some(&numbers) => numbers,
                    None => {
                        let n = self.unnumbered_fun();
                        (n, n)
                    }
                };
                format!("-{oname}/{oarity}-{}$^{big}/{}-{small}-", kind.0, kind.1)
            }
            _ => match self.fun_numbers.funs.get(&key) {
                Some(n) => format!("-{oname}/{oarity}-fun-{n}-"),
                None => format!("-{oname}/{oarity}-fun-{}-", self.unnumbered_fun()),
            },
        };
        let total = arity + free.len() as u32;
        let function = self.declare(&fname, total);
        let lambda = if helper {
            if let Some(n) = name {
                self.helpers.insert(n.to_string(), (function, free.clone()));
            }
            None
        } else {
            let lambda = self.lambdas.len() as u32;
            self.lambdas.push(bytecode::Lambda { function, arity, num_free: free.len() as u32 });
            Some(lambda)
        };
        self.pending.push_back(PendingFun {
            function,
            arity,
            clauses: clauses.to_vec(),
            free: free.clone(),
            name: name.map(str::to_string),
            lambda,
            pos,
        });
        (lambda, free)
    }

    /// A number for a fun the source numbering did not see (none in
    /// practice: every fun and generator has a position of its own).
    fn unnumbered_fun(&mut self) -> u32 {
        self.extra_funs += 1;
        self.fun_numbers.count + self.extra_funs - 1
    }
}
