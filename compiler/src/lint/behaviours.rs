//! erl_lint's behaviour checks: for each `-behaviour(B)`, the callbacks B
//! requires that the module does not export, callbacks required by two
//! behaviours at once, and behaviours that do not exist. B's callbacks come
//! from the running system (`B:behaviour_info/1`), which the caller looks
//! up; without a lookup the checks are skipped.

use super::Fa;
use crate::ast::{ExprKind, Module, Pos};
use crate::diagnostic::Diagnostic;

/// What `B:behaviour_info/1` says about a behaviour module B.
pub enum BehaviourInfo {
    /// `behaviour_info(callbacks)` and `(optional_callbacks)`.
    Callbacks { required: Vec<Fa>, optional: Vec<Fa> },
    /// `behaviour_info(callbacks)` returned `undefined`.
    NoCallbacks,
    /// Not a list of `{Name, Arity}`.
    IllDefined,
    /// No such module, or it has no `behaviour_info/1`.
    Undefined,
}

/// Finds what a behaviour module declares, by name.
pub type BehaviourLookup<'a> = &'a dyn Fn(&str) -> BehaviourInfo;

/// The warnings, ordered as erl_lint orders warnings at one position.
pub(super) fn check(module: &Module, lookup: BehaviourLookup) -> Vec<Diagnostic> {
    let behaviours: Vec<(Pos, String)> = module
        .attributes
        .iter()
        .filter(|a| a.name == "behaviour" || a.name == "behavior")
        .filter_map(|a| match &a.value.kind {
            ExprKind::Atom(b) => Some((a.pos, b.clone())),
            _ => None,
        })
        .collect();
    let exported = |fa: &Fa| {
        module.export_all && module.functions.iter().any(|f| f.name == fa.0 && f.arity == fa.1)
            || module.exports.contains(fa)
    };
    // (position, kind rank, callback, text): erl_lint sorts its warnings
    // by location and then by descriptor, whose first atom gives the rank.
    let mut found: Vec<(Pos, u8, Fa, String)> = Vec::new();
    let mut still_required: Vec<(Pos, String, Vec<Fa>)> = Vec::new();
    for (pos, b) in &behaviours {
        match lookup(b) {
            BehaviourInfo::Callbacks { required, optional } => {
                let mut missing: Vec<Fa> =
                    required.iter().filter(|fa| !optional.contains(fa) && !exported(fa)).cloned().collect();
                missing.sort();
                missing.dedup();
                for fa in missing {
                    let text = format!("undefined callback function {}/{} (behaviour '{b}')", fa.0, fa.1);
                    found.push((*pos, 3, fa, text));
                }
                let kept = required.into_iter().filter(|fa| !optional.contains(fa) || exported(fa)).collect();
                still_required.push((*pos, b.clone(), kept));
            }
            BehaviourInfo::NoCallbacks => {
                let text = format!("behaviour {b} callback functions are undefined");
                found.push((*pos, 2, Fa::default(), text));
            }
            BehaviourInfo::IllDefined => {
                let text = format!("behaviour {b} callback functions erroneously defined");
                found.push((*pos, 0, Fa::default(), text));
            }
            BehaviourInfo::Undefined => {
                found.push((*pos, 1, Fa::default(), format!("behaviour {b} undefined")));
            }
        }
    }
    found.extend(conflicts(&still_required));
    found.sort_by(|a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
    found.into_iter().map(|(pos, _, _, text)| Diagnostic::warning(&module.file, pos, text)).collect()
}

/// A callback that two behaviours require: reported at every behaviour
/// after the first (by position) that requires it.
fn conflicts(required: &[(Pos, String, Vec<Fa>)]) -> Vec<(Pos, u8, Fa, String)> {
    let mut callbacks: Vec<&Fa> = required.iter().flat_map(|(_, _, fas)| fas).collect();
    callbacks.sort();
    callbacks.dedup();
    let mut out = Vec::new();
    for fa in callbacks {
        let mut by: Vec<(Pos, &str)> =
            required.iter().filter(|(_, _, fas)| fas.contains(fa)).map(|(p, b, _)| (*p, b.as_str())).collect();
        by.sort();
        by.dedup();
        let Some(&(first_pos, first)) = by.first() else { continue };
        for &(pos, b) in &by[1..] {
            let text = format!(
                "conflicting behaviours - callback {}/{} required by both '{b}' and '{first}' (line {}, column {})",
                fa.0, fa.1, first_pos.line, first_pos.col
            );
            out.push((pos, 0, fa.clone(), text));
        }
    }
    out
}
