//! The semantic checks erlc makes after parsing (OTP's `erl_lint`): unbound
//! and unsafe variables, undefined and unused functions and records, illegal
//! guards and patterns, unused and shadowed variables. Texts and positions
//! are erl_lint's; module-level checks live here, expressions in `expr`,
//! patterns and guards in `pattern`, the variable table in `vars`.

mod behaviours;
pub(crate) mod bifs;
#[cfg(test)]
mod cases;
#[cfg(test)]
mod cases_more;
mod effect;
mod expr;
mod format_string;
mod obsolete;
mod pattern;
mod records;
mod scope;
#[cfg(test)]
mod tests;
mod vars;

use std::collections::{HashMap, HashSet};

use crate::ast::{Attribute, Expr, ExprKind, Module, Pos, RecordDef};
use crate::diagnostic::{Diagnostic, Severity};
use vars::Vt;

/// A function name and arity.
pub(crate) type Fa = (String, u32);

/// Checks a parsed module the way erl_lint does. Returns errors and warnings
/// in erlc's order: all errors, then all warnings, each sorted by position.
pub fn check(module: &Module) -> Vec<Diagnostic> {
    check_with(module, None)
}

pub use behaviours::{BehaviourInfo, BehaviourLookup};

/// Like `check`, with the behaviour checks when `behaviours` can look up
/// what a behaviour module declares.
pub fn check_with(module: &Module, behaviours: Option<BehaviourLookup>) -> Vec<Diagnostic> {
    let mut lint = Linter::new(module);
    lint.run();
    let Linter { mut diags, .. } = lint;
    if let Some(lookup) = behaviours {
        diags.extend(behaviours::check(module, lookup));
    }
    // OTP sorts by position and then by the message's descriptor term
    // ({stacktrace_bound, V} before {unsafe_var, V, ...}); a stable sort
    // keeps discovery order among the rest.
    diags.sort_by_key(|d| (d.severity == Severity::Warning, d.pos, descriptor_tag(&d.message)));
    diags
}

/// The tag of erl_lint's descriptor for the variable messages that can
/// meet at one position, in OTP's atom order; "" for the others.
fn descriptor_tag(message: &str) -> &'static str {
    let var = message.starts_with("variable ");
    if message.starts_with("stacktrace variable") && message.ends_with("previously bound") {
        "stacktrace_bound"
    } else if message.starts_with("stacktrace variable") {
        "stacktrace_guard"
    } else if var && message.ends_with("is unbound") {
        "unbound_var"
    } else if var && message.contains(" unsafe in ") {
        "unsafe_var"
    } else {
        ""
    }
}

/// The state of one lint run over a module.
pub(crate) struct Linter<'m> {
    module: &'m Module,
    diags: Vec<Diagnostic>,
    /// Functions defined in the module (prescanned, like erl_lint's `locals`).
    locals: HashSet<Fa>,
    /// Functions defined so far, plus `module_info/0,1` and `record_info/2`.
    defined: HashSet<Fa>,
    imports: HashMap<Fa, String>,
    records: HashMap<&'m str, &'m RecordDef>,
    used_records: HashSet<String>,
    no_auto_all: bool,
    no_auto: HashSet<Fa>,
    warn_unused_vars: bool,
    warn_shadow_vars: bool,
    /// `warn_format`'s level: 0 off, 1 (the default) or 2.
    warn_format: u32,
    /// The function being checked; `None` in record definitions.
    func: Option<Fa>,
    /// Every reference to a local function, for `function f/1 undefined`.
    called: Vec<(Fa, Pos)>,
    /// Who calls whom, for `function f/1 is unused`.
    calls: HashMap<Option<Fa>, Vec<Fa>>,
    /// True while checking a record field's default value.
    recdef_top: bool,
    /// Inside a binary pattern's size expression: the variables the segments
    /// before it bound.
    bvt: Option<Vt>,
    /// Clauses that cannot match (`effect::shadowed`), reported at the end
    /// when there are no errors.
    shadow_warnings: Vec<(Pos, String)>,
}

impl<'m> Linter<'m> {
    fn new(module: &'m Module) -> Linter<'m> {
        let locals: HashSet<Fa> = module.functions.iter().map(|f| (f.name.clone(), f.arity)).collect();
        let mut defined = HashSet::new();
        for (name, arity) in [("module_info", 0), ("module_info", 1), ("record_info", 2)] {
            defined.insert((name.to_string(), arity));
        }
        let imports = module.imports.iter().map(|(f, a, m)| ((f.clone(), *a), m.clone())).collect();
        Linter {
            module,
            diags: Vec::new(),
            locals,
            defined,
            imports,
            records: HashMap::new(),
            used_records: HashSet::new(),
            no_auto_all: false,
            no_auto: HashSet::new(),
            warn_unused_vars: true,
            warn_shadow_vars: true,
            warn_format: 1,
            func: None,
            called: Vec::new(),
            calls: HashMap::new(),
            recdef_top: false,
            bvt: None,
            shadow_warnings: Vec::new(),
        }
    }

    pub(crate) fn error(&mut self, pos: Pos, message: impl Into<String>) {
        self.diags.push(Diagnostic::error(&self.module.file, pos, message));
    }

    pub(crate) fn warning(&mut self, pos: Pos, message: impl Into<String>) {
        self.diags.push(Diagnostic::warning(&self.module.file, pos, message));
    }

    fn run(&mut self) {
        let module = self.module;
        for attr in &module.attributes {
            if attr.name == "compile" {
                self.compile_options(attr);
            }
        }
        for (name, arity) in &module.exports {
            let pos = export_position(module, name, *arity);
            self.called.push(((name.clone(), *arity), pos));
        }
        for attr in &module.attributes {
            if attr.name == crate::parser::attr::EXPORT_AFTER_FUNCTIONS {
                self.error(attr.pos, "attribute export after function definitions");
            }
        }
        let on_load = self.on_load();
        for def in &module.records {
            self.record_def(def);
        }
        for function in &module.functions {
            let fa = (function.name.clone(), function.arity);
            self.func = Some(fa.clone());
            if self.defined.contains(&fa) {
                self.error(function.pos, format!("function {} already defined", fa_text(&fa)));
            } else {
                self.defined.insert(fa.clone());
                if self.imports.contains_key(&fa) {
                    let msg = format!("defining imported function {}", fa_text(&fa));
                    self.error(function.pos, msg);
                }
            }
            for clause in &function.clauses {
                self.function_clause(clause);
            }
        }
        self.func = None;
        self.check_undefined_functions();
        self.check_unused_functions(on_load);
        self.check_unused_records();
        // The compiler's own warnings come only when lint found no error.
        if !self.diags.iter().any(|d| d.severity == Severity::Error) {
            for function in &module.functions {
                self.effect_function(&function.name, function.arity, &function.clauses);
            }
            for (pos, text) in std::mem::take(&mut self.shadow_warnings) {
                self.warning(pos, text);
            }
        }
    }

    /// Reads `-compile(...)` options that change what is reported.
    fn compile_options(&mut self, attr: &Attribute) {
        for opt in list_items(&attr.value) {
            match &opt.kind {
                ExprKind::Atom(a) => match a.as_str() {
                    "export_all" if !self.compile_flag("nowarn_export_all") => {
                        self.warning(attr.pos, "export_all flag enabled - all functions will be exported")
                    }
                    "no_auto_import" => self.no_auto_all = true,
                    "nowarn_unused_vars" => self.warn_unused_vars = false,
                    "nowarn_shadow_vars" => self.warn_shadow_vars = false,
                    "nowarn_format" => self.warn_format = 0,
                    "warn_format" => self.warn_format = 1,
                    _ => {}
                },
                ExprKind::Tuple(items) if items.len() == 2 => {
                    if let ExprKind::Atom(tag) = &items[0].kind {
                        if let (true, ExprKind::Integer(n)) = (tag == "warn_format", &items[1].kind) {
                            self.warn_format = u32::try_from(n).unwrap_or(0);
                        }
                        if tag == "no_auto_import" {
                            for item in list_items(&items[1]) {
                                if let Some(fa) = literal_fa(item) {
                                    self.no_auto.insert(fa);
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }

    /// The `-on_load` function (a root for reachability), and an error when
    /// it is not defined.
    fn on_load(&mut self) -> Vec<Fa> {
        let attrs: Vec<&Attribute> = self.module.attributes.iter().filter(|a| a.name == "on_load").collect();
        let mut roots = Vec::new();
        for attr in attrs {
            if let Some(fa) = literal_fa(&attr.value) {
                if fa.1 == 0 && !self.locals.contains(&fa) {
                    self.error(attr.pos, format!("function {} undefined", fa_text(&fa)));
                }
                roots.push(fa);
            }
        }
        roots
    }

    fn record_def(&mut self, def: &'m RecordDef) {
        if self.records.contains_key(def.name.as_str()) {
            self.error(def.pos, format!("record {} already defined", atom_text(&def.name)));
            return;
        }
        let mut seen: Vec<&str> = Vec::new();
        for (field, default) in &def.fields {
            if seen.contains(&field.as_str()) {
                let msg = format!("field {} already defined in record {}", atom_text(field), atom_text(&def.name));
                self.error(def.pos, msg);
                continue;
            }
            seen.push(field);
            if let Some(value) = default {
                self.recdef_top = true;
                self.expr(value, &Vt::new());
                self.recdef_top = false;
            }
        }
        self.records.insert(&def.name, def);
    }

    /// Notes a reference to local function `f/a` at `pos`: a call or `fun f/a`.
    pub(crate) fn call_function(&mut self, pos: Pos, name: &str, arity: u32) {
        let fa = (name.to_string(), arity);
        self.calls.entry(self.func.clone()).or_default().push(fa.clone());
        self.called.push((fa, pos));
    }

    fn check_undefined_functions(&mut self) {
        let called = std::mem::take(&mut self.called);
        for (fa, pos) in called {
            if !self.defined.contains(&fa) {
                self.error(pos, format!("function {} undefined", fa_text(&fa)));
            }
        }
    }

    fn check_unused_functions(&mut self, on_load: Vec<Fa>) {
        let nowarn_all = self.compile_flag("nowarn_unused_function");
        if self.module.export_all || nowarn_all {
            return;
        }
        let nowarn = self.compile_fas("nowarn_unused_function");
        let mut reached: HashSet<Fa> = HashSet::new();
        let mut todo: Vec<Fa> = on_load;
        todo.extend(self.module.exports.iter().cloned());
        todo.push(("module_info".to_string(), 0));
        todo.push(("module_info".to_string(), 1));
        while let Some(fa) = todo.pop() {
            if reached.insert(fa.clone()) {
                if let Some(callees) = self.calls.get(&Some(fa)) {
                    todo.extend(callees.iter().cloned());
                }
            }
        }
        let mut seen = HashSet::new();
        for function in &self.module.functions {
            let fa = (function.name.clone(), function.arity);
            if !reached.contains(&fa) && !nowarn.contains(&fa) && seen.insert(fa.clone()) {
                self.warning(function.pos, format!("function {} is unused", fa_text(&fa)));
            }
        }
    }

    fn check_unused_records(&mut self) {
        if self.compile_flag("nowarn_unused_record") {
            return;
        }
        let nowarn: Vec<String> = self
            .compile_items("nowarn_unused_record")
            .iter()
            .filter_map(|e| match &e.kind {
                ExprKind::Atom(a) => Some(a.clone()),
                _ => None,
            })
            .collect();
        let mut unused: Vec<&RecordDef> = self
            .records
            .values()
            .filter(|d| !self.used_records.contains(&d.name) && !nowarn.contains(&d.name))
            .copied()
            .collect();
        unused.sort_by_key(|d| d.pos);
        for def in unused {
            self.warning(def.pos, format!("record {} is unused", atom_text(&def.name)));
        }
    }

    /// True when some `-compile` attribute names the bare option `flag`.
    fn compile_flag(&self, flag: &str) -> bool {
        self.compile_attrs().flat_map(list_items).any(|e| matches!(&e.kind, ExprKind::Atom(a) if a == flag))
    }

    /// The items of every `{tag, Items}` option of the `-compile` attributes.
    fn compile_items(&self, tag: &str) -> Vec<&'m Expr> {
        let mut out = Vec::new();
        for opt in self.compile_attrs().flat_map(list_items) {
            if let ExprKind::Tuple(items) = &opt.kind {
                if items.len() == 2 && matches!(&items[0].kind, ExprKind::Atom(a) if a == tag) {
                    out.extend(list_items(&items[1]));
                }
            }
        }
        out
    }

    fn compile_fas(&self, tag: &str) -> HashSet<Fa> {
        self.compile_items(tag).into_iter().filter_map(literal_fa).collect()
    }

    fn compile_attrs(&self) -> impl Iterator<Item = &'m Expr> {
        self.module.attributes.iter().filter(|a| a.name == "compile").map(|a| &a.value)
    }
}

/// Where `function f/1 undefined` is reported for an exported function that
/// is not defined: the `-export` attribute that lists it (the parser keeps
/// each one in `Module::attributes`).
fn export_position(module: &Module, name: &str, arity: u32) -> Pos {
    let lists = |a: &&crate::ast::Attribute| {
        a.name == "export"
            && list_items(&a.value).iter().any(|fa| match &fa.kind {
                ExprKind::BinOp(op, f, n) if op == "/" => {
                    matches!(&f.kind, ExprKind::Atom(f) if f == name)
                        && matches!(&n.kind, ExprKind::Integer(n) if *n == arity.into())
                }
                _ => false,
            })
    };
    module.attributes.iter().find(lists).map(|a| a.pos).unwrap_or_default()
}

/// The elements of a literal list, or the term itself when it is not a list
/// (erl_lint's `lists:flatten([Args])`).
fn list_items(e: &Expr) -> Vec<&Expr> {
    let mut out = Vec::new();
    let mut cur = e;
    loop {
        match &cur.kind {
            ExprKind::Cons(h, t) => {
                out.extend(list_items(h));
                cur = t;
            }
            ExprKind::Nil => return out,
            _ => {
                out.push(cur);
                return out;
            }
        }
    }
}

/// `f/1` or `{f, 1}` in an attribute.
fn literal_fa(e: &Expr) -> Option<Fa> {
    let (f, a) = match &e.kind {
        ExprKind::BinOp(op, f, a) if op == "/" => (&**f, &**a),
        ExprKind::Tuple(items) if items.len() == 2 => (&items[0], &items[1]),
        _ => return None,
    };
    match (&f.kind, &a.kind) {
        (ExprKind::Atom(f), ExprKind::Integer(a)) => Some((f.clone(), u32::try_from(a).ok()?)),
        _ => None,
    }
}

/// `f/1` with the name quoted as `~tw` would.
pub(crate) fn fa_text(fa: &Fa) -> String {
    format!("{}/{}", atom_text(&fa.0), fa.1)
}

/// An atom as `io_lib:write_atom/1` prints it: quoted unless it is a plain
/// lowercase name that is not a reserved word.
pub(crate) fn atom_text(name: &str) -> String {
    const RESERVED: [&str; 27] = [
        "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case", "catch", "cond",
        "div", "end", "fun", "if", "let", "not", "of", "or", "orelse", "receive", "rem", "try", "when", "xor",
    ];
    let mut chars = name.chars();
    let plain = matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '@')
        && !RESERVED.contains(&name);
    if plain {
        return name.to_string();
    }
    let mut out = String::from("'");
    for c in name.chars() {
        match c {
            '\'' => out.push_str("\\'"),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// Whether `name/arity` may be called in a guard: a guard BIF
/// (`erl_internal:guard_bif/2`) or a guard operator. The VM asks this of
/// the functions a match specification calls.
pub fn is_guard_function(name: &str, arity: u32) -> bool {
    bifs::is_guard_bif(name, arity) || pattern::is_guard_op(name, arity)
}
