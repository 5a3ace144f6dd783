//! The assembler: an instruction buffer with symbolic labels, and the
//! module's atom, literal and import tables. `finish` resolves labels to
//! code offsets.

use crate::bytecode::{Import, Label, Literal, Op, Src};
use std::collections::HashMap;

#[derive(Default)]
pub struct Asm {
    pub code: Vec<Op>,
    /// Label id -> code offset (labels are 1-based; 0 means "none").
    labels: Vec<Option<u32>>,
    pub atoms: Vec<String>,
    atom_index: HashMap<String, u32>,
    pub literals: Vec<Literal>,
    literal_index: HashMap<String, u32>,
    pub imports: Vec<Import>,
    import_index: HashMap<Import, u32>,
    pub lines: Vec<(u32, u32)>,
    current_line: u32,
    /// Instructions to drop when the peephole pass renumbers the code.
    pub dead: Vec<usize>,
}

impl Asm {
    pub fn new() -> Asm {
        Asm { labels: vec![Some(0)], ..Default::default() }
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        (self.labels.len() - 1) as Label
    }

    pub fn bind(&mut self, l: Label) {
        self.labels[l as usize] = Some(self.code.len() as u32);
    }

    pub fn emit(&mut self, op: Op) {
        self.code.push(op);
    }

    pub fn pc(&self) -> u32 {
        self.code.len() as u32
    }

    /// Records that code from here on comes from source line `line`.
    pub fn line(&mut self, line: u32) {
        if line != 0 && line != self.current_line {
            self.current_line = line;
            self.lines.push((self.pc(), line));
        }
    }

    pub fn atom(&mut self, name: &str) -> Src {
        Src::Atom(self.atom_id(name))
    }

    pub fn atom_id(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.atom_index.get(name) {
            return i;
        }
        let i = self.atoms.len() as u32;
        self.atoms.push(name.to_string());
        self.atom_index.insert(name.to_string(), i);
        i
    }

    pub fn literal(&mut self, lit: Literal) -> Src {
        match lit {
            Literal::Atom(a) => self.atom(&a),
            Literal::Nil => Src::Nil,
            Literal::Int(ref n) => match i64::try_from(n) {
                Ok(v) if (-(1i64 << 59)..(1i64 << 59)).contains(&v) => Src::Int(v),
                _ => self.push_literal(lit),
            },
            other => self.push_literal(other),
        }
    }

    fn push_literal(&mut self, lit: Literal) -> Src {
        // Keyed by the debug text, which tells 0.0 from -0.0 (`==` does not).
        let key = format!("{lit:?}");
        if let Some(&i) = self.literal_index.get(&key) {
            return Src::Lit(i);
        }
        self.literals.push(lit);
        let i = (self.literals.len() - 1) as u32;
        self.literal_index.insert(key, i);
        Src::Lit(i)
    }

    pub fn import(&mut self, module: &str, function: &str, arity: u32) -> u32 {
        let imp = Import { module: module.to_string(), function: function.to_string(), arity };
        if let Some(&i) = self.import_index.get(&imp) {
            return i;
        }
        let i = self.imports.len() as u32;
        self.imports.push(imp.clone());
        self.import_index.insert(imp, i);
        i
    }

    /// The code offset of each label (by id), where bound.
    pub fn label_table(&self) -> Vec<Option<u32>> {
        self.labels.clone()
    }

    /// Code offsets that some label points at (jump targets).
    pub fn label_positions(&self) -> Vec<u32> {
        self.labels.iter().flatten().copied().collect()
    }

    /// Moves every recorded code offset (labels, line table) through `f`,
    /// after instructions were removed.
    pub fn remap_positions(&mut self, f: &impl Fn(u32) -> u32) {
        for l in self.labels.iter_mut().flatten() {
            *l = f(*l);
        }
        for (pc, _) in self.lines.iter_mut() {
            *pc = f(*pc);
        }
        // Several lines may now start at one offset: the last one holds.
        let mut lines: Vec<(u32, u32)> = Vec::with_capacity(self.lines.len());
        for &(pc, line) in &self.lines {
            match lines.last_mut() {
                Some(last) if last.0 == pc => last.1 = line,
                _ => lines.push((pc, line)),
            }
        }
        self.lines = lines;
    }

    /// Replaces label ids by code offsets in every instruction.
    pub fn resolve_labels(&mut self) {
        let labels = std::mem::take(&mut self.labels);
        let fix = |l: &mut Label| *l = labels.get(*l as usize).copied().flatten().unwrap_or(0);
        for op in &mut self.code {
            for_each_label(op, fix);
        }
    }
}

/// Applies `f` to every label operand of `op`.
pub fn for_each_label(op: &mut Op, mut f: impl FnMut(&mut Label)) {
    match op {
        Op::Bif { fail, .. }
        | Op::Arith { fail, .. }
        | Op::Cmp { fail, .. }
        | Op::Test { fail, .. }
        | Op::TestArity { fail, .. }
        | Op::TestFunArity { fail, .. }
        | Op::GetMapElement { fail, .. }
        | Op::BsStartMatch { fail, .. }
        | Op::BsGet { fail, .. }
        | Op::BsSkip { fail, .. }
        | Op::BsTestTail { fail, .. }
        | Op::BsTestUnit { fail, .. }
        | Op::CmpXI { fail, .. }
        | Op::CmpIX { fail, .. }
        | Op::CmpXX { fail, .. }
        | Op::ArithXI { fail, .. }
        | Op::ArithYI { fail, .. }
        | Op::ArithRR { fail, .. }
        | Op::IsNonEmptyListX { fail, .. }
        | Op::IsNilX { fail, .. }
        | Op::IsConsGetListX { fail, .. }
        | Op::CmpXC { fail, .. }
        | Op::CmpXFlatTuple { fail, .. }
        | Op::Element { fail, .. }
        | Op::SelfPid { fail, .. }
        | Op::CmpXIReturn { fail, .. }
        | Op::AllocateIsConsGetListX { fail, .. }
        | Op::IsConsAllocateGetListX { fail, .. }
        | Op::IsConsAllocateGetListXCall { fail, .. }
        | Op::TestArityGet { fail, .. }
        | Op::TestArityAllocateGet { fail, .. }
        | Op::TestArityAllocateGet2 { fail, .. }
        | Op::CmpXFlatTupleReturn { fail, .. }
        | Op::CmpXIMoveCXReturn { fail, .. }
        | Op::AllocateCmpXI { fail, .. } => f(fail),
        Op::TestArityTag { fail, tag_fail, .. } | Op::TestArityAllocateTag { fail, tag_fail, .. } => {
            f(fail);
            f(tag_fail);
        }
        Op::Jump { to } | Op::LoopRecEnd { to } | Op::Wait { to } | Op::WaitTimeout { to, .. } => f(to),
        Op::LoopRec { wait, .. } => f(wait),
        Op::Try { handler } | Op::Catch { handler } => f(handler),
        Op::FuncInfo { .. }
        | Op::Allocate { .. }
        | Op::Deallocate
        | Op::Return
        | Op::Move { .. }
        | Op::Call { .. }
        | Op::CallOnly { .. }
        | Op::CallExt { .. }
        | Op::CallExtOnly { .. }
        | Op::CallFun { .. }
        | Op::CallFunOnly { .. }
        | Op::Apply { .. }
        | Op::ApplyOnly { .. }
        | Op::GetList { .. }
        | Op::GetTupleElement { .. }
        | Op::PutList { .. }
        | Op::PutTuple { .. }
        | Op::PutMap { .. }
        | Op::MakeFun { .. }
        | Op::BsCreate { .. }
        | Op::Badmatch { .. }
        | Op::CaseEnd { .. }
        | Op::IfEnd
        | Op::TryCaseEnd { .. }
        | Op::FunctionClause { .. }
        | Op::RaiseError { .. }
        | Op::TryEnd
        | Op::TryCase
        | Op::CatchEnd
        | Op::Raise { .. }
        | Op::Send
        | Op::RemoveMessage
        | Op::Timeout
        | Op::MoveXY { .. }
        | Op::MoveYX { .. }
        | Op::MoveXX { .. }
        | Op::MoveCX { .. }
        | Op::GetListX { .. }
        | Op::PutListRR { .. }
        | Op::MoveXY2 { .. }
        | Op::MoveYX2 { .. }
        | Op::MoveXY3 { .. }
        | Op::MoveXY4 { .. }
        | Op::MoveYX3 { .. }
        | Op::MoveYX4 { .. }
        | Op::AllocateMoveXY { .. }
        | Op::MoveCXReturn { .. }
        | Op::MoveYXCall { .. }
        | Op::MoveYXCallLeaf { .. }
        | Op::ArithCall { .. }
        | Op::MoveXXReturn { .. }
        | Op::PutListRRCallOnly { .. }
        | Op::DeallocateCallOnly { .. }
        | Op::MoveXXCall { .. }
        | Op::MoveXYArithCall { .. }
        | Op::PutListRRDeallocateReturn { .. }
        | Op::PutTuple2DeallocateReturn { .. }
        | Op::GetTupleElement2 { .. }
        | Op::PutTupleDeallocateReturn { .. }
        | Op::LocalCall { .. }
        | Op::ArithRRDeallocateReturn { .. }
        | Op::AllocateMoveXYArithCall { .. }
        | Op::LocalCallOnly { .. } => {}
    }
}
