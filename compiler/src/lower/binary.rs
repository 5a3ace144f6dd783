//! Lowering of the bit syntax: construction (`BsCreate`) and matching
//! (a match context read segment by segment).

use super::Lowerer;
use crate::ast::{BinElement, BinSpec, Expr, ExprKind};
use crate::bytecode::{BinSeg, BinSegKind, Label, Op, Src};

/// The type part of a segment, decoded from its specifiers.
pub(super) struct SegType {
    pub(super) kind: BinSegKind,
    /// `bitstring`/`bits` (unit 1) rather than `binary`/`bytes` (unit 8).
    bits: bool,
    unit: Option<u32>,
    signed: bool,
    little: bool,
}

pub(super) fn seg_type(specs: &[BinSpec]) -> SegType {
    let mut t = SegType { kind: BinSegKind::Integer, bits: false, unit: None, signed: false, little: false };
    for s in specs {
        match s {
            BinSpec::Unit(u) => t.unit = Some(*u),
            BinSpec::Name(n) => match n.as_str() {
                "integer" => t.kind = BinSegKind::Integer,
                "float" => t.kind = BinSegKind::Float,
                "binary" | "bytes" => t.kind = BinSegKind::Binary,
                "bitstring" | "bits" => {
                    t.kind = BinSegKind::Binary;
                    t.bits = true;
                }
                "utf8" => t.kind = BinSegKind::Utf8,
                "utf16" => t.kind = BinSegKind::Utf16,
                "utf32" => t.kind = BinSegKind::Utf32,
                "signed" => t.signed = true,
                "unsigned" => t.signed = false,
                "little" | "native" => t.little = true,
                "big" => t.little = false,
                _ => {}
            },
        }
    }
    t
}

impl Lowerer<'_> {
    fn segment(&mut self, el: &BinElement, value: Src, size_expr: Option<&Expr>) -> BinSeg {
        let t = seg_type(&el.specs);
        let size = match size_expr {
            Some(s) => Some(self.expr(s)),
            None => match t.kind {
                BinSegKind::Integer => Some(Src::Int(8)),
                BinSegKind::Float => Some(Src::Int(64)),
                _ => None,
            },
        };
        let default_unit = match t.kind {
            BinSegKind::Binary if !t.bits => 8,
            _ => 1,
        };
        // A size-less binary keeps its unit (`R/binary-unit:32` takes a
        // multiple of 32 bits); other size-less segments have their type's.
        let unit = match size_expr {
            None if t.kind != BinSegKind::Binary => default_unit,
            _ => t.unit.unwrap_or(default_unit),
        };
        BinSeg { kind: t.kind, value, size, unit, signed: t.signed, little: t.little, index: 0 }
    }

    /// Expands string literal segments into one segment per character.
    fn expand_strings(els: &[BinElement]) -> Vec<BinElement> {
        let mut out = Vec::new();
        for el in els {
            if let ExprKind::String(cs) = &el.value.kind {
                for &c in cs {
                    out.push(BinElement {
                        pos: el.pos,
                        value: Expr::new(el.value.pos, ExprKind::Integer(c.into())),
                        size: el.size.clone(),
                        specs: el.specs.clone(),
                    });
                }
            } else {
                out.push(el.clone());
            }
        }
        out
    }

    pub(super) fn bin_construct(&mut self, e: &Expr, els: &[BinElement]) -> Src {
        let mut segs = Vec::with_capacity(els.len());
        for (i, source) in els.iter().enumerate() {
            for el in &Self::expand_strings(std::slice::from_ref(source)) {
                let v = self.expr(&el.value);
                let seg = self.segment(el, v, el.size.as_ref());
                segs.push(BinSeg { index: (i + 1).min(u16::MAX as usize) as u16, ..seg });
            }
        }
        let d = self.temp();
        self.asm.line(e.pos.line);
        self.asm.emit(Op::BsCreate { segs: segs.into(), dst: d });
        d.into()
    }

    pub(super) fn bin_match(&mut self, els: &[BinElement], v: Src, fail: Label) {
        let els = Self::expand_strings(els);
        let ctx = self.temp();
        self.asm.emit(Op::BsStartMatch { src: v, ctx, fail });
        let mut takes_rest = false;
        for el in &els {
            let seg = self.segment(el, Src::Nil, el.size.as_ref());
            takes_rest = seg.kind == BinSegKind::Binary && seg.size.is_none();
            if matches!(&el.value.kind, ExprKind::Var(n) if n == "_") {
                self.asm.emit(Op::BsSkip { ctx, seg, fail });
                continue;
            }
            let t = self.temp();
            self.asm.emit(Op::BsGet { ctx, seg, dst: t, fail });
            self.pattern(&el.value, t.into(), fail);
        }
        if !takes_rest {
            self.asm.emit(Op::BsTestTail { ctx: ctx.into(), fail });
        }
    }
}
