//! placeholder
use super::Bif;
pub(crate) const BIFS: &[Bif] = &[];
