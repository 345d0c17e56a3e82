// expect: accepted
// A parametric test expands to the full cartesian product, first parameter varying fastest, named `<test>___<p>_<v>__...` with bools as `true`/`false` (ParamAssignment.cs).
// tests: tcGrid___nServers_1__lossy_true, tcGrid___nServers_3__lossy_true, tcGrid___nServers_1__lossy_false, tcGrid___nServers_3__lossy_false
param nServers: int;
param lossy: bool;
machine Main {
  var made: int;
  start state S {
    entry {
      while (made < nServers) { made = made + 1; }
      if (lossy) { print "lossy network"; }
    }
  }
}
test param (nServers in [1, 3], lossy in [true, false]) tcGrid [main=Main]: { Main };
