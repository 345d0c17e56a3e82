// expect: rejected
// Using an element that P dropped from its enum (duplicate value, PEnum.AddElement) makes P fail, since the element belongs to no enum; the declaration and the use are both acceptable places to report it.
enum Status { ACTIVE = 1, ENABLED = 1 } // error?: duplicate enum value
machine Main {
  var s: Status;
  start state S {
    entry {
      s = ENABLED; // error?: use of the dropped element
    }
  }
}
