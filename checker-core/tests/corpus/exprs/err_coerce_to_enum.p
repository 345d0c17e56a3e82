// expect: rejected
// `to` only targets int, float or an interface/machine type; P rejects `to` an enum type (ExprVisitor.VisitCastExpr IllegalTypeInCoerceExpr).
enum Gear { PARK, DRIVE }
machine Main {
  var g: Gear;
  var n: int;
  start state S {
    entry {
      n = DRIVE to int;
      g = 1 to Gear; // error: cannot coerce to an enum
    }
  }
}
