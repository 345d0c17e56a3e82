// expect: accepted
// A two-phase commit model split over several files: coordinator, participants with nondeterministic votes, a timer-free abort path, an atomicity spec and two tests.
// tests: tcCommitOrAbort, tcManyParticipants
type tTxn = (id: int, key: string, value: int);
enum tVote { VOTE_YES, VOTE_NO }
type tVoteMsg = (txnId: int, vote: tVote, from: Participant);
type tOutcome = (txnId: int, committed: bool);
event ePrepare : (txn: tTxn, coordinator: Coordinator);
event eVote : tVoteMsg;
event eCommit : int;
event eAbort : int;
event eWriteRequest : (txn: tTxn, client: TxnClient);
event eWriteResult : tOutcome;
event eDecided : tOutcome;
event eParticipantVoted : tVoteMsg;
