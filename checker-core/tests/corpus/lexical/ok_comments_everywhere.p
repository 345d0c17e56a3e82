// expect: accepted
// Line and block comments may appear between any two tokens, and a block comment may contain `//` and `/*`.
/* a block comment
   spanning lines, with // inside and a lone /* opener */
event /* inline */ eTick /* before the semicolon */ ;
machine /**/ Main {
  var counter /* field */ : int; // trailing comment
  start state Ticking {
    entry {
      counter = /* value */ 1 + /* another */ 2; // sum
      assert counter == 3, /* message */ "three";
    }
    on eTick do { counter = counter + 1; } // handler
  }
}
// tests: DefaultImpl
// the last line is a comment without a trailing newline