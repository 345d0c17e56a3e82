// expect: rejected
// Arguments of `new I(...)` are checked against the interface's constructor payload type.
event eHi;
interface IGreeter(string) receives eHi;
machine Greeter receives eHi; {
  start state G { entry (name: string) { } ignore eHi; }
}
machine Main {
  start state S {
    entry {
      new IGreeter("ok");
      new IGreeter(5); // error: int for a string payload
    }
  }
}
test tcGreet [main=Main]: { Main, Greeter -> IGreeter };
