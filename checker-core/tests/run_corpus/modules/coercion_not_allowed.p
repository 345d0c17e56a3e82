// expect: bug runtime_error "ITarget"
// Coercing to an interface that receives an event the machine does not accept fails at runtime.
event Hit;
event Miss;
interface ITarget() receives Hit, Miss;
machine Board receives Hit; {
  start state B { on Hit do { } }
}
machine Main {
  var m: machine;
  var t: ITarget;
  start state S {
    entry {
      m = new Board();
      t = m to ITarget;
      send t, Hit;
    }
  }
}
