// expect: accepted
// A `scenario` coverage monitor has the same shape as a spec: observes list, states, cold accepting state.
event eLogin;
event eLogout;
scenario LoginThenLogout observes eLogin, eLogout {
  start state NotYet {
    on eLogin goto LoggedIn;
    ignore eLogout;
  }
  state LoggedIn {
    on eLogout goto Seen;
    ignore eLogin;
  }
  cold state Seen {
    ignore eLogin, eLogout;
  }
}
machine Main {
  start state S {
    entry { announce eLogin; announce eLogout; }
  }
}
// tests: DefaultImpl
