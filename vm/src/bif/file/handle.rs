//! `ferl_file`: open files for `file:open/2` and its file io server
//! (stdlib/file.erl, stdlib/file_io_server.erl). A file is a number in a
//! VM-wide table; the Erlang side owns it (one io server process, or the
//! caller of a raw open) and closes it.
//!
//! - `open(Name, Modes)`: Modes are `read`, `write`, `append`,
//!   `exclusive` as OTP reads them (write alone truncates; read and
//!   write together do not). `{ok, Id}` or `{error, Posix}`.
//! - `read(Id, N)`, `read_line(Id)`, `pread(Id, At, N)`: `{ok, Binary}`,
//!   `eof` or `{error, Posix}` (a line keeps its newline).
//! - `write(Id, IoData)`, `pwrite(Id, At, IoData)`, `truncate(Id)`,
//!   `sync(Id)`, `close(Id)`: `ok` or `{error, Posix}`.
//! - `position(Id, Location)`: `{ok, NewPosition}` or `{error, einval}`.

use super::{error, io_error, ok_tuple, path_of};
use crate::bif::erlang::iolist::iolist_bytes;
use crate::bif::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{atoms, Atom, Term};
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::FileExt;
use std::sync::{LazyLock, Mutex};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("ferl_file", "open", 2, open),
    Bif::new("ferl_file", "read", 2, read),
    Bif::new("ferl_file", "read_line", 1, read_line),
    Bif::new("ferl_file", "pread", 3, pread),
    Bif::new("ferl_file", "write", 2, write),
    Bif::new("ferl_file", "pwrite", 3, pwrite),
    Bif::new("ferl_file", "position", 2, position),
    Bif::new("ferl_file", "truncate", 1, truncate),
    Bif::new("ferl_file", "sync", 1, sync),
    Bif::new("ferl_file", "close", 1, close),
];

/// An open file and the bytes read ahead of its reader (for lines).
struct Open {
    file: File,
    ahead: Vec<u8>,
    readable: bool,
    writable: bool,
}

impl Open {
    /// Puts the OS position back where the reader is, dropping what was
    /// read ahead (before a write or a seek).
    fn settle(&mut self) -> io::Result<()> {
        if !self.ahead.is_empty() {
            self.file.seek(SeekFrom::Current(-(self.ahead.len() as i64)))?;
            self.ahead.clear();
        }
        Ok(())
    }
}

static FILES: LazyLock<Mutex<HashMap<u64, Open>>> = LazyLock::new(Default::default);
static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

/// Closes every open file (a node restart: their owners are gone).
pub(crate) fn close_all() {
    FILES.lock().unwrap_or_else(|e| e.into_inner()).clear();
}

/// Runs `f` on open file `id`; `{error, einval}` when there is none.
fn with(p: &mut Process, id: Term, f: impl FnOnce(&mut Process, &mut Open) -> BifResult) -> BifResult {
    let id = id.as_small().filter(|n| *n > 0).ok_or_else(Exception::badarg)? as u64;
    let mut guard = FILES.lock().unwrap_or_else(|e| e.into_inner());
    match guard.get_mut(&id) {
        Some(open) => f(p, open),
        None => Ok(error(p, "einval")),
    }
}

fn ok() -> Term {
    Term::atom(atoms::ok)
}

fn ok_binary(p: &mut Process, bytes: &[u8]) -> Term {
    let b = p.heap.binary(bytes);
    ok_tuple(p, b)
}

fn open(p: &mut Process, a: &[Term]) -> BifResult {
    let path = path_of(a[0]).ok_or_else(Exception::badarg)?;
    let (mut read, mut write, mut append, mut exclusive) = (false, false, false, false);
    for m in a[1].list_to_vec().ok_or_else(Exception::badarg)? {
        match m.as_atom().map(|m| m.name()) {
            Some("read") => read = true,
            Some("write") => write = true,
            Some("append") => append = true,
            Some("exclusive") => exclusive = true,
            _ => return Err(Exception::badarg()),
        }
    }
    if !write && !append && !exclusive {
        read = true;
    }
    let writes = write || append || exclusive;
    let mut opts = OpenOptions::new();
    opts.read(read).write(writes).append(append);
    if exclusive {
        opts.create_new(true);
    } else if writes {
        opts.create(true).truncate(write && !read && !append);
    }
    match opts.open(&path) {
        Ok(file) => {
            if file.metadata().is_ok_and(|m| m.is_dir()) {
                return Ok(error(p, "eisdir"));
            }
            let id = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let open = Open { file, ahead: Vec::new(), readable: read, writable: writes };
            FILES.lock().unwrap_or_else(|e| e.into_inner()).insert(id, open);
            Ok(ok_tuple(p, Term::int(id as i64)))
        }
        Err(e) => Ok(io_error(p, &e)),
    }
}

fn count(t: Term) -> Result<usize, Exception> {
    t.as_small().filter(|n| *n >= 0).map(|n| n as usize).ok_or_else(Exception::badarg)
}

fn read(p: &mut Process, a: &[Term]) -> BifResult {
    let n = count(a[1])?;
    with(p, a[0], |p, f| {
        if !f.readable {
            return Ok(error(p, "ebadf"));
        }
        let mut out = std::mem::take(&mut f.ahead);
        if out.len() > n {
            f.ahead = out.split_off(n);
        }
        if out.len() < n {
            let mut rest = Vec::new();
            if let Err(e) = (&mut f.file).take((n - out.len()) as u64).read_to_end(&mut rest) {
                return Ok(io_error(p, &e));
            }
            out.extend_from_slice(&rest);
        }
        if out.is_empty() && n > 0 {
            return Ok(Term::atom(Atom::intern("eof")));
        }
        Ok(ok_binary(p, &out))
    })
}

fn read_line(p: &mut Process, a: &[Term]) -> BifResult {
    with(p, a[0], |p, f| {
        if !f.readable {
            return Ok(error(p, "ebadf"));
        }
        loop {
            if let Some(i) = f.ahead.iter().position(|&b| b == b'\n') {
                let rest = f.ahead.split_off(i + 1);
                let line = std::mem::replace(&mut f.ahead, rest);
                return Ok(ok_binary(p, &line));
            }
            let mut chunk = [0u8; 4096];
            match f.file.read(&mut chunk) {
                Ok(0) if f.ahead.is_empty() => return Ok(Term::atom(Atom::intern("eof"))),
                Ok(0) => {
                    let line = std::mem::take(&mut f.ahead);
                    return Ok(ok_binary(p, &line));
                }
                Ok(k) => f.ahead.extend_from_slice(&chunk[..k]),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Ok(io_error(p, &e)),
            }
        }
    })
}

fn pread(p: &mut Process, a: &[Term]) -> BifResult {
    let at = count(a[1])? as u64;
    let n = count(a[2])?;
    with(p, a[0], |p, f| {
        let mut buf = vec![0u8; n];
        let mut got = 0;
        while got < n {
            match f.file.read_at(&mut buf[got..], at + got as u64) {
                Ok(0) => break,
                Ok(k) => got += k,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Ok(io_error(p, &e)),
            }
        }
        if got == 0 && n > 0 {
            return Ok(Term::atom(Atom::intern("eof")));
        }
        Ok(ok_binary(p, &buf[..got]))
    })
}

fn write(p: &mut Process, a: &[Term]) -> BifResult {
    let bytes = iolist_bytes(a[1])?;
    with(p, a[0], |p, f| {
        if !f.writable {
            return Ok(error(p, "ebadf"));
        }
        match f.settle().and_then(|()| f.file.write_all(&bytes)) {
            Ok(()) => Ok(ok()),
            Err(e) => Ok(io_error(p, &e)),
        }
    })
}

fn pwrite(p: &mut Process, a: &[Term]) -> BifResult {
    let at = count(a[1])? as u64;
    let bytes = iolist_bytes(a[2])?;
    with(p, a[0], |p, f| {
        if !f.writable {
            return Ok(error(p, "ebadf"));
        }
        match f.file.write_all_at(&bytes, at) {
            Ok(()) => Ok(ok()),
            Err(e) => Ok(io_error(p, &e)),
        }
    })
}

/// A location as OTP's: an offset from the start, `bof`, `cur`, `eof`,
/// or `{bof | cur | eof, Offset}`.
fn location(t: Term) -> Option<(Atom, i64)> {
    if let Some(n) = t.as_small() {
        return Some((Atom::intern("bof"), n));
    }
    if let Some(a) = t.as_atom() {
        return Some((a, 0));
    }
    match t.as_tuple() {
        Some(&[a, n]) => Some((a.as_atom()?, n.as_small()?)),
        _ => None,
    }
}

fn position(p: &mut Process, a: &[Term]) -> BifResult {
    let Some((base, off)) = location(a[1]) else { return Ok(error(p, "einval")) };
    with(p, a[0], |p, f| {
        if let Err(e) = f.settle() {
            return Ok(io_error(p, &e));
        }
        let target = match base.name() {
            "bof" if off >= 0 => SeekFrom::Start(off as u64),
            "cur" => SeekFrom::Current(off),
            "eof" => SeekFrom::End(off),
            _ => return Ok(error(p, "einval")),
        };
        match f.file.seek(target) {
            Ok(pos) => Ok(ok_tuple(p, Term::int(pos as i64))),
            Err(_) => Ok(error(p, "einval")),
        }
    })
}

fn truncate(p: &mut Process, a: &[Term]) -> BifResult {
    with(p, a[0], |p, f| {
        let r = f.settle().and_then(|()| f.file.stream_position()).and_then(|pos| f.file.set_len(pos));
        match r {
            Ok(()) => Ok(ok()),
            Err(e) => Ok(io_error(p, &e)),
        }
    })
}

fn sync(p: &mut Process, a: &[Term]) -> BifResult {
    with(p, a[0], |p, f| match f.file.sync_all() {
        Ok(()) => Ok(ok()),
        Err(e) => Ok(io_error(p, &e)),
    })
}

fn close(p: &mut Process, a: &[Term]) -> BifResult {
    let id = a[0].as_small().filter(|n| *n > 0).ok_or_else(Exception::badarg)? as u64;
    let removed = FILES.lock().unwrap_or_else(|e| e.into_inner()).remove(&id);
    Ok(match removed {
        Some(_) => ok(),
        None => error(p, "einval"),
    })
}
