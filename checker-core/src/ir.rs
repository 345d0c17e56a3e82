//! The executable form of a checked P program: names resolved to indices, function bodies compiled to
//! compact stack code that the runtime can suspend at any scheduling point and resume.

pub mod lower;

use crate::runtime::value::{EventId, InterfaceId, MachineTypeId, Names, ShapeId, Value};
use crate::span::Span;
use std::rc::Rc;

/// Index of a compiled function in [`Program::functions`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FunId(pub u32);

/// Index of a state within its machine's [`MachineType::states`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StateId(pub u32);

/// Index into [`Program::types`]: runtime type descriptions for casts, coercions and `choose`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub u32);

/// Index into [`Program::places`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PlaceId(pub u32);

/// Index into [`Program::receives`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReceiveId(pub u32);

/// A lowered program: everything the runtime needs, nothing it must look up by name.
#[derive(Clone, Debug, Default)]
pub struct Program {
    /// Event 0 is `halt`; the `null` event is represented by `None` where it can occur.
    pub events: Vec<EventDecl>,
    pub machines: Vec<MachineType>,
    /// Declared interfaces and the one each machine implies; `new I` creates the machine bound to `I`.
    pub interfaces: Vec<Interface>,
    pub functions: Vec<Function>,
    pub consts: Vec<Value>,
    pub shapes: Vec<Vec<Rc<str>>>,
    pub types: Vec<RtType>,
    pub places: Vec<Place>,
    pub receives: Vec<ReceiveTable>,
    /// Names of the global `param`s, in slot order.
    pub globals: Vec<Rc<str>>,
    pub tests: Vec<Test>,
}

pub const HALT: EventId = EventId(0);

#[derive(Clone, Debug)]
pub struct EventDecl {
    pub name: Rc<str>,
}

#[derive(Clone, Debug)]
pub struct Interface {
    pub name: Rc<str>,
    /// The events a reference typed by this interface may be sent.
    pub receives: EventSet,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MachineKind {
    Machine,
    Spec,
    Scenario,
}

#[derive(Clone, Debug)]
pub struct MachineType {
    pub name: Rc<str>,
    pub kind: MachineKind,
    /// Field names and their default values, in slot order.
    pub fields: Vec<(Rc<str>, Value)>,
    /// `durable[slot]`: the field keeps its value across a crash and restart.
    pub durable: Vec<bool>,
    pub states: Vec<State>,
    pub start: StateId,
    /// Events the machine may send (`None`: every event).
    pub sends: Option<EventSet>,
    /// The interface the machine implies (its own name): what `this` may be sent.
    pub own_interface: InterfaceId,
    /// Events a monitor observes (empty for machines).
    pub observes: EventSet,
    pub span: Span,
}

/// A set of events as a bit set indexed by [`EventId`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct EventSet {
    words: Vec<u64>,
}

impl EventSet {
    pub fn insert(&mut self, e: EventId) {
        let (word, bit) = (e.0 as usize / 64, e.0 % 64);
        if self.words.len() <= word {
            self.words.resize(word + 1, 0);
        }
        if let Some(w) = self.words.get_mut(word) {
            *w |= 1 << bit;
        }
    }

    pub fn contains(&self, e: EventId) -> bool {
        self.words.get(e.0 as usize / 64).is_some_and(|w| w & (1 << (e.0 % 64)) != 0)
    }

    /// Is every event of `self` also in `other`?
    pub fn is_subset(&self, other: &EventSet) -> bool {
        self.words
            .iter()
            .enumerate()
            .all(|(i, w)| w & !other.words.get(i).copied().unwrap_or(0) == 0)
    }
}

impl FromIterator<EventId> for EventSet {
    fn from_iter<I: IntoIterator<Item = EventId>>(iter: I) -> Self {
        let mut set = EventSet::default();
        for e in iter {
            set.insert(e);
        }
        set
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Temperature {
    Hot,
    Warm,
    Cold,
}

#[derive(Clone, Debug)]
pub struct State {
    pub name: Rc<str>,
    pub temperature: Temperature,
    /// Entry function (takes the payload as its only parameter, if it has one).
    pub entry: Option<FunId>,
    pub exit: Option<FunId>,
    /// Indexed by [`EventId`]; events beyond the end have no handler.
    pub handlers: Vec<Handler>,
    /// The `on null` handler, if any.
    pub on_null: Option<Handler>,
}

impl State {
    pub fn handler(&self, event: EventId) -> Handler {
        self.handlers.get(event.0 as usize).copied().unwrap_or(Handler::None)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handler {
    None,
    Defer,
    Ignore,
    Do(FunId),
    Goto { target: StateId, with: Option<FunId> },
}

/// A compiled function: stack code over a frame of `locals` slots (parameters first).
#[derive(Clone, Debug)]
pub struct Function {
    pub name: Rc<str>,
    pub params: u16,
    pub locals: u16,
    /// Default values of the locals after the parameters.
    pub local_defaults: Vec<Value>,
    pub returns_value: bool,
    pub code: Vec<Instr>,
    /// The source location of each instruction, for runtime errors.
    pub spans: Vec<Span>,
    /// The machine whose fields the function sees (`None` for global functions).
    pub owner: Option<MachineTypeId>,
}

/// Where an assignment writes: a root variable and a path of fields / dynamic indexes into it.
#[derive(Clone, Debug)]
pub struct Place {
    pub root: PlaceRoot,
    pub path: Vec<PathStep>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceRoot {
    Local(u16),
    Field(u16),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathStep {
    /// Tuple or named tuple field, by position.
    Field(u16),
    /// `[e]` on a seq or map: the index value is taken from the operand stack.
    Index,
}

/// The cases of one `receive`: which events it waits for and where each case's code starts.
#[derive(Clone, Debug)]
pub struct ReceiveTable {
    pub cases: Vec<ReceiveCase>,
}

#[derive(Clone, Copy, Debug)]
pub struct ReceiveCase {
    pub event: EventId,
    /// Local slot receiving the payload, if the case declares a parameter.
    pub param: Option<u16>,
    pub target: u32,
}

/// Runtime type descriptions, as much as casts (`as`), coercions (`to`) and defaults need.
#[derive(Clone, Debug, PartialEq)]
pub enum RtType {
    Any,
    Bool,
    Int,
    Float,
    String,
    Event,
    /// `machine`, or a machine or interface name: a machine reference; `to I` checks the value's
    /// permissions against `interface`'s receive set.
    Machine { interface: Option<InterfaceId> },
    Enum { name: Rc<str>, values: Vec<i64> },
    Tuple,
    NamedTuple,
    Seq,
    Set,
    Map,
}

/// One test case: the main machine, the interface bindings, the monitors and the global parameter values.
#[derive(Clone, Debug)]
pub struct Test {
    pub name: Rc<str>,
    pub main: MachineTypeId,
    /// `bindings[i]` is the machine type created by `new I` (interface index `i`) in this test.
    pub bindings: Vec<Option<MachineTypeId>>,
    pub monitors: Vec<MachineTypeId>,
    /// `observes[k][t]`: monitor `k` observes the sends and announcements of machines of type `t` (a spec
    /// observes the machines of the module it was asserted on; a scenario, every machine).
    pub observes: Vec<Vec<bool>>,
    pub globals: Vec<Value>,
}

/// The instruction set. Operands come from and results go to the frame's operand stack.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    Const(u32),
    Int(i64),
    Bool(bool),
    Null,
    Local(u16),
    SetLocal(u16),
    Field(u16),
    SetField(u16),
    Global(u16),
    This,
    Pop,
    Dup,
    /// Replaces the top value by a fresh copy-on-write handle (no-op for shared immutable data).
    MakeTuple(u16),
    MakeNamedTuple(ShapeId, u16),
    /// Tuple or named tuple field by position.
    GetField(u16),
    /// `Local(slot)` then `GetField(i)`, without copying the whole tuple.
    LocalField(u16, u16),
    /// `Field(slot)` then `GetField(i)`, without copying the whole tuple.
    FieldField(u16, u16),
    /// `seq[i]`, `map[k]`, `set[i]`.
    Index,
    In,
    Sizeof,
    Keys,
    Values,
    Neg,
    Not,
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
    /// `e as T`
    Cast(TypeId),
    /// `e to T`
    Coerce(TypeId),
    Jump(u32),
    JumpIfFalse(u32),
    JumpIfTrue(u32),
    /// Calls a function with `params` arguments on the stack.
    Call(FunId),
    /// Returns the top of the stack.
    Return,
    ReturnVoid,
    /// Stores the top value into a place (dynamic indexes below it, in path order).
    Store(PlaceId),
    /// `place += (index, value)` on a seq (insert) or map (add).
    Insert(PlaceId),
    /// `place += (value)` on a set.
    AddToSet(PlaceId),
    /// `place -= key`.
    Remove(PlaceId),
    /// The `i`-th element of a seq or set (iteration order), for `foreach`: pops index, collection.
    Nth,
    /// A set's elements as a seq (anything else unchanged), so that `foreach` indexes in constant time.
    Elements,
    /// Stack: target, event, payload. Notifies monitors, then a scheduling point, then enqueues.
    Send,
    /// Stack: event, payload. Notifies monitors only.
    Announce,
    /// Stack: event, payload. Ends the handler; the event is handled next, before the inbox.
    Raise,
    /// Stack: payload. Ends the handler; exit the current state, enter the target.
    Goto(StateId),
    /// Stack: payload. Creates the machine the test binds to the interface; pushes its reference.
    New(InterfaceId),
    /// `$`, `$$`, `choose()`: a nondeterministic bool.
    Nondet,
    /// `choose(e)`: pops an int bound or a collection.
    Choose,
    /// Pops the condition (and the message if `true`).
    Assert(bool),
    Print,
    /// Pops `n` arguments and formats the string constant.
    Format(u32, u16),
    /// `print format(...)`: pops `n` arguments; formats and logs them only when the execution is logged.
    PrintFormat(u32, u16),
    Receive(ReceiveId),
    /// Reached only if a non-void function's body ends without returning (statically ruled out).
    Unreachable,
}

impl Names for Program {
    fn event_name(&self, event: EventId) -> &str {
        self.events.get(event.0 as usize).map_or("?", |e| &e.name)
    }

    fn machine_type_name(&self, ty: MachineTypeId) -> &str {
        self.machines.get(ty.0 as usize).map_or("?", |m| &m.name)
    }

    fn shape_fields(&self, shape: ShapeId) -> &[Rc<str>] {
        self.shapes.get(shape.0 as usize).map_or(&[], |s| s.as_slice())
    }
}
