// expect: accepted
// `to` between interface and machine types: to a smaller receive set, to the same interface, and from `machine`.
// tests: DefaultImpl
event eA;
event eB;
interface IBoth() receives eA, eB;
interface IOnlyA() receives eA;
machine Both receives eA, eB; {
  start state S { ignore eA, eB; }
}
machine Main {
  var both: IBoth;
  var onlyA: IOnlyA;
  var m: machine;
  start state S {
    entry {
      both = new Both() to IBoth;
      onlyA = both to IOnlyA;
      onlyA = onlyA to IOnlyA;
      m = both;
      onlyA = m to IOnlyA;
      send onlyA, eA;
    }
  }
}
