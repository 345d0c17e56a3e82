// expect: rejected
// `creates` belongs to foreign function declarations only; a function with a body cannot have it (grammar: funDecl).
event eGo;
interface IWorker() receives eGo;
fun Spawn() creates IWorker { } // error: creates on a function with a body
machine Main {
  start state S { }
}
