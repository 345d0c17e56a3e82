machine Shard receives eKvReq; sends eKvResp, eStored, eLoaded; {
  var data_: map[int, int];
  start state Serving {
    on eKvReq do (r: tKvReq) {
      if (r.isPut) {
        data_[r.key] = r.value;
        announce eStored, (key = r.key, value = r.value);
        send r.client, eKvResp, (key = r.key, value = r.value, found = true);
      } else if (r.key in data_) {
        announce eLoaded, (key = r.key, value = data_[r.key], found = true);
        send r.client, eKvResp, (key = r.key, value = data_[r.key], found = true);
      } else {
        announce eLoaded, (key = r.key, value = 0, found = false);
        send r.client, eKvResp, (key = r.key, value = 0, found = false);
      }
    }
  }
}
machine Router receives eKvReq; sends eKvReq; {
  var shards: seq[IShard];
  start state Routing {
    entry (s: seq[IShard]) { shards = s; }
    on eKvReq do (r: tKvReq) { send shards[r.key % sizeof(shards)], eKvReq, r; }
  }
}
