// expect: accepted
// A machine may create instances of itself, passing itself as payload.
// tests: DefaultImpl
machine Cell {
  var parent: Cell;
  start state Grow {
    entry (cfg: (depth: int, parent: Cell)) {
      parent = cfg.parent;
      if (cfg.depth > 0) { new Cell((depth = cfg.depth - 1, parent = this)); }
    }
  }
}
machine Main {
  start state S { entry { new Cell((depth = 3, parent = default(Cell))); } }
}
