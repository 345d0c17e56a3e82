// expect: bug assertion "halt case ran"
// A receive with `case halt` takes the halt itself.
machine Main {
  start state Init {
    entry {
      send this, halt;
      receive {
        case halt: { assert false, "halt case ran"; }
      }
    }
  }
}
