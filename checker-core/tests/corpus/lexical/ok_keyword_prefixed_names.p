// expect: accepted
// Identifiers that merely start with a keyword are ordinary names: `formatted`, `sendCount`, `newValue`, `thisOne`, `nullable`, `trueish`, `halted`, `values2`, `default_`.
// tests: DefaultImpl
machine Main {
  var formatted: string;
  var sendCount: int;
  var newValue: int;
  var thisOne: bool;
  var nullable: any;
  var trueish: bool;
  var halted: bool;
  var values2: seq[int];
  var default_: int;
  start state S {
    entry {
      formatted = "x";
      sendCount = 1;
      newValue = sendCount + default_;
      thisOne = true;
      trueish = thisOne;
      halted = !trueish;
      values2 += (0, newValue);
      nullable = values2;
    }
  }
}
