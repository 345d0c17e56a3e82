// expect: rejected
// Two aliases defined in terms of each other are also circular (both on one line so that either report position fits).
type tTree = seq[tForest]; type tForest = (roots: tTree, size: int); // error: circular type definition
machine Main {
  start state S { }
}
