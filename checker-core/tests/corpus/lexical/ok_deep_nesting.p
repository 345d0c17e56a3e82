// expect: accepted
// Deep nesting: a 100-level parenthesised expression, 25 nested ifs and 30 nested blocks are ordinary programs (no recursion limit in the parser or checker).
// tests: DefaultImpl
// known-disagreement: parser rejects nesting deeper than 100 levels (P1018); P has no such limit.
machine Main {
  var n: int;
  start state S {
    entry {
      n = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((1 + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1) + 1);
      assert n == 101;
      if (n >= 0) {
        if (n >= 1) {
          if (n >= 2) {
            if (n >= 3) {
              if (n >= 4) {
                if (n >= 5) {
                  if (n >= 6) {
                    if (n >= 7) {
                      if (n >= 8) {
                        if (n >= 9) {
                          if (n >= 10) {
                            if (n >= 11) {
                              if (n >= 12) {
                                if (n >= 13) {
                                  if (n >= 14) {
                                    if (n >= 15) {
                                      if (n >= 16) {
                                        if (n >= 17) {
                                          if (n >= 18) {
                                            if (n >= 19) {
                                              if (n >= 20) {
                                                if (n >= 21) {
                                                  if (n >= 22) {
                                                    if (n >= 23) {
                                                      if (n >= 24) {
                                                        n = n + 1;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
      { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { n = n * 2; } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }
    }
  }
}
