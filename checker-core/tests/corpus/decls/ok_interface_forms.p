// expect: accepted
// Interface declarations: empty receives list, eventset-free receive lists, constructor payload types, and interfaces used as types of fields and parameters.
// tests: DefaultImpl
event eOne;
event eTwo : int;
interface INobody() receives;
interface ITwo(int) receives eOne, eTwo;
interface IHalting() receives halt;
machine Two receives eOne, eTwo; {
  start state T { entry (n: int) { } ignore eOne, eTwo; }
}
machine Main {
  var two: ITwo;
  fun Poke(t: ITwo) { send t, eOne; }
  start state S { }
}
