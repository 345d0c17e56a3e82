spec GetsSeePuts observes eStored, eLoaded {
  var stored: map[int, int];
  start state Watch {
    on eStored do (s: (key: int, value: int)) { stored[s.key] = s.value; }
    on eLoaded do (l: (key: int, value: int, found: bool)) {
      if (l.found) { assert l.key in stored && stored[l.key] == l.value; }
    }
  }
}
module Storage = { Shard -> IShard };
module Routing = { Router -> IRouter };
module Clients = { KvUser -> IKvClient };
module Deployment = { KvDeployment };
test tcShardedUnion [main=KvDeployment]: union Storage, Routing, Clients, Deployment;
test tcShardedCompose [main=KvDeployment]: compose (union Storage, Routing, Clients), Deployment;
test tcShardedChecked [main=KvDeployment]: assert GetsSeePuts in (union Storage, Routing, Clients, Deployment);
