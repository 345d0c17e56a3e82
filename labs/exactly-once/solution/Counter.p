// Reference solution: remember which request ids were applied; apply a new one, acknowledge every one.
machine Counter {
  var value: int;
  var applied: set[int];

  start state Serving {
    on eIncrement do (request: (client: Client, id: int)) {
      if (!(request.id in applied)) {
        applied += (request.id);
        value = value + 1;
        announce eApplied, request.id;
      }
      send request.client, eAck, request.id;
    }
  }
}
