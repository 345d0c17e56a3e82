// expect: rejected
// The argument count must match exactly: extra format arguments are an error too (IncorrectArgumentCount).
machine Main {
  var s: string;
  start state S {
    entry {
      s = format("{0}", 1, 2); // error: one placeholder, two arguments
    }
  }
}
