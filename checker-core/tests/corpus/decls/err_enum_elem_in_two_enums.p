// expect: rejected
// Enum elements are global constants, so two enums cannot both have an element `UNKNOWN`.
enum DiskState { HEALTHY, UNKNOWN }
enum NetState {
  CONNECTED,
  UNKNOWN // error: duplicate enum element
}
machine Main {
  start state S { }
}
