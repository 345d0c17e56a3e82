// expect: static-error
// A literal choice count above 10000 is rejected at compile time.
machine Main {
  start state S { entry { assert choose(10001) >= 0; } }
}
