// expect: rejected
// Map writes are checked against the key and value types.
machine Main {
  var ages: map[string, int];
  start state S {
    entry {
      ages["ann"] = 31;
      ages["bob"] = "thirty"; // error: string is not int
      ages[7] = 7; // error: int is not a string key
    }
  }
}
