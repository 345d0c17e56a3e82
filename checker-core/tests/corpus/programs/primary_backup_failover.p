// expect: accepted
// Primary-backup replication with failover: the primary forwards updates to the backup before acknowledging, the client may crash the primary and promote the backup, and a spec checks that acknowledged writes survive the failover.
// tests: tcFailover
event eUpdate : (key: int, value: int, client: KvClient2);
event eForward : (key: int, value: int, client: KvClient2);
event eForwardAck : (key: int, value: int, client: KvClient2);
event eUpdateAck : int;
event ePromote;
event eCrash;
event eAcked : (key: int, value: int);
event eServedRead : (key: int, value: int);
event eReadReq : (key: int, client: KvClient2);
event eReadResp : int;
machine Replica2 {
  var store: map[int, int];
  var backup: Replica2;
  var isPrimary: bool;
  start state Init {
    entry (cfg: (primary: bool, backup: Replica2)) {
      isPrimary = cfg.primary;
      backup = cfg.backup;
      if (isPrimary) { goto Primary; }
      goto Backup;
    }
  }
  state Primary {
    on eUpdate do (u: (key: int, value: int, client: KvClient2)) { send backup, eForward, u; }
    on eForwardAck do (u: (key: int, value: int, client: KvClient2)) {
      store[u.key] = u.value;
      announce eAcked, (key = u.key, value = u.value);
      send u.client, eUpdateAck, u.key;
    }
    on eReadReq do (r: (key: int, client: KvClient2)) { Serve(r.key, r.client); }
    on eCrash do { raise halt; }
    ignore ePromote;
  }
  state Backup {
    on eForward do (u: (key: int, value: int, client: KvClient2)) {
      store[u.key] = u.value;
      send u.client, eUpdateAck, -1;
      announce eAcked, (key = u.key, value = u.value);
    }
    on ePromote goto Promoted;
    ignore eCrash;
  }
  state Promoted {
    on eUpdate do (u: (key: int, value: int, client: KvClient2)) {
      store[u.key] = u.value;
      announce eAcked, (key = u.key, value = u.value);
      send u.client, eUpdateAck, u.key;
    }
    on eReadReq do (r: (key: int, client: KvClient2)) { Serve(r.key, r.client); }
    ignore eForward, eCrash, ePromote;
  }
  fun Serve(key: int, client: KvClient2) {
    var v: int;
    if (key in store) { v = store[key]; }
    announce eServedRead, (key = key, value = v);
    send client, eReadResp, v;
  }
}
machine KvClient2 {
  start state Go {
    entry (ends: (primary: Replica2, backup: Replica2)) {
      send ends.primary, eUpdate, (key = 1, value = 7, client = this);
      if ($) { send ends.primary, eCrash; send ends.backup, ePromote; }
      send ends.backup, eReadReq, (key = 1, client = this);
    }
    ignore eUpdateAck, eReadResp;
  }
}
spec AckedWritesSurvive observes eAcked, eServedRead {
  var acked: map[int, int];
  start state Watch {
    on eAcked do (a: (key: int, value: int)) { acked[a.key] = a.value; }
    on eServedRead do (r: (key: int, value: int)) {
      if (r.key in acked) { assert r.value == acked[r.key], "an acknowledged write was lost"; }
    }
  }
}
machine FailoverTest {
  start state T {
    entry {
      var backup: Replica2;
      var primary: Replica2;
      backup = new Replica2((primary = false, backup = default(Replica2)));
      primary = new Replica2((primary = true, backup = backup));
      new KvClient2((primary = primary, backup = backup));
    }
  }
}
test tcFailover [main=FailoverTest]: assert AckedWritesSurvive in { FailoverTest, Replica2, KvClient2 };
