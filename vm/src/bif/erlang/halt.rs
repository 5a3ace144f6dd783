//! `erlang:halt/1,2` with a string: OTP's crash dump slogan. The slogan
//! and where the dump goes are printed on standard error, and a dump
//! file is written (a short one: ferl has no process or memory dump to
//! give, only the slogan). `ERL_CRASH_DUMP` names the file and
//! `ERL_CRASH_DUMP_SECONDS=0` turns the dump off, as in OTP.

use crate::term::Term;

/// The slogan if `t` is a string (a list of character codes).
pub(crate) fn slogan(t: Term) -> Option<String> {
    let chars = t.list_to_vec()?;
    chars.iter().map(|c| c.as_small().and_then(|c| char::from_u32(u32::try_from(c).ok()?))).collect()
}

/// Prints what OTP's `halt(Slogan)` prints and writes the dump file.
pub(crate) fn crash_dump(slogan: &str) {
    let mut text = format!("{slogan}\r\n");
    if std::env::var("ERL_CRASH_DUMP_SECONDS").as_deref() != Ok("0") {
        let file = std::env::var("ERL_CRASH_DUMP").unwrap_or_else(|_| "erl_crash.dump".to_string());
        // A dump that cannot be written is still announced, as OTP does.
        let _ = std::fs::write(&file, format!("=erl_crash_dump:0.5\nSlogan: {slogan}\nSystem version: ferl\n"));
        text.push_str(&format!("\r\nCrash dump is being written to: {file}...done\r\n"));
    }
    crate::io::write_stderr(text.as_bytes());
}
