// expect: accepted
// Several payload arguments are packed into a tuple matching the payload type for send, raise, announce and new (TypeCheckingUtils.ValidatePayloadTypes); goto takes the tuple as one value.
// tests: DefaultImpl
event ePair : (int, string);
event eNamed : (id: int, tag: string);
machine Child {
  start state C { entry (p: (int, bool)) { } }
}
machine Main {
  start state S {
    entry {
      send this, ePair, 1, "one";
      send this, ePair, (2, "two");
      send this, eNamed, (id = 3, tag = "three");
      announce ePair, 4, "four";
      new Child(5, true);
      new Child((6, false));
      goto T, (7, "seven");
    }
    ignore ePair, eNamed;
  }
  state T {
    entry (p: (int, string)) { raise ePair, p.0, p.1; }
    ignore ePair;
  }
}
