// expect: pass
// prints: "slots 0 7, grown to 3"
// Another consequence of P's compiler hoisting calls first (IRTransformer, AssignStmt: the l-value's
// plain-variable index is only read when the assignment happens): in `xs[i] = Put()` the index is read
// after Put changed it, and the store goes into the seq as Put left it.
machine Main {
  var xs: seq[int];
  var i: int;
  start state S {
    entry {
      xs += (0, 0);
      xs += (1, 0);
      i = 0;
      xs[i] = Put();
      print format("slots {0} {1}, grown to {2}", xs[0], xs[1], sizeof(xs));
    }
  }
  fun Put(): int {
    i = 1;
    xs += (2, 0);
    return 7;
  }
}
