// expect: pass
// prints: "zeros -0 0 equal"
// Negative zero equals zero (and prints as -0).
machine Main {
  var nz: float;
  start state S {
    entry {
      nz = -0.0;
      assert nz == 0.0;
      assert (nz as any) == (0.0 as any);
      print format("zeros {0} {1} equal", nz, 0.0);
    }
  }
}
