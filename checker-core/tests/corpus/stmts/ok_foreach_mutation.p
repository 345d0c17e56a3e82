// expect: accepted
// Mutating the collection inside its own foreach is legal (the loop iterates a copy), as is assigning the loop variable.
// tests: DefaultImpl
machine Main {
  var xs: seq[int];
  var x: int;
  start state S {
    entry {
      xs += (0, 1);
      xs += (1, 2);
      foreach (x in xs) {
        xs += (sizeof(xs), x * 10);
        x = 0;
      }
    }
  }
}
