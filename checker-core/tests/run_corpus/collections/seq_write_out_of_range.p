// expect: bug runtime_error "out of range"
// Assigning xs[i] needs an existing index: it never grows the seq.
machine Main {
  var xs: seq[bool];
  start state Init {
    entry {
      xs += (0, true);
      xs[0] = false;
      xs[1] = true;
    }
  }
}
