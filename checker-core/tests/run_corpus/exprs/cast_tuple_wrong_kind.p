// expect: bug runtime_error "cast"
// An any holding a seq cannot become a map.
machine Main {
  var box: any;
  var xs: seq[int];
  var m: map[int, int];
  start state Init {
    entry {
      xs += (0, 1);
      box = xs;
      m = box as map[int, int];
    }
  }
}
