//! Snapshot tests of the type checker: one small program per rule, with its rendered diagnostics.

use crate::diagnostic::render_plain;
use crate::source::SourceSet;

fn check(src: &str) -> String {
    let sources = SourceSet::single("test.p", src);
    let compiled = crate::compile(&sources);
    let rendered = render_plain(&compiled.diagnostics, &sources);
    format!("----- SOURCE\n{src}\n\n----- DIAGNOSTICS\n{rendered}")
}

fn tests_of(src: &str) -> Vec<String> {
    let sources = SourceSet::single("test.p", src);
    let compiled = crate::compile(&sources);
    assert!(!compiled.has_errors(), "{}", render_plain(&compiled.diagnostics, &sources));
    compiled.program.map(|p| p.tests.into_iter().map(|t| t.name).collect()).unwrap_or_default()
}

macro_rules! snap {
    ($name:ident, $src:expr) => {
        #[test]
        fn $name() {
            insta::assert_snapshot!(check($src));
        }
    };
}

// ----- names and declarations

snap!(unknown_type, "machine Main { var x: Missing; start state S { } }");
snap!(duplicate_event, "event e1; event e1;\nmachine Main { start state S { } }");
snap!(enum_element_clashes_with_event, "event Red;\nenum Colour { Red, Green }\nmachine Main { start state S { } }");
snap!(duplicate_enum_value, "enum Level { Low = 1, High = 1 }\nmachine Main { start state S { } }");
snap!(type_and_machine_share_a_namespace, "type Main = int;\nmachine Main { start state S { } }");
snap!(circular_alias, "type A = seq[B];\ntype B = (int, A);\nmachine Main { start state S { } }");
snap!(duplicate_state, "machine Main { start state S { } state S { } }");
snap!(duplicate_field, "machine Main { var a: int; var a: bool; start state S { } }");
snap!(
    local_shadowing_parameter,
    "fun F(a: int) { var a: int; }\nmachine Main { start state S { } }"
);
snap!(
    function_after_state_with_same_name,
    "machine Main { start state Go { } fun Go() { } }"
);
snap!(
    typo_suggestions,
    "event eRequest;\nmachine Main { var counter: int; start state Idle { on eRequst goto Busy; } state Busy { entry { countr = 1; goto Idel; } } }"
);
snap!(unknown_variable, "machine Main { start state S { entry { y = 1; } } }");

// ----- types and expressions

snap!(assign_wrong_type, "machine Main { var x: int; start state S { entry { x = \"text\"; } } }");
snap!(null_into_int, "machine Main { var x: int; start state S { entry { x = null; } } }");
snap!(
    permission_types_need_equal_receive_sets,
    "event a; event b;\ninterface I() receives a;\ninterface J() receives a, b;\nmachine Main { var i: I; var j: J; start state S { entry { i = j; } } }"
);
snap!(machine_reference_in_data, "machine Main { var d: data; var m: machine; start state S { entry { d = m; } } }");
snap!(int_literal_too_large, "machine Main { var x: int; start state S { entry { x = 2147483648; } } }");
snap!(int_plus_float, "machine Main { var x: float; start state S { entry { x = 1 + 2.0; } } }");
snap!(string_plus_string_is_fine, "machine Main { var s: string; start state S { entry { s = \"a\" + \"b\"; } } }");
snap!(compare_incomparable, "machine Main { start state S { entry { assert 1 == true; } } }");
snap!(
    in_needs_a_collection,
    "machine Main { var x: int; start state S { entry { assert x in x; } } }"
);
snap!(
    in_element_type,
    "machine Main { var s: set[int]; start state S { entry { assert \"a\" in s; } } }"
);
snap!(missing_field, "machine Main { var t: (a: int, b: bool); start state S { entry { t.c = 1; } } }");
snap!(tuple_index_out_of_range, "machine Main { var t: (int, bool); start state S { entry { t.2 = 1; } } }");
snap!(
    positional_access_on_named_tuple,
    "machine Main { var t: (a: int, b: bool); var x: int; start state S { entry { x = t.0; } } }"
);
snap!(duplicate_named_tuple_field, "machine Main { var t: (a: int, a: int); start state S { } }");
snap!(
    cast_between_unrelated_types,
    "machine Main { var x: int; start state S { entry { x = \"s\" as int; } } }"
);
snap!(
    coercion_to_enum_is_rejected,
    "enum E { A }\nmachine Main { var e: E; start state S { entry { e = 0 to E; } } }"
);
snap!(
    interface_coercion_needs_smaller_receive_set,
    "event a; event b;\ninterface I() receives a;\ninterface J() receives a, b;\nmachine Main { var i: I; var j: J; start state S { entry { j = i to J; } } }"
);
snap!(choose_too_many, "machine Main { var x: int; start state S { entry { x = choose(10001); } } }");
snap!(choose_a_bool, "machine Main { var x: bool; start state S { entry { x = choose(true); } } }");
snap!(format_arity, "machine Main { start state S { entry { print format(\"{0} and {1}\", 1); } } }");
snap!(plain_string_with_placeholder, "machine Main { start state S { entry { print \"{0}\"; } } }");
snap!(malformed_format, "machine Main { start state S { entry { print \"a } b\"; } } }");
snap!(keys_of_a_seq, "machine Main { var s: seq[int]; start state S { entry { print format(\"{0}\", keys(s)); } } }");
snap!(
    set_element_cannot_be_assigned,
    "machine Main { var s: set[int]; start state S { entry { s[0] = 1; } } }"
);
snap!(
    seq_insert_needs_pair,
    "machine Main { var s: seq[int]; start state S { entry { s += (1); } } }"
);
snap!(
    map_remove_key_type,
    "machine Main { var m: map[int, string]; start state S { entry { m -= \"k\"; } } }"
);
snap!(
    foreach_variable_must_match_exactly,
    "machine Main { var s: seq[int]; var x: any; start state S { entry { foreach (x in s) { } } } }"
);
snap!(
    foreach_variable_must_be_declared,
    "machine Main { var s: seq[int]; start state S { entry { foreach (y in s) { } } } }"
);
snap!(
    this_in_global_function,
    "fun F(): machine { return this; }\nmachine Main { start state S { } }"
);
snap!(
    void_call_as_value,
    "fun F() { }\nmachine Main { var x: int; start state S { entry { x = F(); } } }"
);
snap!(
    call_arity_and_argument,
    "fun F(a: int, b: bool) { }\nmachine Main { start state S { entry { F(1); F(true, true); } } }"
);
snap!(
    global_function_cannot_call_a_method,
    "fun G() { M(); }\nmachine Main { fun M() { } start state S { } }"
);
snap!(
    error_expression_does_not_cascade,
    "machine Main { var x: int; start state S { entry { x = nope + 1; x = nope.f; } } }"
);

// ----- statements and payloads

snap!(
    send_payload_type,
    "event e: int;\nmachine Main { start state S { entry { send this, e, true; } } }"
);
snap!(
    send_missing_payload,
    "event e: int;\nmachine Main { start state S { entry { send this, e; } } }"
);
snap!(
    several_arguments_pack_into_a_tuple,
    "event e: (int, bool);\nmachine Main { start state S { entry { send this, e, 1, true; send this, e, 1, 2; } } }"
);
snap!(
    event_variable_payload_is_not_checked,
    "event e: int;\nmachine Main { var ev: event; start state S { entry { ev = e; send this, ev; raise ev, true; } } }"
);
snap!(
    payload_for_an_event_without_one,
    "event tick;\nmachine Main { start state S { entry { send this, tick, 1; } on tick do { } } }"
);
snap!(sending_null, "machine Main { start state S { entry { send this, null; } } }");
snap!(raising_null, "machine Main { start state S { entry { raise null; } } }");
snap!(
    new_payload_type,
    "machine Main { start state S { entry { new Worker(true); } } }\nmachine Worker { start state S { entry (n: int) { } } }"
);
snap!(new_unknown_interface, "machine Main { start state S { entry { new Nobody(); } } }");
snap!(
    goto_unknown_state,
    "machine Main { start state S { entry { goto Elsewhere; } } }"
);
snap!(
    goto_payload_arity_and_type,
    "machine Main { start state S { entry { goto T; goto T, true; } } state T { entry (n: int) { } } }"
);
snap!(break_outside_loop, "machine Main { start state S { entry { break; } } }");
snap!(continue_in_loop_is_fine, "machine Main { start state S { entry { while (true) { continue; } } } }");
snap!(
    missing_return,
    "fun F(b: bool): int { if (b) { return 1; } }\nmachine Main { start state S { } }"
);
snap!(
    returns_through_assert_false_and_both_branches,
    "fun F(b: bool): int { if (b) { return 1; } else { assert false; } }\nmachine Main { start state S { } }"
);
snap!(
    return_wrong_type,
    "fun F(): int { return true; }\nfun G() { return 1; }\nmachine Main { start state S { } }"
);
snap!(
    raise_in_function_with_result,
    "event e;\nmachine Main { fun F(): int { raise e; } start state S { } }"
);
snap!(
    duplicate_receive_case,
    "event e;\nmachine Main { start state S { entry { receive { case e: { } case e: { } } } } }"
);
snap!(
    receive_case_parameter_type,
    "event e: int;\nmachine Main { start state S { entry { receive { case e: (b: bool) { } } } } }"
);
snap!(
    assume_is_a_verifier_statement,
    "machine Main { start state S { entry { assume true; } } }"
);

// ----- machines and states

snap!(temperature_in_a_plain_machine, "machine Main { start hot state S { } }");
snap!(no_start_state, "machine Main { state S { } }");
snap!(two_start_states, "machine Main { start state S { } start state T { } }");
snap!(
    two_handlers_for_one_event,
    "event e;\nmachine Main { start state S { on e do { } defer e; } }"
);
snap!(
    entry_with_two_parameters,
    "machine Main { fun F(a: int, b: int) { } start state S { entry F; } }"
);
snap!(exit_with_parameter, "machine Main { fun F(a: int) { } start state S { exit F; } }");
snap!(
    handler_payload_mismatch,
    "event e: string;\nmachine Main { start state S { on e do (n: int) { } } }"
);
snap!(
    goto_target_entry_payload,
    "event e: string;\nmachine Main { start state S { on e goto T; } state T { entry (n: int) { } } }"
);
snap!(
    one_element_tuple_payload_fits_its_element,
    "event e: (int);\nmachine Main { start state S { on e do (n: int) { } } }"
);
snap!(
    global_function_as_handler,
    "event e;\nfun G() { }\nmachine Main { start state S { on e do G; } }"
);
snap!(defer_null, "machine Main { start state S { defer null; } }");
snap!(
    goto_in_exit_through_a_call,
    "machine Main { fun Leave() { goto T; } start state S { exit { Leave(); } } state T { } }"
);
snap!(
    raise_in_with_function,
    "event e; event f;\nmachine Main { start state S { on e goto T with { raise f; } } state T { } }"
);

// ----- spec machines

snap!(
    spec_cannot_send,
    "event e;\nspec Watch observes e { start state S { on e do { send this, e; } } }\nmachine Main { start state S { } }"
);
snap!(
    spec_cannot_defer_or_handle_null,
    "event e;\nspec Watch observes e { start state S { defer e; on null do { } } }\nmachine Main { start state S { } }"
);
snap!(
    spec_cannot_be_nondeterministic,
    "event e;\nspec Watch observes e { var b: bool; start state S { entry { b = $; } } }\nmachine Main { start state S { } }"
);
snap!(
    spec_cannot_call_a_sending_function,
    "event e;\nfun Tell(m: machine) { send m, e; }\nspec Watch observes e { var m: machine; start state S { entry { Tell(m); } } }\nmachine Main { start state S { } }"
);
snap!(
    spec_observes_unknown_event,
    "spec Watch observes nothing { start state S { } }\nmachine Main { start state S { } }"
);
snap!(
    spec_is_not_an_interface,
    "event e;\nspec Watch observes e { start state S { } }\nmachine Main { start state S { entry { new Watch(); } } }"
);

// ----- modules and tests

snap!(
    test_module_not_closed,
    "machine Main { start state S { entry { new Helper(); } } }\nmachine Helper { start state S { } }\ntest t [main=Main]: { Main };"
);
snap!(
    creates_are_inferred_through_functions,
    "fun Spawn() { new Helper(); }\nmachine Main { start state S { entry { Spawn(); } } }\nmachine Helper { start state S { } }\ntest t [main=Main]: { Main };"
);
snap!(
    main_machine_not_in_module,
    "machine Main { start state S { } }\nmachine Other { start state S { } }\ntest t [main=Main]: { Other };"
);
snap!(
    main_machine_takes_payload,
    "machine Main { start state S { entry (n: int) { } } }\ntest t [main=Main]: { Main };"
);
snap!(
    asserted_spec_observes_unsent_event,
    "event e;\nmachine Main receives; sends; { start state S { } }\nspec Watch observes e { start state S { } }\ntest t [main=Main]: assert Watch in { Main };"
);
snap!(
    assert_a_machine,
    "machine Main { start state S { } }\ntest t [main=Main]: assert Main in { Main };"
);
snap!(
    compose_binds_twice,
    "machine Main { start state S { } }\ntest t [main=Main]: (compose { Main }, { Main });"
);
snap!(
    default_impl_not_closed,
    "interface I() receives;\nmachine Main { start state S { entry { new I(); } } }"
);
snap!(
    hidee_needs_events_no_open_interface_receives,
    "event ping;\nmachine Main { start state S { entry { send this, ping; } on ping do { } } }\ntest t [main=Main]: hidee ping in { Main };"
);
snap!(
    refinement_test,
    "machine Main { start state S { } }\ntest t [main=Main]: { Main } refines { Main };"
);
snap!(
    twise_out_of_range,
    "param p: int;\nmachine Main { start state S { } }\ntest param (p in [1, 2]) (3 wise) t [main=Main]: { Main };"
);
snap!(
    undeclared_test_parameter,
    "machine Main { start state S { } }\ntest param (q in [1, 2]) t [main=Main]: { Main };"
);
snap!(
    parameter_value_type,
    "param p: bool;\nmachine Main { start state S { } }\ntest param (p in [1, 2]) t [main=Main]: { Main };"
);
snap!(
    parameters_are_read_only,
    "param p: int;\nmachine Main { start state S { entry { p = 3; } } }"
);
snap!(
    variable_named_like_a_parameter,
    "param p: int;\nmachine Main { var p: int; start state S { } }"
);

snap!(
    binding_an_interface_twice,
    "machine Main { start state S { } }\ntest t [main=Main]: { Main, Main };"
);
snap!(
    binding_needs_the_interface_receive_set,
    "event a; event b;\ninterface I() receives a, b;\nmachine Main { start state S { } }\nmachine Worker receives a; { start state S { on a do { } } }\ntest t [main=Main]: { Main, Worker -> I };"
);
snap!(
    spec_attached_twice,
    "event e;\nmachine Main { start state S { entry { send this, e; } on e do { } } }\nspec Watch observes e { start state S { on e do { } } }\ntest t [main=Main]: assert Watch in (assert Watch in { Main });"
);
snap!(
    compose_needs_disjoint_sends,
    "event e;\nmachine Main sends e; { start state S { } }\nmachine Other sends e; { start state S { } }\ntest u [main=Main]: union { Main }, { Other };\ntest c [main=Main]: compose { Main }, { Other };"
);
snap!(
    assume_over_a_non_parameter,
    "param a: int; param b: int;\nmachine Main { start state S { } }\ntest param (a in [1, 2]) assume (a < b) t [main=Main]: { Main };"
);
snap!(
    data_excludes_machine_inside_tuples,
    "machine Main { var d: data; start state S { entry { d = (1, true); d = (who = this, n = 1); } } }"
);
snap!(
    named_and_positional_tuples_do_not_mix,
    "machine Main { var t: (a: int, b: int); start state S { entry { t = (1, 2); } } }"
);
snap!(
    event_set_as_a_type,
    "event a; event b;\neventset AB = { a, b };\ninterface I() receives a, b;\ninterface J() receives a;\nmachine Main { var x: AB; var i: I; var j: J; start state S { entry { x = i; x = j; } } }"
);

snap!(
    alias_of_a_machine_type_is_not_a_machine_value,
    "event ping;\ntype tPeer = Main;\nenum E { A }\ntype tE = E;\nmachine Main { var peer: tPeer; var e: E; var te: tE; start state S { entry { peer = this; send peer, ping; e = te; te = e; } on ping do { } } }"
);

#[test]
fn huge_parameter_products_are_refused() {
    let values: Vec<String> = (0..20).map(|i| i.to_string()).collect();
    let list = values.join(", ");
    let params: Vec<String> = (0..5).map(|i| format!("p{i} in [{list}]")).collect();
    let src = format!(
        "param p0, p1, p2, p3, p4: int;\nmachine Main {{ start state S {{ }} }}\ntest param ({}) t [main=Main]: {{ Main }};",
        params.join(", ")
    );
    let sources = SourceSet::single("test.p", src);
    let compiled = crate::compile(&sources);
    assert!(compiled.diagnostics.iter().any(|d| d.code == "P4012"), "{}", render_plain(&compiled.diagnostics, &sources));
}

// ----- unsupported constructs

snap!(
    verifier_expressions_only_in_foreach_invariants,
    "machine Main { var s: seq[int]; var x: int; start state S { entry {\n  foreach (x in s) invariant forall (k: int) :: k == k; { }\n  assert forall (k: int) :: k == k;\n} } }"
);

snap!(foreign_type, "type Handle;\nmachine Main { start state S { } }");
snap!(foreign_function, "fun Now(): int;\nmachine Main { start state S { } }");

// ----- test lists

#[test]
fn default_impl_when_no_test() {
    assert_eq!(tests_of("machine Main { start state S { } }"), vec!["DefaultImpl"]);
    assert!(tests_of("machine Other { start state S { } }").is_empty());
}

#[test]
fn parametric_tests_expand_with_p_names() {
    let src = "param a: int; param b: bool;\nmachine Main { start state S { } }\n\
               test param (a in [-1, 2], b in [true, false]) assume (a > 0 || b) t [main=Main]: { Main };";
    assert_eq!(tests_of(src), vec!["t___a_neg1__b_true", "t___a_2__b_true", "t___a_2__b_false"]);
}

#[test]
fn monitors_and_bindings_are_recorded() {
    let src = "event e;\nmachine Main { start state S { entry { send this, e; } on e do { } } }\n\
               spec Watch observes e { start state S { on e do { } } }\n\
               scenario Seen observes e { start state S { on e goto Done; } cold state Done { ignore e; } }\n\
               test t [main=Main]: assert Watch in { Main };";
    let sources = SourceSet::single("test.p", src);
    let compiled = crate::compile(&sources);
    assert!(!compiled.has_errors(), "{}", render_plain(&compiled.diagnostics, &sources));
    let tests = compiled.program.map(|p| p.tests).unwrap_or_default();
    let t = &tests[0];
    assert_eq!(t.monitors, vec!["Watch", "Seen"]);
    assert_eq!(t.bindings.get("Main").map(String::as_str), Some("Main"));
}

#[test]
fn main_in_module_is_transparent() {
    // P 3.0 has no visitor for `main M in m`; ANTLR's default visit returns the inner module, so the test runs on it.
    let src = "machine Main { start state S { } }\ntest t [main=Main]: main Main in { Main };";
    assert_eq!(tests_of(src), vec!["t"]);
}

#[test]
fn implementations_come_before_tests() {
    let src = "machine Main { start state S { } }\n\
               test tcA [main=Main]: { Main };\n\
               implementation implB [main=Main]: { Main };";
    assert_eq!(tests_of(src), vec!["implB", "tcA"]);
}

#[test]
fn pairwise_covers_every_pair_of_values() {
    let src = "param a: int; param b: int; param c: bool;\nmachine Main { start state S { } }\n\
               test param (a in [1, 2], b in [3, 4], c in [true, false]) pairwise t [main=Main]: { Main };";
    let names = tests_of(src);
    assert!(names.len() < 8, "{names:?}");
    for (x, y) in [("a_1", "b_3"), ("a_1", "b_4"), ("a_2", "b_3"), ("a_2", "b_4"), ("b_3", "c_false"), ("a_2", "c_true")] {
        assert!(names.iter().any(|n| n.contains(x) && n.contains(y)), "{x} with {y} missing from {names:?}");
    }
}

#[test]
fn module_operators_are_accepted_when_well_formed() {
    let src = "event ping; event pong;\n\
               interface IServer() receives ping;\n\
               interface IAlias() receives ping;\n\
               machine Server receives ping; sends pong; { start state S { on ping do { } } }\n\
               machine Main receives pong; sends ping; { start state S { entry { send new IServer(), ping; } on pong do { } } }\n\
               spec Watch observes ping { start state S { on ping do { } } }\n\
               module System = union { Main }, { Server -> IServer };\n\
               test tcUnion [main=Main]: assert Watch in System;\n\
               test tcCompose [main=Main]: (compose { Main }, { Server -> IServer });\n\
               test tcHide [main=Main]: hidee ping in System;\n\
               test tcHideI [main=Main]: hidei IServer in System;\n\
               test tcRename [main=Main]: rename IServer to IAlias in System;";
    assert_eq!(tests_of(src), vec!["tcUnion", "tcCompose", "tcHide", "tcHideI", "tcRename"]);
}

#[test]
fn lowering_tables_are_filled() {
    let src = "enum Colour { Red = 3, Blue = 1 }\nevent go: int;\nparam p: int;\n\
               fun Twice(n: int): int { var r: int; r = n + n; return r; }\n\
               machine Main { var c: Colour; start state S { entry { c = Red; send this, go, Twice(p); } on go do (k: int) { } } }";
    let sources = SourceSet::single("test.p", src);
    let compiled = crate::compile(&sources);
    assert!(!compiled.has_errors(), "{}", render_plain(&compiled.diagnostics, &sources));
    let Some(typed) = compiled.program else { panic!("no program") };
    use super::{FunNode, Resolved};
    let resolved: Vec<&Resolved> = typed.resolved.iter().flatten().collect();
    assert!(resolved.contains(&&Resolved::EnumElem { enum_name: "Colour".into(), value: 3 }));
    assert!(resolved.contains(&&Resolved::Event("go".into())));
    assert!(resolved.contains(&&Resolved::GlobalParam));
    assert!(resolved.contains(&&Resolved::Field));
    assert!(resolved.iter().any(|r| matches!(r, Resolved::Function(_))));
    assert_eq!(typed.local_types.values().filter(|t| **t == super::types::Type::Int).count(), 3);
    for i in 0..typed.symbols.functions.len() {
        let node = typed.fun_node(super::symbols::FunId(i));
        assert!(matches!(node, Some(FunNode::Decl(_)) | Some(FunNode::Anon(_))), "function {i} has no node");
    }
    assert_eq!(typed.symbols.machines.get("Main").map(|m| m.payload.clone()), Some(super::types::Type::Null));
    assert_eq!(typed.expr_types.len(), typed.program.expr_count as usize);
}
