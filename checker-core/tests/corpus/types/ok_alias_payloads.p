// expect: accepted
// Event payloads, handler parameters and entry parameters may mix aliases and their expansions freely.
// tests: DefaultImpl
type tPos = (x: int, y: int);
type tPath = seq[tPos];
event eMove : tPos;
event eRoute : seq[(x: int, y: int)];
machine Main {
  var path: tPath;
  start state S {
    on eMove do (p: (x: int, y: int)) { path += (sizeof(path), p); }
    on eRoute goto T;
  }
  state T {
    entry (r: tPath) { path = r; }
  }
}
