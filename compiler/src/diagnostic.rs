//! Compiler diagnostics (errors and warnings) and the one place that renders
//! them as text, in erlc's format: `file:LINE:COL: message` for errors and
//! `file:LINE:COL: Warning: message` for warnings.

use crate::ast::Pos;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub pos: Pos,
    pub severity: Severity,
    /// OTP's wording, e.g. `variable 'X' is unbound`.
    pub message: String,
    /// The OTP module that reports this kind of problem (`epp`,
    /// `erl_parse`, `erl_lint`): compile's `return` options group by it.
    pub reporter: &'static str,
}

impl Diagnostic {
    pub fn error(file: &str, pos: Pos, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            pos,
            severity: Severity::Error,
            message: message.into(),
            reporter: "erl_lint",
        }
    }

    pub fn warning(file: &str, pos: Pos, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: file.to_string(),
            pos,
            severity: Severity::Warning,
            message: message.into(),
            reporter: "erl_lint",
        }
    }

    /// The same diagnostic, said to come from `reporter`.
    pub fn reported_by(self, reporter: &'static str) -> Diagnostic {
        Diagnostic { reporter, ..self }
    }

    /// The whole report as erlc prints it: the headline, the source line
    /// with a caret under the column, and a blank line (`source` is the
    /// file's text; a position of line 0 gives `file:0: message` alone).
    pub fn render(&self, source: &str) -> String {
        if self.pos.line == 0 {
            return format!("{}:0: {}\n", self.file, self.message);
        }
        let mut out = self.headline();
        out.push('\n');
        if let Some(text) = source.split('\n').nth(self.pos.line as usize - 1) {
            out.push_str(&format!("% {:>4}| {}\n", self.pos.line, text));
            let pad = " ".repeat(self.pos.col.saturating_sub(1) as usize);
            out.push_str(&format!("%     | {pad}^\n"));
        }
        out.push('\n');
        out
    }

    /// The first line as erlc prints it (without the source excerpt).
    pub fn headline(&self) -> String {
        let tag = match self.severity {
            Severity::Error => "",
            Severity::Warning => "Warning: ",
        };
        format!("{}:{}:{}: {}{}", self.file, self.pos.line, self.pos.col, tag, self.message)
    }
}
