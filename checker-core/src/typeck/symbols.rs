//! The global symbol tables of a checked program: one namespace per kind of declaration, as P keeps them.

use super::types::{EventSet, Type};
use crate::ast::{MachineKind, Temperature};
use crate::span::Span;
use indexmap::IndexMap;
use std::collections::BTreeSet;
use std::rc::Rc;

/// Index of a function (global, method, anonymous handler) in [`Symbols::functions`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FunId(pub usize);

#[derive(Clone, Debug, Default)]
pub struct Symbols {
    /// Declared events plus the built-in `halt` and `null` (payload type `null`).
    pub events: IndexMap<String, EventInfo>,
    pub event_sets: IndexMap<String, EventSetInfo>,
    pub enums: IndexMap<String, EnumInfo>,
    /// Enum elements are global constants.
    pub enum_elems: IndexMap<String, EnumElemInfo>,
    /// Type aliases and foreign types.
    pub typedefs: IndexMap<String, TypedefInfo>,
    /// Declared interfaces and the interface every (non-spec) machine implicitly declares.
    pub interfaces: IndexMap<String, InterfaceInfo>,
    /// Machines, specs and scenarios.
    pub machines: IndexMap<String, MachineInfo>,
    pub functions: Vec<FunInfo>,
    pub global_funs: IndexMap<String, FunId>,
    /// Global test parameters (`param p : T;`).
    pub params: IndexMap<String, ParamInfo>,
    /// Named modules (`module m = ...;`).
    pub modules: IndexMap<String, Span>,
    /// Every declared event and `halt`: the receive (and send) set of a machine without `receives` (`sends`).
    pub universe: Rc<EventSet>,
}

impl Symbols {
    pub fn function(&self, id: FunId) -> Option<&FunInfo> {
        self.functions.get(id.0)
    }
}

#[derive(Clone, Debug)]
pub struct EventInfo {
    pub payload: Type,
    /// `None` for the built-in `halt` and `null`.
    pub span: Option<Span>,
}

#[derive(Clone, Debug)]
pub struct EventSetInfo {
    pub events: Rc<EventSet>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct EnumInfo {
    /// Elements with their numeric values, in declaration order.
    pub elems: Vec<(String, i64)>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct EnumElemInfo {
    pub enum_name: String,
    pub value: i64,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypedefInfo {
    /// The expansion (`Foreign(name)` for a foreign type; `Error` while unresolved or cyclic).
    pub ty: Type,
    pub foreign: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct InterfaceInfo {
    /// The constructor payload type (`null` when none).
    pub payload: Type,
    pub receives: Rc<EventSet>,
    /// True for the interface implicitly declared by the machine of the same name.
    pub of_machine: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct MachineInfo {
    pub kind: MachineKind,
    pub span: Span,
    /// Index of the declaration in `Program::decls`.
    pub decl: usize,
    pub receives: Rc<EventSet>,
    pub sends: Rc<EventSet>,
    /// Observed events of a spec or scenario.
    pub observes: EventSet,
    pub fields: IndexMap<String, (Type, Span)>,
    /// Named methods (anonymous handlers are in [`Symbols::functions`] with this machine as owner).
    pub methods: IndexMap<String, FunId>,
    pub states: IndexMap<String, StateInfo>,
    pub start: Option<String>,
    /// The start state's entry parameter type (`null` when none): what `new M(..)` takes.
    pub payload: Type,
    /// Interfaces this machine may create (inferred transitively through calls, as InferMachineCreates).
    pub creates: BTreeSet<String>,
}

impl MachineInfo {
    pub fn is_monitor(&self) -> bool {
        self.kind != MachineKind::Machine
    }
}

#[derive(Clone, Debug)]
pub struct StateInfo {
    pub span: Span,
    pub is_start: bool,
    pub temperature: Option<Temperature>,
    pub entry: Option<FunId>,
    pub exit: Option<FunId>,
    /// Event name → what the state does with it.
    pub handlers: IndexMap<String, HandlerInfo>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum HandlerInfo {
    Defer,
    Ignore,
    Do(FunId),
    Goto { target: String, with: Option<FunId> },
}

#[derive(Clone, Debug)]
pub struct ParamInfo {
    pub ty: Type,
    pub span: Span,
}

/// What a function is used as (P's `FunctionRole`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Roles {
    pub entry: bool,
    pub exit: bool,
    pub handler: bool,
    pub transition: bool,
}

/// What a function may do, directly or (after propagation) through its callees.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Effects {
    pub raise: bool,
    pub change_state: bool,
    pub send: bool,
    pub create: bool,
    pub receive: bool,
    pub nondet: bool,
}

#[derive(Clone, Debug)]
pub struct FunInfo {
    /// The declared name, or a synthesized one for anonymous handlers (`<entry of S>`).
    pub name: String,
    pub anonymous: bool,
    pub owner: Option<String>,
    pub params: Vec<(String, Type)>,
    /// `null` for functions without a return type.
    pub ret: Type,
    pub foreign: bool,
    pub span: Span,
    pub roles: Roles,
    pub effects: Effects,
    pub callees: BTreeSet<FunId>,
    /// Interfaces created directly (`new I`, or a foreign function's `creates` list).
    pub creates: BTreeSet<String>,
}
