//! A process: its heap, registers, stack, dictionary and identity. The
//! interpreter runs a process; BIFs receive it (`&mut Process`) to allocate
//! results on its heap and to reach VM-wide services through `vm`.

pub mod copy;
pub mod prefetch;
pub mod signal;
pub mod table;

use crate::code::ModuleInstance;
use crate::heap::Heap;
use crate::term::{Atom, Term};
use crate::vm::Vm;
use ferl_compiler::bytecode::Op;
use std::collections::VecDeque;
use std::sync::Arc;

/// Number of x registers.
pub const X_REGS: usize = 1024;

/// A code address: a module instance (naming its version) and an offset.
/// A null instance marks the bottom of the stack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cp {
    pub instance: *const ModuleInstance,
    pub pc: u32,
}

impl Cp {
    pub const NONE: Cp = Cp { instance: std::ptr::null(), pc: 0 };

    pub fn instance(&self) -> Option<&'static ModuleInstance> {
        // SAFETY: instances are never freed (see code.rs).
        unsafe { self.instance.as_ref() }
    }
}

/// A return address: a module instance and the instruction to continue
/// with. A null instance marks the bottom of the stack; otherwise `ip`
/// always points at an instruction of the instance's code, so a return
/// jumps to it without a check. Only `new_unchecked` (whose callers prove
/// that) and `from_header` (which reads back `frame_header`'s words) make
/// one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ret {
    instance: *const ModuleInstance,
    ip: *const Op,
}

impl Ret {
    pub const NONE: Ret = Ret { instance: std::ptr::null(), ip: std::ptr::null() };

    /// # Safety
    /// `ip` points at an instruction of `instance.code`.
    #[inline(always)]
    pub unsafe fn new_unchecked(instance: &'static ModuleInstance, ip: *const Op) -> Ret {
        debug_assert!(instance.code.as_ptr_range().contains(&ip));
        Ret { instance, ip }
    }

    #[inline(always)]
    pub fn instance(&self) -> Option<&'static ModuleInstance> {
        // SAFETY: instances are never freed (see code.rs).
        unsafe { self.instance.as_ref() }
    }

    /// The instruction to continue with (null at the bottom of the stack):
    /// inside `instance()`'s code.
    #[inline(always)]
    pub fn ip(&self) -> *const Op {
        self.ip
    }

    /// The same address as an instance and an offset.
    pub fn cp(&self) -> Cp {
        match self.instance() {
            Some(i) => Cp { instance: i, pc: code_offset(i, self.ip) },
            None => Cp::NONE,
        }
    }

    /// The return address kept in a frame header's first two words.
    ///
    /// # Safety
    /// `h0` and `h1` are the first two words `frame_header` gave.
    #[inline(always)]
    pub unsafe fn from_header(h0: Term, h1: Term) -> Ret {
        Ret {
            instance: (h0.raw() & !crate::term::TAG_MASK) as *const ModuleInstance,
            ip: (h1.raw() & !crate::term::TAG_MASK) as *const Op,
        }
    }
}

/// The offset of instruction `ip` in `inst`'s code.
#[inline(always)]
pub fn code_offset(inst: &ModuleInstance, ip: *const Op) -> u32 {
    ((ip as usize).wrapping_sub(inst.code.as_ptr() as usize) / std::mem::size_of::<Op>()) as u32
}

/// The stack holds frames one after another: each is three header words
/// (the caller's return address: its instance and instruction; where the
/// frame below starts) followed by its y slots. A frame's base is the index
/// of its first y slot; 0 means "no frame". Header words are tagged as
/// small integers, so the garbage collector takes the whole stack as roots
/// and leaves them alone.
pub const FRAME_HEADER: usize = 3;

/// The header words of a frame returning to `ret`, below which the frame
/// at `below` starts.
#[inline(always)]
pub fn frame_header(ret: &Ret, below: usize) -> [Term; FRAME_HEADER] {
    // Instances and instructions are 8-aligned: the tag goes in the
    // pointers' zero bits.
    const _: () = assert!(std::mem::align_of::<ModuleInstance>() >= 8);
    const _: () = assert!(std::mem::align_of::<Op>() >= 8);
    // Each word is read on its own (volatile: not merged into one 16-byte
    // load). A call has just stored them one by one, and a load spanning
    // both stores cannot take its value from them: it waits for them to
    // reach the cache, a stall on every call into a function with a frame
    // (two fifths of nrev's time before).
    // SAFETY: both are fields of a live `Ret`: valid, aligned reads.
    let (instance, ip) = unsafe { (std::ptr::read_volatile(&ret.instance), std::ptr::read_volatile(&ret.ip)) };
    [Term(instance as u64 | crate::term::TAG_SMALL), Term(ip as u64 | crate::term::TAG_SMALL), Term::int(below as i64)]
}

/// `frame_header` of a return address held in a local, not just stored
/// (no stores to wait for).
#[inline(always)]
pub fn frame_header_of(ret: Ret, below: usize) -> [Term; FRAME_HEADER] {
    use crate::term::TAG_SMALL;
    [Term(ret.instance as u64 | TAG_SMALL), Term(ret.ip as u64 | TAG_SMALL), Term::int(below as i64)]
}

/// The continuation kept in the header of the frame at `base`, and where
/// the frame below starts.
#[inline(always)]
pub fn frame_at(stack: &[Term], base: usize) -> Option<(Cp, usize)> {
    let h = stack.get(base.checked_sub(FRAME_HEADER)?..base)?;
    // SAFETY: the words below a frame's base are its header (`push_frame`
    // writes them; y slot stores reach the top frame's slots only).
    let ret = unsafe { Ret::from_header(h[0], h[1]) };
    let below = h[2].as_small().unwrap_or(0) as usize;
    Some((ret.cp(), below))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatchKind {
    Try,
    Catch,
}

/// An active `try` or `catch`: where to resume, how much stack to keep
/// and the frame it runs in.
#[derive(Clone, Copy, Debug)]
pub struct CatchEntry {
    pub kind: CatchKind,
    pub stack: u32,
    pub ybase: u32,
    pub handler: Cp,
}

/// The top stack-trace entry of an exception raised by a BIF or by a call
/// to an undefined function.
#[derive(Clone, Copy, Debug)]
pub struct BifFrame {
    pub module: Atom,
    pub function: Atom,
    /// The argument list.
    pub args: Term,
    /// Whether OTP attaches `error_info` (BIFs do; undefined functions don't).
    pub error_info: bool,
}

pub struct Process {
    pub pid: u64,
    pub heap: Heap,
    pub vm: Arc<Vm>,
    /// The process dictionary, in insertion order.
    pub dictionary: Vec<(Term, Term)>,
    /// phash2 of each key -> its positions in `dictionary`.
    pub dict_index: hashbrown::HashMap<u32, smallvec::SmallVec<[u32; 1]>>,
    /// Erased entries still in `dictionary` (their key is the non-value).
    pub dict_holes: usize,
    /// x registers: the running worker's register file while the process
    /// runs, empty otherwise (an idle process keeps only `saved_x`).
    pub x: Box<[Term]>,
    /// The live x registers of a process that is not running.
    pub saved_x: Vec<Term>,
    /// How many x registers are live where the process stopped.
    pub live_x: u16,
    /// Frames and their y slots (see `FRAME_HEADER`).
    pub stack: Vec<Term>,
    /// Where the current frame's y slots start (0: no frame).
    pub ybase: u32,
    pub catches: Vec<CatchEntry>,
    /// Continuation register.
    pub cp: Ret,
    /// Where execution resumes.
    pub pc: Cp,
    /// Received messages, oldest first.
    pub mailbox: VecDeque<Term>,
    /// How other processes reach this one (`None` for a process outside
    /// the process table, as in unit tests).
    pub handle: Option<Arc<table::Handle>>,
    pub links: Vec<u64>,
    /// Monitors this process holds: (reference number, watched pid, what
    /// the monitor named).
    pub monitors: Vec<signal::HeldMonitor>,
    /// The active aliases this process made (`vm::aliases`): a message
    /// sent to one of them is delivered, to any other reference dropped.
    pub aliases: crate::vm::aliases::AliasSet,
    /// `process_flag(priority, ...)`.
    pub priority: Atom,
    /// `process_flag(max_heap_size, ...)` in words (0: no limit).
    pub max_heap_words: usize,
    /// The `kill` and `error_logger` parts of `max_heap_size`: whether a
    /// process past its limit ends, and whether that is reported.
    pub max_heap_kill: bool,
    pub max_heap_log: bool,
    /// `message_queue_data` is `off_heap`: the messages waiting in the
    /// queue do not count toward `max_heap_size` (with `on_heap`, the
    /// default, they do once moved into the heap, as in OTP 25).
    pub off_heap_queue: bool,
    /// Monitors on this process: (reference number, watcher, what it named).
    /// Inline: a server has its caller's monitor on it during each call,
    /// and a separate buffer would be one more cache line to miss.
    pub monitored_by: smallvec::SmallVec<[(u64, u64, signal::MonitorTarget); 1]>,
    pub trap_exit: bool,
    /// Number of the current `receive ... after` wait, and whether its
    /// deadline passed.
    pub wait_seq: u64,
    pub timed_out: bool,
    /// Whether the current receive has its deadline timer set.
    pub wait_armed: bool,
    /// Set by a BIF that wants the process to yield after it returns
    /// (`erlang:yield/0`, an exit signal sent to itself).
    pub yield_now: bool,
    /// A server-like BIF (code loading) has yielded once for this call.
    pub round_trip_done: bool,
    /// Parked in `erlang:hibernate/3` until a message comes (shown as the
    /// current function).
    pub hibernating: bool,
    /// The reductions used before the current (or last) run slice plus
    /// that slice's (see `reductions`).
    pub reduction_limit: u64,
    /// How many of the current (or last) run slice's reductions are left:
    /// `interp::run` counts calls down it (a memory operand, no register
    /// held across its loop).
    pub budget: u32,
    /// The function the process was spawned to run: {M, F, Arity}.
    pub initial_call: (Atom, Atom, u32),
    /// Receive cursor: index of the next message to examine.
    pub recv_cursor: usize,
    /// The BIF a raised exception came from, for the top entry of its
    /// stack trace.
    pub bif_frame: Option<BifFrame>,
    /// Stack trace entries shown below the process's first function (an
    /// escript's main process shows escript's own frames), kept in their
    /// own heap so that collections leave them alone.
    pub bottom_frames: Vec<Term>,
    /// Set when the exception being raised comes from dispatching a call
    /// (`undef`, `badfun`, `badarity`): OTP's trace then starts at the
    /// continuation, without the calling instruction's own entry.
    pub call_error: bool,
    /// The argument list `erlang:error/2,3` puts in the raising frame.
    pub frame_args: Option<Term>,
    /// Why a binary construction just failed, `{Segment, Type, Error,
    /// Value}` (NIL when none): the `error_info` cause OTP puts on the
    /// failing function's stack-trace entry.
    pub bs_cause: Term,
    pub bottom_heap: Heap,
}

// SAFETY: the raw instance and instruction pointers in `Cp` and `Ret`
// refer to immutable, never-freed module instances, so a process may move
// between scheduler threads.
unsafe impl Send for Process {}

impl Process {
    /// Reductions used so far, the running slice's calls included.
    pub fn reductions(&self) -> u64 {
        self.reduction_limit.saturating_sub(self.budget as u64)
    }

    /// Gives the process a register file (`regs`, X_REGS long) and loads
    /// its saved registers into it.
    pub fn load_registers(&mut self, regs: &mut Box<[Term]>) {
        std::mem::swap(&mut self.x, regs);
        for (i, t) in self.saved_x.drain(..).enumerate() {
            self.x[i] = t;
        }
    }

    /// Saves the live registers and hands the register file back.
    pub fn unload_registers(&mut self, regs: &mut Box<[Term]>) {
        let live = (self.live_x as usize).min(self.x.len());
        self.saved_x.extend_from_slice(&self.x[..live]);
        std::mem::swap(&mut self.x, regs);
        if !self.x.is_empty() {
            self.x = Box::new([]);
        }
    }

    /// The return addresses of the frames on the stack, the top one first.
    pub fn frame_returns(&self) -> impl Iterator<Item = Cp> + '_ {
        let mut base = self.ybase as usize;
        std::iter::from_fn(move || {
            let (ret, below) = frame_at(&self.stack, base)?;
            // Frames below start lower: a damaged chain ends the walk.
            base = if below < base { below } else { 0 };
            Some(ret)
        })
    }

    pub fn new(pid: u64, vm: Arc<Vm>) -> Process {
        let max_heap_words = vm.default_max_heap_words;
        Process {
            pid,
            heap: Heap::for_process(),
            vm,
            dictionary: Vec::new(),
            dict_index: Default::default(),
            dict_holes: 0,
            x: Box::new([]),
            saved_x: Vec::new(),
            live_x: 0,
            stack: Vec::new(),
            ybase: 0,
            catches: Vec::new(),
            cp: Ret::NONE,
            pc: Cp::NONE,
            mailbox: VecDeque::new(),
            recv_cursor: 0,
            handle: None,
            links: Vec::new(),
            monitors: Vec::new(),
            aliases: Default::default(),
            priority: Atom::intern("normal"),
            max_heap_words,
            max_heap_kill: true,
            max_heap_log: true,
            off_heap_queue: false,
            monitored_by: smallvec::SmallVec::new(),
            trap_exit: false,
            wait_seq: 0,
            timed_out: false,
            wait_armed: false,
            reduction_limit: 0,
            budget: 0,
            yield_now: false,
            round_trip_done: false,
            hibernating: false,
            initial_call: (crate::term::atoms::erlang, crate::term::atoms::apply, 2),
            bif_frame: None,
            bottom_frames: Vec::new(),
            call_error: false,
            frame_args: None,
            bs_cause: Term::NIL,
            bottom_heap: Heap::empty(),
        }
    }
}

// Processes are many: keep the structure small (an idle process is this
// plus its first heap block). (616 bytes until aliases moved here from a
// VM-wide table: their box pointer took the last free byte's 8.)
const _: () = assert!(std::mem::size_of::<Process>() <= 624);
