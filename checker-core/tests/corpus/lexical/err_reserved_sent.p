// expect: rejected
// `sent` is a PVerifier keyword (PLexer.g4 SENT), so it cannot name an event.
event sent; // error: `sent` is reserved
machine Main {
  start state S { }
}
