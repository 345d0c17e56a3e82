// expect: accepted
// `rename I to J in m`: J has the same receive set as I, I is bound or created in m and J is not (ModuleSystemTypeChecker rename rules).
// tests: tcRenamed
event eStore : int;
interface IDisk() receives eStore;
interface IStorage() receives eStore;
machine Disk receives eStore; {
  start state D { on eStore do (v: int) { } }
}
machine Main receives; {
  start state M {
    entry { send new IDisk(), eStore, 1; }
  }
}
test tcRenamed [main=Main]: rename IDisk to IStorage in { Main, Disk -> IDisk };
