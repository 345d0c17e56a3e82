// expect: accepted
// Empty `receives;` and `sends;` lists are legal: such a machine can neither receive nor send events (PParser receivesSends).
machine Quiet receives; sends; {
  start state Still { }
}
machine Main {
  start state S { entry { new Quiet(); } }
}
// tests: DefaultImpl
