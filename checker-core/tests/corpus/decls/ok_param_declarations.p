// expect: accepted
// Global params: several names in one declaration, any P type, readable in functions, handlers and test assumptions; without a param test they keep their default values.
param nodes, rounds: int;
param label: string;
param config: (verbose: bool, limit: int);
fun Budget(): int { return nodes * rounds + config.limit; }
machine Main {
  start state S {
    entry {
      assert Budget() == 0;
      assert label == "";
    }
  }
}
// tests: DefaultImpl
