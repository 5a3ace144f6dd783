//! `zlib:gzip/1` and `zlib:gunzip/1`: gzip files in memory, as OTP's zlib
//! module makes and reads them (release packages are `.tar.gz`). The
//! compression is flate2's pure-Rust backend (miniz_oxide), so the bytes
//! of a compressed file may differ from OTP's; any gzip reader reads both.

use super::Bif;
use crate::bif::erlang::iolist::iolist_bytes;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{Atom, Term};
use std::io::{Read, Write};

pub(crate) const BIFS: &[Bif] = &[Bif::new("zlib", "gzip", 1, gzip), Bif::new("zlib", "gunzip", 1, gunzip)];

/// `zlib:gzip(Data)`: iodata in, a gzip file out; `badarg` for other terms.
fn gzip(p: &mut Process, a: &[Term]) -> BifResult {
    let data = iolist_bytes(a[0])?;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    let out = enc.write_all(&data).and_then(|()| enc.finish()).map_err(|_| Exception::badarg())?;
    Ok(p.heap.binary(&out))
}

/// `zlib:gunzip(Data)`: the uncompressed bytes of every gzip member in
/// Data; OTP's `data_error` when Data is not gzip.
fn gunzip(p: &mut Process, a: &[Term]) -> BifResult {
    let data = iolist_bytes(a[0])?;
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(&data[..])
        .read_to_end(&mut out)
        .map_err(|_| Exception::error_atom(Atom::intern("data_error")))?;
    Ok(p.heap.binary(&out))
}
