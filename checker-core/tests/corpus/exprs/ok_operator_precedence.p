// expect: accepted
// Operator precedence and associativity: unary > * / % > + - > casts > relational/in > == != > && > || (PParser.g4 expr order).
// tests: DefaultImpl
machine Main {
  var box: any;
  var xs: seq[int];
  start state S {
    entry {
      box = 4;
      xs += (0, 3);
      assert 1 + 2 * 3 == 7;
      assert (1 + 2) * 3 == 9;
      assert 10 - 4 - 3 == 3;
      assert 20 / 2 / 5 == 2;
      assert 7 % 4 * 2 == 6;
      assert -2 * 3 == -6;
      assert - -5 == 5;
      assert !false && true;
      assert !(1 > 2);
      assert true || false && false;
      assert 1 < 2 == 3 < 4;
      assert 3 in xs && !(4 in xs);
      assert box as int + 1 == 5;
      assert (box as int) * 2 == 8;
      assert 2.5 * 2.0 == 5.0;
      assert 7.5 % 2.0 > 1.0;
      assert 1.0 / 4.0 <= .25;
      assert "ab" + "cd" == "abcd";
      assert "apple" < "banana";
      assert 1 != 2 || 1 == 2;
    }
  }
}
