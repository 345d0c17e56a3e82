// expect: accepted
// A reliable link over a lossy, duplicating channel: the sender retransmits until acknowledged (timeouts are modelled by `on null`), the receiver delivers each sequence number once in order; a spec checks in-order exactly-once delivery.
// tests: tcReliable___messages_1, tcReliable___messages_4
param messages: int;
event eData : (seqNo: int, payload: string);
event eAckNo : int;
event eDelivered : int;
event eRoute : (to_: machine, ev: event, body: any);
machine LossyChannel {
  start state Forwarding {
    on eRoute do (r: (to_: machine, ev: event, body: any)) {
      if ($) { return; }
      send r.to_, r.ev, r.body;
      if ($) { send r.to_, r.ev, r.body; }
    }
  }
}
machine LinkSender {
  var channel: LossyChannel;
  var peer: LinkReceiver;
  var nextSeq: int;
  start state Init {
    entry {
      channel = new LossyChannel();
      peer = new LinkReceiver(this);
      goto Sending;
    }
  }
  state Sending {
    entry {
      if (nextSeq >= messages) { goto Finished; }
      send channel, eRoute, (to_ = peer, ev = eData, body = (seqNo = nextSeq, payload = format("m{0}", nextSeq)));
    }
    on eAckNo do (n: int) {
      if (n == nextSeq) { nextSeq = nextSeq + 1; }
      goto Sending;
    }
    on null goto Sending;
  }
  state Finished {
    ignore eAckNo;
  }
}
machine LinkReceiver {
  var expected: int;
  var sender: LinkSender;
  start state Receiving {
    entry (s: LinkSender) { sender = s; }
    on eData do (d: (seqNo: int, payload: string)) {
      send sender, eAckNo, d.seqNo;
      if (d.seqNo == expected) {
        announce eDelivered, d.seqNo;
        expected = expected + 1;
      }
    }
  }
}
spec InOrderOnce observes eDelivered {
  var next: int;
  start state Watch {
    on eDelivered do (n: int) {
      assert n == next, format("delivered {0}, expected {1}", n, next);
      next = next + 1;
    }
  }
}
test param (messages in [1, 4]) tcReliable [main=LinkSender]: assert InOrderOnce in { LinkSender, LinkReceiver, LossyChannel };
