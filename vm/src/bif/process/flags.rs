//! Process settings: the options of `spawn_opt/2,4` and the flags of
//! `process_flag/2`, checked as OTP 25 checks them (what OTP refuses is
//! `badarg`, with the cause erl_erts_errors explains), and the
//! `max_heap_size` setting both take.

use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{Atom, Term, View};

/// What a spawn option list asks for: `link`, `monitor`, a
/// `{max_heap_size, Setting}` and an off_heap message queue (the other
/// options change nothing in ferl).
#[derive(Default)]
pub(super) struct SpawnOpts {
    pub(super) link: bool,
    pub(super) monitor: bool,
    pub(super) max_heap: Option<(usize, bool, bool)>,
    /// `{message_queue_data, off_heap}`.
    pub(super) off_heap_queue: bool,
}

/// The options of `spawn_opt/2,4`. Anything OTP would refuse (an
/// unknown option, a bad value, not a proper list) is `badarg` with the
/// cause `badopt` ("invalid spawn option"); the options ferl has no use
/// for are checked and then ignored.
pub(super) fn spawn_options(opts: Term) -> Result<SpawnOpts, Exception> {
    let bad = || {
        crate::error_format::set_bif_cause("badopt");
        Exception::badarg()
    };
    let items = opts.list_to_vec().ok_or_else(bad)?;
    let mut o = SpawnOpts::default();
    for item in items {
        let nonneg = |v: Term| v.as_small().is_some_and(|n| n >= 0);
        match item.view() {
            View::Atom(a) if a.name() == "link" => o.link = true,
            View::Atom(a) if a.name() == "monitor" => o.monitor = true,
            View::Tuple(&[k, v]) => match k.as_atom().map(|a| a.name()) {
                Some("max_heap_size") => o.max_heap = Some(max_heap_setting(v).map_err(|_| bad())?),
                Some("priority") if priority(v).is_some() => {}
                Some("min_heap_size" | "min_bin_vheap_size" | "fullsweep_after") if nonneg(v) => {}
                Some("message_queue_data") if message_queue_data(v).is_some() => {
                    o.off_heap_queue = v.is_atom_of(Atom::intern("off_heap"))
                }
                // `{monitor, Opts}`: a monitor; its `alias` and `tag`
                // options are checked for shape only.
                Some("monitor") if monitor_options(v) => o.monitor = true,
                _ => return Err(bad()),
            },
            _ => return Err(bad()),
        }
    }
    Ok(o)
}

/// Whether `t` is a proper list of `{alias, _}` and `{tag, _}` options.
fn monitor_options(t: Term) -> bool {
    let option = |i: &Term| matches!(i.as_tuple(), Some([k, _]) if matches!(k.as_atom().map(|a| a.name()), Some("alias" | "tag")));
    t.list_to_vec().is_some_and(|items| items.iter().all(option))
}

/// A process priority: `low`, `normal`, `high` or `max`.
fn priority(t: Term) -> Option<Atom> {
    t.as_atom().filter(|a| matches!(a.name(), "low" | "normal" | "high" | "max"))
}

/// A `message_queue_data` setting: `on_heap` or `off_heap`.
fn message_queue_data(t: Term) -> Option<Atom> {
    t.as_atom().filter(|a| matches!(a.name(), "on_heap" | "off_heap"))
}

/// `process_flag(Flag, Value)`: the old value. An unknown flag is
/// `badarg` with the cause `badopt` ("invalid process flag"), a bad value
/// plain `badarg` ("invalid value for this process flag"). The flags ferl
/// keeps no state for answer OTP's defaults.
pub(super) fn process_flag(p: &mut Process, args: &[Term]) -> BifResult {
    let value = args[1];
    let nonneg = value.as_small().is_some_and(|n| n >= 0);
    match args[0].as_atom().map(|a| a.name()) {
        Some("trap_exit") => {
            let on = value.as_bool().ok_or_else(Exception::badarg)?;
            let old = p.trap_exit;
            p.trap_exit = on;
            Ok(Term::boolean(old))
        }
        Some("priority") => {
            let a = priority(value).ok_or_else(Exception::badarg)?;
            Ok(Term::atom(std::mem::replace(&mut p.priority, a)))
        }
        Some("max_heap_size") => {
            let (words, kill, log) = max_heap_setting(value)?;
            let old = max_heap_map(p);
            (p.max_heap_words, p.max_heap_kill, p.max_heap_log) = (words, kill, log);
            Ok(old)
        }
        Some("min_heap_size") if nonneg => Ok(Term::int(233)),
        Some("min_bin_vheap_size") if nonneg => Ok(Term::int(46422)),
        Some("fullsweep_after") if nonneg => Ok(Term::int(65535)),
        Some("message_queue_data") if message_queue_data(value).is_some() => {
            let old = if p.off_heap_queue { "off_heap" } else { "on_heap" };
            p.off_heap_queue = value.is_atom_of(Atom::intern("off_heap"));
            Ok(Term::named(old))
        }
        Some("save_calls") if value.as_small().is_some_and(|n| (0..=10_000).contains(&n)) => Ok(Term::int(0)),
        Some("sensitive") if value.as_bool().is_some() => Ok(Term::boolean(false)),
        Some(
            "min_heap_size" | "min_bin_vheap_size" | "fullsweep_after" | "message_queue_data" | "save_calls"
            | "sensitive",
        ) => Err(Exception::badarg()),
        _ => {
            crate::error_format::set_bif_cause("badopt");
            Err(Exception::badarg())
        }
    }
}

/// A `max_heap_size` value: a size in words, or a map of `size` (which
/// must be there), `kill` and `error_logger` (true when missing).
fn max_heap_setting(t: Term) -> Result<(usize, bool, bool), Exception> {
    let size = |v: Term| v.as_small().filter(|n| *n >= 0).map(|n| n as usize).ok_or_else(Exception::badarg);
    match t.view() {
        View::Small(_) => Ok((size(t)?, true, true)),
        View::Map(m) => {
            let flag =
                |key: &str| m.get(Term::named(key)).map_or(Ok(true), |v| v.as_bool().ok_or_else(Exception::badarg));
            // `size` is mandatory in the map, as in OTP.
            let words = m.get(Term::named("size")).map_or_else(|| Err(Exception::badarg()), size)?;
            Ok((words, flag("kill")?, flag("error_logger")?))
        }
        _ => Err(Exception::badarg()),
    }
}

/// The process's `max_heap_size` as OTP reports it. ferl's own safety
/// limit (`Vm::default_max_heap_words`) shows as 0, no limit, as the
/// default does in OTP.
fn max_heap_map(p: &mut Process) -> Term {
    let words = if p.max_heap_words == p.vm.default_max_heap_words { 0 } else { p.max_heap_words };
    let a = Term::named;
    let mut pairs = vec![
        (a("size"), Term::int(words as i64)),
        (a("kill"), Term::boolean(p.max_heap_kill)),
        (a("error_logger"), Term::boolean(p.max_heap_log)),
    ];
    p.heap.map(&mut pairs)
}
