// expect: static-error
// The same spec cannot be attached twice to one test module.
event Ping;
spec Watch observes Ping { start state S { on Ping do { } } }
machine Pinger { start state P { entry { send this, Ping; } on Ping do { } } }
test tcTwice [main=Pinger]: assert Watch in (assert Watch in { Pinger });
