// expect: accepted
// `as` casts between types where one is assignable to the other; `to` coerces int/float/enum numbers and machine references to interfaces (ExprVisitor.VisitCastExpr).
// tests: DefaultImpl
enum Level { LOW = 10, HIGH = 20 }
event eHello;
event eBye;
interface IGreeter() receives eHello;
machine Main receives eHello, eBye; {
  var box: any;
  var items: seq[any];
  var ints: seq[int];
  var f: float;
  var n: int;
  var me: machine;
  var g: IGreeter;
  start state S {
    entry {
      box = 41;
      n = box as int + 1;
      items += (0, 1);
      ints = items as seq[int];
      box = items;
      ints = box as seq[int];
      f = n to float;
      n = 2.75 to int;
      n = HIGH to int;
      n = n to int;
      me = this;
      g = me to IGreeter;
      g = this to IGreeter;
      me = g as machine;
    }
    on eHello, eBye do { }
  }
}
