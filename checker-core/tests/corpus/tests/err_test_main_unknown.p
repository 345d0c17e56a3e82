// expect: rejected
// The main machine of a test must exist.
machine Starter {
  start state S { }
}
test tcNobody [main=Nobody]: { Starter }; // error: no machine Nobody
