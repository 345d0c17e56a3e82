// expect: pass
// Sets: adding twice keeps one copy, removing an absent element is a no-op, tuples compare structurally.
machine Main {
  var pairs: set[(int, string)];
  var nums: set[int];
  var i: int;
  var sum: int;
  start state Init {
    entry {
      pairs += ((1, "a"));
      pairs += ((1, "a"));
      pairs += ((1, "b"));
      assert sizeof(pairs) == 2;
      assert (1, "a") in pairs && !((2, "a") in pairs);
      pairs -= ((9, "z"));
      pairs -= ((1, "a"));
      assert sizeof(pairs) == 1;
      nums += (5);
      nums += (6);
      nums += (5);
      while (i < sizeof(nums)) {
        sum = sum + nums[i];
        i = i + 1;
      }
      assert sum == 11, "reading set elements by position";
    }
  }
}
