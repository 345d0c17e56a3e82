type tAmount = (account: int, cents: int);
