//! `ferl remote NODE 'Expr.'`: evaluates expressions on a running named
//! node of this machine (`ferl -sname NODE ...`) and prints the result as
//! the shell would, for an operator who must not stop the system (say, to
//! call `release_handler:install_release/1`). NODE is `NAME` or
//! `NAME@host`. Exit status: 0 when the expressions evaluated, 1 when they
//! raised or did not parse, 2 when the node cannot be reached.
//!
//! The request is the term `{eval, Text}` in the external format over the
//! node's socket (framing in `ferl_vm::remote`); the answer is
//! `{ok | error, Text}`.

use ferl_vm::remote::{read_frame, socket_path, write_frame};
use std::os::unix::net::UnixStream;

pub fn run(args: &[String]) -> i32 {
    let [node, exprs] = args else {
        eprintln!("usage: ferl remote NODE 'Expr.'");
        return 2;
    };
    let node = ferl_vm::remote::full_node_name(node);
    let mut stream = match UnixStream::connect(socket_path(&node)) {
        Ok(s) => s,
        Err(_) => {
            eprintln!("ferl: no node {node} is running on this machine");
            return 2;
        }
    };
    if write_frame(&mut stream, &eval_request(exprs)).is_err() {
        eprintln!("ferl: node {node} closed the connection");
        return 2;
    }
    let Some(answer) = read_frame(&mut stream) else {
        eprintln!("ferl: node {node} gave no answer");
        return 2;
    };
    match decode_answer(&answer) {
        Some((true, text)) => {
            println!("{text}");
            0
        }
        Some((false, text)) => {
            eprintln!("{text}");
            1
        }
        None => {
            eprintln!("ferl: node {node} answered something unexpected");
            2
        }
    }
}

// External term format tags used here.
const VERSION: u8 = 131;
const SMALL_TUPLE: u8 = 104;
const BINARY: u8 = 109;
const ATOM: u8 = 100;
const SMALL_ATOM: u8 = 115;
const ATOM_UTF8: u8 = 118;
const SMALL_ATOM_UTF8: u8 = 119;

/// `{eval, <<Text>>}` in the external format.
fn eval_request(text: &str) -> Vec<u8> {
    let mut out = vec![VERSION, SMALL_TUPLE, 2, SMALL_ATOM_UTF8, 4];
    out.extend_from_slice(b"eval");
    out.push(BINARY);
    out.extend_from_slice(&(text.len() as u32).to_be_bytes());
    out.extend_from_slice(text.as_bytes());
    out
}

/// `{ok | error, <<Text>>}`: whether it is `ok`, and the text.
fn decode_answer(b: &[u8]) -> Option<(bool, String)> {
    let [VERSION, SMALL_TUPLE, 2, rest @ ..] = b else { return None };
    let (atom, rest) = match rest {
        [ATOM | ATOM_UTF8, h, l, rest @ ..] => rest.split_at_checked(u16::from_be_bytes([*h, *l]) as usize)?,
        [SMALL_ATOM | SMALL_ATOM_UTF8, n, rest @ ..] => rest.split_at_checked(*n as usize)?,
        _ => return None,
    };
    let [BINARY, a, b2, c, d, rest @ ..] = rest else { return None };
    let len = u32::from_be_bytes([*a, *b2, *c, *d]) as usize;
    let text = rest.get(..len)?;
    let ok = match atom {
        b"ok" => true,
        b"error" => false,
        _ => return None,
    };
    Some((ok, String::from_utf8_lossy(text).into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_decode() {
        let mut b = vec![VERSION, SMALL_TUPLE, 2, SMALL_ATOM_UTF8, 2, b'o', b'k', BINARY, 0, 0, 0, 2];
        b.extend_from_slice(b"42");
        assert_eq!(decode_answer(&b), Some((true, "42".to_string())));
        assert_eq!(decode_answer(&b[..b.len() - 1]), None);
        assert_eq!(decode_answer(&[VERSION, SMALL_TUPLE, 1]), None);
    }
}
