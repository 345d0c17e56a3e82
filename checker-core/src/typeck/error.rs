//! Every static error the type checker reports, as data with spans, and its mapping to a [`Diagnostic`].
//!
//! | Code  | Error | P's name for it |
//! |-------|-------|-----------------|
//! | P2001 | a name (type, event, function, state, variable, interface, module, ...) is not declared | MissingDeclaration |
//! | P2002 | a name is declared twice in one namespace (types, events, functions, states, variables, ...) | DuplicateDeclaration |
//! | P2003 | a type alias refers to itself | CircularTypeDef |
//! | P2004 | an expression has the wrong type for where it is used | TypeMismatch |
//! | P2005 | an assignment stores a value of a type the target cannot hold | TypeMismatch |
//! | P2006 | wrong number of arguments (call, payload, `goto`, format string) | IncorrectArgumentCount |
//! | P2007 | an integer literal does not fit in a 32-bit `int` | ValueOutOfRange |
//! | P2008 | a binary operator is applied to operands it does not accept | BinOpTypeMismatch / IncomparableTypes |
//! | P2009 | a named-tuple field does not exist | MissingNamedTupleEntry |
//! | P2010 | a tuple index is out of range | OutOfBoundsTupleAccess |
//! | P2011 | a named tuple (type or value) names a field twice | DuplicateNamedTupleEntry |
//! | P2012 | a cast (`as`) or coercion (`to`) between types that do not allow it | IncomparableTypes / IllegalTypeInCoerceExpr / IllegalInterfaceCoerce |
//! | P2013 | `choose` with a literal above 10000 or an operand that is not an int or collection | IllegalChooseSubExpr* |
//! | P2014 | a malformed format string (`{`/`}` not escaped, non-digit placeholder) | InvalidStringExprFormat |
//! | P2015 | assignment to something that is not a variable, field, tuple element or seq/map element | (grammar) |
//! | P2016 | assignment to a global test `param` | ModifyGlobalParam |
//! | P2017 | a variable reuses the name of a global `param` | RedeclareGlobalParam |
//! | P2018 | `foreach` variable type differs from the element type | TypeMismatch |
//! | P2019 | `null` sent, raised, announced, deferred or ignored | EmittedNullEvent / (grammar) |
//! | P2020 | a receive statement handles the same event twice | DuplicateReceiveCase |
//! | P2021 | `this` outside a machine | MisplacedThis |
//! | P2022 | two elements of one enum have the same value (P drops the second element, and any use of it fails) | (PEnum.AddElement) |
//! | P2023 | a value typed by an alias is used where P does not expand the alias (enum, permission or `machine` expected) | TypeMismatch |
//! | P2024 | an event or machine that takes a payload is used without one | TypeMismatch |
//! | P2025 | a payload is given to an event or machine that takes none | TypeMismatch |
//! | P3001 | a machine has no start state | MissingStartState |
//! | P3002 | a machine has two start states | DuplicateStartState / TwoStartStates |
//! | P3003 | a state has two handlers (do, goto, defer, ignore) for one event | DuplicateEventAction |
//! | P3004 | a state has two entry or two exit functions | DuplicateStateEntry / DuplicateStateExitHandler |
//! | P3005 | an entry or event handler takes more than one parameter | MoreThanOneParameterForHandlers |
//! | P3006 | an exit function takes parameters | ExitFunctionCannotTakeParameters |
//! | P3007 | an event's payload does not fit the handler's (or target entry's) parameter | TypeMismatch |
//! | P3008 | a global or foreign function used as a state handler | StaticFunctionNotAllowedAsHandler |
//! | P3009 | an operation a spec machine may not perform (send, new, announce, receive, `this`, `$`, `$$`, `choose`) | IllegalMonitorOperation |
//! | P3010 | a spec machine calls a function that sends, creates, receives or is nondeterministic | IllegalFunctionUsedInSpecMachine |
//! | P3011 | `defer` in a spec machine | DeferredEventInMonitor |
//! | P3012 | `on null` in a spec machine | NullTransitionInMonitor |
//! | P3013 | `goto`/`raise` reachable from an exit function or a `with` transition function | ChangedStateMidTransition |
//! | P3014 | `raise`/`goto` in a function that returns a value | RaiseEventInNonVoidFunction / ChangeStateInNonVoidFunction |
//! | P3015 | a function with a return type does not return on every path | NotAllPathsReturn |
//! | P3016 | `break`/`continue` outside a loop | BareLoopControlFlow |
//! | P3901 | warning: a spec machine handles an event it does not observe | SpecObservesSetIncompleteWarning |
//! | P3902 | warning: a scenario has no cold (accepting) state, or starts in one | (MachineChecker warnings) |
//! | P3903 | warning: `hot`/`cold` on a state of a plain machine, where it has no effect | (codegen ignores it) |
//! | P4001 | a test or implementation module creates an interface it does not bind | NotClosed |
//! | P4002 | the main machine of a test is missing from its module, is a spec, or takes a start payload | NoMain |
//! | P4003 | a test without `[main=M]` | (grammar) |
//! | P4004 | `assert M in ...` names a machine that is not a spec | ExpectedMonitor |
//! | P4005 | an asserted spec observes an event the module does not send, or is attached twice | InvalidAssertExpr |
//! | P4006 | a primitive module binds an interface twice | DuplicateBindings |
//! | P4007 | a binding whose interface does not fit the machine (receive set, payload) | InvalidBindExpr |
//! | P4008 | an ill-formed `compose`/`union` | InvalidCompositionExpr |
//! | P4009 | an ill-formed `hidee`/`hidei`/`rename` | InvalidHideEventExpr / InvalidHideInterfaceExpr / InvalidRenameExpr |
//! | P4010 | `(N wise)` with N < 1 or N > number of parameters | InvalidTwise |
//! | P4011 | a test parameter that is not declared with `param` | UndeclaredGlobalParam |
//! | P4012 | test parameter values of the wrong type or repeated | TypeMismatch |
//! | P4013 | a test `assume` expression that is not a simple int/bool expression over the parameters | (internal error in P) |
//! | P5001 | a foreign type (`type T;`) | — |
//! | P5002 | a foreign function (no body) | — |
//! | P5003 | a PVerifier-only construct used where the checker would run it | — |
//! | P5004 | a refinement test (`refines`) | NotImplementedException in CheckRefinementTest |

use crate::diagnostic::Diagnostic;
use crate::span::Span;

/// One static error.
#[derive(Clone, Debug, PartialEq)]
pub enum TypeError {
    UnknownName { kind: &'static str, name: String, span: Span, hint: Option<String> },
    Duplicate { kind: &'static str, name: String, span: Span, previous: Span },
    CircularTypedef { name: String, span: Span },
    TypeMismatch { what: String, expected: String, found: String, span: Span },
    NotAssignable { target: String, target_ty: String, value_ty: String, span: Span },
    ArgCount { what: String, expected: usize, found: usize, span: Span },
    IntOutOfRange { value: u64, span: Span },
    BadOperands { op: &'static str, lhs: String, rhs: String, span: Span },
    NoField { field: String, ty: String, span: Span },
    TupleIndexOutOfRange { index: u32, ty: String, span: Span },
    DuplicateField { name: String, span: Span },
    BadCast { op: &'static str, from: String, to: String, span: Span },
    BadChoose { detail: String, span: Span },
    BadFormatString { span: Span },
    NotAnLvalue { span: Span },
    AssignToParam { name: String, span: Span },
    RedeclaredParam { name: String, span: Span },
    ForeachVarType { var: String, var_ty: String, elem_ty: String, span: Span },
    NullEvent { action: &'static str, span: Span },
    DuplicateReceiveCase { event: String, span: Span },
    MisplacedThis { span: Span },
    MissingPayload { what: String, expected: String, span: Span },
    UnexpectedPayload { what: String, found: String, span: Span },
    AliasNotExpanded { what: String, alias: String, expansion: String, expected: String, span: Span },
    DuplicateEnumValue { enum_name: String, value: i64, name: String, span: Span, previous: Span },
    NoStartState { machine: String, span: Span },
    TwoStartStates { machine: String, span: Span, previous: Span },
    DuplicateHandler { state: String, event: String, span: Span, previous: Span },
    DuplicateEntryExit { state: String, which: &'static str, span: Span },
    TooManyHandlerParams { what: String, count: usize, span: Span },
    ExitHasParams { state: String, span: Span },
    HandlerPayload { event: String, payload: String, function: String, param: String, span: Span },
    GlobalHandler { function: String, span: Span },
    IllegalInMonitor { what: String, machine: String, span: Span },
    IllegalFunctionInMonitor { function: String, machine: String, span: Span },
    DeferInMonitor { machine: String, span: Span },
    NullHandlerInMonitor { machine: String, span: Span },
    ChangedStateMidTransition { function: String, span: Span },
    ControlInNonVoid { what: &'static str, span: Span },
    NotAllPathsReturn { function: String, span: Span },
    BareLoopControl { what: &'static str, span: Span },
    UnobservedHandler { machine: String, event: String, span: Span },
    ScenarioColdness { machine: String, detail: &'static str, span: Span },
    TemperatureInMachine { machine: String, state: String, temperature: &'static str, span: Span },
    NotClosed { what: String, interface: String, span: Span },
    NoMain { test: String, detail: String, span: Span },
    MissingMainAnnotation { test: String, span: Span },
    ExpectedSpec { name: String, span: Span },
    BadAssert { detail: String, span: Span },
    DuplicateBinding { interface: String, span: Span },
    BadBinding { detail: String, span: Span },
    BadComposition { detail: String, span: Span },
    BadModuleOp { detail: String, span: Span },
    BadTwise { n: u64, count: usize, span: Span },
    UndeclaredParam { name: String, span: Span },
    BadParamValues { detail: String, span: Span },
    BadAssume { detail: String, span: Span },
    ForeignType { name: String, span: Span },
    ForeignFunction { name: String, span: Span },
    VerifierConstruct { what: String, span: Span },
    RefinementTest { name: String, span: Span },
}

impl TypeError {
    pub fn code(&self) -> &'static str {
        use TypeError::*;
        match self {
            UnknownName { .. } => "P2001",
            Duplicate { .. } => "P2002",
            CircularTypedef { .. } => "P2003",
            TypeMismatch { .. } => "P2004",
            NotAssignable { .. } => "P2005",
            ArgCount { .. } => "P2006",
            IntOutOfRange { .. } => "P2007",
            BadOperands { .. } => "P2008",
            NoField { .. } => "P2009",
            TupleIndexOutOfRange { .. } => "P2010",
            DuplicateField { .. } => "P2011",
            BadCast { .. } => "P2012",
            BadChoose { .. } => "P2013",
            BadFormatString { .. } => "P2014",
            NotAnLvalue { .. } => "P2015",
            AssignToParam { .. } => "P2016",
            RedeclaredParam { .. } => "P2017",
            ForeachVarType { .. } => "P2018",
            NullEvent { .. } => "P2019",
            DuplicateReceiveCase { .. } => "P2020",
            MisplacedThis { .. } => "P2021",
            MissingPayload { .. } => "P2024",
            UnexpectedPayload { .. } => "P2025",
            AliasNotExpanded { .. } => "P2023",
            DuplicateEnumValue { .. } => "P2022",
            NoStartState { .. } => "P3001",
            TwoStartStates { .. } => "P3002",
            DuplicateHandler { .. } => "P3003",
            DuplicateEntryExit { .. } => "P3004",
            TooManyHandlerParams { .. } => "P3005",
            ExitHasParams { .. } => "P3006",
            HandlerPayload { .. } => "P3007",
            GlobalHandler { .. } => "P3008",
            IllegalInMonitor { .. } => "P3009",
            IllegalFunctionInMonitor { .. } => "P3010",
            DeferInMonitor { .. } => "P3011",
            NullHandlerInMonitor { .. } => "P3012",
            ChangedStateMidTransition { .. } => "P3013",
            ControlInNonVoid { .. } => "P3014",
            NotAllPathsReturn { .. } => "P3015",
            BareLoopControl { .. } => "P3016",
            UnobservedHandler { .. } => "P3901",
            ScenarioColdness { .. } => "P3902",
            TemperatureInMachine { .. } => "P3903",
            NotClosed { .. } => "P4001",
            NoMain { .. } => "P4002",
            MissingMainAnnotation { .. } => "P4003",
            ExpectedSpec { .. } => "P4004",
            BadAssert { .. } => "P4005",
            DuplicateBinding { .. } => "P4006",
            BadBinding { .. } => "P4007",
            BadComposition { .. } => "P4008",
            BadModuleOp { .. } => "P4009",
            BadTwise { .. } => "P4010",
            UndeclaredParam { .. } => "P4011",
            BadParamValues { .. } => "P4012",
            BadAssume { .. } => "P4013",
            ForeignType { .. } => "P5001",
            ForeignFunction { .. } => "P5002",
            VerifierConstruct { .. } => "P5003",
            RefinementTest { .. } => "P5004",
        }
    }

    pub fn span(&self) -> Span {
        use TypeError::*;
        match self {
            UnknownName { span, .. }
            | Duplicate { span, .. }
            | CircularTypedef { span, .. }
            | TypeMismatch { span, .. }
            | NotAssignable { span, .. }
            | ArgCount { span, .. }
            | IntOutOfRange { span, .. }
            | BadOperands { span, .. }
            | NoField { span, .. }
            | TupleIndexOutOfRange { span, .. }
            | DuplicateField { span, .. }
            | BadCast { span, .. }
            | BadChoose { span, .. }
            | BadFormatString { span }
            | NotAnLvalue { span }
            | AssignToParam { span, .. }
            | RedeclaredParam { span, .. }
            | ForeachVarType { span, .. }
            | NullEvent { span, .. }
            | DuplicateReceiveCase { span, .. }
            | MisplacedThis { span }
            | MissingPayload { span, .. }
            | UnexpectedPayload { span, .. }
            | AliasNotExpanded { span, .. }
            | DuplicateEnumValue { span, .. }
            | NoStartState { span, .. }
            | TwoStartStates { span, .. }
            | DuplicateHandler { span, .. }
            | DuplicateEntryExit { span, .. }
            | TooManyHandlerParams { span, .. }
            | ExitHasParams { span, .. }
            | HandlerPayload { span, .. }
            | GlobalHandler { span, .. }
            | IllegalInMonitor { span, .. }
            | IllegalFunctionInMonitor { span, .. }
            | DeferInMonitor { span, .. }
            | NullHandlerInMonitor { span, .. }
            | ChangedStateMidTransition { span, .. }
            | ControlInNonVoid { span, .. }
            | NotAllPathsReturn { span, .. }
            | BareLoopControl { span, .. }
            | UnobservedHandler { span, .. }
            | ScenarioColdness { span, .. }
            | TemperatureInMachine { span, .. }
            | NotClosed { span, .. }
            | NoMain { span, .. }
            | MissingMainAnnotation { span, .. }
            | ExpectedSpec { span, .. }
            | BadAssert { span, .. }
            | DuplicateBinding { span, .. }
            | BadBinding { span, .. }
            | BadComposition { span, .. }
            | BadModuleOp { span, .. }
            | BadTwise { span, .. }
            | UndeclaredParam { span, .. }
            | BadParamValues { span, .. }
            | BadAssume { span, .. }
            | ForeignType { span, .. }
            | ForeignFunction { span, .. }
            | VerifierConstruct { span, .. }
            | RefinementTest { span, .. } => *span,
        }
    }

    fn message(&self) -> String {
        use TypeError::*;
        match self {
            UnknownName { kind, name, .. } => format!("no {kind} named `{name}` is declared"),
            Duplicate { kind, name, .. } => format!("{kind} `{name}` is declared more than once"),
            CircularTypedef { name, .. } => format!("type `{name}` is defined in terms of itself"),
            TypeMismatch { what, expected, found, .. } => {
                format!("{what} has type `{found}` but `{expected}` is expected")
            }
            NotAssignable { target, target_ty, value_ty, .. } => {
                format!("cannot assign a value of type `{value_ty}` to {target} of type `{target_ty}`")
            }
            ArgCount { what, expected, found, .. } => {
                let s = if *expected == 1 { "" } else { "s" };
                format!("{what} expects {expected} argument{s} but {found} were given")
            }
            IntOutOfRange { value, .. } => format!("integer literal `{value}` does not fit in an `int`"),
            BadOperands { op, lhs, rhs, .. } => {
                format!("operator `{op}` cannot be applied to `{lhs}` and `{rhs}`")
            }
            NoField { field, ty, .. } => format!("type `{ty}` has no field named `{field}`"),
            TupleIndexOutOfRange { index, ty, .. } => format!("tuple type `{ty}` has no element {index}"),
            DuplicateField { name, .. } => format!("field `{name}` appears more than once in a named tuple"),
            BadCast { op, from, to, .. } => format!("cannot convert `{from}` to `{to}` with `{op}`"),
            BadChoose { detail, .. } => format!("invalid `choose`: {detail}"),
            BadFormatString { .. } => "malformed format string".to_string(),
            NotAnLvalue { .. } => "this expression cannot be assigned to".to_string(),
            AssignToParam { name, .. } => format!("test parameter `{name}` is read-only"),
            RedeclaredParam { name, .. } => format!("variable `{name}` has the name of a global test parameter"),
            ForeachVarType { var, var_ty, elem_ty, .. } => {
                format!("foreach variable `{var}` has type `{var_ty}` but the elements have type `{elem_ty}`")
            }
            NullEvent { action, .. } => format!("the `null` event cannot be {action}"),
            DuplicateReceiveCase { event, .. } => format!("event `{event}` is handled twice in this receive"),
            MisplacedThis { .. } => "`this` can only be used inside a machine".to_string(),
            MissingPayload { what, expected, .. } => format!("{what} needs a payload of type `{expected}`, but none is given"),
            UnexpectedPayload { what, found, .. } => {
                format!("{what} takes no payload, but a value of type `{found}` is given")
            }
            AliasNotExpanded { what, alias, expansion, expected, .. } => format!(
                "{what} has type `{alias}` (an alias of `{expansion}`), which P does not accept as `{expected}`"
            ),
            DuplicateEnumValue { enum_name, value, name, .. } => {
                format!("enum element `{name}` reuses the value {value} of another element of `{enum_name}`")
            }
            NoStartState { machine, .. } => format!("machine `{machine}` has no start state"),
            TwoStartStates { machine, .. } => format!("machine `{machine}` has more than one start state"),
            DuplicateHandler { state, event, .. } => {
                format!("state `{state}` handles event `{event}` more than once")
            }
            DuplicateEntryExit { state, which, .. } => format!("state `{state}` has more than one {which} function"),
            TooManyHandlerParams { what, count, .. } => {
                format!("{what} takes {count} parameters but handlers take at most one")
            }
            ExitHasParams { state, .. } => format!("the exit function of state `{state}` takes parameters"),
            HandlerPayload { event, payload, function, param, .. } => format!(
                "the payload of event `{event}` has type `{payload}`, which does not fit the parameter of {function} of type `{param}`"
            ),
            GlobalHandler { function, .. } => {
                format!("global function `{function}` cannot be used as a state handler")
            }
            IllegalInMonitor { what, machine, .. } => format!("spec machine `{machine}` cannot use {what}"),
            IllegalFunctionInMonitor { function, machine, .. } => format!(
                "function `{function}` sends, creates, receives or makes nondeterministic choices, so spec machine `{machine}` cannot call it"
            ),
            DeferInMonitor { machine, .. } => format!("spec machine `{machine}` cannot defer events"),
            NullHandlerInMonitor { machine, .. } => format!("spec machine `{machine}` cannot handle the `null` event"),
            ChangedStateMidTransition { function, .. } => {
                format!("{function} may change state (`goto` or `raise`), which exit and transition functions cannot do")
            }
            ControlInNonVoid { what, .. } => format!("`{what}` cannot be used in a function that returns a value"),
            NotAllPathsReturn { function, .. } => format!("function `{function}` does not return a value on every path"),
            BareLoopControl { what, .. } => format!("`{what}` outside a loop"),
            UnobservedHandler { machine, event, .. } => {
                format!("spec machine `{machine}` handles event `{event}`, which it does not observe")
            }
            ScenarioColdness { machine, detail, .. } => format!("scenario `{machine}` {detail}"),
            TemperatureInMachine { machine, state, temperature, .. } => format!(
                "state `{state}` of machine `{machine}` is marked `{temperature}`, which only spec and scenario states use"
            ),
            NotClosed { what, interface, .. } => format!(
                "{what} is not closed: interface `{interface}` is created but not bound in its module"
            ),
            NoMain { test, detail, .. } => format!("test `{test}`: {detail}"),
            MissingMainAnnotation { test, .. } => format!("test `{test}` does not name its main machine"),
            ExpectedSpec { name, .. } => format!("`{name}` is not a spec machine"),
            BadAssert { detail, .. } => format!("invalid assert module expression: {detail}"),
            DuplicateBinding { interface, .. } => format!("interface `{interface}` is bound more than once"),
            BadBinding { detail, .. } => format!("invalid binding: {detail}"),
            BadComposition { detail, .. } => format!("invalid module composition: {detail}"),
            BadModuleOp { detail, .. } => format!("invalid module expression: {detail}"),
            BadTwise { n, count, .. } => {
                format!("`({n} wise)` is out of range: this test has {count} parameter{}", if *count == 1 { "" } else { "s" })
            }
            UndeclaredParam { name, .. } => format!("test parameter `{name}` is not declared with `param`"),
            BadParamValues { detail, .. } => format!("invalid test parameter values: {detail}"),
            BadAssume { detail, .. } => format!("invalid test assumption: {detail}"),
            ForeignType { name, .. } => format!(
                "foreign type `{name}` has no P definition; Plait runs programs in the browser and cannot use C#/Java types"
            ),
            ForeignFunction { name, .. } => format!(
                "foreign function `{name}` has no P body; Plait runs programs in the browser and cannot call C#/Java code"
            ),
            VerifierConstruct { what, .. } => {
                format!("{what} is a PVerifier construct, not supported by the checker")
            }
            RefinementTest { name, .. } => {
                format!("refinement test `{name}` is not supported by the checker")
            }
        }
    }

    fn hint(&self) -> Option<String> {
        use TypeError::*;
        match self {
            NotAssignable { value_ty, .. } if ["any", "data", "machine"].contains(&value_ty.as_str()) => {
                Some("use `as` or `to` if the value is known to have the right type".to_string())
            }
            ForeignType { .. } | ForeignFunction { .. } => {
                Some("write the declaration in P to run it with Plait".to_string())
            }
            RefinementTest { .. } => Some("P's own compiler does not implement refinement tests either".to_string()),
            MissingMainAnnotation { .. } => Some("add `[main=Machine]` after the test name".to_string()),
            GlobalHandler { .. } => Some("declare the function inside the machine".to_string()),
            AliasNotExpanded { expansion, .. } => Some(format!(
                "P's compiler does not expand an alias on the value side for enum, machine and interface types; declare the value with `{expansion}` instead"
            )),
            UnknownName { hint: Some(h), .. } => Some(h.clone()),
            BareLoopControl { .. } => Some("use it inside `while` or `foreach`".to_string()),
            NotClosed { interface, .. } => Some(format!("bind a machine to `{interface}` in the module")),
            UnobservedHandler { event, .. } => Some(format!("add `{event}` to the observes list, or remove the handler")),
            ScenarioColdness { .. } => Some("mark the accepting state `cold` and leave the start state unmarked or `hot`".into()),
            _ => None,
        }
    }

    fn previous(&self) -> Option<Span> {
        match self {
            TypeError::Duplicate { previous, .. }
            | TypeError::TwoStartStates { previous, .. }
            | TypeError::DuplicateHandler { previous, .. }
            | TypeError::DuplicateEnumValue { previous, .. } => Some(*previous),
            _ => None,
        }
    }

    pub fn is_warning(&self) -> bool {
        matches!(
            self,
            TypeError::UnobservedHandler { .. }
                | TypeError::ScenarioColdness { .. }
                | TypeError::TemperatureInMachine { .. }
        )
    }

    pub fn to_diagnostic(&self) -> Diagnostic {
        let mut d = Diagnostic::error(self.code(), self.message(), self.span());
        if self.is_warning() {
            d.severity = crate::diagnostic::Severity::Warning;
        }
        if let Some(prev) = self.previous() {
            let note = match self {
                TypeError::TwoStartStates { .. } => "the other start state",
                TypeError::DuplicateHandler { .. } => "first handled here",
                TypeError::DuplicateEnumValue { .. } => "the value is first used here",
                _ => "first declared here",
            };
            d = d.with_label(prev, note);
        }
        if let Some(h) = self.hint() {
            d = d.with_hint(h);
        }
        d
    }
}
