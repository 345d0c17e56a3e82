// expect: accepted
// Windows line endings (CRLF) and tabs are ordinary whitespace.
// tests: DefaultImpl
machine Main {
	var n: int;
	start state S {
		entry { n = 1; }
	}
}
