//! A disassembler: prints a module's code one instruction a line, with
//! function starts, for debugging (`ferl -S FILE.erl`).

use super::{Module, Op};
use std::fmt::Write;

pub fn disassemble(m: &Module) -> String {
    let mut out = String::new();
    for (pc, op) in m.code.iter().enumerate() {
        if let Op::FuncInfo { function } = op {
            if let Some(f) = m.functions.get(*function as usize) {
                let _ = writeln!(out, "\n{}/{}:", f.name, f.arity);
            }
        }
        let _ = writeln!(out, "{pc:5}  {op:?}");
    }
    out
}
