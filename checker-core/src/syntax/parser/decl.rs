//! Declarations: the top level, machines and monitors, states and their items, functions, PVerifier items.

use super::{Level, Parser};
use crate::ast::{
    EnumDecl, EnumElem, EventDecl, EventRef, EventSetDecl, FunDecl, Handler, InterfaceDecl, MachineDecl, MachineKind,
    ParamDecl, StateDecl, StateItem, Temperature, TopDecl, TypeDef, VerifierDecl, VerifierDeclKind,
};
use crate::syntax::error::{Expected, SyntaxErrorKind};
use crate::syntax::token::TokenKind as T;

impl Parser<'_> {
    /// `topDecl*` up to the end of the file.
    pub(super) fn top_decls(&mut self) -> Vec<TopDecl> {
        let mut decls = Vec::new();
        while !self.at(T::Eof) {
            self.depth_reported = false;
            let before = self.pos;
            if let Some(decl) = self.top_decl() {
                decls.push(decl);
            }
            self.finish_item(before, Level::Top);
        }
        decls
    }

    fn top_decl(&mut self) -> Option<TopDecl> {
        match self.peek() {
            T::Type => self.type_def().map(TopDecl::TypeDef),
            T::Enum => self.enum_decl().map(TopDecl::Enum),
            T::Event => self.event_decl().map(TopDecl::Event),
            T::EventSet => self.event_set_decl().map(TopDecl::EventSet),
            T::Interface => self.interface_decl().map(TopDecl::Interface),
            T::Machine | T::Spec | T::Scenario => self.machine_decl().map(TopDecl::Machine),
            T::Fun => self.fun_decl().map(TopDecl::Fun),
            T::Param => self.param_decl().map(TopDecl::Param),
            T::Module => self.module_decl().map(TopDecl::Module),
            T::Test => self.test_decl().map(TopDecl::Test),
            T::Implementation => self.implementation_decl().map(TopDecl::Implementation),
            T::Pure | T::Invariant | T::Lemma | T::Theorem | T::Axiom | T::InitCondition | T::Proof => {
                self.discarding(|p| p.verifier_decl()).map(TopDecl::Verifier)
            }
            _ => {
                self.expected(Expected::Declaration);
                None
            }
        }
    }

    /// `type T;` or `type T = <type>;`
    fn type_def(&mut self) -> Option<TypeDef> {
        let start = self.bump();
        let name = self.name("a type name")?;
        let ty = self.eat(T::Assign).map(|_| self.type_expr());
        self.expect_semi("after the type declaration");
        Some(TypeDef { name, ty, span: self.since(start) })
    }

    /// `enum E { A, B }` or `enum E { A = 1, B = 2 }`
    fn enum_decl(&mut self) -> Option<EnumDecl> {
        let start = self.bump();
        let name = self.name("an enum name")?;
        let open = self.expect(T::LBrace, "after the enum name")?;
        if self.at(T::RBrace) {
            self.expected_soft(Expected::Name("an enum element"));
        }
        let elems = self.comma_list(T::RBrace, |p| p.enum_elem());
        let numbered = elems.iter().filter(|e| e.value.is_some()).count();
        if numbered > 0 && numbered < elems.len() {
            if let Some(plain) = elems.iter().find(|e| e.value.is_none()) {
                self.report_soft(SyntaxErrorKind::MixedEnum, plain.name.span);
            }
        }
        self.expect_close(T::RBrace, open, "the enum");
        Some(EnumDecl { name, elems, span: self.since(start) })
    }

    fn enum_elem(&mut self) -> Option<EnumElem> {
        let name = self.name("an enum element")?;
        let mut value = None;
        if self.eat(T::Assign).is_some() {
            let token = self.nth(0);
            if token.kind == T::IntLit {
                self.bump();
                value = Some((self.int_value(token.span), token.span));
            } else {
                self.expected(Expected::Integer);
            }
        }
        Some(EnumElem { name, value })
    }

    /// `event e;` or `event e : T;`
    fn event_decl(&mut self) -> Option<EventDecl> {
        let start = self.bump();
        let name = self.name("an event name")?;
        let payload = self.eat(T::Colon).map(|_| self.type_expr());
        self.expect_semi("after the event declaration");
        Some(EventDecl { name, payload, span: self.since(start) })
    }

    /// `eventset S = { e1, e2 };`
    fn event_set_decl(&mut self) -> Option<EventSetDecl> {
        let start = self.bump();
        let name = self.name("an event set name")?;
        self.expect(T::Assign, "after the event set name")?;
        let open = self.expect(T::LBrace, "before the events of the set")?;
        let events = self.event_list(Some("in an event set"));
        self.expect_close(T::RBrace, open, "the event set");
        self.expect_semi("after the event set declaration");
        Some(EventSetDecl { name, events, span: self.since(start) })
    }

    /// `interface I(T?) receives e1, e2;`
    fn interface_decl(&mut self) -> Option<InterfaceDecl> {
        let start = self.bump();
        let name = self.name("an interface name")?;
        let open = self.expect(T::LParen, "after the interface name")?;
        let payload = if self.at(T::RParen) { None } else { Some(self.type_expr()) };
        self.expect_close(T::RParen, open, "the interface payload type");
        self.expect(T::Receives, "after the interface payload type")?;
        let receives = if self.at(T::Semi) { Vec::new() } else { self.event_list(Some("in a `receives` list")) };
        self.expect_semi("after the interface declaration");
        Some(InterfaceDecl { name, payload, receives, span: self.since(start) })
    }

    /// `eventId (, eventId)*`. `null` is reported where the grammar wants a real event (`null_context` says
    /// where) and then left out.
    pub(super) fn event_list(&mut self, null_context: Option<&'static str>) -> Vec<EventRef> {
        let mut events = Vec::new();
        loop {
            let token = self.nth(0);
            match token.kind {
                T::Null => {
                    self.bump();
                    match null_context {
                        Some(context) => self.report_soft(SyntaxErrorKind::NullEvent { context }, token.span),
                        None => events.push(EventRef::Null(token.span)),
                    }
                }
                T::Halt => {
                    self.bump();
                    events.push(EventRef::Halt(token.span));
                }
                _ => match self.name("an event name") {
                    Some(name) => events.push(EventRef::Named(name)),
                    None => break,
                },
            }
            if self.eat(T::Comma).is_none() {
                break;
            }
        }
        events
    }

    /// `machine M receives ...; sends ...; { ... }`, `spec M observes ... { ... }` or `scenario ...`.
    fn machine_decl(&mut self) -> Option<MachineDecl> {
        let start = self.span();
        let kind = match self.peek() {
            T::Spec => MachineKind::Spec,
            T::Scenario => MachineKind::Scenario,
            _ => MachineKind::Machine,
        };
        self.bump();
        let name = self.name("a machine name");
        let mut machine = MachineDecl {
            kind,
            name: name.clone().unwrap_or_else(|| crate::span::Ident::new("", start)),
            receives: None,
            sends: None,
            observes: Vec::new(),
            vars: Vec::new(),
            funs: Vec::new(),
            states: Vec::new(),
            span: start,
        };
        if name.is_some() {
            if kind == MachineKind::Machine {
                while matches!(self.peek(), T::Receives | T::Sends) {
                    let receives = self.bump_is(T::Receives);
                    let list = if self.at(T::Semi) {
                        Vec::new()
                    } else {
                        self.event_list(Some(if receives { "in a `receives` list" } else { "in a `sends` list" }))
                    };
                    self.expect_semi(if receives { "after the `receives` list" } else { "after the `sends` list" });
                    let clause = if receives { &mut machine.receives } else { &mut machine.sends };
                    clause.get_or_insert_with(Vec::new).extend(list);
                }
            } else if self.expect(T::Observes, "after the monitor name").is_some() {
                machine.observes = self.event_list(Some("in an `observes` list"));
            }
        }
        if !self.at(T::LBrace) {
            self.expected_with(Expected::Token(T::LBrace), Some("to start the machine body"), None);
            if !self.skip_to(T::LBrace) {
                machine.span = self.since(start);
                return name.map(|_| machine);
            }
        }
        let open = self.bump();
        loop {
            let before = self.pos;
            match self.peek() {
                T::RBrace | T::Eof => break,
                T::Var => {
                    if let Some(var) = self.var_decl() {
                        machine.vars.push(var);
                    }
                }
                T::Fun => {
                    if let Some(fun) = self.fun_decl() {
                        machine.funs.push(fun);
                    }
                }
                T::State | T::Start | T::Hot | T::Cold => {
                    if let Some(state) = self.state_decl() {
                        machine.states.push(state);
                    }
                }
                _ if self.at_top_decl_start() => break,
                _ => self.expected(Expected::MachineItem),
            }
            self.finish_item(before, Level::MachineItem);
        }
        self.expect_close(T::RBrace, open, "the machine body");
        machine.span = self.since(start);
        name.map(|_| machine)
    }

    /// Consumes the current token and tells whether it was `kind`.
    fn bump_is(&mut self, kind: T) -> bool {
        let is = self.at(kind);
        self.bump();
        is
    }

    /// `start? (hot | cold)? state S { item* }`
    fn state_decl(&mut self) -> Option<StateDecl> {
        let start = self.span();
        let mut is_start = false;
        let mut temperature = None;
        loop {
            match self.peek() {
                T::Start if !is_start => {
                    let span = self.bump();
                    if temperature.is_some() {
                        self.report_soft(SyntaxErrorKind::ModifierOrder, span);
                    }
                    is_start = true;
                }
                T::Hot | T::Cold if temperature.is_none() => {
                    temperature = Some(if self.bump_is(T::Hot) { Temperature::Hot } else { Temperature::Cold });
                }
                T::State => break,
                _ => {
                    self.expected(Expected::Token(T::State));
                    return None;
                }
            }
        }
        self.bump();
        let name = self.name("a state name");
        if !self.at(T::LBrace) {
            self.expected_with(Expected::Token(T::LBrace), Some("to start the state body"), None);
            if !self.skip_to(T::LBrace) {
                return None;
            }
        }
        let open = self.bump();
        let mut items = Vec::new();
        loop {
            let before = self.pos;
            match self.peek() {
                T::RBrace | T::Eof => break,
                T::Entry | T::Exit | T::Defer | T::Ignore | T::On => {
                    if let Some(item) = self.state_item() {
                        items.push(item);
                    }
                }
                _ if self.at_item_start() => break,
                _ => self.expected(Expected::StateItem),
            }
            self.finish_item(before, Level::StateItem);
        }
        self.expect_close(T::RBrace, open, "the state body");
        let name = name?;
        Some(StateDecl { name, is_start, temperature, items, span: self.since(start) })
    }

    fn state_item(&mut self) -> Option<StateItem> {
        let keyword = self.peek();
        let start = self.bump();
        match keyword {
            T::Entry | T::Exit => {
                let handler = self.handler(keyword == T::Exit)?;
                let span = self.since(start);
                Some(if keyword == T::Entry {
                    StateItem::Entry { handler, span }
                } else {
                    StateItem::Exit { handler, span }
                })
            }
            T::Defer | T::Ignore => {
                let defer = keyword == T::Defer;
                let events = self.event_list(Some(if defer { "in a `defer` list" } else { "in an `ignore` list" }));
                self.expect_semi(if defer { "after the deferred events" } else { "after the ignored events" });
                let span = self.since(start);
                Some(if defer { StateItem::Defer { events, span } } else { StateItem::Ignore { events, span } })
            }
            _ => {
                let events = self.event_list(None);
                match self.peek() {
                    T::Do => {
                        self.bump();
                        let handler = self.handler(false)?;
                        Some(StateItem::OnDo { events, handler, span: self.since(start) })
                    }
                    T::Goto => {
                        self.bump();
                        let target = self.name("a state name")?;
                        let with = if self.eat(T::With).is_some() {
                            Some(self.handler(false)?)
                        } else {
                            self.expect_semi("after the target state");
                            None
                        };
                        Some(StateItem::OnGoto { events, target, with, span: self.since(start) })
                    }
                    _ => {
                        self.expected(Expected::OneOf(&[T::Comma, T::Do, T::Goto]));
                        None
                    }
                }
            }
        }
    }

    /// A named handler `f;` or an anonymous one `(p: T)? { ... }`.
    fn handler(&mut self, exit: bool) -> Option<Handler> {
        match self.peek() {
            T::LParen | T::LBrace => Some(Handler::Anon(self.anon_handler(exit))),
            _ => {
                let kind = self.peek();
                if kind != T::Ident && (!kind.is_keyword() || super::stmt::starts_stmt_keyword(kind)) {
                    self.expected(Expected::Handler);
                    return None;
                }
                let name = self.name("a function name")?;
                self.expect_semi("after the handler name");
                Some(Handler::Named(name))
            }
        }
    }

    /// A function: `fun f(params) [: T] { body }`, or foreign: `fun f(params) [: T] [creates I];`, or the
    /// PVerifier foreign form `fun f(params) [return (r: T);] (requires e;)* (ensures e;)*`.
    pub(super) fn fun_decl(&mut self) -> Option<FunDecl> {
        let start = self.bump();
        let name = self.name("a function name");
        let mut params = Vec::new();
        if name.is_some() {
            if let Some(open) = self.expect(T::LParen, "after the function name") {
                params = self.comma_list(T::RParen, |p| p.param());
                self.expect_close(T::RParen, open, "the parameter list");
            }
        } else if !self.skip_to(T::LBrace) {
            return None;
        }
        let mut ret = self.eat(T::Colon).map(|_| self.type_expr());
        let mut creates = Vec::new();
        let creates_span = self.eat(T::Creates);
        if creates_span.is_some() {
            creates.extend(self.name("an interface name"));
        }
        let body = match self.peek() {
            T::Semi => {
                self.bump();
                None
            }
            T::LBrace => {
                if let Some(span) = creates_span {
                    self.report_soft(SyntaxErrorKind::CreatesWithBody, span);
                }
                Some(self.fun_body())
            }
            T::Return | T::Requires | T::Ensures if ret.is_none() && creates_span.is_none() => {
                if self.eat(T::Return).is_some() {
                    if let Some(open) = self.expect(T::LParen, "after `return`") {
                        ret = self.param().map(|p| p.ty);
                        self.expect_close(T::RParen, open, "the named return value");
                    }
                    self.expect_semi("after the return value");
                }
                self.discarding(|p| {
                    for clause in [T::Requires, T::Ensures] {
                        while p.eat(clause).is_some() {
                            p.expression();
                            p.expect_semi(if clause == T::Requires {
                                "after the precondition"
                            } else {
                                "after the postcondition"
                            });
                        }
                    }
                });
                None
            }
            _ => {
                self.expected(Expected::FunBodyOrSemi);
                None
            }
        };
        let name = name?;
        Some(FunDecl { name, params, ret, creates, body, span: self.since(start) })
    }

    /// `param a, b : T;`
    fn param_decl(&mut self) -> Option<ParamDecl> {
        let start = self.bump();
        let names = self.name_list("a parameter name");
        if names.is_empty() {
            return None;
        }
        self.expect(T::Colon, "after the parameter names")?;
        let ty = self.type_expr();
        self.expect_semi("after the parameter declaration");
        Some(ParamDecl { names, ty, span: self.since(start) })
    }

    /// `pure`, `invariant`, `Lemma`, `Theorem`, `axiom`, `init-condition` and `Proof` declarations (PVerifier):
    /// parsed in full, kept as kind, name and span.
    fn verifier_decl(&mut self) -> Option<VerifierDecl> {
        let start = self.span();
        let keyword = self.peek();
        self.bump();
        let (kind, name) = match keyword {
            T::Pure => {
                let name = self.name("a function name")?;
                let open = self.expect(T::LParen, "after the function name")?;
                self.comma_list(T::RParen, |p| p.param());
                self.expect_close(T::RParen, open, "the parameter list");
                self.expect(T::Colon, "before the result type of a pure function")?;
                self.type_expr();
                if self.eat(T::Assign).is_some() {
                    self.expression();
                }
                self.expect_semi("after the pure function");
                (VerifierDeclKind::Pure, Some(name))
            }
            T::Invariant => (VerifierDeclKind::Invariant, Some(self.invariant_rest()?)),
            T::Lemma | T::Theorem => {
                let name = self.name(if keyword == T::Lemma { "a lemma name" } else { "a theorem name" })?;
                let open = self.expect(T::LBrace, "before the invariants")?;
                while self.eat(T::Invariant).is_some() {
                    self.invariant_rest()?;
                }
                self.expect_close(T::RBrace, open, "the invariant group");
                let kind = if keyword == T::Lemma { VerifierDeclKind::Lemma } else { VerifierDeclKind::Theorem };
                (kind, Some(name))
            }
            T::Axiom | T::InitCondition => {
                self.expression();
                if keyword == T::Axiom {
                    self.expect_semi("after the axiom");
                    (VerifierDeclKind::Axiom, None)
                } else {
                    self.expect_semi("after the initial condition");
                    (VerifierDeclKind::InitCondition, None)
                }
            }
            _ => {
                let name = if self.at(T::LBrace) { None } else { Some(self.name("a proof name")?) };
                let open = self.expect(T::LBrace, "to start the proof")?;
                while self.at(T::Prove) {
                    self.prove_item();
                    if self.panic {
                        self.recover(Level::Stmt);
                    }
                }
                self.expect_close(T::RBrace, open, "the proof");
                (VerifierDeclKind::Proof, name)
            }
        };
        Some(VerifierDecl { kind, name, span: self.since(start) })
    }

    /// `name : expr ;` after `invariant`.
    fn invariant_rest(&mut self) -> Option<crate::span::Ident> {
        let name = self.name("an invariant name")?;
        self.expect(T::Colon, "after the invariant name")?;
        self.expression();
        self.expect_semi("after the invariant");
        Some(name)
    }

    /// `prove (targets | * | default) [using (premises | *)] [except excludes];`
    fn prove_item(&mut self) {
        self.bump();
        if self.eat(T::Star).is_none() && self.eat(T::Default).is_none() {
            self.expr_list();
        }
        if self.eat(T::Using).is_some() && self.eat(T::Star).is_none() {
            self.expr_list();
        }
        if self.eat(T::Except).is_some() {
            self.expr_list();
        }
        self.expect_semi("after the `prove` command");
    }

    fn expr_list(&mut self) {
        self.expression();
        while self.eat(T::Comma).is_some() {
            self.expression();
        }
    }
}
