// expect: rejected
// Several payload arguments are packed only into a positional tuple: for a named-tuple payload P reports an argument-count error and the named tuple must be written out (TypeCheckingUtils.ValidatePayloadTypes: NamedTupleType is not a TupleType).
event eOrder : (item: string, qty: int);
machine Main {
  start state S {
    entry {
      send this, eOrder, (item = "tea", qty = 2);
      send this, eOrder, "tea", 2; // error: two arguments for a named-tuple payload
    }
    ignore eOrder;
  }
}
