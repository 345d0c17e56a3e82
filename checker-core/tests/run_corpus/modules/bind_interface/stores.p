machine MapStore {
  var cells: map[int, int];
  start state Serve {
    entry (capacity: int) { assert capacity == 3; }
    on Put do (p: (key: int, val: int, from: machine)) { cells[p.key] = p.val; send p.from, PutAck; }
    on Get do (g: (key: int, from: machine)) { send g.from, GetReply, cells[g.key]; }
  }
}
machine ForgetfulStore {
  var cells: map[int, int];
  start state Serve {
    entry (capacity: int) { }
    on Put do (p: (key: int, val: int, from: machine)) {
      if ($) { cells[p.key] = p.val; } else { cells[p.key] = 0; }
      send p.from, PutAck;
    }
    on Get do (g: (key: int, from: machine)) { send g.from, GetReply, cells[g.key]; }
  }
}
test tcGood [main=Client]: { Client, MapStore -> IStore };
test tcFlaky [main=Client]: { Client, ForgetfulStore -> IStore };
