// expect: accepted
// Windows line endings (CRLF) and tabs are ordinary whitespace.
machine Main {
	var n: int;
	start state S {
		entry { n = 1; }
	}
}
