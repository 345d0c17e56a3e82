// expect: accepted
// A token-bucket rate limiter: a clock machine refills tokens, requests are admitted while tokens last and rejected otherwise; a spec checks admissions never exceed capacity plus refills.
// tests: DefaultImpl
event eRefill;
event eRequest : Requester;
event eAdmitted;
event eRejected;
event eAdmission;
event eRefilled : int;
machine Clock {
  start state Ticking {
    entry (limiter: RateLimiter) {
      var i: int;
      while (i < 3) { send limiter, eRefill; i = i + 1; }
    }
  }
}
machine RateLimiter {
  var tokens: int;
  var capacity: int;
  start state Serving {
    entry (cap: int) { capacity = cap; tokens = cap; new Clock(this); }
    on eRefill do {
      if (tokens < capacity) { tokens = tokens + 1; announce eRefilled, 1; }
    }
    on eRequest do (r: Requester) {
      if (tokens > 0) {
        tokens = tokens - 1;
        announce eAdmission;
        send r, eAdmitted;
      } else {
        send r, eRejected;
      }
    }
  }
}
machine Requester {
  var admitted: int;
  start state Asking {
    entry (limiter: RateLimiter) {
      var i: int;
      while (i < 5) { send limiter, eRequest, this; i = i + 1; }
    }
    on eAdmitted do { admitted = admitted + 1; }
    ignore eRejected;
  }
}
spec WithinBudget observes eAdmission, eRefilled {
  var budget: int;
  start state Watch {
    entry { budget = 2; }
    on eRefilled do (n: int) { budget = budget + n; }
    on eAdmission do { budget = budget - 1; assert budget >= 0, "admitted more than the bucket allows"; }
  }
}
machine Main {
  start state S {
    entry {
      var limiter: RateLimiter;
      limiter = new RateLimiter(2);
      new Requester(limiter);
    }
  }
}
