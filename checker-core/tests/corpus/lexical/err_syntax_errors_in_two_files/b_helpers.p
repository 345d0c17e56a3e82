fun Helper() {
  var x: int;
  x = (1 + ; // error: incomplete expression
}
