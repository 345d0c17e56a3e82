// expect: bug runtime_error "divide by zero"
// A runtime error inside a monitor's handler is a bug like one in a machine.
event Rate: int;
spec Average observes Rate {
  var total: int;
  var count: int;
  start state S {
    on Rate do (r: int) {
      total = total + r;
      print format("average {0}", total / count);
      count = count + 1;
    }
  }
}
machine Meter {
  start state M { entry { announce Rate, 4; } }
}
test tcAverage [main=Meter]: assert Average in { Meter };
