// test: tcGood
// expect: pass
// test: tcFlaky
// expect: bug assertion "store lost the value"
// The same client runs against two implementations bound to one interface: `new IStore` creates
// whichever machine the test binds to IStore.
event Put: (key: int, val: int, from: machine);
event Get: (key: int, from: machine);
event PutAck;
event GetReply: int;
interface IStore(int) receives Put, Get;

machine Client {
  var store: IStore;
  start state Use {
    entry {
      var got: int;
      store = new IStore(3);
      send store, Put, (key = 1, val = 7, from = this);
      receive { case PutAck: { } }
      send store, Get, (key = 1, from = this);
      receive { case GetReply: (v: int) { got = v; } }
      assert got == 7, "store lost the value";
    }
  }
}
