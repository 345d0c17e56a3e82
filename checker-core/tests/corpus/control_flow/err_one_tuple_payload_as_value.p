// expect: rejected
// A one-element tuple payload `(int)` needs a tuple value `(5,)` in send; a bare int is not a `(int)` (the unwrapping special case exists only for handler parameters).
event eBoxed : (int);
machine Main {
  start state S {
    entry {
      send this, eBoxed, (5,);
      send this, eBoxed, 5; // error: int is not (int)
    }
    on eBoxed do (n: int) { }
  }
}
