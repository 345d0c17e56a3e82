// expect: bug illegal_action "Put"
// A reference made by `new I` carries I's permissions: the bound machine handles Put, but the interface it
// was created through only receives Get.
event Get;
event Put;
interface IReadOnly() receives Get;
machine Store receives Get, Put; {
  start state S { on Get, Put do { } }
}
machine Reader {
  start state R {
    entry {
      var s: IReadOnly;
      var ev: event;
      s = new IReadOnly();
      send s, Get;
      ev = Put;
      send s, ev;
    }
  }
}
test tcReadOnly [main=Reader]: { Reader, Store -> IReadOnly };
