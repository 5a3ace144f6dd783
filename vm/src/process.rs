//! A process: its heap, registers, stack, dictionary and identity. The
//! interpreter runs a process; BIFs receive it (`&mut Process`) to allocate
//! results on its heap and to reach VM-wide services through `vm`.

use crate::heap::Heap;
use crate::term::Term;
use crate::vm::Vm;
use std::sync::Arc;

pub struct Process {
    pub pid: u64,
    pub heap: Heap,
    pub vm: Arc<Vm>,
    /// The process dictionary, in insertion order.
    pub dictionary: Vec<(Term, Term)>,
    /// x registers.
    pub x: Vec<Term>,
    /// The stack: frames of y slots, return addresses and catch markers.
    pub stack: Vec<Term>,
}

impl Process {
    pub fn new(pid: u64, vm: Arc<Vm>) -> Process {
        Process { pid, heap: Heap::new(), vm, dictionary: Vec::new(), x: vec![Term::NIL; 256], stack: Vec::new() }
    }
}
