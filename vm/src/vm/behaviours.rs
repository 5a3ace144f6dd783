//! What a behaviour module declares, for the compiler's `-behaviour`
//! checks: `B:behaviour_info(callbacks)` and `(optional_callbacks)`, run to
//! the end in a process of their own, as erl_lint calls them.

use super::Vm;
use crate::interp::{Exit, RunResult};
use crate::term::{Atom, Term, View};
use ferl_compiler::lint::BehaviourInfo;
use std::sync::Arc;

impl Vm {
    /// Looks up behaviour module `name` (loading it if needed).
    pub fn behaviour_info(self: &Arc<Self>, name: &str) -> BehaviourInfo {
        let m = Atom::intern(name);
        if self.code.current(m).is_none() {
            self.ensure_loaded(m);
        }
        let f = Atom::intern("behaviour_info");
        if self.code.export(m, f, 1).target().is_none() {
            return BehaviourInfo::Undefined;
        }
        let required = match self.call_for_fas(m, f, "callbacks") {
            Some(Answer::List(fas)) => fas,
            Some(Answer::Undefined) => return BehaviourInfo::NoCallbacks,
            Some(Answer::Other) => return BehaviourInfo::IllDefined,
            None => return BehaviourInfo::Undefined,
        };
        let optional = match self.call_for_fas(m, f, "optional_callbacks") {
            Some(Answer::List(fas)) => fas,
            _ => Vec::new(),
        };
        BehaviourInfo::Callbacks { required, optional }
    }

    /// Runs `m:f(Arg)` to the end; what it returned, or `None` if it failed.
    fn call_for_fas(self: &Arc<Self>, m: Atom, f: Atom, arg: &str) -> Option<Answer> {
        let target = self.code.export(m, f, 1).target()?;
        // erl_lint makes this call in the compiling process; a process
        // outside the process table keeps pid numbering as OTP's.
        let mut child = Box::new(crate::process::Process::new(0, self.clone()));
        crate::interp::setup_call(&mut child, target.instance, target.entry, &[Term::named(arg)]);
        let mut regs: Box<[Term]> = vec![Term::NIL; crate::process::X_REGS].into_boxed_slice();
        child.load_registers(&mut regs);
        let mut answer = None;
        // A behaviour_info that waits or loops long is treated as failing.
        for _ in 0..100 {
            match crate::interp::run(&mut child, 100_000) {
                RunResult::Yield => continue,
                RunResult::Exit(Exit::Normal) => {
                    answer = Some(Answer::of(child.x[0]));
                    break;
                }
                _ => break,
            }
        }
        child.live_x = 0;
        child.unload_registers(&mut regs);
        answer
    }
}

enum Answer {
    List(Vec<(String, u32)>),
    Undefined,
    Other,
}

impl Answer {
    fn of(t: Term) -> Answer {
        if t.is_atom_of(crate::term::atoms::undefined) {
            return Answer::Undefined;
        }
        let Some(items) = t.list_to_vec() else { return Answer::Other };
        let mut fas = Vec::new();
        for item in items {
            match item.as_tuple() {
                Some([f, a]) => match (f.as_atom(), a.view()) {
                    (Some(f), View::Small(a)) if a >= 0 => fas.push((f.name().to_string(), a as u32)),
                    _ => return Answer::Other,
                },
                _ => return Answer::Other,
            }
        }
        Answer::List(fas)
    }
}
