//! Tests of the lexer and parser: AST shapes per construct, rendered syntax errors (insta snapshots), and
//! properties over arbitrary input (never panics, always ends, expression ids unique and in range).

use super::lexer::lex;
use super::parse_program;
use super::token::TokenKind;
use crate::ast::*;
use crate::diagnostic::render_plain;
use crate::source::SourceSet;
use crate::span::FileId;
use proptest::prelude::*;

// ----- helpers -----

fn parse(src: &str) -> super::Parsed {
    parse_program(&SourceSet::single("test.p", src))
}

fn render(src: &str) -> String {
    let sources = SourceSet::single("test.p", src);
    let parsed = parse_program(&sources);
    render_plain(&parsed.diagnostics, &sources)
}

/// Parses a program that must have no syntax error.
fn parse_ok(src: &str) -> Program {
    let parsed = parse(src);
    assert!(parsed.diagnostics.is_empty(), "unexpected syntax errors:\n{}", render(src));
    assert_dense_ids(&parsed.program);
    parsed.program
}

fn codes(src: &str) -> Vec<&'static str> {
    parse(src).diagnostics.iter().map(|d| d.code).collect()
}

fn kinds(src: &str) -> Vec<TokenKind> {
    lex(src, FileId(0)).tokens.iter().map(|t| t.kind).collect()
}

/// The body of the only function of `src`.
fn body(src: &str) -> FunBody {
    let program = parse_ok(src);
    match program.decls.into_iter().next() {
        Some(TopDecl::Fun(FunDecl { body: Some(body), .. })) => body,
        other => panic!("expected a function with a body, got {other:?}"),
    }
}

/// The statements of `fun f() { <stmts> }`.
fn stmts(src: &str) -> Vec<Stmt> {
    body(&format!("fun f() {{ {src} }}")).stmts
}

/// The expression `e` of `fun f() { x = <e>; }`, printed as an S-expression.
fn expr(src: &str) -> String {
    match stmts(&format!("x = {src};")).into_iter().next().map(|s| s.kind) {
        Some(StmtKind::Assign { rhs, .. }) => sexpr(&rhs),
        other => panic!("expected an assignment, got {other:?}"),
    }
}

fn the_machine(program: &Program) -> &MachineDecl {
    program.decls.iter().find_map(|d| if let TopDecl::Machine(m) = d { Some(m) } else { None }).expect("a machine")
}

fn sexpr(e: &Expr) -> String {
    let list = |es: &[Expr]| es.iter().map(sexpr).collect::<Vec<_>>().join(" ");
    match &e.kind {
        ExprKind::Name(n) => n.name.clone(),
        ExprKind::Int(n) => n.to_string(),
        ExprKind::Float(f) => format!("{f:?}"),
        ExprKind::Bool(b) => b.to_string(),
        ExprKind::Null => "null".into(),
        ExprKind::Nondet => "$".into(),
        ExprKind::FairNondet => "$$".into(),
        ExprKind::Halt => "halt".into(),
        ExprKind::This => "this".into(),
        ExprKind::Str(s) => format!("{s:?}"),
        ExprKind::Format { format, args, .. } => format!("(format {format:?} {})", list(args)),
        ExprKind::Tuple(es) => format!("(tuple {})", list(es)),
        ExprKind::NamedTuple(fs) => {
            let fields: Vec<String> = fs.iter().map(|(n, e)| format!("{}={}", n.name, sexpr(e))).collect();
            format!("(ntuple {})", fields.join(" "))
        }
        ExprKind::Field { base, field } => format!("(. {} {})", sexpr(base), field.name),
        ExprKind::TupleIndex { base, index, .. } => format!("(. {} {index})", sexpr(base)),
        ExprKind::Index { base, index } => format!("([] {} {})", sexpr(base), sexpr(index)),
        ExprKind::Keys(e) => format!("(keys {})", sexpr(e)),
        ExprKind::Values(e) => format!("(values {})", sexpr(e)),
        ExprKind::Sizeof(e) => format!("(sizeof {})", sexpr(e)),
        ExprKind::Default(t) => format!("(default {})", ty(t)),
        ExprKind::New { interface, args } => format!("(new {} {})", interface.name, list(args)),
        ExprKind::Call { fun, args } => format!("(call {} {})", fun.name, list(args)),
        ExprKind::Unary { op: UnaryOp::Neg, operand } => format!("(- {})", sexpr(operand)),
        ExprKind::Unary { op: UnaryOp::Not, operand } => format!("(! {})", sexpr(operand)),
        ExprKind::Binary { op, lhs, rhs } => format!("({} {} {})", op.symbol(), sexpr(lhs), sexpr(rhs)),
        ExprKind::Cast { expr, kind: CastKind::As, ty: t } => format!("(as {} {})", sexpr(expr), ty(t)),
        ExprKind::Cast { expr, kind: CastKind::To, ty: t } => format!("(to {} {})", sexpr(expr), ty(t)),
        ExprKind::Choose(None) => "(choose)".into(),
        ExprKind::Choose(Some(e)) => format!("(choose {})", sexpr(e)),
        ExprKind::Verifier { what, operands } => format!("({what} {})", list(operands)),
        ExprKind::Error => "ERROR".into(),
    }
}

fn ty(t: &TypeExpr) -> String {
    match &t.kind {
        TypeExprKind::Bool => "bool".into(),
        TypeExprKind::Int => "int".into(),
        TypeExprKind::Float => "float".into(),
        TypeExprKind::String => "string".into(),
        TypeExprKind::Event => "event".into(),
        TypeExprKind::Machine => "machine".into(),
        TypeExprKind::Data => "data".into(),
        TypeExprKind::Any => "any".into(),
        TypeExprKind::Seq(t) => format!("seq[{}]", ty(t)),
        TypeExprKind::Set(t) => format!("set[{}]", ty(t)),
        TypeExprKind::Map(k, v) => format!("map[{},{}]", ty(k), ty(v)),
        TypeExprKind::Tuple(ts) => format!("({})", ts.iter().map(ty).collect::<Vec<_>>().join(",")),
        TypeExprKind::NamedTuple(fs) => {
            format!("({})", fs.iter().map(|(n, t)| format!("{}:{}", n.name, ty(t))).collect::<Vec<_>>().join(","))
        }
        TypeExprKind::Named(n) => n.name.clone(),
        TypeExprKind::Error => "ERROR".into(),
    }
}

// ----- walking the tree, to check expression ids and spans -----

fn walk_program(program: &Program, f: &mut dyn FnMut(&Expr)) {
    for decl in &program.decls {
        match decl {
            TopDecl::Machine(m) => {
                m.funs.iter().for_each(|fun| walk_fun(fun, f));
                for state in &m.states {
                    for item in &state.items {
                        match item {
                            StateItem::Entry { handler, .. }
                            | StateItem::Exit { handler, .. }
                            | StateItem::OnDo { handler, .. }
                            | StateItem::OnGoto { with: Some(handler), .. } => walk_handler(handler, f),
                            _ => {}
                        }
                    }
                }
            }
            TopDecl::Fun(fun) => walk_fun(fun, f),
            TopDecl::Test(t) => t.assume.iter().for_each(|e| walk_expr(e, f)),
            _ => {}
        }
    }
}

fn walk_fun(fun: &FunDecl, f: &mut dyn FnMut(&Expr)) {
    if let Some(body) = &fun.body {
        body.stmts.iter().for_each(|s| walk_stmt(s, f));
    }
}

fn walk_handler(handler: &Handler, f: &mut dyn FnMut(&Expr)) {
    if let Handler::Anon(anon) = handler {
        anon.body.stmts.iter().for_each(|s| walk_stmt(s, f));
    }
}

fn walk_stmt(stmt: &Stmt, f: &mut dyn FnMut(&Expr)) {
    let exprs = |es: &[&Expr], f: &mut dyn FnMut(&Expr)| es.iter().for_each(|e| walk_expr(e, f));
    match &stmt.kind {
        StmtKind::Block(ss) => ss.iter().for_each(|s| walk_stmt(s, f)),
        StmtKind::Assert { cond, message } | StmtKind::Assume { cond, message } => {
            exprs(&[cond], f);
            message.iter().for_each(|m| walk_expr(m, f));
        }
        StmtKind::Print(e) | StmtKind::Return(Some(e)) => exprs(&[e], f),
        StmtKind::Assign { lhs, rhs } => exprs(&[lhs, rhs], f),
        StmtKind::Insert { lhs, index, value } => exprs(&[lhs, index, value], f),
        StmtKind::Add { lhs, value } => exprs(&[lhs, value], f),
        StmtKind::Remove { lhs, key } => exprs(&[lhs, key], f),
        StmtKind::While { cond, body } => {
            exprs(&[cond], f);
            walk_stmt(body, f);
        }
        StmtKind::Foreach { collection, invariants, body, .. } => {
            exprs(&[collection], f);
            invariants.iter().for_each(|e| walk_expr(e, f));
            walk_stmt(body, f);
        }
        StmtKind::If { cond, then_branch, else_branch } => {
            exprs(&[cond], f);
            walk_stmt(then_branch, f);
            else_branch.iter().for_each(|s| walk_stmt(s, f));
        }
        StmtKind::New { args, .. } | StmtKind::Call { args, .. } | StmtKind::Goto { args, .. } => {
            args.iter().for_each(|e| walk_expr(e, f))
        }
        StmtKind::Raise { event, args } | StmtKind::Announce { event, args } => {
            exprs(&[event], f);
            args.iter().for_each(|e| walk_expr(e, f));
        }
        StmtKind::Send { target, event, args } => {
            exprs(&[target, event], f);
            args.iter().for_each(|e| walk_expr(e, f));
        }
        StmtKind::Receive { cases } => {
            cases.iter().for_each(|c| c.handler.body.stmts.iter().for_each(|s| walk_stmt(s, f)))
        }
        _ => {}
    }
}

fn walk_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::Field { base, .. } | ExprKind::TupleIndex { base, .. } => walk_expr(base, f),
        ExprKind::Index { base, index } => {
            walk_expr(base, f);
            walk_expr(index, f);
        }
        ExprKind::Keys(x) | ExprKind::Values(x) | ExprKind::Sizeof(x) | ExprKind::Choose(Some(x)) => walk_expr(x, f),
        ExprKind::Unary { operand, .. } => walk_expr(operand, f),
        ExprKind::Cast { expr, .. } => walk_expr(expr, f),
        ExprKind::Binary { lhs, rhs, .. } => {
            walk_expr(lhs, f);
            walk_expr(rhs, f);
        }
        ExprKind::New { args: es, .. }
        | ExprKind::Call { args: es, .. }
        | ExprKind::Format { args: es, .. }
        | ExprKind::Tuple(es)
        | ExprKind::Verifier { operands: es, .. } => es.iter().for_each(|x| walk_expr(x, f)),
        ExprKind::NamedTuple(fs) => fs.iter().for_each(|(_, x)| walk_expr(x, f)),
        _ => {}
    }
}

/// Every expression id is below `expr_count` and used once.
fn assert_unique_ids(program: &Program) -> Vec<u32> {
    let mut ids = Vec::new();
    walk_program(program, &mut |e| ids.push(e.id.0));
    ids.sort_unstable();
    let count = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), count, "an expression id is used twice");
    assert!(ids.iter().all(|&id| id < program.expr_count), "an expression id is out of range");
    ids
}

/// For a program without errors: ids are exactly `0..expr_count`.
fn assert_dense_ids(program: &Program) {
    let ids = assert_unique_ids(program);
    assert_eq!(ids, (0..program.expr_count).collect::<Vec<_>>(), "expression ids are not dense");
}

// ----- lexer -----

#[test]
fn every_grammar_keyword_is_reserved() {
    for word in [
        "main",
        "data",
        "sent",
        "is",
        "safe",
        "to",
        "param",
        "format",
        "choose",
        "Proof",
        "Lemma",
        "Theorem",
        "paramtest",
        "hidee",
        "hidei",
        "rename",
        "compose",
        "union",
        "refines",
        "wise",
        "pairwise",
        "inflight",
        "targets",
        "prove",
        "using",
        "except",
        "requires",
        "ensures",
        "forall",
        "exists",
        "pure",
        "assume",
        "axiom",
        "invariant",
        "creates",
        "receives",
        "sends",
        "observes",
        "announce",
        "values",
        "keys",
    ] {
        let kind = TokenKind::keyword(word).unwrap_or(TokenKind::Ident);
        assert!(kind.is_keyword(), "`{word}` should be reserved");
        assert_eq!(kind.text(), word);
    }
    assert_eq!(TokenKind::keyword("proof"), None, "keywords are case-sensitive");
    assert_eq!(TokenKind::keyword("Main"), None);
}

#[test]
fn init_condition_is_one_token() {
    assert_eq!(kinds("init-condition x"), [TokenKind::InitCondition, TokenKind::Ident, TokenKind::Eof]);
    assert_eq!(kinds("init - condition"), [TokenKind::Ident, TokenKind::Minus, TokenKind::Ident, TokenKind::Eof]);
    assert_eq!(kinds("xinit-condition")[..2], [TokenKind::Ident, TokenKind::Minus]);
}

#[test]
fn symbols_take_the_longest_match() {
    use TokenKind as T;
    assert_eq!(kinds("$$ $ $$$"), [T::FairNondet, T::Nondet, T::FairNondet, T::Nondet, T::Eof]);
    assert_eq!(kinds("==> <==> == <= < ="), [T::Implies, T::Iff, T::EqEq, T::Le, T::Lt, T::Assign, T::Eof]);
    assert_eq!(
        kinds("-> -= - += + != !"),
        [T::Arrow, T::MinusAssign, T::Minus, T::PlusAssign, T::Plus, T::NotEq, T::Not, T::Eof]
    );
    assert_eq!(kinds("a<==b"), [T::Ident, T::Le, T::Assign, T::Ident, T::Eof]);
    assert_eq!(kinds("x.0.1"), [T::Ident, T::Dot, T::IntLit, T::Dot, T::IntLit, T::Eof]);
}

#[test]
fn comments_and_strings() {
    use TokenKind as T;
    assert_eq!(kinds("a // b c\n d /* e \n f */ g"), [T::Ident, T::Ident, T::Ident, T::Eof]);
    assert_eq!(kinds(r#""a \" b" "c\\""#), [T::StrLit, T::StrLit, T::Eof]);
    assert_eq!(kinds("\"two\nlines\""), [T::StrLit, T::Eof], "P strings may span lines");
    let lexed = lex("\"open\nx", FileId(0));
    assert_eq!(lexed.tokens.iter().map(|t| t.kind).collect::<Vec<_>>(), [T::StrOpen, T::Ident, T::Eof]);
    assert_eq!(lexed.errors.len(), 1);
    assert!(lex("a /* never closed", FileId(0)).unterminated_comment);
}

#[test]
fn illegal_characters_are_reported_once_per_run_and_skipped() {
    let lexed = lex("a ?@# b ? c é", FileId(0));
    let kinds: Vec<_> = lexed.tokens.iter().map(|t| t.kind).collect();
    assert_eq!(kinds, [TokenKind::Ident, TokenKind::Ident, TokenKind::Ident, TokenKind::Eof]);
    assert_eq!(lexed.errors.len(), 3);
    assert_eq!(codes("event e?;"), ["P1001"], "the parser does not report the same spot again");
}

#[test]
fn a_byte_order_mark_is_skipped() {
    assert!(parse("\u{feff}event e;").diagnostics.is_empty());
}

#[test]
fn newlines_are_recorded() {
    let lexed = lex("a b\nc /* \n */ d", FileId(0));
    let flags: Vec<_> = lexed.tokens.iter().map(|t| t.newline_before).collect();
    assert_eq!(flags, [true, false, true, true, true]);
}

// ----- declarations -----

#[test]
fn types_enums_events_and_event_sets() {
    let program = parse_ok(
        "type F; type T = (a: int, b: seq[map[int, set[string]]]); type U = (int); type V = (bool, data, any);
         enum Color { Red, Green } enum Code { Ok = 200, Missing = 404 }
         event ping; event pong: (n: int, m: machine); eventset S = { ping, pong, halt };",
    );
    let decls = &program.decls;
    assert!(matches!(&decls[0], TopDecl::TypeDef(TypeDef { ty: None, .. })));
    let TopDecl::TypeDef(TypeDef { ty: Some(t), .. }) = &decls[1] else { panic!() };
    assert_eq!(ty(t), "(a:int,b:seq[map[int,set[string]]])");
    let TopDecl::TypeDef(TypeDef { ty: Some(t), .. }) = &decls[2] else { panic!() };
    assert_eq!(ty(t), "(int)", "a one-element tuple type needs no comma");
    let TopDecl::Enum(code) = &decls[5] else { panic!() };
    assert_eq!(code.elems.iter().map(|e| e.value.map(|v| v.0)).collect::<Vec<_>>(), [Some(200), Some(404)]);
    let TopDecl::Event(pong) = &decls[7] else { panic!() };
    assert_eq!(pong.payload.as_ref().map(ty).unwrap_or_default(), "(n:int,m:machine)");
    let TopDecl::EventSet(set) = &decls[8] else { panic!() };
    assert_eq!(set.events.iter().map(EventRef::name).collect::<Vec<_>>(), ["ping", "pong", "halt"]);
}

#[test]
fn interfaces() {
    let program = parse_ok("interface I(int) receives a, b; interface J() receives;");
    let TopDecl::Interface(i) = &program.decls[0] else { panic!() };
    assert_eq!(i.payload.as_ref().map(ty).unwrap_or_default(), "int");
    assert_eq!(i.receives.len(), 2);
    let TopDecl::Interface(j) = &program.decls[1] else { panic!() };
    assert!(j.payload.is_none() && j.receives.is_empty());
}

#[test]
fn machines_union_their_receives_and_sends_clauses() {
    let program = parse_ok("machine M receives a, b; sends c; receives d; { } machine N receives; { } machine O { }");
    let machines: Vec<&MachineDecl> =
        program.decls.iter().filter_map(|d| if let TopDecl::Machine(m) = d { Some(m) } else { None }).collect();
    let names =
        |evs: &Option<Vec<EventRef>>| evs.as_ref().map(|v| v.iter().map(|e| e.name().to_string()).collect::<Vec<_>>());
    assert_eq!(names(&machines[0].receives), Some(vec!["a".into(), "b".into(), "d".into()]));
    assert_eq!(names(&machines[0].sends), Some(vec!["c".into()]));
    assert_eq!(names(&machines[1].receives), Some(vec![]), "`receives;` receives nothing");
    assert_eq!(machines[1].sends, None);
    assert_eq!((machines[2].receives.clone(), machines[2].sends.clone()), (None, None));
}

#[test]
fn specs_and_scenarios_observe() {
    let program = parse_ok("spec S observes a, b { start hot state X { } cold state Y { } } scenario C observes a { }");
    let TopDecl::Machine(s) = &program.decls[0] else { panic!() };
    assert_eq!(s.kind, MachineKind::Spec);
    assert_eq!(s.observes.len(), 2);
    assert_eq!((s.states[0].is_start, s.states[0].temperature), (true, Some(Temperature::Hot)));
    assert_eq!((s.states[1].is_start, s.states[1].temperature), (false, Some(Temperature::Cold)));
    let TopDecl::Machine(c) = &program.decls[1] else { panic!() };
    assert_eq!(c.kind, MachineKind::Scenario);
}

#[test]
fn state_items() {
    let program = parse_ok(
        "machine M {
           var x, y: int;
           fun helper(p: int): bool { return p > 0; }
           start state A {
             entry (n: int) { x = n; }
             exit { }
             defer e1, halt;
             ignore e2;
             on e3, null do helper;
             on e4 do (p: int) { y = p; }
             on halt goto B;
             on e5 goto B with helper;
             on e6 goto B with (p: int) { }
           }
           state B { entry init; exit done; }
         }",
    );
    let m = the_machine(&program);
    assert_eq!(m.vars[0].names.len(), 2);
    assert_eq!(m.funs[0].params.len(), 1);
    let items = &m.states[0].items;
    assert!(matches!(&items[0], StateItem::Entry { handler: Handler::Anon(AnonHandler { param: Some(_), .. }), .. }));
    assert!(matches!(&items[1], StateItem::Exit { handler: Handler::Anon(AnonHandler { param: None, .. }), .. }));
    assert!(matches!(&items[2], StateItem::Defer { events, .. } if events.len() == 2));
    assert!(matches!(&items[3], StateItem::Ignore { .. }));
    assert!(matches!(&items[4], StateItem::OnDo { events, handler: Handler::Named(h), .. }
        if h.name == "helper" && matches!(events[1], EventRef::Null(_))));
    assert!(matches!(&items[5], StateItem::OnDo { handler: Handler::Anon(_), .. }));
    assert!(
        matches!(&items[6], StateItem::OnGoto { events, with: None, .. } if matches!(events[0], EventRef::Halt(_)))
    );
    assert!(matches!(&items[7], StateItem::OnGoto { with: Some(Handler::Named(_)), .. }));
    assert!(matches!(&items[8], StateItem::OnGoto { with: Some(Handler::Anon(_)), target, .. } if target.name == "B"));
    assert!(matches!(&m.states[1].items[0], StateItem::Entry { handler: Handler::Named(h), .. } if h.name == "init"));
}

#[test]
fn functions_foreign_and_with_bodies() {
    let program = parse_ok(
        "fun a(x: int, y: (int, bool)): seq[int] { var r: seq[int]; return r; }
         fun b(): int;
         fun c(n: int) creates I;
         fun d();
         fun e(x: int) return (r: int); requires x > 0; ensures r > x; ensures r < 10;
         fun g(x: int) requires x > 0;",
    );
    let funs: Vec<&FunDecl> =
        program.decls.iter().filter_map(|d| if let TopDecl::Fun(f) = d { Some(f) } else { None }).collect();
    assert_eq!(funs.len(), 6);
    assert_eq!(funs[0].params.len(), 2);
    assert_eq!(funs[0].body.as_ref().map(|b| b.locals.len()), Some(1));
    assert!(funs[1].body.is_none() && funs[1].ret.is_some());
    assert_eq!(funs[2].creates.iter().map(|i| i.name.as_str()).collect::<Vec<_>>(), ["I"]);
    assert!(funs[3].body.is_none());
    assert_eq!(funs[4].ret.as_ref().map(ty), Some("int".into()), "the PVerifier return form gives the type");
    assert!(funs[5].body.is_none());
}

#[test]
fn global_params_modules_implementations() {
    let program = parse_ok(
        "param n, m: int;
         module Sys = { Client, Server -> IServer };
         module Big = compose Sys, (union A, B), hidee e1, e2 in Sys;
         module Renamed = rename I to J in (hidei K in main M in assert S1, S2 in Sys);
         implementation Impl [main=M]: Sys;
         implementation Impl2: Sys;",
    );
    let TopDecl::Param(p) = &program.decls[0] else { panic!() };
    assert_eq!(p.names.len(), 2);
    let TopDecl::Module(sys) = &program.decls[1] else { panic!() };
    let ModExprKind::Primitive(bindings) = &sys.module.kind else { panic!() };
    assert_eq!(bindings[1].interface.as_ref().map(|i| i.name.as_str()), Some("IServer"));
    let TopDecl::Module(big) = &program.decls[2] else { panic!() };
    let ModExprKind::Compose(parts) = &big.module.kind else { panic!() };
    assert_eq!(parts.len(), 3);
    assert!(matches!(parts[1].kind, ModExprKind::Union(ref u) if u.len() == 2));
    assert!(matches!(parts[2].kind, ModExprKind::HideEvents { ref events, .. } if events.len() == 2));
    let TopDecl::Module(renamed) = &program.decls[3] else { panic!() };
    let ModExprKind::Rename { module, .. } = &renamed.module.kind else { panic!() };
    let ModExprKind::HideInterfaces { module, .. } = &module.kind else { panic!() };
    let ModExprKind::Main { module, machine } = &module.kind else { panic!() };
    assert_eq!(machine.name, "M");
    assert!(matches!(&module.kind, ModExprKind::Assert { specs, .. } if specs.len() == 2));
    assert!(matches!(&program.decls[4], TopDecl::Implementation(i) if i.main.is_some()));
    assert!(matches!(&program.decls[5], TopDecl::Implementation(i) if i.main.is_none()));
}

#[test]
fn tests_with_params_assume_and_twise() {
    let program = parse_ok(
        "test tc [main=M]: assert S in (union Sys, { M });
         test param (a in [1, -2], b in [true, false]) assume (a > 0 && b) (2 wise) tp [main=M]: Sys;
         test param (a in [1]) pairwise tq [main=M]: Sys;
         test tr [main=M]: Sys refines Spec;",
    );
    let tests: Vec<&TestDecl> =
        program.decls.iter().filter_map(|d| if let TopDecl::Test(t) = d { Some(t) } else { None }).collect();
    assert_eq!(tests[0].main.as_ref().map(|m| m.name.as_str()), Some("M"));
    assert!(matches!(tests[0].module.kind, ModExprKind::Assert { .. }));
    let values: Vec<ParamValue> = tests[1].params[0].values.iter().map(|v| v.0).collect();
    assert_eq!(values, [ParamValue::Int(1), ParamValue::Int(-2)]);
    assert_eq!(tests[1].params[1].values[1].0, ParamValue::Bool(false));
    assert_eq!(tests[1].assume.as_ref().map(sexpr), Some("(&& (> a 0) b)".into()));
    assert_eq!(tests[1].twise.map(|t| t.0), Some(2));
    assert_eq!(tests[2].twise.map(|t| t.0), Some(2), "pairwise is 2-wise");
    assert!(tests[3].refines.is_some());
}

#[test]
fn verifier_declarations_are_kept_as_kind_and_name() {
    let program = parse_ok(
        "pure size(s: set[int]): int;
         pure twice(x: int): int = x * 2;
         invariant positive: forall (m: M) :: m.count > 0;
         Lemma helpers { invariant a: true; invariant b: 1 == 1; }
         Theorem main_thm { }
         axiom forall (x: int) :: x == x;
         init-condition exists (m: M) :: m is M;
         Proof { prove positive using helpers, a except b; prove *; prove default using *; }
         Proof named { }
         fun f(x: int) { x = 1; }",
    );
    let kinds: Vec<(VerifierDeclKind, Option<String>)> = program
        .decls
        .iter()
        .filter_map(
            |d| if let TopDecl::Verifier(v) = d { Some((v.kind, v.name.clone().map(|n| n.name))) } else { None },
        )
        .collect();
    use VerifierDeclKind as V;
    assert_eq!(
        kinds,
        [
            (V::Pure, Some("size".into())),
            (V::Pure, Some("twice".into())),
            (V::Invariant, Some("positive".into())),
            (V::Lemma, Some("helpers".into())),
            (V::Theorem, Some("main_thm".into())),
            (V::Axiom, None),
            (V::InitCondition, None),
            (V::Proof, None),
            (V::Proof, Some("named".into())),
        ]
    );
    // Expressions of dropped declarations do not use up ids: the function's two are 0 and 1.
    assert_eq!(program.expr_count, 2);
}

// ----- statements -----

#[test]
fn locals_come_first() {
    let b = body("fun f() { var a: int; var b, c: bool; a = 1; }");
    assert_eq!(b.locals.len(), 2);
    assert_eq!(b.stmts.len(), 1);
}

#[test]
fn all_statements() {
    let ss = stmts(
        "{ ; } assert x, \"m\"; assume y; print \"p\"; return; return 1; break; continue;
         x = 1; s += (1); m += (1, 2); m -= 1; while (x) x = 2; if (x) { } else ;
         new I(1, 2); f(); f(1); raise e, 1, 2; send t, e; send t, e, (a = 1,); announce e, 3; goto S, 1;
         receive { case e1, e2: (p: int) { } case null: { } }
         foreach (i in s) invariant i > 0; invariant true; { }",
    );
    let shapes: Vec<String> = ss
        .iter()
        .map(|s| {
            let debug = format!("{:?}", s.kind);
            debug.split([' ', '(', '{']).next().unwrap_or_default().to_string()
        })
        .collect();
    assert_eq!(
        shapes,
        [
            "Block", "Assert", "Assume", "Print", "Return", "Return", "Break", "Continue", "Assign", "Add", "Insert",
            "Remove", "While", "If", "New", "Call", "Call", "Raise", "Send", "Send", "Announce", "Goto", "Receive",
            "Foreach",
        ]
    );
    assert!(matches!(&ss[1].kind, StmtKind::Assert { message: Some(_), .. }));
    assert!(matches!(&ss[17].kind, StmtKind::Raise { args, .. } if args.len() == 2));
    assert!(matches!(&ss[21].kind, StmtKind::Goto { state, args } if state.name == "S" && args.len() == 1));
    assert!(
        matches!(&ss[22].kind, StmtKind::Receive { cases } if cases.len() == 2 && cases[0].handler.param.is_some())
    );
    assert!(
        matches!(&ss[23].kind, StmtKind::Foreach { var, invariants, .. } if var.name == "i" && invariants.len() == 2)
    );
}

#[test]
fn lvalues_chain_fields_indexes_and_tuple_positions() {
    let ss = stmts("a.b[c].0.d = 1; t.0.1 = 2;");
    let StmtKind::Assign { lhs, .. } = &ss[0].kind else { panic!() };
    assert_eq!(sexpr(lhs), "(. (. ([] (. a b) c) 0) d)");
    let StmtKind::Assign { lhs, .. } = &ss[1].kind else { panic!() };
    assert_eq!(sexpr(lhs), "(. (. t 0) 1)");
}

#[test]
fn else_binds_to_the_nearest_if() {
    let ss = stmts("if (a) if (b) x = 1; else x = 2;");
    let StmtKind::If { then_branch, else_branch: None, .. } = &ss[0].kind else { panic!("outer if has no else") };
    assert!(matches!(then_branch.kind, StmtKind::If { else_branch: Some(_), .. }));
}

#[test]
fn statement_spans_cover_the_statement() {
    let src = "fun f() { x = 1 + 2; }";
    let ss = body(src).stmts;
    assert_eq!(&src[ss[0].span.range()], "x = 1 + 2;");
}

// ----- expressions -----

#[test]
fn precedence_follows_the_grammar() {
    assert_eq!(expr("1 + 2 * 3 - 4"), "(- (+ 1 (* 2 3)) 4)");
    assert_eq!(expr("-a * b"), "(* (- a) b)");
    assert_eq!(expr("-a[0].f"), "(- (. ([] a 0) f))");
    assert_eq!(expr("!a && b || c"), "(|| (&& (! a) b) c)");
    assert_eq!(expr("a == b != c"), "(!= (== a b) c)");
    assert_eq!(expr("a < b == c >= d"), "(== (< a b) (>= c d))");
    assert_eq!(expr("x in s && y"), "(&& (in x s) y)");
    assert_eq!(expr("a + b as int"), "(as (+ a b) int)", "casts bind looser than `+`");
    assert_eq!(expr("a as int + b"), "(+ (as a int) b)");
    assert_eq!(expr("a to float < b"), "(< (to a float) b)");
    assert_eq!(expr("a ==> b ==> c"), "(==> (==> a b) c)", "left associative, as ANTLR builds it");
    assert_eq!(expr("a <==> b ==> c || d"), "(<==> a (==> b (|| c d)))");
    assert_eq!(expr("a % b / c"), "(/ (% a b) c)");
}

#[test]
fn primaries() {
    assert_eq!(expr("(1, )"), "(tuple 1)");
    assert_eq!(expr("(1, (2))"), "(tuple 1 2)");
    assert_eq!(expr("((1))"), "1", "parentheses make no node");
    assert_eq!(expr("(a = 1,)"), "(ntuple a=1)");
    assert_eq!(expr("(a = 1, b = (c = 2,))"), "(ntuple a=1 b=(ntuple c=2))");
    assert_eq!(expr("keys(m) + values(m)"), "(+ (keys m) (values m))");
    assert_eq!(expr("sizeof(s)"), "(sizeof s)");
    assert_eq!(expr("default(map[int, seq[E]])"), "(default map[int,seq[E]])");
    assert_eq!(expr("new I(1, this)"), "(new I 1 this)");
    assert_eq!(expr("f(g(), h(1))"), "(call f (call g ) (call h 1))");
    assert_eq!(expr("choose()"), "(choose)");
    assert_eq!(expr("choose(10)"), "(choose 10)");
    assert_eq!(expr("format(\"{0} {1}\", a, b)"), "(format \"{0} {1}\" a b)");
    assert_eq!(expr("\"a\\\"b\""), "\"a\\\\\\\"b\"", "escapes are kept as written");
    assert_eq!(expr("$ || $$"), "(|| $ $$)");
    assert_eq!(expr("null == halt"), "(== null halt)");
    assert_eq!(expr("true != false"), "(!= true false)");
}

#[test]
fn numbers_floats_and_tuple_positions() {
    assert_eq!(expr("1.5"), "1.5");
    assert_eq!(expr(".5"), "0.5");
    assert_eq!(expr("1.05 + 2"), "(+ 1.05 2)");
    assert_eq!(expr("x.0.1"), "(. (. x 0) 1)");
    assert_eq!(expr("(1, 2).1"), "(. (tuple 1 2) 1)");
    assert_eq!(expr("99999999999999999999999"), u64::MAX.to_string(), "overflow saturates; typeck reports range");
    assert_eq!(expr("4294967296"), "4294967296");
    assert_eq!(codes("fun f() { x = 1.; }"), ["P1010"], "`1.` is not a float");
}

#[test]
fn verifier_expressions() {
    assert_eq!(expr("e is E"), "(is e E)");
    assert_eq!(expr("e targets m ==> m in s"), "(==> (targets e m) (in m s))");
    assert_eq!(expr("sent a && b"), "(&& (sent a) b)");
    assert_eq!(expr("inflight a.b"), "(inflight (. a b))");
    assert_eq!(expr("forall (x: int, y: E) :: x == y && y"), "(forall (&& (== x y) y))");
    assert_eq!(expr("exists new (e: E) :: e is E"), "(exists (is e E))");
    assert_eq!(expr("float(15, 2)"), "(float 15 2)");
}

#[test]
fn expression_ids_are_dense_and_unique_across_files() {
    let mut sources = SourceSet::new();
    sources.add("a.p", "fun f() { x = 1 + 2; }");
    sources.add("b.p", "fun g() { y = (a = 3, b = f(4)); }");
    let parsed = parse_program(&sources);
    assert!(parsed.diagnostics.is_empty());
    assert_eq!(parsed.program.expr_count, 9);
    assert_dense_ids(&parsed.program);
    assert_eq!(parsed.program.decls[1].span().file, FileId(1));
}

// ----- rendered syntax errors (insta snapshots) -----

/// Snapshots the rendered syntax errors of `src`, which must have at least one.
macro_rules! assert_syntax_errors {
    ($name:ident, $src:expr) => {
        #[test]
        fn $name() {
            let src: &str = $src;
            let sources = SourceSet::single("test.p", src);
            let parsed = parse_program(&sources);
            assert!(!parsed.diagnostics.is_empty(), "expected syntax errors in:\n{src}");
            let rendered = render_plain(&parsed.diagnostics, &sources);
            insta::assert_snapshot!(stringify!($name), format!("----- SOURCE\n{src}\n\n----- DIAGNOSTICS\n{rendered}"));
        }
    };
}

assert_syntax_errors!(unexpected_character, "fun f(a: int): int {\n  return a ? 1;\n}\n");
assert_syntax_errors!(run_of_unexpected_characters, "machine Pinger@#! {\n  start state Init { }\n}\n");
assert_syntax_errors!(non_ascii_letter, "event caf\u{e9};\n");
assert_syntax_errors!(unterminated_string, "fun f() {\n  print \"hello;\n}\n");
assert_syntax_errors!(unterminated_comment, "event e;\n/* the rest is\nnever closed\nmachine M { }\n");
assert_syntax_errors!(unclosed_machine_body, "machine M {\n  start state S {\n    entry { }\n  }\n");
assert_syntax_errors!(unclosed_call, "fun f() {\n  g(1, 2;\n  h();\n}\n");
assert_syntax_errors!(missing_semicolon_before_next_line, "fun f() {\n  x = 1\n  y = 2;\n}\n");
assert_syntax_errors!(missing_semicolon_on_same_line, "fun f() {\n  x = 1 y = 2;\n  z = 3;\n}\n");
assert_syntax_errors!(reserved_word_as_variable_name, "machine M {\n  var main: int;\n  start state S { }\n}\n");
assert_syntax_errors!(reserved_word_as_machine_name, "machine data {\n  start state S { }\n}\n");
assert_syntax_errors!(reserved_word_in_expression, "fun f() {\n  x = sent;\n  y = format + main;\n}\n");
assert_syntax_errors!(invalid_assignment_targets, "fun f() {\n  g(x) = 1;\n  (x) = 2;\n  x + 1 = 3;\n}\n");
assert_syntax_errors!(expression_statement, "fun f() {\n  x + 1;\n  x;\n}\n");
assert_syntax_errors!(var_after_statement, "fun f() {\n  var a: int;\n  a = 1;\n  var b: int;\n  b = a;\n}\n");
assert_syntax_errors!(var_with_initializer, "fun f() {\n  var a: int = 3;\n  a = a + 1;\n}\n");
assert_syntax_errors!(test_without_main, "machine M { start state S { } }\ntest tcOne: { M };\n");
assert_syntax_errors!(one_field_named_tuple_without_comma, "fun f() {\n  x = (a = 1);\n}\n");
assert_syntax_errors!(trailing_commas, "enum E { A, B, }\nfun f() {\n  g(1, 2,);\n  x = (1, 2,);\n}\n");
assert_syntax_errors!(empty_receive, "fun f() {\n  receive { }\n}\n");
assert_syntax_errors!(
    handler_with_two_parameters,
    "machine M {\n  start state S {\n    on e do (a: int, b: int) { }\n    on f do () { }\n  }\n}\n"
);
assert_syntax_errors!(exit_with_parameter, "machine M {\n  start state S {\n    exit (x: int) { }\n  }\n}\n");
assert_syntax_errors!(
    null_in_defer_and_event_set,
    "eventset S = { a, null };\nmachine M {\n  start state S {\n    defer null;\n    ignore null, b;\n  }\n}\n"
);
assert_syntax_errors!(start_after_temperature, "spec S observes e {\n  hot start state X { }\n}\n");
assert_syntax_errors!(enum_mixing_numbered_and_plain, "enum E { A = 1, B, C = 3 }\n");
assert_syntax_errors!(test_param_not_a_literal, "param n: int;\ntest param (n in [1, k]) tc [main=M]: { M };\n");
assert_syntax_errors!(creates_on_function_with_body, "fun f() creates I {\n}\n");
assert_syntax_errors!(empty_parentheses, "type T = ();\nfun f() {\n  x = ();\n}\n");
assert_syntax_errors!(else_without_if, "fun f() {\n  { x = 1; } else { x = 2; }\n}\n");
assert_syntax_errors!(assignment_in_condition, "fun f() {\n  if (x = 1) { }\n  while (y = 2) { }\n}\n");
assert_syntax_errors!(missing_expression, "fun f() {\n  x = ;\n  y = 1 + ;\n  return *;\n}\n");
assert_syntax_errors!(
    statement_directly_in_state,
    "machine M {\n  start state S {\n    x = 1;\n    entry { }\n  }\n}\n"
);
assert_syntax_errors!(
    function_body_not_closed_before_next_state,
    "machine M {\n  start state A {\n    entry {\n      x = 1;\n  }\n  state B { }\n}\n"
);
assert_syntax_errors!(add_without_parentheses, "fun f() {\n  s += 1;\n  m += (1, 2, 3);\n}\n");
assert_syntax_errors!(stray_closing_brace, "event e;\n}\nevent f;\n");
assert_syntax_errors!(foreign_function_without_semicolon, "fun f(): int\nevent e;\n");
assert_syntax_errors!(float_needs_digits_after_the_dot, "fun f() {\n  x = 1.;\n}\n");
assert_syntax_errors!(compose_needs_two_modules, "module m = compose A;\n");
assert_syntax_errors!(on_without_do_or_goto, "machine M {\n  start state S {\n    on e f;\n    on g do h;\n  }\n}\n");
assert_syntax_errors!(missing_type, "event e: ;\nfun f(x: ) { }\n");
assert_syntax_errors!(missing_names, "event ;\nmachine { }\nfun (x: int) { }\n");
assert_syntax_errors!(garbage_at_top_level, "x = 1;\nevent e;\n");
assert_syntax_errors!(several_independent_errors, "event e: int\nmachine M {\n  var x: int;\n  start state S {\n    entry {\n      x = 1 +;\n      send this, e 3;\n      x = 2;\n    }\n    on e do (p: int) { x = p }\n  }\n}\ntest t [main=M] { M };\n");
assert_syntax_errors!(too_deep_nesting, &format!("fun f() {{\n  x = {}1{};\n}}\n", "(".repeat(150), ")".repeat(150)));
assert_syntax_errors!(too_long_operator_chain, &format!("fun f() {{\n  x = 1{};\n}}\n", " + 1".repeat(300)));
assert_syntax_errors!(missing_interface_receives, "interface I(int);\n");
assert_syntax_errors!(unclosed_index, "fun f() {\n  x = a[1;\n}\n");

// ----- arbitrary input: never a panic, never a hang, always a consistent tree -----

/// A program touching most of the grammar, written for these tests.
const SAMPLE: &str = r#"
type tReq = (client: Client, id: int, amount: float);
enum Mode { Idle = 0, Busy = 5 }
event eReq: tReq;
event eAck: (id: int, ok: bool);
eventset Msgs = { eReq, eAck };
interface IBank(int) receives eReq;
param quota: int;
fun Twice(n: int): int { return n * 2; }
fun Native(s: string): seq[int] creates IBank;
machine Bank receives eReq; sends eAck; {
  var ledger: map[int, set[string]];
  var last: (int, bool);
  fun Settle(r: tReq) {
    var i: int;
    var names: seq[string];
    ledger[r.id] += ("x");
    names += (0, format("{0}-{1}", r.id, i));
    names -= 0;
    last.0 = sizeof(names) % 3;
    foreach (i in keys(ledger)) invariant i >= 0; { if (i in ledger && !$) { break; } else { continue; } }
    while (i < 10 && choose(5) > 1) { i = i + 1; }
    send r.client, eAck, (id = r.id, ok = r.amount > .5 || r.amount as int == 1);
    receive { case eReq: (q: tReq) { print "got"; } case null: { } }
  }
  start state Open {
    entry (budget: int) { last = (budget, $$); }
    on eReq do Settle;
    on null goto Closed with (x: int) { announce eAck, (id = x, ok = true); }
    defer eAck;
  }
  hot state Closed { ignore eReq, eAck; exit { raise halt; } }
}
spec Watch observes eAck { start cold state W { on eAck goto W; } }
machine Client { start state S { entry { new IBank(1); goto S, 2; } } }
module Sys = { Bank -> IBank, Client };
test param (quota in [1, -1], fast in [true]) assume (quota > 0) pairwise tcBank [main=Client]:
  assert Watch in compose Sys, { Client };
implementation Impl: hidee eAck in Sys;
"#;

/// Every expression id used once and counted; every span (of expressions and diagnostics) inside its file.
fn check_consistent(sources: &SourceSet) {
    let parsed = parse_program(sources);
    let program = &parsed.program;
    assert_unique_ids(program);
    let in_file = |span: crate::span::Span| {
        sources.get(span.file).is_some_and(|f| span.start <= span.end && (span.end as usize) <= f.text.len())
    };
    walk_program(program, &mut |e| assert!(in_file(e.span), "expression span {:?} outside its file", e.span));
    for decl in &program.decls {
        assert!(in_file(decl.span()), "declaration span {:?} outside its file", decl.span());
    }
    for d in &parsed.diagnostics {
        assert!(in_file(d.primary.span), "diagnostic span {:?} outside its file: {}", d.primary.span, d.message);
        let text = &sources.get(d.primary.span.file).map(|f| f.text.clone()).unwrap_or_default();
        assert!(text.get(d.primary.span.range()).is_some(), "diagnostic span splits a character");
    }
    let _ = render_plain(&parsed.diagnostics, sources);
}

fn check_text(text: &str) {
    check_consistent(&SourceSet::single("fuzz.p", text));
}

fn soup_token() -> impl Strategy<Value = String> {
    let fixed: Vec<String> = TokenKind::ALL_FIXED.iter().map(|k| k.text().to_string()).collect();
    let extra: Vec<String> = [
        "x",
        "y",
        "M",
        "S",
        "e",
        "0",
        "1",
        "12",
        "99999999999999999999999",
        "\"s{0}\"",
        "\"open",
        "/*",
        "*/",
        "//",
        "\n",
        "?",
        "é",
        ".5",
        "1.5",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    prop::sample::select([fixed, extra].concat())
}

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(soup_token(), 0..150).prop_map(|tokens| tokens.join(" "))
}

/// The sample cut into tokens (whitespace-separated pieces and single symbols), for token-level mutations.
fn sample_pieces() -> Vec<String> {
    lex(SAMPLE, FileId(0))
        .tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Eof)
        .map(|t| SAMPLE[t.span.range()].to_string())
        .collect()
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete(usize),
    Duplicate(usize),
    Swap(usize, usize),
    Insert(usize, String),
}

fn mutations() -> impl Strategy<Value = Vec<Mutation>> {
    let n = sample_pieces().len();
    let one = prop_oneof![
        (0..n).prop_map(Mutation::Delete),
        (0..n).prop_map(Mutation::Duplicate),
        (0..n, 0..n).prop_map(|(a, b)| Mutation::Swap(a, b)),
        (0..n, soup_token()).prop_map(|(a, t)| Mutation::Insert(a, t)),
    ];
    prop::collection::vec(one, 1..6)
}

fn mutate(mutations: &[Mutation]) -> String {
    let mut pieces = sample_pieces();
    for m in mutations {
        let len = pieces.len().max(1);
        match m {
            Mutation::Delete(i) if !pieces.is_empty() => {
                pieces.remove(i % len);
            }
            Mutation::Duplicate(i) if !pieces.is_empty() => {
                let piece = pieces[i % len].clone();
                pieces.insert(i % len, piece);
            }
            Mutation::Swap(a, b) if !pieces.is_empty() => pieces.swap(a % len, b % len),
            Mutation::Insert(i, t) => pieces.insert(i % (pieces.len() + 1), t.clone()),
            _ => {}
        }
    }
    pieces.join(" ")
}

#[test]
fn the_sample_is_valid() {
    let program = parse_ok(SAMPLE);
    assert_eq!(program.decls.len(), 15);
    assert!(parse(&sample_pieces().join(" ")).diagnostics.is_empty(), "re-joined tokens parse the same");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_break_the_parser(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check_text(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn random_text_never_breaks_the_parser(text in "\\PC{0,300}") {
        check_text(&text);
    }

    #[test]
    fn token_soups_never_break_the_parser(a in soup(), b in soup()) {
        let mut sources = SourceSet::new();
        sources.add("a.p", a);
        sources.add("b.p", b);
        check_consistent(&sources);
    }

    #[test]
    fn mutated_programs_never_break_the_parser(ms in mutations()) {
        check_text(&mutate(&ms));
    }

    /// One deleted token gives few errors: recovery does not cascade.
    #[test]
    fn one_deleted_token_gives_few_errors(i in 0..sample_pieces().len()) {
        let text = mutate(&[Mutation::Delete(i)]);
        let errors = parse(&text).diagnostics.len();
        prop_assert!(errors <= 3, "{errors} errors after deleting token {i}:\n{}", render(&text));
    }
}

// ----- pathological nesting: reported, never a stack overflow -----

/// Runs `check` on a thread with a small stack, so that the limits are shown to leave a wide margin.
fn on_small_stack(check: impl FnOnce() + Send + 'static) {
    let handle = std::thread::Builder::new().stack_size(1 << 20).spawn(check).expect("spawn a thread");
    assert!(handle.join().is_ok(), "the check panicked");
}

fn deep(open: &str, middle: &str, close: &str, n: usize) -> String {
    format!("{}{middle}{}", open.repeat(n), close.repeat(n))
}

#[test]
fn deep_nesting_is_reported_not_overflowed() {
    on_small_stack(|| {
        let cases = [
            format!("fun f() {{ x = {}; }}", deep("(", "1", ")", 100_000)),
            format!("fun f() {{ x = {}; }}", deep("(", "1", ",)", 100_000)),
            format!("fun f() {{ {} }}", deep("{", "", "}", 100_000)),
            format!("fun f() {{ {} }}", "{".repeat(100_000)),
            format!("fun f() {{ x = {}true; }}", "!".repeat(100_000)),
            format!("fun f() {{ x = {}1; }}", "- ".repeat(100_000)),
            format!("fun f() {{ x = {}; }}", deep("a[", "0", "]", 100_000)),
            format!("fun f() {{ x = {}; }}", deep("g(", "0", ")", 100_000)),
            format!("fun f() {{ x = {}; }}", deep("new I(", "", ")", 100_000)),
            format!("fun f() {{ x = a{}; }}", ".b".repeat(100_000)),
            format!("fun f() {{ x = a{}; }}", "[0]".repeat(100_000)),
            format!("fun f() {{ x = 1{}; }}", " + 1".repeat(100_000)),
            format!("fun f() {{ x = 1{}; }}", " as int".repeat(100_000)),
            format!("fun f() {{ {} x = 1; }}", "if (x) ".repeat(100_000)),
            format!("fun f() {{ if (x) x = 1; {} }}", "else if (x) x = 1; ".repeat(100_000)),
            format!("fun f() {{ {} x = 1; }}", "while (x) ".repeat(100_000)),
            format!("fun f(x: {}) {{ }}", deep("seq[", "int", "]", 100_000)),
            format!("fun f(x: {}) {{ }}", deep("(", "int", ")", 100_000)),
            format!("fun f() {{ x = default({}); }}", deep("map[int, ", "int", "]", 100_000)),
            format!("module m = {};", deep("(", "A", ")", 100_000)),
            format!("module m = {}A;", "compose A, ".repeat(100_000)),
            format!("module m = {}A;", "assert S in ".repeat(100_000)),
            format!("fun f() {{ x = {}y; }}", "forall (a: int) :: ".repeat(100_000)),
            format!("fun f() {{ x = (a = {}); }}", "(a = ".repeat(100_000)),
        ];
        for (i, text) in cases.iter().enumerate() {
            let parsed = parse(text);
            let deep_error = parsed.diagnostics.iter().any(|d| d.code == "P1018");
            assert!(deep_error, "case {i} should report P1018, got {:?}", parsed.diagnostics.first());
            assert!(parsed.diagnostics.len() <= 3, "case {i}: {} errors", parsed.diagnostics.len());
            assert_unique_ids(&parsed.program);
        }
    });
}

#[test]
fn nesting_below_the_limit_is_fine() {
    on_small_stack(|| {
        parse_ok(&format!("fun f() {{ x = {}; }}", deep("(", "1", ")", 90)));
        parse_ok(&format!("fun f() {{ {} }}", deep("{", "", "}", 90)));
        parse_ok(&format!("fun f() {{ x = 1{}; }}", " + 1".repeat(150)));
    });
}
assert_syntax_errors!(declaration_without_var, "fun f() {\n  x: int;\n  var y: int;\n  var z: int;\n  y = 1;\n}\n");
assert_syntax_errors!(handler_body_without_brace, "machine M {\n  start state S {\n    on e do if (x) { }\n  }\n}\n");
