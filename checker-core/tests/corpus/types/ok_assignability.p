// expect: accepted
// The legal implicit conversions: anything to `any`, machine-free values to `data`, interfaces to `machine`, null to machine/event/any/data, covariant collections.
// tests: DefaultImpl
event ePoke;
interface IWorker() receives ePoke;
machine Worker receives ePoke; {
  start state W { on ePoke do { } }
}
machine Main {
  var a: any;
  var d: data;
  var m: machine;
  var w: IWorker;
  var ev: event;
  var anys: seq[any];
  var ints: seq[int];
  var table: map[string, any];
  var pair: (name: string, count: int);
  start state S {
    entry {
      a = 5;
      a = "five";
      a = (1, true);
      a = null;
      d = (name = "x", count = 1);
      d = default(seq[int]);
      d = null;
      w = new Worker();
      m = w;
      m = null;
      a = w;
      ev = ePoke;
      ev = null;
      ev = halt;
      ints += (0, 4);
      anys = ints;
      table["k"] = 1;
      table["j"] = ints;
      pair = (name = "n", count = 2);
      a = pair;
    }
  }
}
