//! The abstract syntax tree of one Erlang module, as the parser produces it
//! and as `lint` and `lower` consume it. Patterns share the `Expr` type, as
//! in OTP's `erl_parse`: which expressions are valid patterns is checked by
//! the parser (`illegal pattern`) and `lower`.
//!
//! Records stay records here (`RecordNew`, `RecordField`, ...); `lower`
//! expands them to tuples using `Module::records`. Preprocessor macros are
//! already expanded.

use num_bigint::BigInt;

/// `f = Value` in a record expression or pattern: the field name, the
/// value, and where the name is (erl_lint reports field errors there).
pub type FieldInit = (String, Expr, Pos);

/// A 1-based source position.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    pub name: String,
    /// The file name as given to the compiler (used in `?FILE`, stack traces).
    pub file: String,
    pub exports: Vec<(String, u32)>,
    pub export_all: bool,
    /// `-import(M, [F/A])`: (function, arity) -> module.
    pub imports: Vec<(String, u32, String)>,
    /// Every other attribute, in source order: `vsn`, `behaviour`,
    /// `on_load`, `mode`, user attributes. The value is a literal term.
    pub attributes: Vec<Attribute>,
    pub records: Vec<RecordDef>,
    pub functions: Vec<Function>,
    /// `-callback` declarations (name, arity), in source order: the module
    /// is a behaviour and gets `behaviour_info/1`.
    pub callbacks: Vec<(String, u32)>,
    /// `-optional_callbacks([F/A])`, in source order.
    pub optional_callbacks: Vec<(String, u32)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Attribute {
    pub pos: Pos,
    pub name: String,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RecordDef {
    pub pos: Pos,
    pub name: String,
    /// Field name and default value (`undefined` when absent).
    pub fields: Vec<(String, Option<Expr>)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub pos: Pos,
    pub name: String,
    pub arity: u32,
    pub clauses: Vec<Clause>,
}

/// A function, fun, case, receive or try clause: patterns, guard, body.
/// Case/receive/`of` clauses have exactly one pattern. A catch clause has
/// three: class (an atom or variable; `throw` when omitted), reason, and
/// stacktrace (a variable, or `_` when omitted).
#[derive(Clone, Debug, PartialEq)]
pub struct Clause {
    pub pos: Pos,
    pub patterns: Vec<Expr>,
    /// Guard sequence: alternatives separated by `;`, each a conjunction of
    /// guard tests separated by `,`. Empty means no guard.
    pub guards: Vec<Vec<Expr>>,
    pub body: Vec<Expr>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub pos: Pos,
    pub kind: ExprKind,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Var(String),
    Atom(String),
    Integer(BigInt),
    Float(f64),
    /// A string literal: the list of its code points (`"abc"` and `$`-free
    /// adjacent strings already concatenated).
    String(Vec<u32>),
    Nil,
    Cons(Box<Expr>, Box<Expr>),
    Tuple(Vec<Expr>),
    Binary(Vec<BinElement>),
    /// `#{K => V, K := V}` (base `None`) or `Base#{...}` (an update).
    Map(Option<Box<Expr>>, Vec<MapField>),
    /// `#r{f = V, _ = D}` or `Base#r{f = V}`. The field name `_` sets all
    /// fields not named.
    RecordNew {
        base: Option<Box<Expr>>,
        name: String,
        fields: Vec<FieldInit>,
    },
    /// `Expr#r.f`
    RecordField {
        expr: Box<Expr>,
        name: String,
        field: String,
    },
    /// `#r.f`: the 1-based tuple index of field f.
    RecordIndex {
        name: String,
        field: String,
    },
    /// `Pat = Expr` (also `Pat1 = Pat2` inside patterns).
    Match(Box<Expr>, Box<Expr>),
    /// Binary operators, including `!`, `andalso`, `orelse`, `++`, `--`,
    /// comparisons, arithmetic, `and`/`or`/`xor`, bit operations. The string
    /// is the operator as written (`"=:="`, `"div"`, `"!"`, ...).
    BinOp(String, Box<Expr>, Box<Expr>),
    /// Unary `-`, `+`, `not`, `bnot`.
    UnOp(String, Box<Expr>),
    Call(Box<CallTarget>, Vec<Expr>),
    /// `fun (..) -> .. end`; `name` is set for a named fun `fun F(..) -> .. end`.
    Fun {
        name: Option<String>,
        clauses: Vec<Clause>,
    },
    /// `fun f/1` (module `None`) or `fun M:F/A` (each part may be a variable).
    FunRef {
        module: Option<Box<Expr>>,
        function: Box<Expr>,
        arity: Box<Expr>,
    },
    Case(Box<Expr>, Vec<Clause>),
    If(Vec<Clause>),
    Receive {
        clauses: Vec<Clause>,
        after: Option<(Box<Expr>, Vec<Expr>)>,
    },
    Try {
        body: Vec<Expr>,
        of_clauses: Vec<Clause>,
        catch_clauses: Vec<Clause>,
        after: Vec<Expr>,
    },
    Catch(Box<Expr>),
    Block(Vec<Expr>),
    ListComp(Box<Expr>, Vec<Qualifier>),
    BinComp(Box<Expr>, Vec<Qualifier>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum CallTarget {
    /// `f(...)`: a local function, a BIF auto-imported from `erlang`, or an
    /// `-import`ed function.
    Local(String),
    /// `M:F(...)`: module and function are expressions (atoms or anything).
    Remote(Expr, Expr),
    /// `(Expr)(...)` or `Var(...)`: a fun call.
    Expr(Expr),
}

#[derive(Clone, Debug, PartialEq)]
pub struct MapField {
    pub pos: Pos,
    pub key: Expr,
    pub value: Expr,
    /// `true` for `:=` (the key must exist), `false` for `=>`.
    pub exact: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BinElement {
    pub pos: Pos,
    pub value: Expr,
    pub size: Option<Expr>,
    /// Type specifiers in order, e.g. `integer`, `little`, `signed`,
    /// `binary`, `utf8`, `unit:8`.
    pub specs: Vec<BinSpec>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum BinSpec {
    Name(String),
    Unit(u32),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Qualifier {
    /// `Pat <- ListExpr`
    Generator(Expr, Expr),
    /// `Pat <= BinExpr`
    BinGenerator(Expr, Expr),
    Filter(Expr),
}

impl Expr {
    pub fn new(pos: Pos, kind: ExprKind) -> Expr {
        Expr { pos, kind }
    }
}
