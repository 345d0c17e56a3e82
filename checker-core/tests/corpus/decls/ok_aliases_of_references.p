// expect: accepted
// Type aliases may name machine and interface types and collections of them.
// tests: DefaultImpl
event ePoke;
interface ITarget() receives ePoke;
type tTarget = ITarget;
type tTargets = set[tTarget];
type tOwner = Main;
machine Dummy receives ePoke; {
  start state D { ignore ePoke; }
}
machine Main {
  var aims: tTargets;
  var me: tOwner;
  start state S {
    entry {
      var d: Dummy;
      d = new Dummy();
      aims += (d to ITarget);
      me = this;
    }
  }
}
