// expect: accepted
// Interface-typed and machine-typed values in collections and tuples, with `machine` as the common supertype.
// tests: DefaultImpl
event eX;
interface IX() receives eX;
machine XImpl receives eX; {
  start state S { ignore eX; }
}
machine Main {
  var all: seq[machine];
  var pair: (i: IX, m: machine);
  start state S {
    entry {
      var x: IX;
      x = new XImpl() to IX;
      all += (0, x);
      all += (1, this);
      pair = (i = x, m = this);
      all += (2, pair.i);
    }
  }
}
