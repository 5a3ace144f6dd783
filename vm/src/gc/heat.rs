//! How busy a process's collector is, which sets the nursery's floor.
//!
//! Each collection has a fixed cost besides the live data (the roots, a
//! new block), which a 233-word nursery pays often: about 10% more
//! instructions in a list-building loop than with 4,000 words. But most
//! processes of a large system collect a few times and then sit idle, and
//! 32 KB each would be ten times BEAM's size for them (and a server that
//! handles a burst of calls collects a few times in quick succession). So
//! after WARM_UP collections in a row, each within `HOT_GAP` of the end of
//! the last (the time the program ran, not the collector, which takes
//! long with much live data),
//! the floor climbs BEAM's size sequence one step per further one; a
//! pause halves the streak, which puts the floor back to the minimum (and
//! a busy process climbs back in a few small collections).

use std::time::{Duration, Instant};

/// Collections closer together than this count as one busy stretch: long
/// enough that a busy process the OS or the scheduler set aside a while
/// (a loaded machine) is still seen as busy.
const HOT_GAP: Duration = Duration::from_millis(100);

/// Quick collections in a row that keep the minimum floor.
const WARM_UP: u8 = 8;

/// The floors, step by step: BEAM's heap sizes from its minimum to the
/// size past which a larger nursery no longer pays (about 4,000 words).
const FLOORS: [usize; 7] = [233, 377, 610, 987, 1597, 2584, 4181];

#[derive(Default)]
pub(crate) struct Heat {
    /// Collections in a row, each within HOT_GAP of the last: past
    /// WARM_UP, the step in FLOORS.
    streak: u8,
    /// When the process's last collection ended.
    last: Option<Instant>,
}

impl Heat {
    /// Notes a collection starting at `now`: one step up when it follows
    /// the last closely, half the streak after a pause.
    pub(crate) fn started(&mut self, now: Instant) {
        let busy = self.last.is_some_and(|t| now.saturating_duration_since(t) < HOT_GAP);
        self.streak = if busy { (self.streak + 1).min(WARM_UP + FLOORS.len() as u8 - 1) } else { self.streak / 2 };
    }

    /// Notes that the collection ended at `now`.
    pub(crate) fn finished(&mut self, now: Instant) {
        self.last = Some(now);
    }

    /// The smallest nursery a collection now leaves.
    pub(crate) fn floor(&self) -> usize {
        FLOORS[self.streak.saturating_sub(WARM_UP) as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Heat {
        fn collected(&mut self, at: Instant) {
            self.started(at);
            self.finished(at);
        }
    }

    #[test]
    fn climbs_while_busy_and_drops_after_a_pause() {
        let mut h = Heat::default();
        let t0 = Instant::now();
        h.collected(t0);
        assert_eq!(h.floor(), 233, "a first collection keeps the minimum");
        let mut t = t0;
        for _ in 0..WARM_UP {
            t += Duration::from_micros(100);
            h.collected(t);
        }
        assert_eq!(h.floor(), 233, "a short burst keeps it too");
        for _ in 0..20 {
            t += Duration::from_micros(100);
            h.collected(t);
        }
        assert_eq!(h.floor(), 4181, "a busy process reaches the large floor and stays there");
        h.collected(t + Duration::from_secs(1));
        assert_eq!(h.floor(), 233, "a pause drops it back");
    }

    #[test]
    fn sizes_are_beams() {
        for w in FLOORS {
            assert_eq!(crate::heap::size_at_least(w), w);
        }
    }
}
