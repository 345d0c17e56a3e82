// expect: accepted
// `on e1, e2 goto S` with several events whose payload types all fit S's entry parameter.
// tests: DefaultImpl
event eSmall : int;
event eLarge : int;
event eAnyValue : any;
machine Main {
  start state Wait {
    on eSmall, eLarge goto Got;
    on eAnyValue goto Boxed;
  }
  state Got {
    entry (n: int) { }
    on eSmall, eLarge, eAnyValue goto Boxed;
  }
  state Boxed {
    entry (v: any) { }
    ignore eSmall, eLarge, eAnyValue;
  }
}
