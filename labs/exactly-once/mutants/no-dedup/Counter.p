// Mutant: applies every increment that arrives, duplicates included.
machine Counter {
  var value: int;
  var applied: set[int];

  start state Serving {
    on eIncrement do (request: (client: Client, id: int)) {
      if (true) {
        applied += (request.id);
        value = value + 1;
        announce eApplied, request.id;
      }
      send request.client, eAck, request.id;
    }
  }
}
