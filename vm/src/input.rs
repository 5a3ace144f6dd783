//! Standard input for the standard group leader: one reader thread owns
//! stdin (or the terminal), so no scheduler thread ever blocks on it. A
//! process asks for a line with `ferl_io:read_line/2`; the thread prompts,
//! reads, and sends the answer back as the message
//! `{'$ferl_input', Line | eof | interrupted}` (Line a UTF-8 binary ending
//! in `\n` unless input ended without one). Characters read but not yet
//! consumed (the rest of a line after an expression's `.`) wait here too,
//! so that the next request on the standard group leader sees them first.
//!
//! Where the lines come from is a [`LineSource`]: plain stdin by default;
//! the `ferl` binary installs a line editor when stdin is a terminal.

use crate::term::{Atom, Term};
use crate::vm::Vm;
use std::io::BufRead;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{channel, Sender};
use std::sync::{Arc, Mutex, OnceLock};

/// One answer of a line source.
pub enum Line {
    /// A line, with its `\n` unless input ended without one.
    Text(String),
    /// End of input.
    Eof,
    /// The user gave up on the line (the caller gets `interrupted`).
    Interrupted,
}

/// Whether a read starts a request or continues one (an expression that
/// spans lines). A terminal shows the prompt again; plain stdin does not,
/// as OTP's `erl` does not when its input is a pipe.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    First,
    More,
}

/// Something that reads lines for the standard group leader.
pub trait LineSource: Send {
    fn read_line(&mut self, prompt: &str, kind: Kind) -> Line;
}

/// Reads stdin with no editing; prompts go to standard output.
pub struct PlainStdin;

impl LineSource for PlainStdin {
    fn read_line(&mut self, prompt: &str, kind: Kind) -> Line {
        if kind == Kind::First && !prompt.is_empty() {
            crate::io::write_stdout(&crate::io::latin1_bytes(prompt));
        }
        crate::io::flush_stdout();
        let mut bytes = Vec::new();
        match std::io::stdin().lock().read_until(b'\n', &mut bytes) {
            Ok(0) | Err(_) => Line::Eof,
            Ok(_) => Line::Text(String::from_utf8_lossy(&bytes).into_owned()),
        }
    }
}

struct Request {
    vm: Arc<Vm>,
    pid: u64,
    prompt: String,
    kind: Kind,
}

struct Reader {
    requests: Mutex<Option<Sender<Request>>>,
    /// Characters read but not consumed yet.
    pending: Mutex<Vec<char>>,
    /// A source installed before the first read.
    source: Mutex<Option<Box<dyn LineSource>>>,
}

fn reader() -> &'static Reader {
    static R: OnceLock<Reader> = OnceLock::new();
    R.get_or_init(|| Reader { requests: Mutex::new(None), pending: Mutex::new(Vec::new()), source: Mutex::new(None) })
}

/// Requests sent whose answer has not arrived yet: while there are some, a
/// deterministic run that finds every process waiting is not deadlocked.
static OUTSTANDING: AtomicUsize = AtomicUsize::new(0);

pub fn outstanding() -> usize {
    OUTSTANDING.load(Ordering::Acquire)
}

/// Makes `source` the place lines come from. Call before the first read
/// (a later call is ignored once the reader thread runs).
pub fn install(source: Box<dyn LineSource>) {
    *reader().source.lock().unwrap_or_else(|e| e.into_inner()) = Some(source);
}

/// The reader thread's channel, starting the thread on first use.
fn sender() -> Option<Sender<Request>> {
    let r = reader();
    let mut slot = r.requests.lock().unwrap_or_else(|e| e.into_inner());
    if slot.is_none() {
        let source = r.source.lock().unwrap_or_else(|e| e.into_inner()).take();
        let mut source = source.unwrap_or_else(|| Box::new(PlainStdin));
        let (tx, rx) = channel::<Request>();
        let spawned = std::thread::Builder::new().name("ferl-stdin".into()).spawn(move || {
            for req in rx {
                let line = source.read_line(&req.prompt, req.kind);
                reply(&req, line);
            }
        });
        spawned.ok()?;
        *slot = Some(tx);
    }
    slot.clone()
}

fn reply(req: &Request, line: Line) {
    let mut heap = crate::heap::Heap::with_capacity(16);
    let answer = match line {
        Line::Text(s) => heap.binary(s.as_bytes()),
        Line::Eof => Term::atom(Atom::intern("eof")),
        Line::Interrupted => Term::atom(Atom::intern("interrupted")),
    };
    let msg = heap.tuple(&[Term::atom(Atom::intern("$ferl_input")), answer]);
    req.vm.send_message(req.pid, msg);
    OUTSTANDING.fetch_sub(1, Ordering::AcqRel);
    // A deterministic worker may be waiting for this answer.
    req.vm.sched.wake();
}

/// Asks the reader thread for a line for process `pid`. False when the
/// thread cannot be started.
pub fn request_line(vm: &Arc<Vm>, pid: u64, prompt: String, kind: Kind) -> bool {
    let Some(tx) = sender() else { return false };
    OUTSTANDING.fetch_add(1, Ordering::AcqRel);
    if tx.send(Request { vm: vm.clone(), pid, prompt, kind }).is_err() {
        OUTSTANDING.fetch_sub(1, Ordering::AcqRel);
        return false;
    }
    true
}

/// Takes the characters waiting to be consumed.
pub fn take_pending() -> Vec<char> {
    std::mem::take(&mut *reader().pending.lock().unwrap_or_else(|e| e.into_inner()))
}

/// Puts characters back in front of what waits to be consumed.
pub fn push_pending(chars: &[char]) {
    let mut p = reader().pending.lock().unwrap_or_else(|e| e.into_inner());
    let rest = std::mem::take(&mut *p);
    p.extend_from_slice(chars);
    p.extend(rest);
}
