//! The slots a collection starts from (its roots) and, when it moves the
//! survivors once more, updates again: a list of pointers (a lone heap,
//! tests), or a process's registers, stack, dictionary and mailbox
//! walked in place, which spares making a list of a pointer per stack
//! word at each collection (a server's minor collection spent ~250
//! instructions making and keeping it).

use crate::term::Term;
use std::collections::VecDeque;

pub(crate) trait Roots {
    /// Calls `f` on every root slot, in the same order each time.
    fn each(&mut self, f: impl FnMut(&mut Term));
}

/// Roots given as pointers, each valid for reads and writes while the
/// collection runs (the unsafe collection functions' callers see to it).
pub(crate) struct RootList<'a>(pub(crate) &'a [*mut Term]);

impl Roots for RootList<'_> {
    #[inline(always)]
    fn each(&mut self, mut f: impl FnMut(&mut Term)) {
        for &r in self.0 {
            // SAFETY: the collection's caller guarantees each pointer is
            // valid, and the list names no slot twice.
            f(unsafe { &mut *r });
        }
    }
}

/// A process's slots that may refer to its heap: the live x registers,
/// the stack (frame headers are tagged as small integers: no pointers),
/// the dictionary and the mailbox.
pub(crate) struct ProcessRoots<'a> {
    pub(crate) x: &'a mut [Term],
    pub(crate) stack: &'a mut [Term],
    pub(crate) dictionary: &'a mut [(Term, Term)],
    pub(crate) mailbox: &'a mut VecDeque<Term>,
}

impl Roots for ProcessRoots<'_> {
    #[inline(always)]
    fn each(&mut self, mut f: impl FnMut(&mut Term)) {
        self.x.iter_mut().for_each(&mut f);
        self.stack.iter_mut().for_each(&mut f);
        for (k, v) in self.dictionary.iter_mut() {
            f(k);
            f(v);
        }
        self.mailbox.iter_mut().for_each(&mut f);
    }
}
