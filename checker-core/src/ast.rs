//! The syntax tree of a P program, as the parser builds it: every node carries its span.

use crate::span::{Ident, Span};

/// Identifies an expression node; dense within one parsed program, so later phases keep side tables in `Vec`s.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ExprId(pub u32);

/// All top-level declarations of all files, in file order then source order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Program {
    pub decls: Vec<TopDecl>,
    /// One more than the largest [`ExprId`] handed out.
    pub expr_count: u32,
}

#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant, reason = "a program has few top-level declarations; boxing buys nothing")]
pub enum TopDecl {
    TypeDef(TypeDef),
    Enum(EnumDecl),
    Event(EventDecl),
    EventSet(EventSetDecl),
    Interface(InterfaceDecl),
    Machine(MachineDecl),
    Fun(FunDecl),
    Param(ParamDecl),
    Module(ModuleDecl),
    Test(TestDecl),
    Implementation(ImplementationDecl),
    /// A PVerifier-only declaration (`pure`, `invariant`, `Lemma`, `Theorem`, `axiom`, `init-condition`, `Proof`).
    Verifier(VerifierDecl),
}

impl TopDecl {
    pub fn span(&self) -> Span {
        match self {
            TopDecl::TypeDef(d) => d.span,
            TopDecl::Enum(d) => d.span,
            TopDecl::Event(d) => d.span,
            TopDecl::EventSet(d) => d.span,
            TopDecl::Interface(d) => d.span,
            TopDecl::Machine(d) => d.span,
            TopDecl::Fun(d) => d.span,
            TopDecl::Param(d) => d.span,
            TopDecl::Module(d) => d.span,
            TopDecl::Test(d) => d.span,
            TopDecl::Implementation(d) => d.span,
            TopDecl::Verifier(d) => d.span,
        }
    }
}

/// `type T;` (foreign, `ty` is `None`) or `type T = <type>;`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeDef {
    pub name: Ident,
    pub ty: Option<TypeExpr>,
    pub span: Span,
}

/// `enum E { A, B }` or `enum E { A = 5, B = 7 }`.
#[derive(Clone, Debug, PartialEq)]
pub struct EnumDecl {
    pub name: Ident,
    pub elems: Vec<EnumElem>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EnumElem {
    pub name: Ident,
    /// The explicit value of a numbered element, as written (may be out of `int` range).
    pub value: Option<(u64, Span)>,
}

/// `event e;` or `event e : T;`.
#[derive(Clone, Debug, PartialEq)]
pub struct EventDecl {
    pub name: Ident,
    pub payload: Option<TypeExpr>,
    pub span: Span,
}

/// `eventset S = { e1, e2 };`
#[derive(Clone, Debug, PartialEq)]
pub struct EventSetDecl {
    pub name: Ident,
    pub events: Vec<EventRef>,
    pub span: Span,
}

/// `interface I(T) receives e1, e2;`
#[derive(Clone, Debug, PartialEq)]
pub struct InterfaceDecl {
    pub name: Ident,
    pub payload: Option<TypeExpr>,
    pub receives: Vec<EventRef>,
    pub span: Span,
}

/// An event named in a handler, a defer/ignore list, an event set or a receives/sends clause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventRef {
    /// `null`: the default event (only valid in `on null ...` and `case null`).
    Null(Span),
    Halt(Span),
    /// An event name, or (in receives/sends/observes lists) an event set name.
    Named(Ident),
}

impl EventRef {
    pub fn span(&self) -> Span {
        match self {
            EventRef::Null(s) | EventRef::Halt(s) => *s,
            EventRef::Named(i) => i.span,
        }
    }

    /// The name as written: `null`, `halt` or the identifier.
    pub fn name(&self) -> &str {
        match self {
            EventRef::Null(_) => "null",
            EventRef::Halt(_) => "halt",
            EventRef::Named(i) => &i.name,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MachineKind {
    Machine,
    /// `spec M observes ...`: a safety/liveness monitor.
    Spec,
    /// `scenario M observes ...`: a coverage monitor.
    Scenario,
}

#[derive(Clone, Debug, PartialEq)]
pub struct MachineDecl {
    pub kind: MachineKind,
    pub name: Ident,
    /// Union of all `receives` clauses; `None` when there is none (the machine receives every event).
    pub receives: Option<Vec<EventRef>>,
    /// Union of all `sends` clauses; `None` when there is none (the machine may send every event).
    pub sends: Option<Vec<EventRef>>,
    /// The `observes` list of a spec or scenario (empty for plain machines).
    pub observes: Vec<EventRef>,
    pub vars: Vec<VarDecl>,
    pub funs: Vec<FunDecl>,
    pub states: Vec<StateDecl>,
    pub span: Span,
}

/// `var a, b : T;` (or, for a machine field, Plait's `durable var a : T;`).
#[derive(Clone, Debug, PartialEq)]
pub struct VarDecl {
    /// `durable var`: the field keeps its value when its machine crashes and restarts (fault model).
    pub durable: bool,
    pub names: Vec<Ident>,
    pub ty: TypeExpr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub ty: TypeExpr,
}

/// A function: global or machine method, with a body, or foreign (`body` is `None`).
#[derive(Clone, Debug, PartialEq)]
pub struct FunDecl {
    pub name: Ident,
    pub params: Vec<Param>,
    pub ret: Option<TypeExpr>,
    /// `creates I1, I2` on a foreign function.
    pub creates: Vec<Ident>,
    pub body: Option<FunBody>,
    pub span: Span,
}

/// `{ var ...; stmt* }`: locals are declared only at the start of a body.
#[derive(Clone, Debug, PartialEq)]
pub struct FunBody {
    pub locals: Vec<VarDecl>,
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Temperature {
    Hot,
    Cold,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StateDecl {
    pub name: Ident,
    pub is_start: bool,
    pub temperature: Option<Temperature>,
    pub items: Vec<StateItem>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StateItem {
    Entry { handler: Handler, span: Span },
    Exit { handler: Handler, span: Span },
    Defer { events: Vec<EventRef>, span: Span },
    Ignore { events: Vec<EventRef>, span: Span },
    OnDo { events: Vec<EventRef>, handler: Handler, span: Span },
    OnGoto { events: Vec<EventRef>, target: Ident, with: Option<Handler>, span: Span },
}

impl StateItem {
    pub fn span(&self) -> Span {
        match self {
            StateItem::Entry { span, .. }
            | StateItem::Exit { span, .. }
            | StateItem::Defer { span, .. }
            | StateItem::Ignore { span, .. }
            | StateItem::OnDo { span, .. }
            | StateItem::OnGoto { span, .. } => *span,
        }
    }
}

/// The code run by an entry, exit or event handler: a named machine method or an anonymous function.
#[derive(Clone, Debug, PartialEq)]
pub enum Handler {
    Named(Ident),
    Anon(AnonHandler),
}

/// `(p: T)? { body }`
#[derive(Clone, Debug, PartialEq)]
pub struct AnonHandler {
    pub param: Option<Param>,
    pub body: FunBody,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    Block(Vec<Stmt>),
    Assert { cond: Expr, message: Option<Expr> },
    /// PVerifier only.
    Assume { cond: Expr, message: Option<Expr> },
    Print(Expr),
    Return(Option<Expr>),
    Break,
    Continue,
    /// `lhs = rhs;` where `lhs` is an l-value expression (variable, field, tuple index, index).
    Assign { lhs: Expr, rhs: Expr },
    /// `lhs += (index, value);` — seq insert or map add.
    Insert { lhs: Expr, index: Expr, value: Expr },
    /// `lhs += (value);` — set add.
    Add { lhs: Expr, value: Expr },
    /// `lhs -= key;`
    Remove { lhs: Expr, key: Expr },
    While { cond: Expr, body: Box<Stmt> },
    Foreach { var: Ident, collection: Expr, invariants: Vec<Expr>, body: Box<Stmt> },
    If { cond: Expr, then_branch: Box<Stmt>, else_branch: Option<Box<Stmt>> },
    /// `new I(args);`
    New { interface: Ident, args: Vec<Expr> },
    /// `f(args);`
    Call { fun: Ident, args: Vec<Expr> },
    Raise { event: Expr, args: Vec<Expr> },
    Send { target: Expr, event: Expr, args: Vec<Expr> },
    Announce { event: Expr, args: Vec<Expr> },
    Goto { state: Ident, args: Vec<Expr> },
    Receive { cases: Vec<ReceiveCase> },
    /// `;`
    Skip,
    /// A statement the parser could not make sense of (already reported).
    Error,
}

/// `case e1, e2: (p: T)? { body }`
#[derive(Clone, Debug, PartialEq)]
pub struct ReceiveCase {
    pub events: Vec<EventRef>,
    pub handler: AnonHandler,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub id: ExprId,
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinaryOp {
    Mul,
    Div,
    Mod,
    Add,
    Sub,
    Lt,
    Gt,
    Le,
    Ge,
    In,
    Eq,
    Ne,
    And,
    Or,
    /// `==>`
    Implies,
    /// `<==>` (PVerifier)
    Iff,
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Mod => "%",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Lt => "<",
            BinaryOp::Gt => ">",
            BinaryOp::Le => "<=",
            BinaryOp::Ge => ">=",
            BinaryOp::In => "in",
            BinaryOp::Eq => "==",
            BinaryOp::Ne => "!=",
            BinaryOp::And => "&&",
            BinaryOp::Or => "||",
            BinaryOp::Implies => "==>",
            BinaryOp::Iff => "<==>",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CastKind {
    /// `e as T`
    As,
    /// `e to T`
    To,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// A name: variable, parameter, enum element, event, or global `param`.
    Name(Ident),
    /// An integer literal as written; values above `i32::MAX` are rejected by the type checker.
    Int(u64),
    Float(f64),
    Bool(bool),
    Null,
    /// `$` (and `choose()`, which the parser turns into `Choose(None)`).
    Nondet,
    /// `$$`
    FairNondet,
    /// `halt` as a value.
    Halt,
    This,
    /// A string literal (escape sequences kept as written), a 0-argument format string.
    Str(String),
    /// `format("...", args)`
    Format { format: String, format_span: Span, args: Vec<Expr> },
    /// `(e,)` or `(e1, e2, ...)`
    Tuple(Vec<Expr>),
    /// `(a = e,)` or `(a = e1, b = e2, ...)`
    NamedTuple(Vec<(Ident, Expr)>),
    /// `e.name`
    Field { base: Box<Expr>, field: Ident },
    /// `e.0`
    TupleIndex { base: Box<Expr>, index: u32, index_span: Span },
    /// `e[i]`
    Index { base: Box<Expr>, index: Box<Expr> },
    Keys(Box<Expr>),
    Values(Box<Expr>),
    Sizeof(Box<Expr>),
    Default(TypeExpr),
    /// `new I(args)`
    New { interface: Ident, args: Vec<Expr> },
    /// `f(args)`
    Call { fun: Ident, args: Vec<Expr> },
    Unary { op: UnaryOp, operand: Box<Expr> },
    Binary { op: BinaryOp, lhs: Box<Expr>, rhs: Box<Expr> },
    Cast { expr: Box<Expr>, kind: CastKind, ty: TypeExpr },
    /// `choose()` / `choose(e)`
    Choose(Option<Box<Expr>>),
    /// PVerifier-only expressions (`e is K`, `e targets m`, `inflight e`, `sent e`, `forall`/`exists`,
    /// `float(b, e)`): parsed so programs load, rejected by the type checker where they would matter.
    Verifier { what: &'static str, operands: Vec<Expr> },
    /// An expression the parser could not make sense of (already reported).
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypeExpr {
    pub kind: TypeExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypeExprKind {
    Bool,
    Int,
    Float,
    String,
    Event,
    Machine,
    Data,
    Any,
    Seq(Box<TypeExpr>),
    Set(Box<TypeExpr>),
    Map(Box<TypeExpr>, Box<TypeExpr>),
    Tuple(Vec<TypeExpr>),
    NamedTuple(Vec<(Ident, TypeExpr)>),
    /// A type alias, enum, foreign type, machine, interface or event set name.
    Named(Ident),
    Error,
}

/// `param p1, p2 : T;`
#[derive(Clone, Debug, PartialEq)]
pub struct ParamDecl {
    pub names: Vec<Ident>,
    pub ty: TypeExpr,
    pub span: Span,
}

/// `module m = <modExpr>;`
#[derive(Clone, Debug, PartialEq)]
pub struct ModuleDecl {
    pub name: Ident,
    pub module: ModExpr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ModExpr {
    pub kind: ModExprKind,
    pub span: Span,
}

/// `M` or `M -> I` inside a primitive module `{ ... }`.
#[derive(Clone, Debug, PartialEq)]
pub struct Binding {
    pub machine: Ident,
    pub interface: Option<Ident>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ModExprKind {
    Primitive(Vec<Binding>),
    Named(Ident),
    Compose(Vec<ModExpr>),
    Union(Vec<ModExpr>),
    HideEvents { events: Vec<EventRef>, module: Box<ModExpr> },
    HideInterfaces { interfaces: Vec<Ident>, module: Box<ModExpr> },
    Assert { specs: Vec<Ident>, module: Box<ModExpr> },
    Rename { old: Ident, new: Ident, module: Box<ModExpr> },
    Main { machine: Ident, module: Box<ModExpr> },
    Error,
}

/// A value in a test parameter list: an int (possibly negative) or bool literal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamValue {
    Int(i64),
    Bool(bool),
}

/// `p in [v1, v2]` inside `test param (...)`.
#[derive(Clone, Debug, PartialEq)]
pub struct TestParam {
    pub name: Ident,
    pub values: Vec<(ParamValue, Span)>,
    pub span: Span,
}

/// `test [param (...)] [assume (e)] [pairwise | (N wise)] name [main=M]: modExpr [refines modExpr];`
#[derive(Clone, Debug, PartialEq)]
pub struct TestDecl {
    pub name: Ident,
    pub main: Option<Ident>,
    pub module: ModExpr,
    pub params: Vec<TestParam>,
    pub assume: Option<Expr>,
    /// `pairwise` is `(2, span)`; `(N wise)` is `(N, span)`.
    pub twise: Option<(u64, Span)>,
    pub refines: Option<ModExpr>,
    pub span: Span,
}

/// `implementation name [main=M]: modExpr;`
#[derive(Clone, Debug, PartialEq)]
pub struct ImplementationDecl {
    pub name: Ident,
    pub main: Option<Ident>,
    pub module: ModExpr,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VerifierDeclKind {
    Pure,
    Invariant,
    Lemma,
    Theorem,
    Axiom,
    InitCondition,
    Proof,
}

impl VerifierDeclKind {
    pub fn keyword(self) -> &'static str {
        match self {
            VerifierDeclKind::Pure => "pure",
            VerifierDeclKind::Invariant => "invariant",
            VerifierDeclKind::Lemma => "Lemma",
            VerifierDeclKind::Theorem => "Theorem",
            VerifierDeclKind::Axiom => "axiom",
            VerifierDeclKind::InitCondition => "init-condition",
            VerifierDeclKind::Proof => "Proof",
        }
    }
}

/// A PVerifier-only declaration, kept only so that it can be reported or ignored.
#[derive(Clone, Debug, PartialEq)]
pub struct VerifierDecl {
    pub kind: VerifierDeclKind,
    pub name: Option<Ident>,
    pub span: Span,
}
