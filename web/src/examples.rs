//! The example gallery: our own P models, compiled into the app.

pub struct Example {
    pub id: &'static str,
    pub title: &'static str,
    pub file: &'static str,
    pub text: &'static str,
}

pub const EXAMPLES: &[Example] = &[
    Example {
        id: "bank",
        title: "Bank (has a bug to find)",
        file: "Bank.p",
        text: include_str!("../../examples/bank/Bank.p"),
    },
    Example {
        id: "pingpong",
        title: "Ping-pong (passes)",
        file: "PingPong.p",
        text: include_str!("../../examples/pingpong/PingPong.p"),
    },
    Example {
        id: "twophase",
        title: "Two-phase commit (passes)",
        file: "TwoPhaseCommit.p",
        text: include_str!("../../examples/twophase/TwoPhaseCommit.p"),
    },
];

pub fn find(id: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.id == id)
}
