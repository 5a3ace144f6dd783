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
}

impl Diagnostic {
    pub fn error(file: &str, pos: Pos, message: impl Into<String>) -> Diagnostic {
        Diagnostic { file: file.to_string(), pos, severity: Severity::Error, message: message.into() }
    }

    pub fn warning(file: &str, pos: Pos, message: impl Into<String>) -> Diagnostic {
        Diagnostic { file: file.to_string(), pos, severity: Severity::Warning, message: message.into() }
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
