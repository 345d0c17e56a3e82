// expect: accepted
// Machine methods read and write fields, call each other before their declaration, take and return collections, and use `this`.
// tests: DefaultImpl
event eSelf : Main;
machine Main {
  var history: seq[string];
  fun Log(s: string) { history += (sizeof(history), s); Flush(); }
  fun Flush() { if (sizeof(history) > 10) { history = default(seq[string]); } }
  fun Me(): Main { return this; }
  start state S {
    entry { Log("start"); send Me(), eSelf, this; }
    on eSelf do (m: Main) { assert m == this; Log("self"); }
  }
}
