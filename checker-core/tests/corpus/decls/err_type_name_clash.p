// expect: rejected
// Enums, typedefs, interfaces and machines share one namespace: an alias cannot reuse an enum's name (Scope.cs).
enum Color { RED, GREEN }
type Color = int; // error: `Color` is already an enum
machine Main {
  start state S { }
}
