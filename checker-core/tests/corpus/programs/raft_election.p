// expect: accepted
// Raft-style leader election: servers with terms, randomized timeouts via a timer machine, vote requests and grants, and a spec that at most one leader is elected per term.
// tests: tcElection___clusterSize_3, tcElection___clusterSize_5
param clusterSize: int;
enum tRole { FOLLOWER, CANDIDATE, LEADER }
event eConfig : seq[Server];
event eElectionTimeout;
event eArmTimer;
event eRequestVote : (term: int, candidate: Server);
event eVote : (term: int, granted: bool);
event eHeartbeat : (term: int, leader: Server);
event eBecameLeader : (term: int, leader: Server);
machine ElectionTimer {
  var owner: Server;
  start state Init {
    entry (o: Server) { owner = o; goto Idle; }
  }
  state Idle {
    on eArmTimer goto Armed;
  }
  state Armed {
    on null goto Idle with { send owner, eElectionTimeout; }
    on eArmTimer goto Armed;
  }
}
machine Server {
  var peers: seq[Server];
  var term: int;
  var votedFor: int;
  var votes: int;
  var role: tRole;
  var timer: ElectionTimer;
  var myIndex: int;
  start state Boot {
    entry (index: int) {
      myIndex = index;
      votedFor = -1;
      timer = new ElectionTimer(this);
    }
    on eConfig goto Follower with (ps: seq[Server]) { peers = ps; }
    defer eRequestVote, eHeartbeat, eVote;
  }
  state Follower {
    entry { role = FOLLOWER; send timer, eArmTimer; }
    on eElectionTimeout goto Candidate;
    on eRequestVote do (r: (term: int, candidate: Server)) { HandleVoteRequest(r); }
    on eHeartbeat do (h: (term: int, leader: Server)) {
      if (h.term >= term) { term = h.term; send timer, eArmTimer; }
    }
    ignore eVote;
  }
  state Candidate {
    entry {
      var p: Server;
      role = CANDIDATE;
      term = term + 1;
      votedFor = myIndex;
      votes = 1;
      foreach (p in peers) {
        if (p != this) { send p, eRequestVote, (term = term, candidate = this); }
      }
      send timer, eArmTimer;
    }
    on eVote do (v: (term: int, granted: bool)) {
      if (v.term == term && v.granted) {
        votes = votes + 1;
        if (votes * 2 > sizeof(peers)) { goto Leader; }
      }
    }
    on eRequestVote do (r: (term: int, candidate: Server)) { HandleVoteRequest(r); }
    on eHeartbeat goto Follower with (h: (term: int, leader: Server)) { term = h.term; }
    on eElectionTimeout goto Candidate;
  }
  state Leader {
    entry {
      var p: Server;
      role = LEADER;
      announce eBecameLeader, (term = term, leader = this);
      foreach (p in peers) {
        if (p != this) { send p, eHeartbeat, (term = term, leader = this); }
      }
    }
    ignore eVote, eElectionTimeout, eRequestVote, eHeartbeat;
  }
  fun HandleVoteRequest(r: (term: int, candidate: Server)) {
    var grant: bool;
    if (r.term > term) { term = r.term; votedFor = -1; }
    grant = r.term == term && votedFor == -1;
    if (grant) { votedFor = 0; }
    send r.candidate, eVote, (term = term, granted = grant);
  }
}
spec OneLeaderPerTerm observes eBecameLeader {
  var leaders: map[int, machine];
  start state Watch {
    on eBecameLeader do (l: (term: int, leader: Server)) {
      assert !(l.term in leaders) || leaders[l.term] == l.leader, format("two leaders in term {0}", l.term);
      leaders[l.term] = l.leader;
    }
  }
}
machine Cluster {
  start state Boot {
    entry {
      var servers: seq[Server];
      var s: Server;
      var i: int;
      while (i < clusterSize) {
        servers += (i, new Server(i));
        i = i + 1;
      }
      foreach (s in servers) { send s, eConfig, servers; }
    }
  }
}
test param (clusterSize in [3, 5]) tcElection [main=Cluster]:
  assert OneLeaderPerTerm in { Cluster, Server, ElectionTimer };
