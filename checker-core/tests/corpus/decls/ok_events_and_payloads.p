// expect: accepted
// Events without payload and with payloads of every kind of type; handlers take the payload as their single parameter.
// tests: DefaultImpl
type tReq = (client: machine, key: string, attempt: int);
event eStop;
event eCount : int;
event eRatio : float;
event eNote : string;
event eFlag : bool;
event eReq : tReq;
event eBatch : seq[int];
event eTags : set[string];
event eTable : map[string, int];
event ePair : (int, bool);
event eAnything : any;
event eBlob : data;
machine Main {
  var sum: int;
  start state Listen {
    entry {
      raise eCount, 3;
    }
    on eCount do (n: int) { sum = sum + n; }
    on eRatio do (r: float) { assert r >= 0.0; }
    on eNote do (s: string) { print s; }
    on eFlag do (b: bool) { assert b || !b; }
    on eReq do (r: tReq) { sum = sum + r.attempt; }
    on eBatch do (xs: seq[int]) { sum = sum + sizeof(xs); }
    on eTags do (ts: set[string]) { sum = sum + sizeof(ts); }
    on eTable do (t: map[string, int]) { sum = sum + sizeof(t); }
    on ePair do (p: (int, bool)) { sum = sum + p.0; }
    on eAnything do (a: any) { }
    on eBlob do (d: data) { }
    on eStop do { sum = 0; }
  }
}
