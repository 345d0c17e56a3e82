// expect: bug runtime_error "already present"
// `m += (k, v)` adds a new key; adding an existing key is an error (use m[k] = v to update).
machine Main {
  var owners: map[int, string];
  start state Init {
    entry {
      owners += (1, "ann");
      owners[1] = "bob";
      owners += (2, "cy");
      owners += (1, "dee");
    }
  }
}
