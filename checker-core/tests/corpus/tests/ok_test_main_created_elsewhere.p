// expect: accepted
// The main machine of a test may also be created by other machines of the module (creation and binding are independent).
// tests: tcLoop
machine Node {
  start state N {
    entry { if ($) { new Node(); } }
  }
}
test tcLoop [main=Node]: { Node };
