// expect: bug assertion "explicit payload wins"
// goto S, v passes v, not the payload of the event being handled.
event Bump: int;
machine Main {
  start state Start {
    entry { send this, Bump, 1; }
    on Bump do (n: int) { goto Next, n + 100; }
  }
  state Next {
    entry (n: int) { assert n == 1, "explicit payload wins"; }
  }
}
