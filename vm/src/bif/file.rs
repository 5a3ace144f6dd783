//! The `file` module's native functions: whole-file reads and writes,
//! directory operations, `read_file_info`, and `consult/1` (in
//! `file/consult.rs`), on the host file system.
//!
//! File names are binaries (raw bytes), atoms, or deep lists of characters
//! and atoms (encoded as UTF-8, as OTP's default `utf8` name encoding
//! does); anything else, a binary inside a list, or a NUL byte gives
//! `{error, badarg}` like OTP. Errors are OTP's POSIX atoms (Linux errno
//! numbering).

mod consult;
pub(crate) mod handle;

use super::Bif;
use crate::bif::erlang::iolist::iolist_bytes;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{atoms, Atom, Term};
use std::ffi::OsString;
use std::fs;
use std::io::{self, Read, Write};
use std::os::unix::ffi::{OsStrExt, OsStringExt};
use std::os::unix::fs::MetadataExt;
use std::path::PathBuf;

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("file", "read_file", 1, read_file),
    Bif::new("file", "write_file", 2, write_file),
    Bif::new("file", "write_file", 3, write_file_modes),
    Bif::new("file", "delete", 1, delete),
    Bif::new("file", "rename", 2, rename),
    Bif::new("file", "copy", 2, copy),
    Bif::new("file", "copy", 3, copy),
    Bif::new("file", "list_dir", 1, list_dir),
    Bif::new("file", "get_cwd", 0, get_cwd),
    Bif::new("file", "set_cwd", 1, set_cwd),
    Bif::new("file", "make_dir", 1, make_dir),
    Bif::new("file", "del_dir", 1, del_dir),
    Bif::new("file", "del_dir_r", 1, del_dir_r),
    Bif::new("file", "read_file_info", 1, read_file_info),
    Bif::new("file", "read_file_info", 2, read_file_info),
    Bif::new("file", "read_link_info", 1, read_link_info),
    Bif::new("file", "read_link_info", 2, read_link_info),
    Bif::new("file", "consult", 1, consult::consult),
];

/// The path a file name term stands for; `None` when OTP says `badarg`.
pub(crate) fn path_of(t: Term) -> Option<PathBuf> {
    let mut bytes = Vec::new();
    if let Some(b) = t.as_bits() {
        if !b.is_binary() {
            return None;
        }
        bytes = b.to_bytes();
    } else if let Some(a) = t.as_atom() {
        bytes.extend_from_slice(a.name().as_bytes());
    } else if t.is_list() {
        flatten_name(t, &mut bytes)?;
    } else {
        return None;
    }
    if bytes.contains(&0) {
        return None;
    }
    Some(PathBuf::from(OsString::from_vec(bytes)))
}

/// Appends a deep list of characters and atoms as UTF-8.
fn flatten_name(t: Term, out: &mut Vec<u8>) -> Option<()> {
    let mut stack = vec![t];
    while let Some(x) = stack.pop() {
        if x.is_nil() {
            continue;
        }
        // An atom tail counts as its name, as in OTP.
        if let Some(a) = x.as_atom() {
            out.extend_from_slice(a.name().as_bytes());
            continue;
        }
        let (h, tl) = x.as_cons()?;
        stack.push(tl);
        if let Some(c) = h.as_small() {
            let c = char::from_u32(u32::try_from(c).ok()?)?;
            out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        } else if let Some(a) = h.as_atom() {
            out.extend_from_slice(a.name().as_bytes());
        } else if h.is_list() {
            stack.push(h);
        } else {
            return None;
        }
    }
    Some(())
}

/// OTP's name for an OS error (`erl_errno_id`), by Linux errno number.
pub(crate) fn posix_name(e: &io::Error) -> &'static str {
    let Some(n) = e.raw_os_error() else {
        return match e.kind() {
            io::ErrorKind::NotFound => "enoent",
            io::ErrorKind::PermissionDenied => "eacces",
            io::ErrorKind::AlreadyExists => "eexist",
            io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData => "einval",
            _ => "eio",
        };
    };
    const NAMES: &[(i32, &str)] = &[
        (1, "eperm"),
        (2, "enoent"),
        (4, "eintr"),
        (5, "eio"),
        (6, "enxio"),
        (9, "ebadf"),
        (11, "eagain"),
        (12, "enomem"),
        (13, "eacces"),
        (14, "efault"),
        (16, "ebusy"),
        (17, "eexist"),
        (18, "exdev"),
        (19, "enodev"),
        (20, "enotdir"),
        (21, "eisdir"),
        (22, "einval"),
        (23, "enfile"),
        (24, "emfile"),
        (26, "etxtbsy"),
        (27, "efbig"),
        (28, "enospc"),
        (29, "espipe"),
        (30, "erofs"),
        (31, "emlink"),
        (36, "enametoolong"),
        (39, "enotempty"),
        (40, "eloop"),
        (95, "enotsup"),
        (122, "edquot"),
    ];
    NAMES.iter().find(|&&(k, _)| k == n).map_or("unknown", |&(_, s)| s)
}

pub(super) fn error(p: &mut Process, reason: &str) -> Term {
    p.heap.error_tuple(Term::atom(Atom::intern(reason)))
}

pub(super) fn io_error(p: &mut Process, e: &io::Error) -> Term {
    error(p, posix_name(e))
}

pub(super) fn ok_tuple(p: &mut Process, v: Term) -> Term {
    p.heap.tuple2(Term::atom(atoms::ok), v)
}

/// `ok`, or `{error, Posix}`.
fn done(p: &mut Process, r: io::Result<()>) -> BifResult {
    Ok(match r {
        Ok(()) => Term::atom(atoms::ok),
        Err(e) => io_error(p, &e),
    })
}

/// A file name as OTP returns it: a list of characters (UTF-8 decoded,
/// raw bytes when the name is not valid UTF-8). `os` returns commands'
/// output and the environment the same way.
pub(crate) fn name_term(p: &mut Process, bytes: &[u8]) -> Term {
    match std::str::from_utf8(bytes) {
        Ok(s) => p.heap.string(s),
        Err(_) => {
            let cs: Vec<Term> = bytes.iter().map(|&b| Term::int(b as i64)).collect();
            p.heap.list(&cs)
        }
    }
}

macro_rules! path_or_badarg {
    ($p:expr, $t:expr) => {
        match path_of($t) {
            Some(path) => path,
            None => return Ok(error($p, "badarg")),
        }
    };
}

fn read_file(p: &mut Process, a: &[Term]) -> BifResult {
    let path = path_or_badarg!(p, a[0]);
    Ok(match fs::read(path) {
        Ok(bytes) => {
            let b = p.heap.binary(&bytes);
            ok_tuple(p, b)
        }
        Err(e) => io_error(p, &e),
    })
}

fn write_file(p: &mut Process, a: &[Term]) -> BifResult {
    write_with(p, a[0], a[1], false, false)
}

/// `write_file/3`: `append` and `exclusive` are honoured, other modes
/// (`binary`, `raw`, `write`, `sync`, ...) change nothing here.
fn write_file_modes(p: &mut Process, a: &[Term]) -> BifResult {
    let Some(modes) = a[2].list_to_vec() else {
        return Err(Exception::error_atom(Atom::intern("function_clause")));
    };
    let has = |m: &str| modes.iter().any(|t| t.as_atom().is_some_and(|x| x.name() == m));
    write_with(p, a[0], a[1], has("append"), has("exclusive"))
}

fn write_with(p: &mut Process, name: Term, data: Term, append: bool, exclusive: bool) -> BifResult {
    let path = path_or_badarg!(p, name);
    let Ok(bytes) = iolist_bytes(data) else { return Ok(error(p, "badarg")) };
    let r = open_for_write(&path, append, exclusive).and_then(|mut f| f.write_all(&bytes));
    done(p, r)
}

fn open_for_write(path: &std::path::Path, append: bool, exclusive: bool) -> io::Result<fs::File> {
    let mut o = fs::OpenOptions::new();
    o.write(true);
    if exclusive {
        o.create_new(true);
    } else {
        o.create(true);
    }
    if append {
        o.append(true);
    } else {
        o.truncate(true);
    }
    o.open(path)
}

/// `delete/1`. Linux says `eisdir` for a directory; OTP reports `eperm`
/// there, as POSIX specifies for `unlink`.
fn delete(p: &mut Process, a: &[Term]) -> BifResult {
    let path = path_or_badarg!(p, a[0]);
    Ok(match fs::remove_file(path) {
        Ok(()) => Term::atom(atoms::ok),
        Err(e) if e.raw_os_error() == Some(21) => error(p, "eperm"),
        Err(e) => io_error(p, &e),
    })
}

fn rename(p: &mut Process, a: &[Term]) -> BifResult {
    let from = path_or_badarg!(p, a[0]);
    let to = path_or_badarg!(p, a[1]);
    done(p, fs::rename(from, to))
}

/// A `copy` endpoint: `Name` or `{Name, Modes}`; only `append` matters.
fn copy_end(t: Term) -> Option<(PathBuf, bool)> {
    if let Some([name, modes]) = t.as_tuple() {
        let modes = modes.list_to_vec()?;
        let append = modes.iter().any(|m| m.as_atom().is_some_and(|x| x.name() == "append"));
        return Some((path_of(*name)?, append));
    }
    Some((path_of(t)?, false))
}

/// `copy/2,3` → `{ok, BytesCopied}`; the source is opened first, as in OTP.
fn copy(p: &mut Process, a: &[Term]) -> BifResult {
    let (Some((src, _)), Some((dst, append))) = (copy_end(a[0]), copy_end(a[1])) else {
        return Ok(error(p, "badarg"));
    };
    let limit = match a.get(2) {
        None => u64::MAX,
        Some(t) if t.as_atom().is_some_and(|x| x.name() == "infinity") => u64::MAX,
        Some(t) => match t.as_small().and_then(|n| u64::try_from(n).ok()) {
            Some(n) => n,
            None => return Ok(error(p, "badarg")),
        },
    };
    let r = fs::File::open(src).and_then(|from| {
        let mut to = open_for_write(&dst, append, false)?;
        io::copy(&mut from.take(limit), &mut to)
    });
    Ok(match r {
        Ok(n) => {
            let n = p.heap.int128(n as i128);
            ok_tuple(p, n)
        }
        Err(e) => io_error(p, &e),
    })
}

/// `list_dir/1`: names in the order the OS gives them (as OTP), always as
/// lists, even for a binary directory name.
fn list_dir(p: &mut Process, a: &[Term]) -> BifResult {
    let path = path_or_badarg!(p, a[0]);
    let names: io::Result<Vec<OsString>> =
        fs::read_dir(path).and_then(|d| d.map(|e| e.map(|e| e.file_name())).collect());
    Ok(match names {
        Ok(names) => {
            let items: Vec<Term> = names.iter().map(|n| name_term(p, n.as_bytes())).collect();
            let l = p.heap.list(&items);
            ok_tuple(p, l)
        }
        Err(e) => io_error(p, &e),
    })
}

fn get_cwd(p: &mut Process, _a: &[Term]) -> BifResult {
    Ok(match std::env::current_dir() {
        Ok(d) => {
            let s = name_term(p, d.as_os_str().as_bytes());
            ok_tuple(p, s)
        }
        Err(e) => io_error(p, &e),
    })
}

fn set_cwd(p: &mut Process, a: &[Term]) -> BifResult {
    let path = path_or_badarg!(p, a[0]);
    done(p, std::env::set_current_dir(path))
}

fn make_dir(p: &mut Process, a: &[Term]) -> BifResult {
    let path = path_or_badarg!(p, a[0]);
    done(p, fs::create_dir(path))
}

/// `del_dir/1`. OTP reports a non-empty directory as `eexist`.
fn del_dir(p: &mut Process, a: &[Term]) -> BifResult {
    let path = path_or_badarg!(p, a[0]);
    Ok(match fs::remove_dir(path) {
        Ok(()) => Term::atom(atoms::ok),
        Err(e) if e.raw_os_error() == Some(39) => error(p, "eexist"),
        Err(e) => io_error(p, &e),
    })
}

/// `file:del_dir_r(Path)`: a directory and all it holds (or a file).
fn del_dir_r(p: &mut Process, a: &[Term]) -> BifResult {
    let path = path_or_badarg!(p, a[0]);
    let result = match fs::symlink_metadata(&path) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(&path),
        Ok(_) => fs::remove_file(&path),
        Err(e) => Err(e),
    };
    Ok(match result {
        Ok(()) => Term::atom(atoms::ok),
        Err(e) => io_error(p, &e),
    })
}

fn read_file_info(p: &mut Process, a: &[Term]) -> BifResult {
    file_info(p, a, true)
}

fn read_link_info(p: &mut Process, a: &[Term]) -> BifResult {
    file_info(p, a, false)
}

#[derive(Clone, Copy)]
pub(crate) enum TimeFormat {
    Local,
    Universal,
    Posix,
}

/// The `{time, T}` option of `read_file_info/2`; `None` for a bad option.
fn time_format(opts: Option<&Term>) -> Option<TimeFormat> {
    let mut fmt = TimeFormat::Local;
    let Some(opts) = opts else { return Some(fmt) };
    for o in opts.list_to_vec()? {
        match o.as_tuple() {
            Some([k, v]) if k.as_atom().is_some_and(|k| k.name() == "time") => {
                fmt = match v.as_atom().map(|v| v.name()) {
                    Some("local") => TimeFormat::Local,
                    Some("universal") => TimeFormat::Universal,
                    Some("posix") => TimeFormat::Posix,
                    _ => return None,
                };
            }
            _ => return None,
        }
    }
    Some(fmt)
}

/// `{ok, #file_info{}}`: size, type, access, atime, mtime, ctime, mode,
/// links, major_device, minor_device, inode, uid, gid.
fn file_info(p: &mut Process, a: &[Term], follow: bool) -> BifResult {
    let path = path_or_badarg!(p, a[0]);
    let Some(fmt) = time_format(a.get(1)) else { return Ok(error(p, "badarg")) };
    let md = if follow { fs::metadata(&path) } else { fs::symlink_metadata(&path) };
    let md = match md {
        Ok(md) => md,
        Err(e) => return Ok(io_error(p, &e)),
    };
    let ft = md.file_type();
    let ty = if ft.is_file() {
        "regular"
    } else if ft.is_dir() {
        "directory"
    } else if ft.is_symlink() {
        "symlink"
    } else {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_block_device() || ft.is_char_device() {
            "device"
        } else {
            "other"
        }
    };
    let size = p.heap.int128(md.size() as i128);
    let atime = time_term(p, md.atime(), fmt);
    let mtime = time_term(p, md.mtime(), fmt);
    let ctime = time_term(p, md.ctime(), fmt);
    let fields = [
        Term::atom(Atom::intern("file_info")),
        size,
        Term::atom(Atom::intern(ty)),
        Term::atom(Atom::intern(access(&md))),
        atime,
        mtime,
        ctime,
        p.heap.int128(md.mode() as i128),
        p.heap.int128(md.nlink() as i128),
        p.heap.int128(md.dev() as i128),
        p.heap.int128(md.rdev() as i128),
        p.heap.int128(md.ino() as i128),
        p.heap.int128(md.uid() as i128),
        p.heap.int128(md.gid() as i128),
    ];
    let rec = p.heap.tuple(&fields);
    Ok(ok_tuple(p, rec))
}

/// What OTP's `access()` checks would report, judged from the mode bits
/// for the running user (root may read and write anything).
fn access(md: &fs::Metadata) -> &'static str {
    let me = fs::metadata("/proc/self").map(|m| m.uid()).unwrap_or(u32::MAX);
    let mode = md.mode();
    let (r, w) = if me == 0 {
        (true, true)
    } else if md.uid() == me {
        (mode & 0o400 != 0, mode & 0o200 != 0)
    } else {
        (mode & 0o004 != 0, mode & 0o002 != 0)
    };
    match (r, w) {
        (true, true) => "read_write",
        (true, false) => "read",
        (false, true) => "write",
        (false, false) => "none",
    }
}

/// A file time as `{{Y, Mo, D}, {H, Mi, S}}` or POSIX seconds. Local time
/// is taken to be UTC (ferl has no time zone database).
pub(crate) fn time_term(p: &mut Process, secs: i64, fmt: TimeFormat) -> Term {
    if let TimeFormat::Posix = fmt {
        return p.heap.int(secs);
    }
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let date = p.heap.tuple(&[Term::int(y), Term::int(m), Term::int(d)]);
    let time = p.heap.tuple(&[Term::int(rem / 3600), Term::int(rem / 60 % 60), Term::int(rem % 60)]);
    p.heap.tuple2(date, time)
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
/// algorithm).
pub(crate) fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}
