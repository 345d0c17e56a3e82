// expect: accepted
// Binding a machine to an interface with a constructor payload: the machine's start entry takes that payload type, and creators pass it through the interface.
// tests: tcPayload
event eHello;
interface IGreeter(string) receives eHello;
machine Greeter receives eHello; {
  start state G {
    entry (name: string) { print format("hello from {0}", name); }
    ignore eHello;
  }
}
machine Host receives; {
  start state H {
    entry { send new IGreeter("ann"), eHello; }
  }
}
test tcPayload [main=Host]: { Host, Greeter -> IGreeter };
