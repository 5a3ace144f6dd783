//! VM-wide state shared by all processes: the code table, reference and pid
//! counters, and the output streams.

use std::sync::atomic::{AtomicU64, Ordering};

pub struct Vm {
    next_ref: AtomicU64,
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}

impl Vm {
    pub fn new() -> Vm {
        Vm { next_ref: AtomicU64::new(1) }
    }

    /// A fresh number for `make_ref/0`.
    pub fn new_ref_id(&self) -> u64 {
        self.next_ref.fetch_add(1, Ordering::Relaxed)
    }
}
