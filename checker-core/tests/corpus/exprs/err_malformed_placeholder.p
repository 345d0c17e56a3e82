// expect: rejected
// Inside braces only digits are allowed; `{name}` is an invalid format string (InvalidStringExprFormat).
machine Main {
  var s: string;
  start state S {
    entry {
      s = "hello {name}"; // error: non-digit placeholder
    }
  }
}
