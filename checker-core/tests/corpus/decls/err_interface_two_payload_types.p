// expect: rejected
// An interface has a single constructor payload type; several values are passed as one tuple type, written `((int, string))` (grammar: interfaceDecl `(` type? `)`).
event eGo;
interface IGood((int, string)) receives eGo;
interface IBad(int, string) receives eGo; // error: two payload types
machine Main {
  start state S { }
}
