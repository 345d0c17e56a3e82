// Mutant: acknowledges a request but applies only the first one it ever sees.
machine Counter {
  var value: int;
  var applied: set[int];

  start state Serving {
    on eIncrement do (request: (client: Client, id: int)) {
      if (sizeof(applied) == 0) {
        applied += (request.id);
        value = value + 1;
        announce eApplied, request.id;
      }
      send request.client, eAck, request.id;
    }
  }
}
