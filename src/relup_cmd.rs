//! `ferl relup check ...`: ferl's upgrade checker (not in OTP). The work is
//! Erlang (`stdlib/relup_check.erl`); this boots the VM as
//! `erl -noshell -run relup_check main ARGS` would, and `relup_check:main/1`
//! halts with the status: 0 no blocking problem, 1 blocking problems found,
//! 2 the check could not be made.

use crate::cli::{ErlArgs, Step};

/// Runs `relup_check:main(Args)` for `ferl relup ARGS`.
pub fn run(opts: crate::Options, args: &[String]) -> i32 {
    if args.is_empty() {
        eprintln!("usage: ferl relup check (--app APP OLD_DIR NEW_DIR | --relup RELUP_FILE [--path P] [--rel F])");
        return 2;
    }
    let erl = ErlArgs {
        steps: vec![Step::Run("relup_check".to_string(), "main".to_string(), args.to_vec())],
        noshell: true,
        ..ErlArgs::default()
    };
    crate::boot::run(opts, erl)
}
