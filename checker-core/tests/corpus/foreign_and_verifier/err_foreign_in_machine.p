// expect: rejected
// Foreign methods inside a machine are rejected too; each foreign declaration gets its own error.
type tSocket; // error: foreign type
machine Main {
  fun OpenSocket(port: int): tSocket; // error: foreign method
  start state S { }
}
