// expect: rejected
// Independent type errors in one handler are all reported, each on its own line.
machine Main {
  var n: int;
  var b: bool;
  var s: string;
  start state S {
    entry {
      n = "one"; // error: string into int
      b = 1 < "2"; // error: int < string
      s = s + 1; // error: string + int
      n = n + 1;
    }
  }
}
