// expect: pass
// prints: "small 0.0001 1E-05 1.5E-07"
// P prints floats with .NET's double.ToString(): fixed notation while the decimal exponent is above -5,
// scientific below (0.00001 is "1E-05"), as large numbers switch to "1E+21".
machine Main {
  start state S {
    entry {
      print format("small {0} {1} {2}", 0.0001, 0.00001, 0.00000015);
      print format("large {0}", 1000000.0 * 1000000.0 * 1000000000.0);
    }
  }
}
