// expect: pass
// Events left in an inbox at the end, and deferred events never handled, are not bugs; nor are idle
// machines.
event Later;
event Unused;
machine Main {
  var other: machine;
  start state Init {
    defer Later;
    entry {
      send this, Later;
      send this, Later;
      other = new Idler();
      send other, Unused;
    }
  }
}
machine Idler {
  start state Sleep {
    defer Unused;
  }
}
