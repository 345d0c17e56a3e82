// expect: accepted
// Event payloads may be interfaces, machines, event sets, enums, aliases and collections of them.
// tests: DefaultImpl
event eUse;
enum Mode { ON, OFF }
eventset esUse = { eUse };
interface IUser() receives eUse;
type tRoster = map[Mode, seq[IUser]];
event eIface : IUser;
event eSet : esUse;
event eRoster : tRoster;
event eMode : Mode;
machine User receives eUse; {
  start state U { ignore eUse; }
}
machine Main {
  start state S {
    entry {
      var u: IUser;
      u = new User() to IUser;
      send this, eIface, u;
      send this, eSet, u;
      send this, eMode, OFF;
      send this, eRoster, default(tRoster);
    }
    on eIface, eSet do (x: any) { }
    on eMode do (m: Mode) { }
    on eRoster do (r: tRoster) { }
  }
}
