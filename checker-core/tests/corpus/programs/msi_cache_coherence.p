// expect: accepted
// An MSI cache-coherence protocol with a directory: caches request shared or exclusive access, the directory invalidates other copies before granting exclusive access, and a spec checks single-writer/multiple-reader.
// tests: tcCoherence___nCaches_2, tcCoherence___nCaches_3
param nCaches: int;
enum tLine { INVALID, SHARED, MODIFIED }
event eGetShared : Cache;
event eGetExclusive : Cache;
event eGrant : tLine;
event eInvalidate : Directory;
event eInvalidateAck : Cache;
event eLineState : (cache: Cache, line: tLine);
machine Directory {
  var sharers: set[Cache];
  var owner: Cache;
  var hasOwner: bool;
  var requester: Cache;
  var pendingAcks: int;
  start state Ready {
    on eGetShared do (c: Cache) {
      if (hasOwner && owner != c) {
        requester = c;
        pendingAcks = 1;
        send owner, eInvalidate, this;
        hasOwner = false;
        goto WaitShared;
      }
      sharers += (c);
      send c, eGrant, SHARED;
    }
    on eGetExclusive do (c: Cache) {
      var s: Cache;
      requester = c;
      pendingAcks = 0;
      foreach (s in sharers) {
        if (s != c) { send s, eInvalidate, this; pendingAcks = pendingAcks + 1; }
      }
      if (hasOwner && owner != c) { send owner, eInvalidate, this; pendingAcks = pendingAcks + 1; }
      sharers = default(set[Cache]);
      if (pendingAcks == 0) { GrantExclusive(); } else { goto WaitExclusive; }
    }
  }
  state WaitShared {
    defer eGetShared, eGetExclusive;
    on eInvalidateAck do (c: Cache) {
      sharers += (requester);
      send requester, eGrant, SHARED;
      goto Ready;
    }
  }
  state WaitExclusive {
    defer eGetShared, eGetExclusive;
    on eInvalidateAck do (c: Cache) {
      pendingAcks = pendingAcks - 1;
      if (pendingAcks == 0) { GrantExclusive(); goto Ready; }
    }
  }
  fun GrantExclusive() {
    owner = requester;
    hasOwner = true;
    send requester, eGrant, MODIFIED;
  }
}
machine Cache {
  var dir: Directory;
  var line: tLine;
  var ops: int;
  fun SetLine(l: tLine) { line = l; announce eLineState, (cache = this, line = l); }
  start state Running {
    entry (d: Directory) { dir = d; Next(); }
    on eGrant do (l: tLine) { SetLine(l); Next(); }
    on eInvalidate do (d: Directory) { SetLine(INVALID); send d, eInvalidateAck, this; }
  }
  fun Next() {
    ops = ops + 1;
    if (ops > 3) { return; }
    if ($) { send dir, eGetShared, this; } else { send dir, eGetExclusive, this; }
  }
}
spec SingleWriter observes eLineState {
  var lines: map[machine, tLine];
  start state Watch {
    on eLineState do (s: (cache: Cache, line: tLine)) {
      var other: machine;
      lines[s.cache] = s.line;
      foreach (other in keys(lines)) {
        if (other != s.cache && s.line == MODIFIED) {
          assert lines[other] == INVALID, "a modified line coexists with another valid copy";
        }
      }
    }
  }
}
machine CoherenceTest {
  start state Boot {
    entry {
      var d: Directory;
      var i: int;
      d = new Directory();
      while (i < nCaches) { new Cache(d); i = i + 1; }
    }
  }
}
test param (nCaches in [2, 3]) tcCoherence [main=CoherenceTest]: assert SingleWriter in { CoherenceTest, Directory, Cache };
