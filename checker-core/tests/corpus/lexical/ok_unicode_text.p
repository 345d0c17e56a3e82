// expect: accepted
// Non-ASCII characters are allowed in comments and string literals (only identifiers are ASCII): é, ü, 日本語, emoji.
// tests: DefaultImpl
// Ünïcödé in a comment: 分散システム ✓
machine Main {
  var s: string;
  start state S {
    entry {
      s = "héllo, wörld — 日本語 🙂";
      print s;
    }
  }
}
