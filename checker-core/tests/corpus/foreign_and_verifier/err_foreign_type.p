// expect: rejected
// A foreign type (`type T;`) needs host code that Plait cannot run: a static error naming the declaration.
type tNativeQueue; // error: foreign type tNativeQueue is not supported
machine Main {
  start state S { }
}
