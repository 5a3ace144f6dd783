//! `erlang:md5/1` and the incremental `md5_init/0`, `md5_update/2`,
//! `md5_final/1`, on the compiler's MD5 (`ferl_compiler::object::md5`).
//! The context between calls is a binary: the four state words, the byte
//! count and the bytes not yet in a block.

use super::super::Bif;
use crate::bif::erlang::iolist::iolist_bytes;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::Term;
use ferl_compiler::object::md5::{compress, finish, md5 as digest, INIT};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "md5", 1, md5),
    Bif::new("erlang", "md5_init", 0, md5_init),
    Bif::new("erlang", "md5_update", 2, md5_update),
    Bif::new("erlang", "md5_final", 1, md5_final),
];

/// A digest under way.
struct Context {
    state: [u32; 4],
    len: u64,
    pending: Vec<u8>,
}

impl Context {
    fn update(&mut self, data: &[u8]) {
        self.len = self.len.wrapping_add(data.len() as u64);
        self.pending.extend_from_slice(data);
        let whole = self.pending.len() / 64 * 64;
        for block in self.pending[..whole].chunks_exact(64) {
            compress(&mut self.state, block);
        }
        self.pending.drain(..whole);
    }

    fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(24 + self.pending.len());
        for s in self.state {
            b.extend_from_slice(&s.to_le_bytes());
        }
        b.extend_from_slice(&self.len.to_le_bytes());
        b.extend_from_slice(&self.pending);
        b
    }

    /// A context binary back; None for anything md5_init/update did not make.
    fn from_bytes(b: &[u8]) -> Option<Context> {
        if b.len() < 24 || b.len() >= 24 + 64 {
            return None;
        }
        let word = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let len = u64::from_le_bytes(b[16..24].try_into().ok()?);
        let pending = b[24..].to_vec();
        (len % 64 == pending.len() as u64).then(|| Context {
            state: [word(0), word(4), word(8), word(12)],
            len,
            pending,
        })
    }
}

fn md5(p: &mut Process, a: &[Term]) -> BifResult {
    Ok(p.heap.binary(&digest(&iolist_bytes(a[0])?)))
}

fn md5_init(p: &mut Process, _: &[Term]) -> BifResult {
    let c = Context { state: INIT, len: 0, pending: Vec::new() };
    Ok(p.heap.binary(&c.to_bytes()))
}

fn context(t: Term) -> Result<Context, Exception> {
    let bits = t.as_bits().filter(|b| b.is_binary()).ok_or_else(Exception::badarg)?;
    Context::from_bytes(&bits.to_bytes()).ok_or_else(Exception::badarg)
}

fn md5_update(p: &mut Process, a: &[Term]) -> BifResult {
    let mut c = context(a[0])?;
    c.update(&iolist_bytes(a[1])?);
    Ok(p.heap.binary(&c.to_bytes()))
}

fn md5_final(p: &mut Process, a: &[Term]) -> BifResult {
    let c = context(a[0])?;
    Ok(p.heap.binary(&finish(c.state, &c.pending, c.len)))
}
