// expect: pass
// keys() and values() are fresh seqs: editing them leaves the map untouched.
machine Main {
  var price: map[int, int];
  var ks: seq[int];
  var vs: seq[int];
  var i: int;
  var total: int;
  start state Init {
    entry {
      price[10] = 100;
      price[20] = 200;
      price[30] = 300;
      ks = keys(price);
      vs = values(price);
      assert sizeof(ks) == 3 && sizeof(vs) == 3;
      while (i < sizeof(ks)) {
        assert price[ks[i]] == ks[i] * 10;
        total = total + vs[i];
        i = i + 1;
      }
      assert total == 600;
      ks[0] = 999;
      ks -= 1;
      vs += (0, -5);
      assert sizeof(price) == 3 && !(999 in price);
      assert 10 in keys(price) && 300 in values(price);
    }
  }
}
