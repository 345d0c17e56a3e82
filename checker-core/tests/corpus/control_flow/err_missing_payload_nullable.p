// expect: rejected
// Omitting the payload is allowed only when the payload type is exactly null: even for `any` or `machine` payloads, `raise e;`, `send m, e;` and `new M()` need the value written, e.g. `null` (TypeCheckingUtils.ValidatePayloadTypes: IsSameTypeAs(Null)).
event eAnything : any;
event eWho : machine;
machine Holder {
  start state H { entry (x: any) { } }
}
machine Main {
  start state S {
    entry {
      send this, eAnything, null;
      new Holder(null);
      send this, eWho; // error: payload required for a machine payload
      raise eAnything; // error: payload required for an any payload
      new Holder(); // error: payload required for an any start payload
    }
    ignore eAnything, eWho;
  }
}
