// expect: bug runtime_error "divide by zero"
// When the left side of && is true, the right side runs (and here divides by zero).
machine Main {
  var zero: int;
  start state Init {
    entry {
      if (zero == 0 && 100 / zero > 1) { print "unreachable"; }
    }
  }
}
