//! The list operators `++` and `--` (`erlang:'++'/2`, `erlang:'--'/2`).

use super::Bif;
use crate::exception::{BifResult, Exception};
use crate::process::Process;
use crate::term::{order, Term};

pub(crate) const BIFS: &[Bif] = &[
    Bif::new("erlang", "++", 2, append),
    Bif::new("erlang", "--", 2, subtract),
    Bif::new("erlang", "append", 2, append),
    Bif::new("erlang", "subtract", 2, subtract),
];

/// `A ++ B`: copies A (which must be a proper list) in front of B.
fn append(p: &mut Process, args: &[Term]) -> BifResult {
    let (a, b) = (args[0], args[1]);
    if a.is_nil() {
        return Ok(b);
    }
    p.heap.list_copy(a, b).ok_or_else(Exception::badarg)
}

/// `A -- B`: removes from A the first occurrence of each element of B.
fn subtract(p: &mut Process, args: &[Term]) -> BifResult {
    let mut items = args[0].list_to_vec().ok_or_else(Exception::badarg)?;
    let remove = args[1].list_to_vec().ok_or_else(Exception::badarg)?;
    if remove.is_empty() {
        return Ok(args[0]);
    }
    if remove.len() > 16 && items.len() > 16 {
        // Sort-based: count each removal, then keep elements not yet removed.
        let mut sorted = remove.clone();
        sorted.sort_by(|a, b| order::cmp_exact(*a, *b));
        let mut used = vec![false; sorted.len()];
        items.retain(|x| {
            let start = sorted.partition_point(|y| order::cmp_exact(*y, *x) == std::cmp::Ordering::Less);
            let mut i = start;
            while i < sorted.len() && order::exact_eq(sorted[i], *x) {
                if !used[i] {
                    used[i] = true;
                    return false;
                }
                i += 1;
            }
            true
        });
    } else {
        for r in remove {
            if let Some(i) = items.iter().position(|x| order::exact_eq(*x, r)) {
                items.remove(i);
            }
        }
    }
    Ok(p.heap.list(&items))
}
