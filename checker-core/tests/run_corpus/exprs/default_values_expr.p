// expect: bug assertion "default string is null"
// default(T) is a value of T: "" for strings, never null.
machine Main {
  var s: string;
  start state Init {
    entry {
      assert default(string) == "" && default(int) == 0 && default(bool) == false;
      assert sizeof(default(map[int, seq[int]])) == 0;
      assert default(any) == null && default(machine) == null;
      s = default(string);
      assert s + "x" == "x";
      assert (s as any) == null, "default string is null";
    }
  }
}
