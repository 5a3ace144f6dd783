//! Exceptions (`error/1,2,3`, `exit/1`, `throw/1`, `raise/3`), identity
//! (`make_ref/0`, `node/0`, `unique_integer/0,1`) and checksums
//! (`crc32/1,2`, `adler32/1,2`; `phash/2` and `phash2/1,2` are in `hash.rs`).

use super::badarg;
use super::hash;
use super::iolist::iolist_bytes;
use crate::bif::Bif;
use crate::exception::{BifResult, Class, Exception};
use crate::process::Process;
use crate::term::{Term, View};
use std::sync::atomic::{AtomicI64, Ordering};

fn error1(_: &mut Process, a: &[Term]) -> BifResult {
    Err(Exception::error(a[0]))
}
fn exit1(_: &mut Process, a: &[Term]) -> BifResult {
    Err(Exception::exit(a[0]))
}
fn throw1(_: &mut Process, a: &[Term]) -> BifResult {
    Err(Exception::throw(a[0]))
}

/// Whether `t` is a stack trace `raise/3` accepts: a proper list of
/// `{M, F, ArityOrArgs}`, `{M, F, ArityOrArgs, Location}` or
/// `{Fun, Args, Location}`.
fn valid_trace(t: Term) -> bool {
    let Some(items) = t.list_to_vec() else {
        return false;
    };
    items.iter().all(|e| match e.as_tuple() {
        Some(&[m, f, a]) => {
            (m.is_atom() && f.is_atom() && (a.is_small() || a.is_list())) || {
                matches!(m.view(), View::Fun(..) | View::Export(..)) && f.is_list() && a.is_list()
            }
        }
        Some(&[m, f, a, loc]) => m.is_atom() && f.is_atom() && (a.is_small() || a.is_list()) && loc.is_list(),
        _ => false,
    })
}

/// `raise(Class, Reason, Stacktrace)`: returns `badarg` (does not raise)
/// when the class or the stack trace is invalid.
fn raise3(_: &mut Process, a: &[Term]) -> BifResult {
    let class = a[0].as_atom().and_then(Class::from_atom);
    match class {
        Some(class) if valid_trace(a[2]) => Err(Exception { class, reason: a[1], trace: Some(a[2]) }),
        _ => Ok(Term::atom(crate::term::atoms::badarg)),
    }
}

fn make_ref(p: &mut Process, _: &[Term]) -> BifResult {
    let id = p.vm.new_ref_id();
    Ok(p.heap.reference(id))
}

fn node0(p: &mut Process, _: &[Term]) -> BifResult {
    Ok(Term::atom(p.vm.node()))
}

/// `erlang:nodes/0`: no distribution, so no other node is connected.
fn nodes0(_: &mut Process, _: &[Term]) -> BifResult {
    Ok(Term::NIL)
}

/// `nodes(Kind)` or `nodes([Kind])`: no node is ever connected, so only
/// `this` and `known` name one, this node.
fn nodes1(p: &mut Process, a: &[Term]) -> BifResult {
    let kinds = match a[0].as_atom() {
        Some(k) => vec![k],
        None => {
            let l = a[0].list_to_vec().filter(|l| !l.is_empty()).ok_or_else(Exception::badarg)?;
            l.iter().map(|k| k.as_atom()).collect::<Option<Vec<_>>>().ok_or_else(Exception::badarg)?
        }
    };
    let mut this = false;
    for k in kinds {
        match k.name() {
            "this" | "known" => this = true,
            "visible" | "hidden" | "connected" => {}
            _ => return Err(Exception::badarg()),
        }
    }
    Ok(if this { p.heap.list(&[Term::atom(p.vm.node())]) } else { Term::NIL })
}

fn fun_to_list(p: &mut Process, a: &[Term]) -> BifResult {
    match a[0].view() {
        View::Fun(..) | View::Export(..) => Ok(as_text(p, a[0])),
        _ => Err(Exception::badarg()),
    }
}

fn ref_to_list(p: &mut Process, a: &[Term]) -> BifResult {
    match a[0].view() {
        View::Ref(_) => Ok(as_text(p, a[0])),
        _ => Err(Exception::badarg()),
    }
}

/// The text `~w` prints for `t`.
fn as_text(p: &mut Process, t: Term) -> Term {
    let text = crate::format::write::write(t, -1, crate::format::Encoding::Unicode);
    p.heap.string(&text)
}

fn is_alive(p: &mut Process, _: &[Term]) -> BifResult {
    Ok(Term::boolean(p.vm.node() != crate::term::atoms::nonode_nohost))
}

static UNIQUE: AtomicI64 = AtomicI64::new(0);

fn unique_integer0(p: &mut Process, _: &[Term]) -> BifResult {
    // Like OTP, the default sequence starts far below zero.
    Ok(p.heap.int(UNIQUE.fetch_add(1, Ordering::Relaxed) - (1 << 59) + 1))
}

fn unique_integer1(p: &mut Process, a: &[Term]) -> BifResult {
    let opts = a[0].list_to_vec().ok_or_else(Exception::badarg)?;
    let mut positive = false;
    for o in opts {
        match o.as_atom().map(|x| x.name()) {
            Some("positive") => positive = true,
            Some("monotonic") => {}
            _ => return badarg(),
        }
    }
    let n = UNIQUE.fetch_add(1, Ordering::Relaxed);
    Ok(p.heap.int(if positive { n + 1 } else { n - (1 << 59) + 1 }))
}

const fn crc_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}
static CRC: [u32; 256] = crc_table();

/// Continues a CRC-32 (as zlib's `crc32`).
pub fn crc32(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in data {
        c = CRC[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// Continues an Adler-32 (as zlib's `adler32`).
pub fn adler32(adler: u32, data: &[u8]) -> u32 {
    let (mut a, mut b) = (adler & 0xffff, adler >> 16);
    for &x in data {
        a = (a + x as u32) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

fn u32_arg(t: Term) -> Result<u32, Exception> {
    t.as_small().and_then(|n| u32::try_from(n).ok()).ok_or_else(Exception::badarg)
}

fn crc32_1(_: &mut Process, a: &[Term]) -> BifResult {
    Ok(Term::int(crc32(0, &iolist_bytes(a[0])?) as i64))
}
fn crc32_2(_: &mut Process, a: &[Term]) -> BifResult {
    let old = u32_arg(a[0])?;
    Ok(Term::int(crc32(old, &iolist_bytes(a[1])?) as i64))
}
fn adler32_1(_: &mut Process, a: &[Term]) -> BifResult {
    Ok(Term::int(adler32(1, &iolist_bytes(a[0])?) as i64))
}
fn adler32_2(_: &mut Process, a: &[Term]) -> BifResult {
    let old = u32_arg(a[0])?;
    Ok(Term::int(adler32(old, &iolist_bytes(a[1])?) as i64))
}

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "error", 1, error1),
    Bif::new("erlang", "error", 2, error1),
    Bif::new("erlang", "error", 3, error1),
    Bif::new("erlang", "exit", 1, exit1),
    Bif::new("erlang", "throw", 1, throw1),
    Bif::new("erlang", "raise", 3, raise3),
    Bif::new("erlang", "make_ref", 0, make_ref),
    Bif::new("erlang", "node", 0, node0),
    Bif::new("erlang", "nodes", 0, nodes0),
    Bif::new("erlang", "nodes", 1, nodes1),
    Bif::new("erlang", "fun_to_list", 1, fun_to_list),
    Bif::new("erlang", "ref_to_list", 1, ref_to_list),
    Bif::new("erlang", "is_alive", 0, is_alive),
    Bif::new("erlang", "unique_integer", 0, unique_integer0),
    Bif::new("erlang", "unique_integer", 1, unique_integer1),
    Bif::new("erlang", "phash2", 1, hash::phash2_1),
    Bif::new("erlang", "phash2", 2, hash::phash2_2),
    Bif::new("erlang", "phash", 2, hash::phash_2),
    Bif::new("erlang", "crc32", 1, crc32_1),
    Bif::new("erlang", "crc32", 2, crc32_2),
    Bif::new("erlang", "adler32", 1, adler32_1),
    Bif::new("erlang", "adler32", 2, adler32_2),
];
