//! Process aliases (`erlang:alias/0,1`, `monitor/3`'s `{alias, Mode}`):
//! references that, while active, deliver messages sent to them to the
//! process that made them. A message to an inactive alias is dropped, which
//! is what lets `gen:call` forget a reply that arrives after its timeout.
//!
//! As in BEAM, an alias lives with its process, found through the
//! reference: an alias (or monitor) reference carries its owner's pid, the
//! owner keeps its active aliases in `Process::aliases`, and whether a
//! message sent to one is delivered is decided where the owner's state is
//! current: by the sender under the owner's inbox lock while it waits with
//! nothing queued, else by the owner when it takes the message (a signal
//! queued before it, such as the 'DOWN' that ends the alias, comes first).
//! So making, using and ending an alias (three times in every gen:call)
//! takes no global lock, and an exiting process has nothing to clean up.

use crate::heap::Heap;
use crate::process::Process;
use crate::term::{Kind, Term};

/// When an alias stops working besides an explicit `unalias/1`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AliasMode {
    /// Only `unalias/1` (and the owner's exit) ends it.
    ExplicitUnalias,
    /// Also ends with the monitor it belongs to (`demonitor`, `'DOWN'`).
    Demonitor,
    /// Also ends after the first message sent through it.
    ReplyDemonitor,
}

/// Reference number `r`, made by (or for) process `owner`: the form of
/// alias and monitor references, through which a send finds the owner.
/// Equal to the plain reference of the same number (terms compare
/// references by number).
pub fn owned_ref(heap: &mut Heap, r: u64, owner: u64) -> Term {
    heap.boxed(Kind::Ref, &[Term(r), Term(owner)])
}

/// The number of reference `t` and the pid of the process it routes to,
/// if it has one (`owned_ref`; a `make_ref/0` reference has none).
pub fn ref_owner(t: Term) -> Option<(u64, Option<u64>)> {
    match t.header() {
        Some(h) if h.is(Kind::Ref) => match t.payload(h) {
            [r, owner] => Some((r.0, Some(owner.0))),
            p => p.first().map(|r| (r.0, None)),
        },
        _ => None,
    }
}

/// A process's active aliases: reference number and mode. Boxed, so a
/// process that never makes one (most) pays a word for it; the box and
/// its room stay once made (a caller makes and ends one per gen:call).
// The box is the point (a word where a Vec takes three in every process).
#[allow(clippy::box_collection)]
#[derive(Default)]
pub struct AliasSet(Option<Box<Vec<(u64, AliasMode)>>>);

impl AliasSet {
    pub fn is_empty(&self) -> bool {
        self.0.as_ref().is_none_or(|v| v.is_empty())
    }

    fn position(&self, r: u64) -> Option<usize> {
        self.0.as_ref()?.iter().position(|a| a.0 == r)
    }
}

/// Activates alias `r` of `p`.
pub fn add(p: &mut Process, r: u64, mode: AliasMode) {
    p.aliases.0.get_or_insert_with(Default::default).push((r, mode));
}

/// Deactivates alias `r` of `p` (`unalias/1`); whether it was active.
pub fn remove(p: &mut Process, r: u64) -> bool {
    end_if(p, r, |_| true).is_some()
}

/// Deactivates alias `r` of `p` if it ends with its monitor (the monitor
/// was removed, or its 'DOWN' came).
pub fn monitor_ended(p: &mut Process, r: u64) {
    end_if(p, r, |mode| mode != AliasMode::ExplicitUnalias);
}

/// Whether a message sent to alias `r` reaches `p` now (it is active; a
/// `reply_demonitor` alias is used up by it).
pub fn take_route(p: &mut Process, r: u64) -> bool {
    end_if(p, r, |mode| mode == AliasMode::ReplyDemonitor).is_some()
}

/// The mode of `p`'s active alias `r`, if any; the alias ends if `ends`
/// says so for its mode.
fn end_if(p: &mut Process, r: u64, ends: impl Fn(AliasMode) -> bool) -> Option<AliasMode> {
    let i = p.aliases.position(r)?;
    let v = p.aliases.0.as_mut()?;
    let mode = v[i].1;
    if ends(mode) {
        v.swap_remove(i);
    }
    Some(mode)
}
