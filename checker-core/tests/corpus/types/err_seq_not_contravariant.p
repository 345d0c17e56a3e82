// expect: rejected
// Collections are covariant only: a seq[any] cannot be stored in a seq[int] (SequenceType.IsAssignableFrom).
machine Main {
  var numbers: seq[int];
  var things: seq[any];
  start state S {
    entry {
      things = numbers;
      numbers = things; // error: seq[any] into seq[int]
    }
  }
}
