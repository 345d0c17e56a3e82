// expect: rejected
// Three unrelated syntax errors in one file: the parser recovers and reports all of them in one run.
event eMissingType : ; // error: a type is expected after `:`
enum Shade { LIGHT, , DARK } // error: empty enum element
event eFine : int;
machine Main {
  var n: int;
  start state S {
    entry {
      n = 1 + ; // error: an operand is missing
    }
    on eFine do (v: int) { n = v; }
  }
}
