//! The `binary` module's common functions: `split`, `match`, `matches`,
//! `replace`, `part`, `at`, `first`, `last`, `copy`, `bin_to_list`,
//! `list_to_bin`, `decode_unsigned`, `encode_unsigned`,
//! `longest_common_prefix/suffix`, `encode_hex`, `decode_hex`. Patterns are a binary or a list of
//! binaries, none empty; among matches at one position the longest wins.

use crate::bif::erlang::iolist::iolist_bytes;
use crate::bif::erlang::types::binary_part;
use crate::bif::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{Atom, Term};
use num_bigint::{BigInt, Sign};

fn badarg<T>() -> Result<T, Exception> {
    Err(Exception::badarg())
}

fn bin(t: Term) -> Result<Vec<u8>, Exception> {
    crate::bif::erlang::binary_arg(t)
}

fn patterns(t: Term) -> Result<Vec<Vec<u8>>, Exception> {
    let pats = if t.is_list() {
        let items = t.list_to_vec().ok_or_else(Exception::badarg)?;
        items.into_iter().map(bin).collect::<Result<Vec<_>, _>>()?
    } else {
        vec![bin(t)?]
    };
    if pats.is_empty() || pats.iter().any(|p| p.is_empty()) {
        return badarg();
    }
    Ok(pats)
}

/// The first (leftmost, then longest) match at or after `from`, before `end`.
fn find(hay: &[u8], pats: &[Vec<u8>], from: usize, end: usize) -> Option<(usize, usize)> {
    (from..end).find_map(|i| {
        pats.iter().filter(|p| i + p.len() <= end && hay[i..].starts_with(p)).map(|p| p.len()).max().map(|l| (i, l))
    })
}

struct Opts {
    global: bool,
    trim: bool,
    trim_all: bool,
    scope: Option<(usize, usize)>,
    insert: Vec<usize>,
}

fn options(t: Term, size: usize) -> Result<Opts, Exception> {
    let mut o = Opts { global: false, trim: false, trim_all: false, scope: None, insert: vec![] };
    for item in t.list_to_vec().ok_or_else(Exception::badarg)? {
        if let Some(a) = item.as_atom() {
            match a.name() {
                "global" => o.global = true,
                "trim" => o.trim = true,
                "trim_all" => o.trim_all = true,
                _ => return badarg(),
            }
            continue;
        }
        match item.as_tuple() {
            Some(&[tag, v]) if tag.as_atom().map(|a| a.name()) == Some("scope") => {
                let (s, l) = match v.as_tuple() {
                    Some(&[s, l]) => (s.as_small(), l.as_small()),
                    _ => return badarg(),
                };
                let (s, l) = (s.ok_or_else(Exception::badarg)?, l.ok_or_else(Exception::badarg)?);
                let (from, to) = if l >= 0 { (s, s + l) } else { (s + l, s) };
                if from < 0 || to as usize > size {
                    return badarg();
                }
                o.scope = Some((from as usize, to as usize));
            }
            Some(&[tag, v]) if tag.as_atom().map(|a| a.name()) == Some("insert_replaced") => {
                if let Some(n) = v.as_small() {
                    o.insert = vec![usize::try_from(n).map_err(|_| Exception::badarg())?];
                } else {
                    let ns = v.list_to_vec().ok_or_else(Exception::badarg)?;
                    o.insert = ns
                        .iter()
                        .map(|n| n.as_small().and_then(|n| usize::try_from(n).ok()))
                        .collect::<Option<Vec<_>>>()
                        .ok_or_else(Exception::badarg)?;
                }
            }
            _ => return badarg(),
        }
    }
    Ok(o)
}

/// All matches (or the first) within the scope.
fn all_matches(hay: &[u8], pats: &[Vec<u8>], o: &Opts) -> Vec<(usize, usize)> {
    let (mut at, end) = o.scope.unwrap_or((0, hay.len()));
    let mut out = Vec::new();
    while let Some((i, l)) = find(hay, pats, at, end) {
        out.push((i, l));
        at = i + l;
        if !o.global {
            break;
        }
    }
    out
}

fn split(p: &mut Process, a: &[Term]) -> BifResult {
    split3(p, &[a[0], a[1], Term::NIL])
}

fn split3(p: &mut Process, a: &[Term]) -> BifResult {
    let hay = bin(a[0])?;
    let pats = patterns(a[1])?;
    let o = options(a[2], hay.len())?;
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, l) in all_matches(&hay, &pats, &o) {
        parts.push((start, i));
        start = i + l;
    }
    parts.push((start, hay.len()));
    if o.trim || o.trim_all {
        while parts.last().is_some_and(|&(s, e)| s == e) {
            parts.pop();
        }
    }
    if o.trim_all {
        parts.retain(|&(s, e)| s != e);
    }
    let items: Vec<Term> =
        parts.into_iter().map(|(s, e)| crate::bif::erlang::types::sub_bits(p, a[0], s * 8, (e - s) * 8)).collect();
    Ok(p.heap.list(&items))
}

fn pos_len(p: &mut Process, (i, l): (usize, usize)) -> Term {
    p.heap.tuple(&[Term::int(i as i64), Term::int(l as i64)])
}

fn match2(p: &mut Process, a: &[Term]) -> BifResult {
    match3(p, &[a[0], a[1], Term::NIL])
}

fn match3(p: &mut Process, a: &[Term]) -> BifResult {
    let hay = bin(a[0])?;
    let pats = patterns(a[1])?;
    let o = options(a[2], hay.len())?;
    let (from, end) = o.scope.unwrap_or((0, hay.len()));
    match find(&hay, &pats, from, end) {
        Some(m) => Ok(pos_len(p, m)),
        None => Ok(Term::atom(Atom::intern("nomatch"))),
    }
}

fn matches2(p: &mut Process, a: &[Term]) -> BifResult {
    matches3(p, &[a[0], a[1], Term::NIL])
}

fn matches3(p: &mut Process, a: &[Term]) -> BifResult {
    let hay = bin(a[0])?;
    let pats = patterns(a[1])?;
    let mut o = options(a[2], hay.len())?;
    o.global = true;
    let ms: Vec<Term> = all_matches(&hay, &pats, &o).into_iter().map(|m| pos_len(p, m)).collect();
    Ok(p.heap.list(&ms))
}

fn replace3(p: &mut Process, a: &[Term]) -> BifResult {
    replace4(p, &[a[0], a[1], a[2], Term::NIL])
}

/// `replace(Bin, Pattern, Replacement, Opts)`; `{insert_replaced, N}`
/// inserts the matched part at byte N of the replacement.
fn replace4(p: &mut Process, a: &[Term]) -> BifResult {
    let hay = bin(a[0])?;
    let pats = patterns(a[1])?;
    let repl = bin(a[2])?;
    let o = options(a[3], hay.len())?;
    if o.insert.iter().any(|&n| n > repl.len()) {
        return badarg();
    }
    let mut out = Vec::with_capacity(hay.len());
    let mut start = 0;
    for (i, l) in all_matches(&hay, &pats, &o) {
        out.extend_from_slice(&hay[start..i]);
        let mut last = 0;
        for &n in &o.insert {
            out.extend_from_slice(&repl[last..n]);
            out.extend_from_slice(&hay[i..i + l]);
            last = n;
        }
        out.extend_from_slice(&repl[last..]);
        start = i + l;
    }
    out.extend_from_slice(&hay[start..]);
    Ok(p.heap.binary(&out))
}

fn part2(p: &mut Process, a: &[Term]) -> BifResult {
    match a[1].as_tuple() {
        Some(&[s, l]) => binary_part(p, a[0], s, l),
        _ => badarg(),
    }
}

fn part3(p: &mut Process, a: &[Term]) -> BifResult {
    binary_part(p, a[0], a[1], a[2])
}

fn at(_: &mut Process, a: &[Term]) -> BifResult {
    let b = bin(a[0])?;
    match a[1].as_small().and_then(|i| usize::try_from(i).ok()).and_then(|i| b.get(i)) {
        Some(&x) => Ok(Term::int(x as i64)),
        None => badarg(),
    }
}

fn first(_: &mut Process, a: &[Term]) -> BifResult {
    bin(a[0])?.first().map(|&x| Term::int(x as i64)).ok_or_else(Exception::badarg)
}

fn last(_: &mut Process, a: &[Term]) -> BifResult {
    bin(a[0])?.last().map(|&x| Term::int(x as i64)).ok_or_else(Exception::badarg)
}

fn copy1(p: &mut Process, a: &[Term]) -> BifResult {
    let b = bin(a[0])?;
    Ok(p.heap.binary(&b))
}

fn copy2(p: &mut Process, a: &[Term]) -> BifResult {
    let b = bin(a[0])?;
    let n = a[1].as_small().and_then(|n| usize::try_from(n).ok()).ok_or_else(Exception::badarg)?;
    match b.len().checked_mul(n) {
        Some(total) if total <= 1 << 32 => Ok(p.heap.binary(&b.repeat(n))),
        _ => Err(Exception::error_atom(crate::term::atoms::system_limit)),
    }
}

fn bytes_list(p: &mut Process, b: &[u8]) -> Term {
    let items: Vec<Term> = b.iter().map(|&x| Term::int(x as i64)).collect();
    p.heap.list(&items)
}

fn bin_to_list1(p: &mut Process, a: &[Term]) -> BifResult {
    let b = bin(a[0])?;
    Ok(bytes_list(p, &b))
}

fn bin_to_list2(p: &mut Process, a: &[Term]) -> BifResult {
    let part = part2(p, a)?;
    bin_to_list1(p, &[part])
}

fn bin_to_list3(p: &mut Process, a: &[Term]) -> BifResult {
    let part = part3(p, a)?;
    bin_to_list1(p, &[part])
}

fn list_to_bin(p: &mut Process, a: &[Term]) -> BifResult {
    if !a[0].is_list() {
        return badarg();
    }
    let b = iolist_bytes(a[0])?;
    Ok(p.heap.binary(&b))
}

fn big_endian(t: Term) -> Result<bool, Exception> {
    match t.as_atom().map(|x| x.name()) {
        Some("big") => Ok(true),
        Some("little") => Ok(false),
        _ => badarg(),
    }
}

fn decode_unsigned(p: &mut Process, a: &[Term]) -> BifResult {
    decode(p, a[0], true)
}
fn decode_unsigned2(p: &mut Process, a: &[Term]) -> BifResult {
    decode(p, a[0], big_endian(a[1])?)
}
fn decode(p: &mut Process, t: Term, big: bool) -> BifResult {
    let b = bin(t)?;
    let n = if big { BigInt::from_bytes_be(Sign::Plus, &b) } else { BigInt::from_bytes_le(Sign::Plus, &b) };
    crate::bif::arith::big_result(&mut p.heap, &n)
}

fn encode_unsigned(p: &mut Process, a: &[Term]) -> BifResult {
    encode(p, a[0], true)
}
fn encode_unsigned2(p: &mut Process, a: &[Term]) -> BifResult {
    encode(p, a[0], big_endian(a[1])?)
}
fn encode(p: &mut Process, t: Term, big: bool) -> BifResult {
    let n = t.to_bigint().ok_or_else(Exception::badarg)?;
    if n.sign() == Sign::Minus {
        return badarg();
    }
    let bytes = if big { n.to_bytes_be().1 } else { n.to_bytes_le().1 };
    Ok(p.heap.binary(&bytes))
}

fn bin_list(t: Term) -> Result<Vec<Vec<u8>>, Exception> {
    let items = t.list_to_vec().ok_or_else(Exception::badarg)?;
    if items.is_empty() {
        return badarg();
    }
    items.into_iter().map(bin).collect()
}

fn longest_common_prefix(_: &mut Process, a: &[Term]) -> BifResult {
    let bins = bin_list(a[0])?;
    let n = (0..).take_while(|&i| bins.iter().all(|b| b.get(i).is_some() && b[i] == bins[0][i])).count();
    Ok(Term::int(n as i64))
}

fn longest_common_suffix(_: &mut Process, a: &[Term]) -> BifResult {
    let bins = bin_list(a[0])?;
    let at = |b: &Vec<u8>, i: usize| b.len().checked_sub(i + 1).map(|j| b[j]);
    let n = (0..)
        .take_while(|&i| {
            let c = at(&bins[0], i);
            c.is_some() && bins.iter().all(|b| at(b, i) == c)
        })
        .count();
    Ok(Term::int(n as i64))
}

fn encode_hex(p: &mut Process, a: &[Term]) -> BifResult {
    let b = bin(a[0])?;
    let hex: String = b.iter().map(|x| format!("{x:02X}")).collect();
    Ok(p.heap.binary(hex.as_bytes()))
}

/// `decode_hex(Bin)`: an even number of hex digits, either case.
fn decode_hex(p: &mut Process, a: &[Term]) -> BifResult {
    let b = bin(a[0])?;
    if b.len() % 2 != 0 {
        return badarg();
    }
    let digit = |c: u8| (c as char).to_digit(16).ok_or_else(Exception::badarg);
    let bytes =
        b.chunks(2).map(|c| Ok((digit(c[0])? * 16 + digit(c[1])?) as u8)).collect::<Result<Vec<u8>, Exception>>()?;
    Ok(p.heap.binary(&bytes))
}

/// `referenced_byte_size(Bin)`: the size of the binary a sub-binary
/// shares its bytes with.
fn referenced_byte_size(_: &mut Process, a: &[Term]) -> BifResult {
    let b = a[0].as_bits().ok_or_else(Exception::badarg)?;
    Ok(Term::int(b.bytes.len() as i64))
}

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("binary", "referenced_byte_size", 1, referenced_byte_size),
    Bif::new("binary", "encode_hex", 1, encode_hex),
    Bif::new("binary", "decode_hex", 1, decode_hex),
    Bif::new("binary", "split", 2, split),
    Bif::new("binary", "split", 3, split3),
    Bif::new("binary", "match", 2, match2),
    Bif::new("binary", "match", 3, match3),
    Bif::new("binary", "matches", 2, matches2),
    Bif::new("binary", "matches", 3, matches3),
    Bif::new("binary", "replace", 3, replace3),
    Bif::new("binary", "replace", 4, replace4),
    Bif::new("binary", "part", 2, part2),
    Bif::new("binary", "part", 3, part3),
    Bif::new("binary", "at", 2, at),
    Bif::new("binary", "first", 1, first),
    Bif::new("binary", "last", 1, last),
    Bif::new("binary", "copy", 1, copy1),
    Bif::new("binary", "copy", 2, copy2),
    Bif::new("binary", "bin_to_list", 1, bin_to_list1),
    Bif::new("binary", "bin_to_list", 2, bin_to_list2),
    Bif::new("binary", "bin_to_list", 3, bin_to_list3),
    Bif::new("binary", "list_to_bin", 1, list_to_bin),
    Bif::new("binary", "decode_unsigned", 1, decode_unsigned),
    Bif::new("binary", "decode_unsigned", 2, decode_unsigned2),
    Bif::new("binary", "encode_unsigned", 1, encode_unsigned),
    Bif::new("binary", "encode_unsigned", 2, encode_unsigned2),
    Bif::new("binary", "longest_common_prefix", 1, longest_common_prefix),
    Bif::new("binary", "longest_common_suffix", 1, longest_common_suffix),
];
