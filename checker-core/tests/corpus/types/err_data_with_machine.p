// expect: rejected
// `data` only holds values without machine references; a tuple holding a machine is not data (DataType.IsAssignableFrom).
machine Main {
  var payload: data;
  start state S {
    entry {
      payload = (owner = 1, ok = true);
      payload = (owner = this, ok = true); // error: contains a machine reference
    }
  }
}
