// expect: bug assertion "default event payload"
// The default event carries a null payload into the target state's entry.
machine Main {
  start state Idle {
    on null goto Woken;
  }
  state Woken {
    entry (p: any) {
      assert p == null;
      assert p != null, "default event payload";
    }
  }
}
