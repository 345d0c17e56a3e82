// expect: accepted
// A key-value store with get/put/delete requests from several clients, responses carrying request ids, and a spec that tracks the expected contents.
// tests: tcKv
enum tStatus { KV_OK, KV_MISSING }
type tRequest = (client: KvClient, reqId: int, op: string, key: string, value: int);
type tResponse = (reqId: int, status: tStatus, value: int);
event eRequest : tRequest;
event eResponse : tResponse;
event ePutApplied : (key: string, value: int);
event eDeleteApplied : string;
event eGetAnswered : (key: string, found: bool, value: int);
machine KvServer {
  var table: map[string, int];
  start state Serve {
    on eRequest do (r: tRequest) {
      if (r.op == "put") {
        table[r.key] = r.value;
        announce ePutApplied, (key = r.key, value = r.value);
        send r.client, eResponse, (reqId = r.reqId, status = KV_OK, value = r.value);
      } else if (r.op == "delete") {
        table -= r.key;
        announce eDeleteApplied, r.key;
        send r.client, eResponse, (reqId = r.reqId, status = KV_OK, value = 0);
      } else {
        if (r.key in table) {
          announce eGetAnswered, (key = r.key, found = true, value = table[r.key]);
          send r.client, eResponse, (reqId = r.reqId, status = KV_OK, value = table[r.key]);
        } else {
          announce eGetAnswered, (key = r.key, found = false, value = 0);
          send r.client, eResponse, (reqId = r.reqId, status = KV_MISSING, value = 0);
        }
      }
    }
  }
}
machine KvClient {
  var server: KvServer;
  var nextId: int;
  var ops: seq[string];
  start state Run {
    entry (s: KvServer) {
      server = s;
      ops += (0, "put");
      ops += (1, "get");
      ops += (2, "delete");
      ops += (3, "get");
      Issue();
    }
    on eResponse do (resp: tResponse) {
      assert resp.reqId == nextId, "responses arrive in request order";
      if (nextId < sizeof(ops)) { Issue(); } else { goto Done; }
    }
  }
  state Done {
    ignore eResponse;
  }
  fun Issue() {
    var key: string;
    key = choose(keysToUse());
    send server, eRequest, (client = this, reqId = nextId + 1, op = ops[nextId], key = key, value = choose(100));
    nextId = nextId + 1;
  }
  fun keysToUse(): set[string] {
    var s: set[string];
    s += ("a");
    s += ("b");
    return s;
  }
}
spec ReadYourWrites observes ePutApplied, eDeleteApplied, eGetAnswered {
  var expected: map[string, int];
  start state Tracking {
    on ePutApplied do (p: (key: string, value: int)) { expected[p.key] = p.value; }
    on eDeleteApplied do (k: string) { expected -= k; }
    on eGetAnswered do (g: (key: string, found: bool, value: int)) {
      assert g.found == (g.key in expected);
      if (g.found) { assert expected[g.key] == g.value; }
    }
  }
}
machine KvTest {
  start state Go {
    entry {
      var s: KvServer;
      s = new KvServer();
      new KvClient(s);
      new KvClient(s);
    }
  }
}
test tcKv [main=KvTest]: assert ReadYourWrites in { KvTest, KvServer, KvClient };
