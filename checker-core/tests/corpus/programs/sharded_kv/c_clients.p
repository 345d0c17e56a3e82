machine KvUser receives eKvResp; sends eKvReq; {
  var router: IRouter;
  var pending: int;
  start state Using {
    entry (r: IRouter) {
      router = r;
      Put(1, 10);
      Put(2, 20);
      Get(1);
      Get(3);
    }
    on eKvResp do (resp: tKvResp) { pending = pending - 1; }
  }
  fun Put(k: int, v: int) { pending = pending + 1; send router, eKvReq, (key = k, value = v, isPut = true, client = this to IKvClient); }
  fun Get(k: int) { pending = pending + 1; send router, eKvReq, (key = k, value = 0, isPut = false, client = this to IKvClient); }
}
machine KvDeployment receives; sends; {
  start state Deploy {
    entry {
      var shards: seq[IShard];
      var router: IRouter;
      shards += (0, new IShard());
      shards += (1, new IShard());
      router = new IRouter(shards);
      new IKvClient(router);
      new IKvClient(router);
    }
  }
}
