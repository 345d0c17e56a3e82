// expect: accepted
// With explicit tests any non-spec machine of the module can be main; a machine named `Main` is not required.
// tests: tcStartHere
machine Entry {
  start state S { }
}
test tcStartHere [main=Entry]: { Entry };
