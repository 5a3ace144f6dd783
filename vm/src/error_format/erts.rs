//! ferl's `erl_erts_errors:format_error/2` for the `erlang` BIFs an
//! escript is likely to call, with OTP 25's texts; and
//! `erl_internal:bif/2`, which decides whether a frame shows `erlang:`.

use super::error_info::{
    arg, atom_name, int, is_binary, is_float, is_function, is_iolist, is_map, is_tuple, must_be_int, must_be_list,
    Entry,
};
use crate::term::{Atom, Term, View};

const NOT_NUMBER: &str = "not a number";
const NOT_ATOM: &str = "not an atom";
const NOT_BINARY: &str = "not a binary";
const NOT_INTEGER: &str = "not an integer";
const NOT_LIST: &str = "not a list";
const NOT_TUPLE: &str = "not a tuple";
const NOT_PID: &str = "not a pid";
const NOT_REF: &str = "not a reference";
const NOT_FUN: &str = "not a fun";
const NOT_MAP: &str = "not a map";
const NOT_FLOAT: &str = "not a float";
const NOT_BITSTRING: &str = "not a bitstring";
const NOT_IODATA: &str = "not an iodata term";
const RANGE: &str = "out of range";
const BAD_BASE: &str = "not an integer in the range 2 through 36";
const BAD_OPTION: &str = "invalid option in list";
const NON_EXISTING_ATOM: &str = "not an already existing atom";

/// The per-argument complaints, or `None` where OTP's function has no
/// clause (its caller then shows none).
pub fn format_error(m: Atom, f: Atom, args: &[Term], reason: Term, cause: Option<Term>) -> Option<Vec<Entry>> {
    if matches!(m.name(), "atomics" | "counters" | "persistent_term") {
        let cause = cause.and_then(atom_name).unwrap_or("none");
        return Some(super::atomics::format_error(m.name(), f.name(), args, reason, cause));
    }
    if m.name() != "erlang" {
        return Some(Vec::new());
    }
    if atom_name(reason) == Some("system_limit") {
        return Some(Vec::new());
    }
    let cause = cause.and_then(atom_name).unwrap_or("none");
    Some(erlang(f.name(), args, cause))
}

fn one(text: &str) -> Vec<Entry> {
    vec![arg(text)]
}

fn two(a: &str, b: &str) -> Vec<Entry> {
    vec![arg(a), arg(b)]
}

fn must_be_atom(t: Term) -> &'static str {
    if t.is_atom() {
        ""
    } else {
        NOT_ATOM
    }
}

fn must_be_binary(t: Term, err: &'static str) -> &'static str {
    if is_binary(t) {
        err
    } else {
        NOT_BINARY
    }
}

fn must_be_base(t: Term) -> &'static str {
    match int(t) {
        Some(b) if (2..=36).contains(&b) => "",
        _ => BAD_BASE,
    }
}

fn must_be_tuple(t: Term) -> &'static str {
    if is_tuple(t) {
        ""
    } else {
        NOT_TUPLE
    }
}

fn must_be_mf_args(m: Term, f: Term, a: Term) -> Vec<Entry> {
    vec![arg(must_be_atom(m)), arg(must_be_atom(f)), arg(must_be_list(a, ""))]
}

/// A `spawn_opt` option list: named only when the cause is `badopt`.
fn spawn_options(opts: Term, cause: &str) -> &'static str {
    if cause == "badopt" {
        must_be_list(opts, "invalid spawn option")
    } else {
        ""
    }
}

/// `maybe_option_list_error/2`.
fn option_list_after(options: Term, previous: &str) -> &'static str {
    match (previous.is_empty(), must_be_list(options, "")) {
        (true, "") => BAD_OPTION,
        (_, e) => e,
    }
}

/// `list_to_something/2`.
fn list_to_something(t: Term, err: &'static str) -> Vec<Entry> {
    one(if t.list_len().is_some() { err } else { NOT_LIST })
}

fn is_flat_char_list(t: Term) -> bool {
    t.list_to_vec().is_some_and(|cs| cs.iter().all(|c| c.as_small().is_some_and(crate::format::write::is_unicode_char)))
}

/// `do_binary_to_atom/3`.
fn binary_to_atom(bin: Term, enc: Term, default: &'static str) -> Vec<Entry> {
    match atom_name(enc) {
        Some("latin1") => one(must_be_binary(bin, default)),
        Some("unicode" | "utf8") => {
            if !is_binary(bin) {
                one(NOT_BINARY)
            } else if std::str::from_utf8(&bin.as_bits().map(|b| b.to_bytes()).unwrap_or_default()).is_ok() {
                one(NON_EXISTING_ATOM)
            } else {
                one("invalid UTF8 encoding")
            }
        }
        _ => two(must_be_binary(bin, ""), "not one of the atoms: latin1, utf8, or unicode"),
    }
}

fn element(index: Term, tuple: Term) -> Vec<Entry> {
    let size = tuple.as_tuple().map_or(0, |t| t.len()) as i128;
    let first = match int(index) {
        None => NOT_INTEGER,
        Some(i) if i <= 0 || i > size => RANGE,
        Some(_) => "",
    };
    two(first, must_be_tuple(tuple))
}

/// `format_erlang_error/3`.
fn erlang(f: &str, args: &[Term], cause: &str) -> Vec<Entry> {
    let pos = Some(1);
    let nonneg = Some(0);
    match (f, args) {
        ("abs" | "ceil" | "floor" | "round" | "trunc" | "float", [_]) => one(NOT_NUMBER),
        ("atom_to_list" | "atom_to_binary", [_]) => one(NOT_ATOM),
        ("atom_to_binary", [a, enc]) => {
            let first = if !a.is_atom() {
                NOT_ATOM
            } else if atom_name(*enc) == Some("latin1") {
                "contains a character not expressible in latin1"
            } else {
                ""
            };
            let second = match atom_name(*enc) {
                Some("latin1" | "unicode" | "utf8") => "",
                _ => "is an invalid encoding option",
            };
            two(first, second)
        }
        ("append", [_, _]) => one(NOT_LIST),
        ("append_element", [_, _]) => one(NOT_TUPLE),
        ("apply", [m, f, a]) => must_be_mf_args(*m, *f, *a),
        ("bit_size" | "byte_size" | "bitstring_to_list", [_]) => one(NOT_BITSTRING),
        ("binary_part", [bin, pos_len]) => match pos_len.as_tuple() {
            Some([p, l]) if p.is_integer() && l.is_integer() => {
                let errs = binary_part(*bin, *p, *l);
                if errs[1].is_empty() && errs[2].is_empty() {
                    one(errs[0])
                } else {
                    two(errs[0], RANGE)
                }
            }
            _ => two(must_be_binary(*bin, ""), "not a valid {Pos,Length} tuple"),
        },
        ("binary_part", [bin, p, l]) => binary_part(*bin, *p, *l).into_iter().map(arg).collect(),
        ("binary_to_atom", [bin]) => binary_to_atom(*bin, Term::atom(Atom::intern("utf8")), ""),
        ("binary_to_atom", [bin, enc]) => binary_to_atom(*bin, *enc, ""),
        ("binary_to_existing_atom", [bin]) => binary_to_atom(*bin, Term::atom(Atom::intern("utf8")), NON_EXISTING_ATOM),
        ("binary_to_existing_atom", [bin, enc]) => binary_to_atom(*bin, *enc, NON_EXISTING_ATOM),
        ("binary_to_float", [bin]) => one(must_be_binary(*bin, "not a textual representation of a float")),
        ("binary_to_integer", [bin]) => one(must_be_binary(*bin, "not a textual representation of an integer")),
        ("binary_to_integer", [bin, base]) => match must_be_base(*base) {
            "" => one(must_be_binary(*bin, "not a textual representation of an integer")),
            bad => two(must_be_binary(*bin, ""), bad),
        },
        ("binary_to_list", [_]) => one(NOT_BINARY),
        ("binary_to_term", [bin]) => one(must_be_binary(*bin, "invalid external representation of a term")),
        ("delete_element", [i, t]) | ("element", [i, t]) | ("insert_element", [i, t, _]) => element(*i, *t),
        ("setelement", [i, t, _]) => element(*i, *t),
        ("exit", [_, _]) => one(NOT_PID),
        ("float_to_list" | "float_to_binary", [_]) => one(NOT_FLOAT),
        ("float_to_list" | "float_to_binary", [x, opts]) => {
            let first = if is_float(*x) { "" } else { NOT_FLOAT };
            two(first, option_list_after(*opts, first))
        }
        ("fun_info" | "fun_to_list", [_]) => one(NOT_FUN),
        ("fun_info", [fun, _]) => {
            if is_function(*fun, None) {
                two("", "invalid item")
            } else {
                one(NOT_FUN)
            }
        }
        ("hd" | "tl", [_]) => one("not a nonempty list"),
        ("integer_to_list" | "integer_to_binary", [_]) => one(NOT_INTEGER),
        ("integer_to_list" | "integer_to_binary", [i, base]) => {
            let first = if i.is_integer() { "" } else { NOT_INTEGER };
            two(first, must_be_base(*base))
        }
        ("iolist_size" | "iolist_to_binary" | "iolist_to_iovec", [_]) => one(NOT_IODATA),
        ("is_function", [_, a]) => two("", if a.is_integer() { RANGE } else { NOT_INTEGER }),
        ("is_map_key", [_, _]) => two("", NOT_MAP),
        ("is_process_alive" | "node" | "pid_to_list" | "unlink" | "unregister", [_]) => one(NOT_PID),
        ("is_record", [_, _]) => one(NOT_ATOM),
        ("is_record", [_, tag, size]) => {
            vec![arg(""), arg(must_be_atom(*tag)), arg(must_be_int(*size, None, None))]
        }
        ("length" | "list_to_tuple", [_]) => one(NOT_LIST),
        ("link", [p]) => {
            one(if p.as_pid().is_some() { "the pid does not refer to an existing process" } else { NOT_PID })
        }
        ("list_to_atom", [l]) => one(must_be_list(*l, "not a list of characters")),
        ("list_to_existing_atom", [l]) => {
            if is_flat_char_list(*l) {
                one(NON_EXISTING_ATOM)
            } else {
                one(must_be_list(*l, "not a list of characters"))
            }
        }
        ("list_to_binary", [l]) => one(if is_iolist(*l) { "" } else { "not an iolist term" }),
        ("list_to_bitstring", [_]) => one("not a bitstring list"),
        ("list_to_float", [l]) => list_to_something(*l, "not a textual representation of a float"),
        ("list_to_integer", [l]) => list_to_something(*l, "not a textual representation of an integer"),
        ("list_to_integer", [l, base]) => match must_be_base(*base) {
            "" => one(must_be_list(*l, "not a textual representation of an integer")),
            bad => two(must_be_list(*l, ""), bad),
        },
        ("list_to_pid", [l]) => list_to_something(*l, "not a textual representation of a pid"),
        ("list_to_ref", [l]) => list_to_something(*l, "not a textual representation of a reference"),
        ("make_fun" | "function_exported" | "is_builtin", [m, f, a]) => {
            vec![arg(must_be_atom(*m)), arg(must_be_atom(*f)), arg(must_be_int(*a, nonneg, None))]
        }
        ("make_tuple", [_, _]) => one(RANGE),
        ("make_tuple", [n, _, init]) => {
            let first = must_be_int(*n, nonneg, None);
            vec![arg(first), arg(""), arg(option_list_after(*init, first))]
        }
        ("map_size", [_]) => one(NOT_MAP),
        ("map_get", [_, map]) => {
            if is_map(*map) {
                one("not present in map")
            } else {
                two("", NOT_MAP)
            }
        }
        ("md5" | "adler32" | "crc32", [_]) => one(NOT_IODATA),
        ("module_loaded" | "delete_module" | "check_old_code" | "whereis", [_]) => one(NOT_ATOM),
        ("phash" | "phash2", [_, n]) => two("", must_be_int(*n, pos, None)),
        ("ref_to_list" | "demonitor" | "cancel_timer" | "read_timer" | "unalias", [_]) => one(NOT_REF),
        ("send", [_, _]) | ("send_nosuspend", [_, _]) => one("invalid destination"),
        ("size", [_]) => one("not tuple or binary"),
        ("spawn" | "spawn_link" | "spawn_monitor", [_]) => one(NOT_FUN),
        ("spawn" | "spawn_link" | "spawn_monitor", [m, f, a]) => must_be_mf_args(*m, *f, *a),
        ("spawn_opt", [f, opts]) => {
            let fun = if is_function(*f, None) { "" } else { NOT_FUN };
            vec![arg(fun), arg(spawn_options(*opts, cause))]
        }
        ("spawn_opt", [m, f, a, opts]) => {
            let mut v = must_be_mf_args(*m, *f, *a);
            v.push(arg(spawn_options(*opts, cause)));
            v
        }
        ("split_binary", [bin, p]) => {
            let errs = [must_be_binary(*bin, ""), must_be_int(*p, nonneg, None)];
            if errs == ["", ""] {
                let size = bin.as_bits().map_or(0, |b| b.byte_len()) as i128;
                if int(*p).is_some_and(|p| p > size) {
                    two("", RANGE)
                } else {
                    Vec::new()
                }
            } else {
                two(errs[0], errs[1])
            }
        }
        ("start_timer" | "send_after", [time, dest, _]) => {
            let mut first = must_be_int(*time, nonneg, None);
            if first.is_empty() && cause == "time" {
                first = "exceeds the maximum supported time value";
            }
            let second = if dest.as_pid().is_some() || dest.is_atom() { "" } else { "not a pid or an atom" };
            two(first, second)
        }
        ("statistics", [_]) => one("invalid statistics item"),
        ("subtract", [a, b]) => two(must_be_list(*a, ""), must_be_list(*b, "")),
        ("system_info", [_]) => one("invalid system info item"),
        ("term_to_binary", [_, opts]) => two("", option_list_after(*opts, "")),
        ("tuple_size" | "tuple_to_list", [_]) => one(NOT_TUPLE),
        ("halt", [_]) => one("invalid status"),
        ("process_flag", [_, _]) => {
            if cause == "badopt" {
                one("invalid process flag")
            } else {
                two("", "invalid value for this process flag")
            }
        }
        ("process_info", [p]) => one(if p.as_pid().is_some() { "" } else { NOT_PID }),
        ("process_info", [p, _]) => {
            if p.as_pid().is_some() {
                two("", "invalid item or item list")
            } else {
                one(NOT_PID)
            }
        }
        ("register", [name, p]) => {
            if cause == "registered_name" {
                return two("", "this process or port already has a name");
            }
            if cause == "notalive" {
                return two("", "the pid does not refer to an existing process");
            }
            let first = match name.view() {
                View::Atom(a) if a.name() == "undefined" => "'undefined' is not a valid name",
                View::Atom(_) => "",
                _ => NOT_ATOM,
            };
            let second = if p.as_pid().is_some() { "" } else { "not a pid or port" };
            if first.is_empty() && second.is_empty() {
                one("name is in use")
            } else {
                two(first, second)
            }
        }
        _ => Vec::new(),
    }
}

/// `format_erlang_error(binary_part, [Bin, Pos, Len], _)`.
fn binary_part(bin: Term, p: Term, l: Term) -> [&'static str; 3] {
    let errs = [must_be_binary(bin, ""), must_be_int(p, Some(0), None), must_be_int(l, None, None)];
    if errs != ["", "", ""] {
        return errs;
    }
    let size = bin.as_bits().map_or(0, |b| b.byte_len()) as i128;
    if int(p).is_some_and(|p| p > size) {
        ["", RANGE, ""]
    } else {
        ["", "", RANGE]
    }
}

/// `erl_internal:bif/2`: auto-imported `erlang` functions, shown without
/// their module in stack traces.
pub fn is_auto_imported(name: &str, arity: usize) -> bool {
    let arities: &[usize] = match name {
        "abs"
        | "atom_to_list"
        | "binary_to_float"
        | "bitsize"
        | "bit_size"
        | "bitstring_to_list"
        | "byte_size"
        | "ceil"
        | "check_old_code"
        | "delete_module"
        | "disconnect_node"
        | "float"
        | "floor"
        | "hd"
        | "iolist_size"
        | "iolist_to_binary"
        | "is_process_alive"
        | "is_atom"
        | "is_boolean"
        | "is_binary"
        | "is_bitstring"
        | "is_float"
        | "is_integer"
        | "is_list"
        | "is_map"
        | "is_number"
        | "is_pid"
        | "is_port"
        | "is_reference"
        | "is_tuple"
        | "length"
        | "link"
        | "list_to_atom"
        | "list_to_binary"
        | "list_to_bitstring"
        | "list_to_existing_atom"
        | "list_to_float"
        | "list_to_pid"
        | "list_to_port"
        | "list_to_ref"
        | "list_to_tuple"
        | "module_loaded"
        | "map_size"
        | "pid_to_list"
        | "port_to_list"
        | "port_close"
        | "purge_module"
        | "ref_to_list"
        | "round"
        | "size"
        | "spawn_request_abandon"
        | "statistics"
        | "throw"
        | "tl"
        | "trunc"
        | "tuple_size"
        | "tuple_to_list"
        | "unalias"
        | "unlink"
        | "unregister"
        | "whereis" => &[1],
        "date" | "erase" | "get" | "get_keys" | "group_leader" | "halt" | "is_alive" | "make_ref" | "node"
        | "nodes" | "now" | "pre_loaded" | "processes" | "registered" | "self" | "time" => match name {
            "erase" | "get" | "get_keys" | "node" => &[0, 1],
            "nodes" => &[0, 1, 2],
            "group_leader" => &[0, 2],
            "halt" => &[0, 1, 2],
            _ => &[0],
        },
        "alias" => &[0, 1],
        "garbage_collect" => &[0, 1, 2],
        "apply" => &[2, 3],
        "atom_to_binary"
        | "binary_to_atom"
        | "binary_to_existing_atom"
        | "binary_to_integer"
        | "binary_to_term"
        | "demonitor"
        | "float_to_list"
        | "float_to_binary"
        | "integer_to_binary"
        | "integer_to_list"
        | "is_function"
        | "list_to_integer"
        | "term_to_binary"
        | "term_to_iovec" => &[1, 2],
        "binary_part" => &[2, 3],
        "binary_to_list" => &[1, 3],
        "check_process_code" | "monitor" => &[2, 3],
        "element" | "is_map_key" | "load_module" | "map_get" | "max" | "min" | "monitor_node" | "open_port"
        | "port_connect" | "put" | "register" | "split_binary" => &[2],
        "error" => &[1, 2, 3],
        "exit" | "process_info" => &[1, 2],
        "is_record" | "process_flag" => &[2, 3],
        "port_command" => &[2, 3],
        "port_control" | "setelement" => &[3],
        "spawn" | "spawn_link" | "spawn_monitor" => &[1, 2, 3, 4],
        "spawn_opt" => &[2, 3, 4, 5],
        "spawn_request" => &[1, 2, 3, 4, 5],
        _ => &[],
    };
    arities.contains(&arity)
}
