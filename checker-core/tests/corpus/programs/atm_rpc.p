// expect: accepted
// An ATM talking to a bank with synchronous request/response built from `send` plus `receive`: PIN check, balance query and withdrawal, with helper functions that return values received from the bank.
// tests: DefaultImpl
event eCheckPin : (card: int, pin: int, atm: Atm);
event ePinResult : bool;
event eBalanceQuery : (card: int, atm: Atm);
event eBalanceResult : int;
event eWithdraw : (card: int, amount: int, atm: Atm);
event eWithdrawResult : (ok: bool, balance: int);
machine BankServer {
  var balances: map[int, int];
  var pins: map[int, int];
  start state Serve {
    entry { balances[7] = 500; pins[7] = 1234; }
    on eCheckPin do (c: (card: int, pin: int, atm: Atm)) {
      send c.atm, ePinResult, c.card in pins && pins[c.card] == c.pin;
    }
    on eBalanceQuery do (q: (card: int, atm: Atm)) { send q.atm, eBalanceResult, balances[q.card]; }
    on eWithdraw do (w: (card: int, amount: int, atm: Atm)) {
      if (balances[w.card] >= w.amount) {
        balances[w.card] = balances[w.card] - w.amount;
        send w.atm, eWithdrawResult, (ok = true, balance = balances[w.card]);
      } else {
        send w.atm, eWithdrawResult, (ok = false, balance = balances[w.card]);
      }
    }
  }
}
machine Atm {
  var bank: BankServer;
  fun PinOk(card: int, pin: int): bool {
    var ok: bool;
    send bank, eCheckPin, (card = card, pin = pin, atm = this);
    receive { case ePinResult: (r: bool) { ok = r; } }
    return ok;
  }
  fun Balance(card: int): int {
    var b: int;
    send bank, eBalanceQuery, (card = card, atm = this);
    receive { case eBalanceResult: (v: int) { b = v; } }
    return b;
  }
  fun Withdraw(card: int, amount: int): bool {
    var ok: bool;
    send bank, eWithdraw, (card = card, amount = amount, atm = this);
    receive {
      case eWithdrawResult: (r: (ok: bool, balance: int)) {
        ok = r.ok;
        assert !r.ok || r.balance >= 0;
      }
    }
    return ok;
  }
  start state Session {
    entry (b: BankServer) {
      bank = b;
      if (!PinOk(7, 1234)) { goto Rejected; }
      if (Balance(7) >= 100) { assert Withdraw(7, 100); }
      assert !Withdraw(7, 10000);
    }
  }
  state Rejected { }
}
machine Main {
  start state S {
    entry { new Atm(new BankServer()); }
  }
}
