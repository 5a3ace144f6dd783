//! The terminal, when stdin is one: line editing and history with
//! rustyline (history kept in `~/.ferl_history` across sessions), tab
//! completion of module names and `Mod:` function names, and OTP's keys:
//! Ctrl-C shows the BREAK menu (`a` ends the VM, anything else goes back
//! to the line), Ctrl-D on an empty line is end of input (the shell then
//! ends as `erl` does at end of input). This is a `LineSource` for the
//! reader thread of `ferl_vm::input`; with plain stdin nothing here runs.

use ferl_vm::input::{Kind, Line, LineSource};
use ferl_vm::term::Atom;
use ferl_vm::vm::Vm;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::history::{DefaultHistory, History};
use rustyline::{Editor, Helper, Highlighter, Hinter, Validator};
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::sync::Arc;

/// OTP's BREAK menu, as `erl` prints it on Ctrl-C (with the `\r` its
/// terminal driver adds).
const BREAK_MENU: &str = "\r\nBREAK: (a)bort (A)bort with dump (c)ontinue (p)roc info (i)nfo\r\n       (l)oaded (v)ersion (k)ill (D)b-tables (d)istribution\r\n";

/// Installs the line editor as the source of standard input, when stdin
/// and stdout are a terminal.
pub fn install(vm: &Arc<Vm>) {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        return;
    }
    // No bracketed paste: erl does not turn it on, and pasted lines must
    // reach the shell one by one as typed ones do.
    let config = rustyline::Config::builder().bracketed_paste(false).auto_add_history(false).build();
    let Ok(mut editor) = Editor::<Completion, DefaultHistory>::with_config(config) else { return };
    editor.set_helper(Some(Completion { vm: vm.clone() }));
    let history = history_file();
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    ferl_vm::input::install(Box::new(Terminal { editor, history }));
}

/// Nothing to undo: rustyline restores the terminal after each line.
pub fn finish() {}

fn history_file() -> Option<PathBuf> {
    if let Some(f) = std::env::var_os("FERL_HISTORY") {
        return Some(PathBuf::from(f));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".ferl_history"))
}

struct Terminal {
    editor: Editor<Completion, DefaultHistory>,
    history: Option<PathBuf>,
}

impl LineSource for Terminal {
    fn read_line(&mut self, prompt: &str, _kind: Kind) -> Line {
        ferl_vm::io::flush_stdout();
        loop {
            match self.editor.readline(prompt) {
                Ok(line) => {
                    self.remember(&line);
                    return Line::Text(line + "\n");
                }
                Err(ReadlineError::Eof) => return Line::Eof,
                Err(ReadlineError::Interrupted) => {
                    if break_menu_says_abort() {
                        ferl_vm::io::flush_all();
                        std::process::exit(0);
                    }
                }
                Err(_) => return Line::Eof,
            }
        }
    }
}

impl Terminal {
    /// Adds a line to the history and the history file.
    fn remember(&mut self, line: &str) {
        if line.trim().is_empty() {
            return;
        }
        let _ = self.editor.add_history_entry(line);
        if let Some(h) = &self.history {
            let _ = self.editor.history_mut().append(h);
        }
    }
}

/// Prints the BREAK menu and reads one key: true for `a`/`A` (abort) or
/// end of input.
fn break_menu_says_abort() -> bool {
    let mut out = std::io::stdout();
    let _ = out.write_all(BREAK_MENU.as_bytes());
    let _ = out.flush();
    let key = read_key();
    if let Some(k) = key {
        let _ = out.write_all(&[k, b'\r', b'\n']);
        let _ = out.flush();
    }
    matches!(key, None | Some(b'a' | b'A'))
}

/// One byte from the terminal, without waiting for Enter or echoing it.
fn read_key() -> Option<u8> {
    let fd = libc::STDIN_FILENO;
    // SAFETY: termios is plain data; tcgetattr fills it for a valid fd.
    let mut saved: libc::termios = unsafe { std::mem::zeroed() };
    // SAFETY: fd is stdin, `saved` is a valid termios to fill.
    let raw_ok = unsafe { libc::tcgetattr(fd, &mut saved) } == 0;
    if raw_ok {
        let mut raw = saved;
        raw.c_lflag &= !(libc::ICANON | libc::ECHO);
        raw.c_cc[libc::VMIN] = 1;
        raw.c_cc[libc::VTIME] = 0;
        // SAFETY: sets stdin's attributes from a valid termios.
        unsafe { libc::tcsetattr(fd, libc::TCSANOW, &raw) };
    }
    let mut b = [0u8; 1];
    let got = std::io::stdin().lock().read(&mut b);
    if raw_ok {
        // SAFETY: restores the attributes read above.
        unsafe { libc::tcsetattr(fd, libc::TCSANOW, &saved) };
    }
    match got {
        Ok(1) => Some(b[0]),
        _ => None,
    }
}

/// Tab completion: module names (loaded, built in, stdlib, or an object
/// file on the code path) and, after `Mod:`, the module's exports.
#[derive(Helper, Highlighter, Hinter, Validator)]
struct Completion {
    vm: Arc<Vm>,
}

impl Completion {
    fn modules(&self) -> Vec<String> {
        let mut names: Vec<String> = self.vm.code.loaded().iter().map(|m| m.name().to_string()).collect();
        names.extend(ferl_vm::bif::modules().iter().map(|m| m.name().to_string()));
        names.extend(self.vm.stdlib_modules().map(str::to_string));
        for dir in self.vm.code_path() {
            let Ok(entries) = std::fs::read_dir(&dir) else { continue };
            for e in entries.flatten() {
                let name = e.file_name().to_string_lossy().into_owned();
                if let Some(m) = name.strip_suffix(".beam") {
                    names.push(m.to_string());
                }
            }
        }
        names.sort();
        names.dedup();
        names
    }

    /// `f/a` pairs a module exports (its loaded code, then its BIFs).
    fn functions(&self, module: &str) -> Vec<String> {
        let m = Atom::intern(module);
        let mut names: Vec<String> = match self.vm.code.current(m) {
            Some(inst) => inst.exports.iter().map(|(f, _)| f.name().to_string()).collect(),
            None => Vec::new(),
        };
        names.extend(ferl_vm::bif::functions(m).into_iter().map(|f| f.name().to_string()));
        names.sort();
        names.dedup();
        names
    }
}

/// Where the word being completed starts: after anything that cannot be
/// part of `mod:fun`.
fn word_start(line: &str, pos: usize) -> usize {
    line[..pos].rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':' || c == '@')).map_or(0, |i| i + 1)
}

impl Completer for Completion {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &rustyline::Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let start = word_start(line, pos);
        let word = &line[start..pos];
        let pairs = match word.split_once(':') {
            Some((m, f)) => self
                .functions(m)
                .into_iter()
                .filter(|n| n.starts_with(f))
                .map(|n| Pair { display: n.clone(), replacement: format!("{m}:{n}(") })
                .collect(),
            None => self
                .modules()
                .into_iter()
                .filter(|n| n.starts_with(word))
                .map(|n| Pair { display: n.clone(), replacement: format!("{n}:") })
                .collect(),
        };
        Ok((start, pairs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_start_after_punctuation() {
        assert_eq!(word_start("X = lists:ma", 12), 4);
        assert_eq!(word_start("foo(bar", 7), 4);
        assert_eq!(word_start("io", 2), 0);
    }
}
