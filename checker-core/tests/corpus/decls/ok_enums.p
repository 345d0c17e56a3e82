// expect: accepted
// Plain and numbered enums: elements are global constants, comparable within their enum, coercible to int with `to`.
// tests: DefaultImpl
enum Phase { BOOTING, SERVING, DRAINING }
enum HttpCode { OK_CODE = 200, NOT_FOUND = 404, TEAPOT = 418 }
fun NextPhase(p: Phase): Phase {
  if (p == BOOTING) { return SERVING; }
  return DRAINING;
}
machine Main {
  var phase: Phase;
  var code: HttpCode;
  var raw: int;
  start state Run {
    entry {
      phase = default(Phase);
      assert phase == BOOTING;
      phase = NextPhase(phase);
      code = TEAPOT;
      raw = code to int;
      assert raw == 418;
      code = NOT_FOUND;
      assert code != OK_CODE;
      raw = SERVING to int + 1;
    }
  }
}
