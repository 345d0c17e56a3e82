// expect: accepted
// Built-in expression forms: `this`, `halt`, `null`, `new` as an expression, `keys`, `values`, `sizeof`, `default`, function calls on call results.
// tests: DefaultImpl
type tResult = (ok: bool, code: int);
fun Probe(): tResult { return (ok = true, code = 7); }
machine Child {
  start state C { entry (parent: Main) { } }
}
machine Main {
  var kid: Child;
  var ev: event;
  var reg: map[int, string];
  start state S {
    entry {
      kid = new Child(this);
      ev = halt;
      assert ev != null;
      reg[1] = "one";
      assert keys(reg)[0] == 1 && values(reg)[0] == "one" && sizeof(reg) == 1;
      assert Probe().ok && Probe().code == 7;
      assert default(tResult) == (ok = false, code = 0);
    }
  }
}
