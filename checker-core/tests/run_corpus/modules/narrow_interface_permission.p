// expect: bug illegal_action "Miss"
// A reference coerced to a narrower interface only permits that interface's events, even though the
// machine behind it would handle more.
event Hit;
event Miss;
interface ITarget() receives Hit;
machine Board receives Hit, Miss; {
  start state B { on Hit, Miss do { } }
}
machine Main {
  var m: machine;
  var t: ITarget;
  var ev: event;
  start state S {
    entry {
      m = new Board();
      send m, Miss;
      t = m to ITarget;
      send t, Hit;
      ev = Miss;
      send t, ev;
    }
  }
}
