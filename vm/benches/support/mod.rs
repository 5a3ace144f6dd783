//! What the criterion benches share: running one function of a loaded
//! module to completion on a fresh process, without scheduler or I/O.

use ferl_vm::code::ModuleInstance;
use ferl_vm::interp::{self, Exit, RunResult};
use ferl_vm::process::{Process, X_REGS};
use ferl_vm::term::{Atom, Term};
use ferl_vm::vm::Vm;
use std::sync::Arc;

/// Calls `F(Arg)` of `inst` on a fresh process until it finishes (for
/// programs that neither send nor spawn); panics when it ends otherwise.
pub fn call(vm: &Arc<Vm>, inst: &'static ModuleInstance, f: &str, arg: i64) {
    let entry = inst.function_entry(Atom::intern(f), 1).expect("bench function");
    let mut p = Process::new(1, vm.clone());
    interp::setup_call(&mut p, inst, entry, &[Term::int(arg)]);
    let mut regs: Box<[Term]> = vec![Term::NIL; X_REGS].into_boxed_slice();
    p.load_registers(&mut regs);
    loop {
        match interp::run(&mut p, 4000) {
            RunResult::Yield => continue,
            RunResult::Exit(Exit::Normal) => break,
            other => panic!("{f}({arg}) ended with {other:?}"),
        }
    }
}
