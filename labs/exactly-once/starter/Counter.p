// The counter: apply each increment exactly once, however often it arrives, and acknowledge it.
// Announce eApplied when you apply a request.
machine Counter {
  var value: int;

  start state Serving {
    on eIncrement do (request: (client: Client, id: int)) {
      // TODO: apply the increment (once per request id) and acknowledge it.
    }
  }
}
