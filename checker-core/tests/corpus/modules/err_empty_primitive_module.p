// expect: rejected
// A primitive module binds at least one machine: `{ }` is a syntax error (grammar: bindslist+).
machine Main {
  start state S { }
}
test tcEmpty [main=Main]: union { Main }, { }; // error: empty primitive module
