// expect: accepted
// Primitive modules with `Machine -> Interface` bindings, named modules, `union`, `compose` (disjoint sends and creates) and `assert Spec in` (observed events are sent by the module).
// tests: tcUnion, tcCompose, tcChecked
event eQuery : Asker;
event eAnswer : int;
interface IOracle() receives eQuery;
machine Oracle receives eQuery; sends eAnswer; {
  start state Ready {
    on eQuery do (who: Asker) { send who, eAnswer, 42; }
  }
}
machine Asker receives eAnswer; sends eQuery; {
  start state Ask {
    entry (o: IOracle) { send o, eQuery, this; }
    on eAnswer goto Told;
  }
  state Told { entry (n: int) { assert n == 42; } }
}
machine Setup receives; sends; {
  start state Boot {
    entry {
      var o: IOracle;
      o = new IOracle();
      new Asker(o);
    }
  }
}
spec AnswerIsRight observes eAnswer {
  start state Check {
    on eAnswer do (n: int) { assert n == 42; }
  }
}
module Service = { Oracle -> IOracle, Asker };
module Harness = { Setup };
test tcUnion [main=Setup]: union Service, Harness;
test tcCompose [main=Setup]: compose Service, Harness;
test tcChecked [main=Setup]: assert AnswerIsRight in (union Service, Harness);
