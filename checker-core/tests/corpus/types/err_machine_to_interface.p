// expect: rejected
// A `machine` value is not an interface value: it needs an explicit `to I` coercion.
event eLog;
interface ILogger() receives eLog;
machine Main {
  var someone: machine;
  var logger: ILogger;
  start state S {
    entry {
      someone = this;
      logger = someone to ILogger;
      logger = someone; // error: machine into ILogger
    }
  }
}
