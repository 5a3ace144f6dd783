//! OTP's external term format: `term_to_binary/1`, `binary_to_term/1`.

use crate::bif::Bif;

pub(crate) const BIFS: &[Bif] = &[];
