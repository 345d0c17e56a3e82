// expect: accepted
// Placeholders with several digits count by value: `{10}` needs 11 arguments; `{{0}}` is an escaped literal needing none.
// tests: DefaultImpl
machine Main {
  var s: string;
  start state S {
    entry {
      s = format("{10}{0}", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
      s = "{{0}} is not a placeholder";
      s = format("{{{0}}}", 5);
    }
  }
}
