// expect: pass
// prints: "board hit"
// A `machine` value can be coerced to an interface whose receive set the machine accepts.
event Hit;
event Miss;
interface ITarget() receives Hit;
machine Board receives Hit, Miss; {
  start state B { on Hit do { print "board hit"; } on Miss do { } }
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
