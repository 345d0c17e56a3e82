// expect: rejected
// A type alias cannot refer to itself: P has no recursive types (TypeResolver CircularTypeDef).
type tNode = (value: int, next: tNode); // error: circular type definition
machine Main {
  start state S { }
}
