//! Lint of record expressions and patterns: `record r undefined`,
//! `field f undefined in record r`, and the variables of field values.

use super::vars::Vt;
use super::{atom_text, Linter};
use crate::ast::{FieldInit, Pos, RecordDef};

/// How a field value is checked: as an expression, a guard expression or a
/// pattern (whose new variables are collected separately).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum FieldCheck {
    Expr,
    Guard,
}

impl<'m> Linter<'m> {
    /// The definition of record `name`, marking it used; `record r undefined`
    /// at `pos` when there is none.
    pub(crate) fn check_record(&mut self, pos: Pos, name: &str) -> Option<&'m RecordDef> {
        match self.records.get(name) {
            Some(def) => {
                let def: &'m RecordDef = def;
                self.used_records.insert(name.to_string());
                Some(def)
            }
            None => {
                self.error(pos, format!("record {} undefined", atom_text(name)));
                None
            }
        }
    }

    pub(crate) fn exist_record(&mut self, pos: Pos, name: &str) {
        self.check_record(pos, name);
    }

    /// `#r.f`, and `Expr#r.f` whose record part is at `pos` (the `#`).
    pub(crate) fn record_index(&mut self, pos: Pos, name: &str, field: &str) {
        self.record_field(pos, name, field);
    }

    pub(crate) fn record_field(&mut self, pos: Pos, name: &str, field: &str) {
        if let Some(def) = self.check_record(pos, name) {
            if !has_field(def, field) {
                let at = Pos { line: pos.line, col: pos.col + 2 + atom_text(name).len() as u32 };
                self.undefined_field(at, name, field);
            }
        }
    }

    fn undefined_field(&mut self, pos: Pos, name: &str, field: &str) {
        let msg = format!("field {} undefined in record {}", atom_text(field), atom_text(name));
        self.error(pos, msg);
    }

    /// `#r{f = V, ...}`: the given fields, then (for which functions the
    /// defaults call, without reporting) the defaults of the others.
    pub(crate) fn record_init(&mut self, pos: Pos, name: &str, fields: &[FieldInit], vt: &Vt, check: FieldCheck) -> Vt {
        let Some(def) = self.check_record(pos, name) else {
            return Vt::new();
        };
        let out = self.check_fields(def, fields, vt, check);
        let ndiags = self.diags.len();
        let ncalled = self.called.len();
        for (field, default) in &def.fields {
            if let Some(d) = default {
                if !fields.iter().any(|(f, _, _)| f == field) {
                    self.expr(d, vt);
                }
            }
        }
        self.diags.truncate(ndiags);
        self.called.truncate(ncalled);
        out
    }

    /// `Expr#r{f = V}`.
    pub(crate) fn record_update(&mut self, pos: Pos, name: &str, fields: &[FieldInit], vt: &Vt) -> Vt {
        let Some(def) = self.check_record(pos, name) else {
            return Vt::new();
        };
        let out = self.check_fields(def, fields, vt, FieldCheck::Expr);
        if let Some((_, _, at)) = fields.iter().find(|(f, _, _)| f == "_") {
            let msg = format!("meaningless use of _ in update of record {}", atom_text(name));
            self.error(*at, msg);
            return Vt::new();
        }
        out
    }

    fn check_fields(&mut self, def: &RecordDef, fields: &[FieldInit], vt: &Vt, check: FieldCheck) -> Vt {
        let mut seen: Vec<&str> = Vec::new();
        let mut acc = Vt::new();
        for (field, value, at) in fields {
            let at = *at;
            let fvt = if seen.contains(&field.as_str()) {
                if field == "_" {
                    self.error(at, "'_' initializes no omitted fields");
                } else {
                    let msg = format!("field {} already defined in record {}", atom_text(field), atom_text(&def.name));
                    self.error(at, msg);
                }
                Vt::new()
            } else {
                seen.push(field);
                if field != "_" && !has_field(def, field) {
                    self.undefined_field(at, &def.name, field);
                    Vt::new()
                } else if check == FieldCheck::Guard {
                    self.gexpr(value, vt)
                } else {
                    self.expr(value, vt)
                }
            };
            acc = self.merge_pat(&acc, &fvt);
        }
        acc
    }

    /// `#r{f = P}` in a pattern: the variables it matches and binds.
    pub(crate) fn pattern_record(&mut self, pos: Pos, name: &str, fields: &[FieldInit], vt: &Vt, old: &Vt) -> (Vt, Vt) {
        let Some(def) = self.check_record(pos, name) else {
            return (Vt::new(), Vt::new());
        };
        let mut seen: Vec<&str> = Vec::new();
        let (mut acc_vt, mut acc_new) = (Vt::new(), Vt::new());
        for (field, value, at) in fields {
            if seen.contains(&field.as_str()) {
                let msg = format!("field {} already defined in record {}", atom_text(field), atom_text(name));
                self.error(*at, msg);
                // erl_lint forgets what earlier fields bound after an error.
                acc_new.clear();
                continue;
            }
            seen.push(field);
            if field != "_" && !has_field(def, field) {
                self.undefined_field(*at, name, field);
                acc_new.clear();
                continue;
            }
            let (pvt, pnew) = self.pattern(value, vt, old);
            acc_vt = self.merge_pat(&acc_vt, &pvt);
            acc_new = self.merge_pat(&acc_new, &pnew);
        }
        (acc_vt, acc_new)
    }
}

fn has_field(def: &RecordDef, field: &str) -> bool {
    def.fields.iter().any(|(f, _)| f == field)
}
