// expect: accepted
// A publish/subscribe broker: subscribers register for topics, publishers post messages, the broker fans out to every subscriber of the topic; a spec checks that no subscriber gets a message for a topic it did not subscribe to.
// tests: tcPubSub
type tMessage = (topic: string, body: string, serial: int);
event eSubscribe : (topic: string, who: Subscriber);
event eUnsubscribe : (topic: string, who: Subscriber);
event ePublish : tMessage;
event eDeliver : tMessage;
event eSubscribed : (topic: string, who: Subscriber);
event eUnsubscribed : (topic: string, who: Subscriber);
event eDelivered : (topic: string, who: Subscriber);
machine Broker {
  var subscribers: map[string, set[Subscriber]];
  start state Routing {
    on eSubscribe do (s: (topic: string, who: Subscriber)) {
      if (!(s.topic in subscribers)) { subscribers[s.topic] = default(set[Subscriber]); }
      subscribers[s.topic] += (s.who);
      announce eSubscribed, s;
    }
    on eUnsubscribe do (s: (topic: string, who: Subscriber)) {
      if (s.topic in subscribers) { subscribers[s.topic] -= s.who; }
      announce eUnsubscribed, s;
    }
    on ePublish do (m: tMessage) {
      var sub: Subscriber;
      if (m.topic in subscribers) {
        foreach (sub in subscribers[m.topic]) {
          announce eDelivered, (topic = m.topic, who = sub);
          send sub, eDeliver, m;
        }
      }
    }
  }
}
machine Subscriber {
  var received: seq[tMessage];
  start state Listening {
    entry (cfg: (broker: Broker, topics: seq[string])) {
      var t: string;
      foreach (t in cfg.topics) { send cfg.broker, eSubscribe, (topic = t, who = this); }
    }
    on eDeliver do (m: tMessage) { received += (sizeof(received), m); }
  }
}
machine Publisher {
  start state Posting {
    entry (broker: Broker) {
      var i: int;
      while (i < 3) {
        send broker, ePublish, (topic = choose(TopicNames()), body = format("msg {0}", i), serial = i);
        i = i + 1;
      }
    }
  }
  fun TopicNames(): seq[string] {
    var names: seq[string];
    names += (0, "news");
    names += (1, "sports");
    return names;
  }
}
spec OnlySubscribedTopics observes eSubscribed, eUnsubscribed, eDelivered {
  var subs: map[machine, set[string]];
  start state Watch {
    on eSubscribed do (s: (topic: string, who: Subscriber)) {
      if (!(s.who in subs)) { subs[s.who] = default(set[string]); }
      subs[s.who] += (s.topic);
    }
    on eUnsubscribed do (s: (topic: string, who: Subscriber)) {
      if (s.who in subs) { subs[s.who] -= s.topic; }
    }
    on eDelivered do (d: (topic: string, who: Subscriber)) {
      assert d.who in subs && d.topic in subs[d.who], format("delivered {0} to a non-subscriber", d.topic);
    }
  }
}
machine PubSubTest {
  start state Go {
    entry {
      var broker: Broker;
      var topics: seq[string];
      broker = new Broker();
      topics += (0, "news");
      new Subscriber((broker = broker, topics = topics));
      topics += (1, "sports");
      new Subscriber((broker = broker, topics = topics));
      new Publisher(broker);
    }
  }
}
test tcPubSub [main=PubSubTest]: assert OnlySubscribedTopics in { PubSubTest, Broker, Subscriber, Publisher };
