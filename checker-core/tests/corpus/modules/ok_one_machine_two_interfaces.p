// expect: accepted
// One machine can implement several interfaces in one module (each interface bound once).
// tests: tcTwoFaces
event eRead;
event eWrite;
interface IReader() receives eRead;
interface IWriter() receives eWrite;
machine Store receives eRead, eWrite; {
  start state S { ignore eRead, eWrite; }
}
machine User receives; {
  start state U {
    entry {
      send new IReader(), eRead;
      send new IWriter(), eWrite;
    }
  }
}
test tcTwoFaces [main=User]: { User, Store -> IReader, Store -> IWriter };
