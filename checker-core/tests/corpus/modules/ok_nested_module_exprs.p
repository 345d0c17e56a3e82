// expect: accepted
// Named modules built from other named modules, parenthesised module expressions, and a union of more than two modules.
// tests: tcNested
event eHi;
machine Alpha receives eHi; {
  start state A { ignore eHi; }
}
machine Beta receives eHi; {
  start state B { ignore eHi; }
}
machine Main {
  start state M {
    entry { send new Alpha(), eHi; send new Beta(), eHi; }
  }
}
module OnlyAlpha = { Alpha };
module OnlyBeta = ({ Beta });
module Both = union OnlyAlpha, (OnlyBeta);
test tcNested [main=Main]: union Both, { Main };
