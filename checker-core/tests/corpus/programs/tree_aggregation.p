// expect: accepted
// Tree aggregation: a root asks a binary tree of sensors for the sum of their readings; inner nodes combine their children's partial sums; a spec checks the root's total equals the sum of the reported readings.
// tests: tcAggregate___depth_1, tcAggregate___depth_2, tcAggregate___depth_3
param depth: int;
event eQuery : TreeNode;
event ePartial : int;
event eReading : int;
event eTotal : int;
machine TreeNode {
  var children: seq[TreeNode];
  var parent: TreeNode;
  var waiting: int;
  var sum: int;
  var isRoot: bool;
  start state Build {
    entry (cfg: (level: int, root: bool)) {
      isRoot = cfg.root;
      if (cfg.level > 0) {
        children += (0, new TreeNode((level = cfg.level - 1, root = false)));
        children += (1, new TreeNode((level = cfg.level - 1, root = false)));
      }
      if (isRoot) { goto Aggregating; }
      goto Idle;
    }
  }
  state Idle {
    on eQuery goto Aggregating with (p: TreeNode) { parent = p; }
  }
  state Aggregating {
    entry {
      var c: TreeNode;
      var reading: int;
      reading = choose(10);
      announce eReading, reading;
      sum = reading;
      waiting = sizeof(children);
      foreach (c in children) { send c, eQuery, this; }
      if (waiting == 0) { Report(); }
    }
    on ePartial do (v: int) {
      sum = sum + v;
      waiting = waiting - 1;
      if (waiting == 0) { Report(); }
    }
  }
  state Reported {
    ignore ePartial, eQuery;
  }
  fun Report() {
    if (isRoot) { announce eTotal, sum; } else { send parent, ePartial, sum; }
    goto Reported;
  }
}
spec TotalIsSum observes eReading, eTotal {
  var expected: int;
  start state Collect {
    on eReading do (r: int) { expected = expected + r; }
    on eTotal do (t: int) { assert t == expected, format("total {0}, readings add up to {1}", t, expected); }
  }
}
machine Sink {
  start state S { entry { new TreeNode((level = depth, root = true)); } }
}
test param (depth in [1, 2, 3]) tcAggregate [main=Sink]: assert TotalIsSum in { Sink, TreeNode };
