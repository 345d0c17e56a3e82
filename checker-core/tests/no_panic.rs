//! Property: no input makes the front end panic — random text, random token soups, and mutations of a valid
//! program all come back as diagnostics.

use checker_core::{compile, diagnostic::render_plain, SourceSet};
use proptest::prelude::*;

const VALID: &str = r#"
event eReq : (from: Client, n: int);
event eResp : int;
type tPair = (a: int, b: string);
enum Color { Red, Green }
machine Server {
  var seen: map[int, seq[tPair]];
  start state Serve {
    entry { }
    on eReq do (r: (from: Client, n: int)) {
      var i: int;
      if (!(r.n in seen)) { seen[r.n] = default(seq[tPair]); }
      seen[r.n] += (0, (a = r.n, b = format("{0}", r.n)));
      while (i < sizeof(seen[r.n])) { i = i + 1; }
      send r.from, eResp, r.n * 2;
    }
    ignore halt;
  }
}
machine Client {
  var s: Server;
  start state Init {
    entry (server: Server) { s = server; send s, eReq, (from = this, n = choose(3)); }
    on eResp goto Done with (v: int) { assert v % 2 == 0, "even"; }
  }
  cold state Done { }
}
spec Watch observes eResp { start hot state W { on eResp goto Ok; } cold state Ok { ignore eResp; } }
machine Main { start state S { entry { new Client(new Server()); } } }
test tcMain [main=Main]: assert Watch in { Main, Client, Server };
"#;

fn check_no_panic(files: &[&str]) {
    let mut sources = SourceSet::new();
    for (i, text) in files.iter().enumerate() {
        sources.add(format!("f{i}.p"), *text);
    }
    let compiled = compile(&sources);
    let _ = render_plain(&compiled.diagnostics, &sources);
}

const TOKENS: &[&str] = &[
    "machine", "spec", "state", "start", "hot", "cold", "entry", "exit", "on", "do", "goto", "with", "defer",
    "ignore", "event", "type", "enum", "fun", "var", "if", "else", "while", "foreach", "in", "return", "send",
    "raise", "announce", "new", "receive", "case", "test", "module", "assert", "main", "param", "pairwise",
    "wise", "{", "}", "(", ")", "[", "]", ";", ",", ".", ":", "=", "+=", "-=", "==", "+", "-", "*", "/", "%",
    "!", "&&", "||", "<", ">", "as", "to", "seq", "set", "map", "int", "bool", "string", "any", "null", "halt",
    "this", "$", "$$", "choose", "format", "default", "sizeof", "keys", "values", "x", "y", "M", "e", "0", "1",
    "2147483648", "\"s{0}\"", "1.5", "->", "==>", "/*", "*/", "//", "\n",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..120).prop_map(|t| t.join(" "))
}

/// Deletes, duplicates or swaps a slice of the valid program (by byte position; the program is ASCII).
fn mutation() -> impl Strategy<Value = String> {
    (0..VALID.len(), 0..VALID.len(), 0u8..3).prop_map(|(a, b, how)| {
        let (lo, hi) = (a.min(b), a.max(b));
        match how {
            0 => format!("{}{}", &VALID[..lo], &VALID[hi..]),
            1 => format!("{}{}{}", &VALID[..hi], &VALID[lo..hi], &VALID[hi..]),
            _ => format!("{}{}{}", &VALID[hi..], &VALID[lo..hi], &VALID[..lo]),
        }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn random_text_never_panics(text in "\\PC{0,300}") {
        check_no_panic(&[&text]);
    }

    #[test]
    fn token_soups_never_panic(a in soup(), b in soup()) {
        check_no_panic(&[&a, &b]);
    }

    #[test]
    fn mutated_programs_never_panic(text in mutation()) {
        check_no_panic(&[&text]);
    }
}

#[test]
fn the_unmutated_program_is_valid() {
    assert!(VALID.is_ascii(), "mutation() slices by byte");
    let sources = SourceSet::single("valid.p", VALID);
    let compiled = compile(&sources);
    assert!(!compiled.has_errors(), "{}", render_plain(&compiled.diagnostics, &sources));
    let names: Vec<_> = compiled.program.iter().flat_map(|p| p.tests.iter().map(|t| t.name.clone())).collect();
    assert_eq!(names, ["tcMain"]);
}

#[test]
fn pathological_nesting_is_reported_not_overflowed() {
    let deep = format!("fun f(): int {{ return {}1{}; }}", "(".repeat(100_000), ")".repeat(100_000));
    check_no_panic(&[&deep]);
    let blocks = format!("fun g() {{ {} }}", "{".repeat(50_000));
    check_no_panic(&[&blocks]);
    let unary = format!("fun h(): bool {{ return {}true; }}", "!".repeat(100_000));
    check_no_panic(&[&unary]);
    let tuple_type = format!("fun k(x: {}int{}) {{ }}", "seq[".repeat(50_000), "]".repeat(50_000));
    check_no_panic(&[&tuple_type]);
}
