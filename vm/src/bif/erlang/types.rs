//! Type tests (`is_*`), list basics (`hd`, `tl`, `length`), number
//! functions (`abs`, `min`, `max`, `round`, `trunc`, `ceil`, `floor`,
//! `float`) and sizes (`size`, `byte_size`, `bit_size`).

use super::{badarg, usize_arg};
use crate::bif::arith;
use crate::bif::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{atoms, order, Atom, Term, View};
use num_bigint::BigInt;
use num_traits::FromPrimitive;
use std::cmp::Ordering;

fn b(x: bool) -> BifResult {
    Ok(Term::boolean(x))
}

fn is_atom(_: &mut Process, a: &[Term]) -> BifResult {
    b(a[0].is_atom())
}
fn is_binary(_: &mut Process, a: &[Term]) -> BifResult {
    b(a[0].as_bits().is_some_and(|x| x.is_binary()))
}
fn is_bitstring(_: &mut Process, a: &[Term]) -> BifResult {
    b(a[0].as_bits().is_some())
}
fn is_boolean(_: &mut Process, a: &[Term]) -> BifResult {
    b(a[0].as_bool().is_some())
}
fn is_float(_: &mut Process, a: &[Term]) -> BifResult {
    b(a[0].as_float().is_some())
}
fn is_function(_: &mut Process, a: &[Term]) -> BifResult {
    b(matches!(a[0].view(), View::Fun(..) | View::Export(..)))
}
fn is_integer(_: &mut Process, a: &[Term]) -> BifResult {
    b(a[0].is_integer())
}
fn is_list(_: &mut Process, a: &[Term]) -> BifResult {
    b(a[0].is_list())
}
fn is_map(_: &mut Process, a: &[Term]) -> BifResult {
    b(matches!(a[0].view(), View::Map(..)))
}
fn is_number(_: &mut Process, a: &[Term]) -> BifResult {
    b(a[0].is_number())
}
fn is_pid(_: &mut Process, a: &[Term]) -> BifResult {
    b(a[0].as_pid().is_some())
}
fn is_port(_: &mut Process, _: &[Term]) -> BifResult {
    b(false)
}
fn is_reference(_: &mut Process, a: &[Term]) -> BifResult {
    b(matches!(a[0].view(), View::Ref(_)))
}
fn is_tuple(_: &mut Process, a: &[Term]) -> BifResult {
    b(a[0].as_tuple().is_some())
}
/// `is_record(Term, Tag)`: a tuple whose first element is `Tag` (an atom).
fn is_record2(_: &mut Process, a: &[Term]) -> BifResult {
    if !a[1].is_atom() {
        return badarg();
    }
    b(a[0].as_tuple().is_some_and(|t| t.first() == Some(&a[1])))
}
fn is_record3(_: &mut Process, a: &[Term]) -> BifResult {
    if !a[1].is_atom() {
        return badarg();
    }
    let size = match a[2].view() {
        View::Small(n) => n,
        View::Big(..) => -1,
        _ => return badarg(),
    };
    b(a[0].as_tuple().is_some_and(|t| t.first() == Some(&a[1]) && t.len() as i64 == size))
}

fn hd(_: &mut Process, a: &[Term]) -> BifResult {
    a[0].as_cons().map(|c| c.0).ok_or_else(Exception::badarg)
}
fn tl(_: &mut Process, a: &[Term]) -> BifResult {
    a[0].as_cons().map(|c| c.1).ok_or_else(Exception::badarg)
}
fn length(_: &mut Process, a: &[Term]) -> BifResult {
    match a[0].list_len() {
        Some(n) => Ok(Term::int(n as i64)),
        None => badarg(),
    }
}

fn abs(p: &mut Process, a: &[Term]) -> BifResult {
    match a[0].view() {
        View::Small(n) => Ok(p.heap.int(n.abs())),
        View::Big(_, limbs) => Ok(p.heap.bigint(&crate::term::bigint_from_limbs(false, limbs))),
        // Only negatives flip: abs(-0.0) stays -0.0, as in OTP 25.
        View::Float(f) => Ok(p.heap.float(if f < 0.0 { -f } else { f })),
        _ => badarg(),
    }
}
/// `min/2`, `max/2`: term order; on equal terms the first argument.
fn min(_: &mut Process, a: &[Term]) -> BifResult {
    Ok(if order::cmp(a[0], a[1]) == Ordering::Greater { a[1] } else { a[0] })
}
fn max(_: &mut Process, a: &[Term]) -> BifResult {
    Ok(if order::cmp(a[0], a[1]) == Ordering::Less { a[1] } else { a[0] })
}

/// Rounds a float argument with `f` to an integer; integers pass through.
fn to_int(p: &mut Process, t: Term, f: fn(f64) -> f64) -> BifResult {
    match t.view() {
        View::Small(_) | View::Big(..) => Ok(t),
        View::Float(x) => {
            let r = f(x);
            if r.abs() < (1u64 << 60) as f64 {
                Ok(p.heap.int(r as i64))
            } else {
                match BigInt::from_f64(r) {
                    Some(n) => Ok(p.heap.bigint(&n)),
                    None => badarg(),
                }
            }
        }
        _ => badarg(),
    }
}
fn round(p: &mut Process, a: &[Term]) -> BifResult {
    to_int(p, a[0], f64::round)
}
fn trunc(p: &mut Process, a: &[Term]) -> BifResult {
    to_int(p, a[0], f64::trunc)
}
fn ceil(p: &mut Process, a: &[Term]) -> BifResult {
    to_int(p, a[0], f64::ceil)
}
fn floor(p: &mut Process, a: &[Term]) -> BifResult {
    to_int(p, a[0], f64::floor)
}
fn float(p: &mut Process, a: &[Term]) -> BifResult {
    match a[0].view() {
        View::Float(_) => Ok(a[0]),
        View::Small(_) | View::Big(..) => {
            let f = arith::to_f64(a[0]).map_err(|_| Exception::badarg())?;
            Ok(p.heap.float(f))
        }
        _ => badarg(),
    }
}

/// `size/1`: tuple arity or whole bytes of a bitstring.
fn size(_: &mut Process, a: &[Term]) -> BifResult {
    if let Some(t) = a[0].as_tuple() {
        return Ok(Term::int(t.len() as i64));
    }
    match a[0].as_bits() {
        Some(b) => Ok(Term::int((b.bit_len / 8) as i64)),
        None => badarg(),
    }
}
fn byte_size(_: &mut Process, a: &[Term]) -> BifResult {
    match a[0].as_bits() {
        Some(b) => Ok(Term::int(b.bit_len.div_ceil(8) as i64)),
        None => badarg(),
    }
}
fn bit_size(_: &mut Process, a: &[Term]) -> BifResult {
    match a[0].as_bits() {
        Some(b) => Ok(Term::int(b.bit_len as i64)),
        None => badarg(),
    }
}
/// `binary_part(Bin, {Start, Len})`.
fn binary_part2(p: &mut Process, a: &[Term]) -> BifResult {
    match a[1].as_tuple() {
        Some(&[s, l]) => binary_part(p, a[0], s, l),
        _ => badarg(),
    }
}
fn binary_part3(p: &mut Process, a: &[Term]) -> BifResult {
    binary_part(p, a[0], a[1], a[2])
}

/// The bytes `Start..Start+Len` of a bitstring (a negative `Len` counts
/// back from `Start`), as a sub-binary.
pub(crate) fn binary_part(p: &mut Process, bin: Term, start: Term, len: Term) -> BifResult {
    let (bits, s, l) = match (bin.as_bits(), start.as_small(), len.as_small()) {
        (Some(b), Some(s), Some(l)) => (b, s, l),
        _ => return badarg(),
    };
    let size = (bits.bit_len / 8) as i64;
    let (from, to) = if l >= 0 { (s, s + l) } else { (s + l, s) };
    if from < 0 || to > size || s < 0 || s > size {
        return badarg();
    }
    Ok(sub_bits(p, bin, from as usize * 8, (to - from) as usize * 8))
}

/// A sub-binary of `bin` (any binary term) by bit offset and length.
pub(crate) fn sub_bits(p: &mut Process, bin: Term, bit_off: usize, bit_len: usize) -> Term {
    // Share the underlying `Binary` object; a sub-binary's word 0 is it.
    let (orig, base) = match bin.header().map(|h| h.kind()) {
        Some(crate::term::Kind::SubBinary) => {
            let bits = bin.as_bits().map(|b| b.bit_offset).unwrap_or(0);
            // SAFETY: a sub-binary's first payload word is its original binary.
            let orig = unsafe { *bin.ptr().add(1) };
            (orig, bits)
        }
        _ => (bin, 0),
    };
    p.heap.sub_binary(orig, base + bit_off, bit_len)
}

fn split_binary(p: &mut Process, a: &[Term]) -> BifResult {
    let bits = a[0].as_bits().ok_or_else(Exception::badarg)?;
    let pos = usize_arg(a[1])?;
    if pos * 8 > bits.bit_len {
        return badarg();
    }
    let l = sub_bits(p, a[0], 0, pos * 8);
    let r = sub_bits(p, a[0], pos * 8, bits.bit_len - pos * 8);
    Ok(p.heap.tuple(&[l, r]))
}

/// `garbage_collect/0`: a major collection of the caller, now (a BIF is
/// called with only its arguments live, and those are read first).
fn garbage_collect(p: &mut Process, _: &[Term]) -> BifResult {
    crate::gc::collect_process_major(p, 0);
    Ok(Term::atom(atoms::true_))
}

fn garbage_collect1(p: &mut Process, a: &[Term]) -> BifResult {
    gc_pid(p, a[0], true, None)
}

/// `garbage_collect(Pid, [{async, RequestId} | {type, major | minor}])`.
fn garbage_collect2(p: &mut Process, a: &[Term]) -> BifResult {
    let (mut major, mut request) = (true, None);
    for opt in a[1].list_to_vec().ok_or_else(Exception::badarg)? {
        match opt.as_tuple() {
            Some(&[k, v]) if k.as_atom() == Some(Atom::intern("async")) => request = Some(v),
            Some(&[k, v]) if k.as_atom() == Some(Atom::intern("type")) => {
                major = match v.as_atom() {
                    Some(t) if t == Atom::intern("major") => true,
                    Some(t) if t == Atom::intern("minor") => false,
                    _ => return badarg(),
                }
            }
            _ => return badarg(),
        }
    }
    gc_pid(p, a[0], major, request)
}

/// Collects the caller now when `pid` is itself; another process waiting
/// for messages is asked to run a major collection at its next safe point
/// (only it knows which registers are live), one running elsewhere is
/// asked again later. With `request` the answer comes as a message
/// `{garbage_collect, Request, Result}` and the call returns `async`, as
/// OTP's.
fn gc_pid(p: &mut Process, pid: Term, major: bool, request: Option<Term>) -> BifResult {
    let id = pid.as_pid().ok_or_else(Exception::badarg)?;
    let alive = if id == p.pid {
        // The request term (if any) is the one root besides the process's.
        p.x[0] = request.unwrap_or(Term::NIL);
        if major {
            crate::gc::collect_process_major(p, 1);
        } else {
            crate::gc::collect_process(p, 1);
        }
        true
    } else {
        match p.vm.procs.get(id) {
            Some(h) if !crate::process::table::is_system_pid(id) => {
                let mut inbox = h.lock();
                let runnable = inbox.runnable;
                match inbox.parked.as_deref_mut() {
                    Some(target) if !runnable => target.heap.request_major(),
                    _ => return Err(Exception::retry()),
                }
                true
            }
            Some(_) => true,
            None => false,
        }
    };
    let Some(request) = request else { return Ok(Term::boolean(alive)) };
    let request = if id == p.pid { p.x[0] } else { request };
    let msg = p.heap.tuple(&[Term::atom(Atom::intern("garbage_collect")), request, Term::boolean(alive)]);
    crate::bif::send(p, Term::pid(p.pid), msg)?;
    Ok(Term::atom(Atom::intern("async")))
}

fn bump_reductions(_: &mut Process, _: &[Term]) -> BifResult {
    Ok(Term::atom(atoms::true_))
}

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "is_atom", 1, is_atom),
    Bif::new("erlang", "is_binary", 1, is_binary),
    Bif::new("erlang", "is_bitstring", 1, is_bitstring),
    Bif::new("erlang", "is_boolean", 1, is_boolean),
    Bif::new("erlang", "is_float", 1, is_float),
    Bif::new("erlang", "is_function", 1, is_function),
    Bif::new("erlang", "is_integer", 1, is_integer),
    Bif::new("erlang", "is_list", 1, is_list),
    Bif::new("erlang", "is_map", 1, is_map),
    Bif::new("erlang", "is_number", 1, is_number),
    Bif::new("erlang", "is_pid", 1, is_pid),
    Bif::new("erlang", "is_port", 1, is_port),
    Bif::new("erlang", "is_reference", 1, is_reference),
    Bif::new("erlang", "is_tuple", 1, is_tuple),
    Bif::new("erlang", "is_record", 2, is_record2),
    Bif::new("erlang", "is_record", 3, is_record3),
    Bif::new("erlang", "hd", 1, hd),
    Bif::new("erlang", "tl", 1, tl),
    Bif::new("erlang", "length", 1, length),
    Bif::new("erlang", "abs", 1, abs),
    Bif::new("erlang", "min", 2, min),
    Bif::new("erlang", "max", 2, max),
    Bif::new("erlang", "round", 1, round),
    Bif::new("erlang", "trunc", 1, trunc),
    Bif::new("erlang", "ceil", 1, ceil),
    Bif::new("erlang", "floor", 1, floor),
    Bif::new("erlang", "float", 1, float),
    Bif::new("erlang", "size", 1, size),
    Bif::new("erlang", "byte_size", 1, byte_size),
    Bif::new("erlang", "bit_size", 1, bit_size),
    Bif::new("erlang", "binary_part", 2, binary_part2),
    Bif::new("erlang", "binary_part", 3, binary_part3),
    Bif::new("erlang", "split_binary", 2, split_binary),
    Bif::new("erlang", "garbage_collect", 0, garbage_collect),
    Bif::new("erlang", "garbage_collect", 1, garbage_collect1),
    Bif::new("erlang", "garbage_collect", 2, garbage_collect2),
    Bif::new("erlang", "bump_reductions", 1, bump_reductions),
];
