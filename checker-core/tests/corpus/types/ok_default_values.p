// expect: accepted
// `default(T)` is defined for every type, including aliases, enums, tuples and collections.
// tests: DefaultImpl
enum Mood { CALM = 3, ANGRY = 1 }
type tRec = (id: int, tags: set[string], nested: (float, bool));
machine Main {
  start state S {
    entry {
      assert default(int) == 0;
      assert default(float) == 0.0;
      assert default(bool) == false;
      assert default(string) == "";
      assert default(Mood) == ANGRY;
      assert default(event) == null;
      assert default(machine) == null;
      assert default(any) == null;
      assert default(data) == null;
      assert sizeof(default(seq[int])) == 0;
      assert sizeof(default(map[int, string])) == 0;
      assert default(tRec).id == 0;
      assert sizeof(default(tRec).tags) == 0;
      assert default((int, string)).1 == "";
    }
  }
}
