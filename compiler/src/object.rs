//! The object-file format: what `compile:file/1,2` and `c:c/1` write and
//! `code:load_file/1` reads. It serialises a `bytecode::Module` exactly and
//! reads it back, rejecting anything damaged or hostile with an
//! `ObjectError` (never a panic), because the VM trusts a decoded module.
//!
//! # Layout
//!
//! ```text
//! offset  size  field
//!      0     4  magic  b"FERL"
//!      4     4  format version, u32 little-endian (FORMAT_VERSION)
//!      8     8  body length in bytes, u64 little-endian
//!     16    16  MD5 of the body (also `checksum(m)`)
//!     32     *  body; nothing may follow it
//! ```
//!
//! The body is a sequence of fields in this order, with no padding:
//!
//! ```text
//! name, file                       str
//! atoms                            vec<str>
//! literals                         vec<literal>
//! imports                          vec<(module str, function str, arity u32)>
//! functions                        vec<(name str, arity u32, entry u32)>
//! lambdas                          vec<(function u32, arity u32, num_free u32)>
//! exports                          vec<(name str, arity u32)>
//! attributes                       vec<(name str, value literal)>
//! on_load                          0 | 1 name str, arity u32
//! lines                            vec<(offset u32, line u32)>
//! code                             vec<op>
//! ```
//!
//! - Integers (`u16`, `u32`, `u64`, counts, lengths) are unsigned LEB128;
//!   signed ones (`i64`) are zigzag-mapped first. A value too big for its
//!   field is `Corrupt`.
//! - `str` is a byte length and UTF-8 bytes; `vec<T>` a count and the items.
//! - `bool` is one byte, 0 or 1.
//! - A `literal` is a tag byte (see [`tag`]) and its payload, prefix order:
//!   `NIL`; `ATOM str`; `SMALL i64`; `BIG sign-byte (0 -, 1 zero, 2 +)
//!   vec<u8 magnitude, little-endian>`; `FLOAT` 8 bytes of `f64::to_bits`
//!   little-endian (so -0.0 and NaN payloads survive); `TUPLE n, n literals`;
//!   `MAP n, n (key, value) literals`; `LIST n, n heads, tail` for a chain of
//!   `n >= 1` conses; `STRING n, n bytes, tail` for such a chain whose heads
//!   are all integers 0..=255; `BINARY vec<u8>, bit length u64` (the byte
//!   count must be the bit length rounded up to bytes).
//! - A `Src` is a tag byte (`SRC_X u16`, `SRC_Y u16`, `SRC_ATOM u32`,
//!   `SRC_INT i64`, `SRC_NIL`, `SRC_LIT u32`); an `Option<Src>` is a `Src`
//!   or `SRC_NONE`. A `Dst` is `SRC_X u16` or `SRC_Y u16`.
//! - An `op` is an opcode byte (see [`tag`]) and the variant's fields in
//!   declaration order. Enums inside ops (`ArithOp`, `CmpOp`, `TypeTest`,
//!   `BinSegKind`) are one byte, their declaration index. A `BinSeg` is
//!   `kind, value Src, size Option<Src>, unit u32, flags` (bit 0 signed,
//!   bit 1 little). Slices are counts and items.
//!
//! # Validation
//!
//! Besides the header, decoding checks that every atom, literal, import,
//! function and lambda index is in range, that every label and function
//! entry is a code offset (< code length), that each function's entry is a
//! `FuncInfo` naming it, that the line table is sorted and within the code,
//! that arities are at most [`MAX_ARITY`] and a call through an import
//! (a BIF's argument count too) passes the import's arity, and that
//! literals nest at most [`MAX_LITERAL_DEPTH`] deep (a deeper
//! `Literal` tree would overflow the stack when dropped or compared).
//! Register numbers and y-slot counts are not checked here.
//!
//! # Versioning
//!
//! Any change to the body's layout or meaning (a new `Op` variant, a new
//! field, a new tag) bumps [`FORMAT_VERSION`]. A reader accepts exactly its
//! own version, failing with `UnsupportedVersion(v)` otherwise: object files
//! are build products, recompiled from source, as with BEAM files of another
//! OTP release.

mod decode;
mod encode;
pub mod md5;
#[cfg(test)]
mod tests;

use crate::bytecode::Module;
use std::fmt;

/// The first four bytes of every object file.
pub const MAGIC: [u8; 4] = *b"FERL";
/// The body layout this build writes and reads.
pub const FORMAT_VERSION: u32 = 4;
/// The deepest `Literal` tree decoding accepts (a list of n elements is n
/// deep). Trees must be shallow enough for the recursive derived
/// `Drop`/`PartialEq` of `Literal` on a small thread stack.
pub const MAX_LITERAL_DEPTH: usize = 10_000;
/// The largest arity (and count of a fun's free variables) decoding
/// accepts, OTP's limit: a call's arguments, a fun's free variables and
/// `apply`'s module and function must fit the VM's 1024 x registers.
pub const MAX_ARITY: u32 = 255;

const HEADER_LEN: usize = 32;

/// Why an object file was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ObjectError {
    /// It does not start with `b"FERL"`.
    BadMagic,
    /// It was written by a format version this build does not read.
    UnsupportedVersion(u32),
    /// The body does not match its checksum.
    Checksum,
    /// It ends before its header or body does.
    Truncated,
    /// The body is malformed or refers to something out of range.
    Corrupt(String),
}

impl fmt::Display for ObjectError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ObjectError::BadMagic => f.write_str("not a ferl object file"),
            ObjectError::UnsupportedVersion(v) => {
                write!(f, "object format version {v} is not supported (expected {FORMAT_VERSION})")
            }
            ObjectError::Checksum => f.write_str("object file checksum mismatch"),
            ObjectError::Truncated => f.write_str("object file is truncated"),
            ObjectError::Corrupt(why) => write!(f, "corrupt object file: {why}"),
        }
    }
}

impl std::error::Error for ObjectError {}

/// Serialises a module: magic b"FERL", a format version, a checksum of the
/// body, then the body (layout in this file's header).
pub fn encode(m: &Module) -> Vec<u8> {
    let body = encode::body(m);
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&md5::md5(&body));
    out.extend_from_slice(&body);
    out
}

/// Reads an object file. Fails with `BadMagic`, `UnsupportedVersion`,
/// `Truncated` (the input ends early), `Checksum`, or `Corrupt` (malformed
/// body or an index out of range). Never panics; allocations are bounded by
/// the input's length and literal nesting by `MAX_LITERAL_DEPTH`.
pub fn decode(bytes: &[u8]) -> Result<Module, ObjectError> {
    let magic_len = bytes.len().min(MAGIC.len());
    if bytes[..magic_len] != MAGIC[..magic_len] {
        return Err(ObjectError::BadMagic);
    }
    let Some(version) = bytes.get(4..8) else { return Err(ObjectError::Truncated) };
    let version = u32::from_le_bytes([version[0], version[1], version[2], version[3]]);
    if version != FORMAT_VERSION {
        return Err(ObjectError::UnsupportedVersion(version));
    }
    let Some(header) = bytes.get(..HEADER_LEN) else { return Err(ObjectError::Truncated) };
    let mut len = [0u8; 8];
    len.copy_from_slice(&header[8..16]);
    let body = &bytes[HEADER_LEN..];
    match u64::from_le_bytes(len).cmp(&(body.len() as u64)) {
        std::cmp::Ordering::Greater => return Err(ObjectError::Truncated),
        std::cmp::Ordering::Less => return Err(ObjectError::Corrupt("trailing bytes after the body".into())),
        std::cmp::Ordering::Equal => {}
    }
    if md5::md5(body) != header[16..32] {
        return Err(ObjectError::Checksum);
    }
    decode::body(body)
}

/// The module's checksum: the MD5 of its encoded body, as stored in the
/// object file's header. Used for `module_info(md5)` and the default `vsn`.
pub fn checksum(m: &Module) -> [u8; 16] {
    md5::md5(&encode::body(m))
}

/// Tag bytes: the one list that the encoder and decoder share.
pub mod tag {
    // Literals.
    pub const NIL: u8 = 0;
    pub const ATOM: u8 = 1;
    pub const SMALL: u8 = 2;
    pub const BIG: u8 = 3;
    pub const FLOAT: u8 = 4;
    pub const TUPLE: u8 = 5;
    pub const MAP: u8 = 6;
    pub const LIST: u8 = 7;
    pub const STRING: u8 = 8;
    pub const BINARY: u8 = 9;

    // Operands.
    pub const SRC_X: u8 = 0;
    pub const SRC_Y: u8 = 1;
    pub const SRC_ATOM: u8 = 2;
    pub const SRC_INT: u8 = 3;
    pub const SRC_NIL: u8 = 4;
    pub const SRC_LIT: u8 = 5;
    pub const SRC_NONE: u8 = 6;

    // Opcodes, in `Op`'s declaration order.
    pub const FUNC_INFO: u8 = 0;
    pub const ALLOCATE: u8 = 1;
    pub const DEALLOCATE: u8 = 2;
    pub const RETURN: u8 = 3;
    pub const MOVE: u8 = 4;
    pub const CALL: u8 = 5;
    pub const CALL_ONLY: u8 = 6;
    pub const CALL_EXT: u8 = 7;
    pub const CALL_EXT_ONLY: u8 = 8;
    pub const CALL_FUN: u8 = 9;
    pub const CALL_FUN_ONLY: u8 = 10;
    pub const APPLY: u8 = 11;
    pub const APPLY_ONLY: u8 = 12;
    pub const BIF: u8 = 13;
    pub const ARITH: u8 = 14;
    pub const CMP: u8 = 15;
    pub const TEST: u8 = 16;
    pub const TEST_ARITY: u8 = 17;
    pub const TEST_FUN_ARITY: u8 = 18;
    pub const JUMP: u8 = 19;
    pub const GET_LIST: u8 = 20;
    pub const GET_TUPLE_ELEMENT: u8 = 21;
    pub const PUT_LIST: u8 = 22;
    pub const PUT_TUPLE: u8 = 23;
    pub const PUT_MAP: u8 = 24;
    pub const GET_MAP_ELEMENT: u8 = 25;
    pub const MAKE_FUN: u8 = 26;
    pub const BS_CREATE: u8 = 27;
    pub const BS_START_MATCH: u8 = 28;
    pub const BS_GET: u8 = 29;
    pub const BS_SKIP: u8 = 30;
    pub const BS_TEST_TAIL: u8 = 31;
    pub const BS_TEST_UNIT: u8 = 32;
    pub const BADMATCH: u8 = 33;
    pub const CASE_END: u8 = 34;
    pub const IF_END: u8 = 35;
    pub const TRY_CASE_END: u8 = 36;
    pub const FUNCTION_CLAUSE: u8 = 37;
    pub const RAISE_ERROR: u8 = 38;
    pub const TRY: u8 = 39;
    pub const TRY_END: u8 = 40;
    pub const TRY_CASE: u8 = 41;
    pub const CATCH: u8 = 42;
    pub const CATCH_END: u8 = 43;
    pub const RAISE: u8 = 44;
    pub const SEND: u8 = 45;
    pub const LOOP_REC: u8 = 46;
    pub const REMOVE_MESSAGE: u8 = 47;
    pub const LOOP_REC_END: u8 = 48;
    pub const WAIT: u8 = 49;
    pub const WAIT_TIMEOUT: u8 = 50;
    pub const TIMEOUT: u8 = 51;
    /// The number of opcodes.
    pub const NUM_OPCODES: u8 = 52;
}
