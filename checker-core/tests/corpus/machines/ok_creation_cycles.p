// expect: accepted
// Machines may create each other in cycles (A creates B, B creates A); creation is a runtime action, not a static dependency.
machine Chicken {
  start state C { entry (n: int) { if (n > 0) { new Egg(n - 1); } } }
}
machine Egg {
  start state E { entry (n: int) { if (n > 0) { new Chicken(n - 1); } } }
}
machine Main {
  start state S { entry { new Chicken(3); } }
}
// tests: DefaultImpl
