// expect: rejected
// Each enum is its own type: an element of one enum is not a value of another, and ints are not enum values.
enum Suit { HEARTS, SPADES }
enum Rank { ACE, KING }
machine Main {
  var s: Suit;
  start state S {
    entry {
      s = ACE; // error: Rank is not Suit
      s = 0; // error: int is not Suit
    }
  }
}
