//! The compiler's entry point: source text to a bytecode module, through
//! the parser, the lint checks and lowering.

use crate::bytecode::Module;
use crate::diagnostic::{Diagnostic, Severity};
use std::path::PathBuf;

/// What a successful compilation returns: the module and its warnings.
pub type Compiled = (Module, Vec<Diagnostic>);

/// Compiles one module. `file` names the source in diagnostics and
/// `?FILE`. Fails with every error (and warning) found.
pub fn compile_source(file: &str, source: &str, include_dirs: &[PathBuf]) -> Result<Compiled, Vec<Diagnostic>> {
    compile_source_with(file, source, include_dirs, None)
}

/// Like `compile_source`, checking `-behaviour` attributes against what
/// `behaviours` finds (see `lint::check_with`).
pub fn compile_source_with(
    file: &str,
    source: &str,
    include_dirs: &[PathBuf],
    behaviours: Option<crate::lint::BehaviourLookup>,
) -> Result<Compiled, Vec<Diagnostic>> {
    // Like erlc, lint the forms that parsed even when others did not, so
    // one run reports the syntax errors and then everything else.
    let (mut module, mut diags) = crate::parser::parse_module_partial(file, source, include_dirs);
    diags.extend(crate::ms_transform::apply(&mut module));
    diags.extend(crate::lint::check_with(&module, behaviours));
    if diags.iter().any(|d| d.severity == Severity::Error) {
        return Err(diags);
    }
    match crate::lower::lower(&module) {
        Ok(m) => Ok((m, diags)),
        Err(mut errs) => {
            errs.extend(diags);
            Err(errs)
        }
    }
}
