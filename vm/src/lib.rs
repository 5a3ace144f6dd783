//! ferl's virtual machine: terms, process heaps and their collector, the
//! interpreter, the code table, BIFs and the scheduler. It calls the
//! compiler only to load Erlang source (stdlib and `compile`).

pub mod bif;
pub mod code;
pub mod error_format;
pub mod exception;
pub mod format;
pub mod gc;
pub mod heap;
pub mod input;
pub mod interp;
pub mod io;
pub mod process;
pub mod remote;
pub mod report;
pub mod sched;
pub mod term;
pub mod timer;
pub mod vm;
