//! erl_stdlib_errors' explanations of failed `ets` calls, with OTP 25's
//! texts. The table argument's problem comes from the `cause` the failing
//! function recorded (`id`, `access`, `table_type`, `type`), the others
//! from the arguments themselves.

use super::error_info::{arg, must_be_list, Entry};
use crate::term::{Term, View};

const BAD_KEY: &str = "not a key that exists in the table";
const BAD_MATCHSPEC: &str = "not a valid match specification";
const BAD_UPDATE_OP: &str = "not a valid update operation";
const COUNTER_NOT_INTEGER: &str = "the value in the given position, in the object, is not an integer";
const SAME_AS_KEYPOS: &str = "the position is the same as the key position";

fn texts(v: &[&str]) -> Vec<Entry> {
    v.iter().map(|t| arg(t)).collect()
}

/// `format_cause/2`: what is wrong with the table argument.
fn table_cause(a: &[Term], cause: &str) -> &'static str {
    match cause {
        "type" if a.first().is_some_and(|t| t.as_ref_number().is_some()) => "not a valid table identifier",
        "type" => "not an atom or a table identifier",
        "id" => "the table identifier does not refer to an existing ETS table",
        "access" => "the table identifier refers to an ETS table with insufficient access rights",
        "table_type" => "the table identifier refers to an ETS table of a type not supported by this operation",
        _ => "",
    }
}

/// `format_default/3`: the table's problem, else `default` for argument 2.
fn or_default(a: &[Term], cause: &str, default: &str) -> Vec<Entry> {
    match table_cause(a, cause) {
        "" => texts(&["", default]),
        t => texts(&[t]),
    }
}

/// `format_non_negative_integer/1` (a limit, a position).
fn limit_problem(t: Term) -> &'static str {
    match t.as_small() {
        _ if !is_int(t) => "not an integer",
        Some(n) if n < 1 => "out of range",
        _ => "",
    }
}

fn tuple_problem(t: Term) -> &'static str {
    match t.as_tuple() {
        Some([]) => "is an empty tuple",
        Some(_) => "",
        None => "not a tuple",
    }
}

fn is_int(t: Term) -> bool {
    matches!(t.view(), View::Small(_) | View::Big(..))
}

fn is_update_op(t: Term) -> bool {
    match t.as_tuple() {
        Some(&[pos, incr]) => is_int(pos) && is_int(incr),
        Some(&[pos, incr, threshold, set]) => [pos, incr, threshold, set].iter().all(|x| is_int(*x)),
        Some(_) => false,
        None => is_int(t),
    }
}

fn update_op_ok(t: Term) -> bool {
    match t.list_to_vec() {
        Some(v) => v.iter().all(|x| is_update_op(*x)),
        None => is_update_op(t),
    }
}

fn is_element_spec(t: Term) -> bool {
    let one = |x: Term| matches!(x.as_tuple(), Some(&[pos, _]) if pos.as_small().is_some_and(|n| n > 0));
    match t.list_to_vec() {
        Some(v) => v.iter().all(|x| one(*x)),
        None => one(t),
    }
}

pub fn format_error(f: &str, a: &[Term], cause: &str) -> Vec<Entry> {
    let tab = table_cause(a, cause);
    match (f, a) {
        ("delete_object", [_, obj]) => texts(&[tab, tuple_problem(*obj)]),
        ("give_away", [_, pid, _]) => {
            let second = match cause {
                "owner" => "the process is already the owner of the table",
                "not_owner" => "the current process is not the owner",
                _ if pid.as_pid().is_none() => "not a pid",
                _ if tab.is_empty() => "the pid refers to a terminated process",
                _ => "",
            };
            texts(&[tab, second])
        }
        ("info", _) => or_default(a, cause, "not a valid info item"),
        ("insert" | "insert_new", [_, objs]) => {
            let second = match objs.as_tuple() {
                Some([]) => "is an empty tuple",
                Some(_) => "",
                None if objs.is_list() => match objs.list_to_vec() {
                    Some(v) if v.iter().all(|o| o.as_tuple().is_some_and(|e| !e.is_empty())) => "",
                    _ => "not a non-empty tuple or a list of non-empty tuples",
                },
                None => "not a tuple",
            };
            texts(&[tab, second])
        }
        ("lookup_element", [_, _, pos]) => {
            let pos_cause = limit_problem(*pos);
            if cause == "badkey" {
                texts(&[tab, BAD_KEY, pos_cause])
            } else if tab.is_empty() && pos_cause.is_empty() {
                texts(&["", "", "position is greater than the size of the object"])
            } else {
                texts(&[tab, "", pos_cause])
            }
        }
        ("new", [name, opts]) => {
            let name_err = if name.is_atom() { "" } else { "not an atom" };
            let opts_err = must_be_list(*opts, "");
            match (name_err, opts_err, cause) {
                ("", "", "already_exists") => texts(&["table name already exists"]),
                ("", "", _) => texts(&["", "invalid options"]),
                _ => texts(&[name_err, opts_err]),
            }
        }
        ("next" | "prev", _) => or_default(a, cause, BAD_KEY),
        ("rename", [_, new_name]) => match (tab, new_name.is_atom()) {
            ("", true) => texts(&["", "table name already exists"]),
            (t, ok) => texts(&[t, if ok { "" } else { "invalid table name (must be an atom)" }]),
        },
        ("safe_fixtable", _) => or_default(a, cause, "not a boolean value"),
        ("select" | "select_reverse" | "match" | "match_object", [_]) => texts(&["invalid continuation"]),
        ("match" | "match_object", [_, _, limit]) => texts(&[tab, "", limit_problem(*limit)]),
        ("select" | "select_reverse" | "select_count", [_, ms, limit]) => {
            let ms_ok = crate::bif::ets::is_match_spec(*ms);
            texts(&[tab, if ms_ok { "" } else { BAD_MATCHSPEC }, limit_problem(*limit)])
        }
        ("select" | "select_count" | "select_reverse" | "select_delete", [_, _]) => or_default(a, cause, BAD_MATCHSPEC),
        ("setopts", _) => or_default(a, cause, "invalid options"),
        ("update_counter", [_, _, op]) => {
            let third = match cause {
                "badkey" => return texts(&[tab, BAD_KEY, if update_op_ok(*op) { "" } else { BAD_UPDATE_OP }]),
                "keypos" => SAME_AS_KEYPOS,
                "position" => "the position in the update operation is out of range",
                _ if !update_op_ok(*op) => BAD_UPDATE_OP,
                _ if tab.is_empty() => COUNTER_NOT_INTEGER,
                _ => "",
            };
            texts(&[tab, "", third])
        }
        ("update_counter", [_, _, op, default]) => {
            if !tab.is_empty() {
                return texts(&[tab]);
            }
            let tuple = tuple_problem(*default);
            let op_cause = if update_op_ok(*op) { "" } else { BAD_UPDATE_OP };
            match cause {
                "badkey" => texts(&["", BAD_KEY, op_cause, tuple]),
                "keypos" => texts(&["", "", SAME_AS_KEYPOS, tuple]),
                "position" => texts(&["", "", "the position in the update operation is out of range"]),
                _ if op_cause.is_empty() && tuple.is_empty() => texts(&["", "", COUNTER_NOT_INTEGER]),
                _ => texts(&["", "", op_cause, tuple]),
            }
        }
        ("update_element", [_, _, spec]) => {
            let third = match cause {
                "keypos" => SAME_AS_KEYPOS,
                _ if !is_element_spec(*spec) => "is not a valid element specification",
                _ if tab.is_empty() => "out of range",
                _ => "",
            };
            texts(&[tab, "", third])
        }
        ("whereis", _) => texts(&["invalid table name (must be an atom)"]),
        _ => texts(&[tab]),
    }
}
