// expect: accepted
// Top-level declarations can be used before they appear: the checker resolves names over the whole program.
// tests: DefaultImpl
machine Main {
  var cfg: tConfig;
  start state Begin {
    entry {
      cfg = (replicas = Double(2), mode = FAST);
      raise eGo, cfg;
    }
    on eGo goto Done;
  }
  state Done { }
}
event eGo : tConfig;
type tConfig = (replicas: int, mode: tMode);
enum tMode { SLOW, FAST }
fun Double(x: int): int { return 2 * x; }
