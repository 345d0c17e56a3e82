// expect: rejected
// A file that ends inside an unclosed machine body is a syntax error (reported on the last line, where the file ends).
event eLast;
machine Main { start state S { entry { } } // error: `}` expected before the end of the file