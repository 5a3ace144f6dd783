//! `beam_lib:version/1`: the version of the module in an object file (or
//! its bytes) without loading it, as the release handler needs it to give
//! `code_change` the version being replaced.

use super::Bif;
use crate::code::loader;
use crate::exception::BifResult;
use crate::process::Process;
use crate::term::{Atom, Term};

pub(crate) const BIFS: &[Bif] = &[Bif::new("beam_lib", "version", 1, version)];

/// `{ok, {Mod, Vsn}}`: `Vsn` is the `-vsn` attribute's value, or `[MD5]`
/// (the checksum as an integer) without one, as OTP's compiler fills it
/// in. `{error, beam_lib, Reason}` for a missing or damaged file.
fn version(p: &mut Process, args: &[Term]) -> BifResult {
    let what = args[0];
    let bytes = match what.as_bits().and_then(|b| b.as_aligned().map(<[u8]>::to_vec)) {
        Some(bytes) => bytes,
        None => match super::file::path_of(what).map(std::fs::read) {
            Some(Ok(bytes)) => bytes,
            _ => {
                let why = p.heap.tuple(&[Term::named("file_error"), what, Term::named("enoent")]);
                return Ok(p.heap.tuple(&[Term::named("error"), Term::named("beam_lib"), why]));
            }
        },
    };
    let Ok(module) = ferl_compiler::object::decode(&bytes) else {
        let why = p.heap.tuple(&[Term::named("not_a_beam_file"), what]);
        return Ok(p.heap.tuple(&[Term::named("error"), Term::named("beam_lib"), why]));
    };
    let vsn = match module.attributes.iter().find(|(k, _)| k == "vsn") {
        Some((_, v)) => loader::literal(&mut p.heap, v),
        None => {
            let md5 = ferl_compiler::object::checksum(&module);
            let n = p.heap.bigint(&num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &md5));
            p.heap.list(&[n])
        }
    };
    let name = Term::atom(Atom::intern(&module.name));
    let found = p.heap.tuple(&[name, vsn]);
    Ok(p.heap.tuple(&[Term::named("ok"), found]))
}
