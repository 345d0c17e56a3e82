// expect: pass
// prints: "plain {braces}"
// prints: "stored x{y}"
// prints: "quote [a\"b] tab [\t]"
// A plain string literal is a format string without arguments: doubled braces give one brace. Escapes
// such as \" and \t keep their usual meaning.
machine Main {
  var s: string;
  start state S {
    entry {
      print "plain {{braces}}";
      s = "x{{y}}";
      print format("stored {0}", s);
      print format("quote [{0}] tab [{1}]", "a\"b", "\t");
      assert s == "x{{y}}";
    }
  }
}
