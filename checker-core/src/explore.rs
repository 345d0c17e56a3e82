//! Exploring executions: strategies pick the schedule, runs drive the runtime, checks run many schedules.

pub mod exhaustive;
pub mod minimize;
pub mod run;
pub mod schedule;
pub mod strategy;

pub use run::{execute, replay, Check, CheckOptions, Execution, Found, Outcome, Progress, Replayed, Report, StrategyKind};
pub use schedule::Choice;
