// expect: accepted
// Words that only look like keywords are identifiers: `init` (the keyword is `init-condition`), lowercase `proof`, `lemma` and `theorem` (the keywords are capitalised), `module_`, `Start`, `forall_`.
// tests: DefaultImpl
machine Main {
  var init: int;
  var proof: bool;
  var lemma: string;
  var theorem: int;
  var module_: int;
  var Start: int;
  var forall_: bool;
  start state S {
    entry { init = 1; proof = true; lemma = "l"; theorem = init + 1; module_ = 0; Start = 2; forall_ = proof; }
  }
}
