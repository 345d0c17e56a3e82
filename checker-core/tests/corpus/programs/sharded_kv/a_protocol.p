// expect: accepted
// A sharded key-value service over several files: a router hashes keys to shard interfaces, shards store values, clients issue puts and gets; modules are named per layer and combined with union and compose, with a consistency spec.
// tests: tcShardedUnion, tcShardedCompose, tcShardedChecked
type tKvReq = (key: int, value: int, isPut: bool, client: IKvClient);
type tKvResp = (key: int, value: int, found: bool);
event eKvReq : tKvReq;
event eKvResp : tKvResp;
event eStored : (key: int, value: int);
event eLoaded : (key: int, value: int, found: bool);
interface IShard() receives eKvReq;
interface IRouter(seq[IShard]) receives eKvReq;
interface IKvClient(IRouter) receives eKvResp;
