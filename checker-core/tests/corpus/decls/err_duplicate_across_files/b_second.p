event eUnrelated;
type tId = string; // error: tId is already declared in a_first.p
