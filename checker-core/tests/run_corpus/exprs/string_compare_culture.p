// expect: pass
// prints: "culture order"
// P compares strings with C#'s culture-sensitive string.Compare (PString's < and >), which orders letters
// alphabetically before case: "apple" < "Banana" and "a" < "B", unlike a byte-wise comparison.
// (Only a .NET runtime in invariant-globalization mode would compare ordinally.)
machine Main {
  start state S {
    entry {
      assert "apple" < "Banana", "apple before Banana";
      assert "a" < "B" && "B" < "c";
      assert "Zebra" > "apple";
      print "culture order";
    }
  }
}
