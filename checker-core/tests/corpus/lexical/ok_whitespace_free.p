// expect: accepted
// Tokens need no whitespace between them where P's lexer can split them: operators, punctuation and keywords next to parentheses.
// tests: DefaultImpl
event e:int;
machine Main{var n:int;start state S{entry{n=1+2*3;if(n>=7){n=-n;}while(n<0){n=n+1;}raise e,n;}on e do(v:int){n=v;}}}
