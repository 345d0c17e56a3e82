// expect: rejected
// More reserved words that cannot be used as names, each reported on its own line: `is`, `safe`, `choose`, `Proof`, `values`.
machine Main {
  var is: int; // error: `is` is reserved
  var safe: bool; // error: `safe` is reserved
  var choose: int; // error: `choose` is reserved
  var Proof: int; // error: `Proof` is reserved
  var values: seq[int]; // error: `values` is reserved
  start state S { }
}
