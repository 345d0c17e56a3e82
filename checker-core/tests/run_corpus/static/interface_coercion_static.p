// expect: static-error
// Coercing from an interface to one that receives more events is rejected statically (only values
// typed `machine` are checked at runtime).
event Hit;
event Miss;
interface ISmall() receives Hit;
interface IBig() receives Hit, Miss;
machine Board receives Hit, Miss; { start state B { on Hit, Miss do { } } }
machine Main {
  var s: ISmall;
  var b: IBig;
  start state S { entry { b = s to IBig; } }
}
