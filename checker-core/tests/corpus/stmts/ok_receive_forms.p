// expect: accepted
// `receive` forms: several events in one case, a case with a payload parameter, `case halt`, a receive nested in a loop inside a method, and `case null` (accepted by P, never matches).
// tests: DefaultImpl
event eYes : int;
event eNo;
event eMaybe;
machine Main {
  var answers: int;
  fun Ask(times: int) {
    var i: int;
    while (i < times) {
      receive {
        case eYes: (weight: int) { answers = answers + weight; }
        case eNo, eMaybe: { answers = answers - 1; }
        case halt: { return; }
      }
      i = i + 1;
    }
  }
  start state S {
    entry {
      send this, eYes, 2;
      send this, eMaybe;
      Ask(2);
      receive {
        case null: { }
        case eNo: { }
      }
    }
  }
}
