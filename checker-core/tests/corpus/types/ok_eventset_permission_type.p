// expect: accepted
// An event set name is a permission type: a machine reference whose receive set is exactly that set is assignable to it (TypeResolver.VisitNamedType, PermissionType).
event eStart;
event eStop;
eventset esControl = { eStart, eStop };
machine Engine receives eStart, eStop; {
  start state Off { on eStart goto On; ignore eStop; }
  state On { on eStop goto Off; ignore eStart; }
}
machine Main {
  var ctl: esControl;
  start state S {
    entry {
      ctl = new Engine();
      send ctl, eStart;
      send ctl, eStop;
    }
  }
}
// tests: DefaultImpl
