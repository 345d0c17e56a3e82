// expect: rejected
// Block comments do not nest: the first `*/` ends the comment, and the rest of the line is parsed as code.
machine Main {
  start state S { }
}
event eAfter; /* outer /* inner */ still here */ // error: `still here */` is not code
