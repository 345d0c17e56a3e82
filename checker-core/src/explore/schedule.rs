//! Schedules: the list of choices that determines an execution, and its compact text form.

use crate::runtime::faults::{FaultKind, FaultOp};
use std::fmt;

/// One nondeterministic decision of an execution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    /// Which machine (by id) ran the next step.
    Schedule(u32),
    Bool(bool),
    Int(u32),
    /// An injected fault, taken at the `point`-th opportunity for faults of the execution.
    Fault { point: u64, op: FaultOp },
}

fn kind_letter(kind: FaultKind) -> char {
    match kind {
        FaultKind::Drop => 'd',
        FaultKind::Dup => 'u',
        FaultKind::Reorder => 'o',
        FaultKind::Crash => 'c',
        FaultKind::Restart => 'r',
        FaultKind::Partition => 'p',
        FaultKind::Leave => 'l',
        FaultKind::Join => 'j',
    }
}

fn letter_kind(letter: char) -> Option<FaultKind> {
    Some(match letter {
        'd' => FaultKind::Drop,
        'u' => FaultKind::Dup,
        'o' => FaultKind::Reorder,
        'c' => FaultKind::Crash,
        'r' => FaultKind::Restart,
        'p' => FaultKind::Partition,
        'l' => FaultKind::Leave,
        'j' => FaultKind::Join,
        _ => return None,
    })
}

impl fmt::Display for Choice {
    /// The `.schedule` line form of P: `(3)`, `True`, `5`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Choice::Schedule(id) => write!(f, "({id})"),
            Choice::Bool(true) => write!(f, "True"),
            Choice::Bool(false) => write!(f, "False"),
            Choice::Int(i) => write!(f, "{i}"),
            Choice::Fault { point, op } => write!(f, "fault {op} (opportunity {point})"),
        }
    }
}

/// Writes choices as one compact string: `s3` schedule, `t`/`f` booleans, `i5` ints, separated by `.`.
pub fn encode(choices: &[Choice]) -> String {
    let mut out = String::with_capacity(choices.len() * 3);
    for (i, c) in choices.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        match c {
            Choice::Schedule(id) => {
                out.push('s');
                out.push_str(&id.to_string());
            }
            Choice::Bool(true) => out.push('t'),
            Choice::Bool(false) => out.push('f'),
            Choice::Int(n) => {
                out.push('i');
                out.push_str(&n.to_string());
            }
            Choice::Fault { point, op } => {
                out.push_str(&format!("x{point}:{}{}", kind_letter(op.kind), op.machine));
            }
        }
    }
    out
}

/// Reads the form [`encode`] writes; `None` if any item is malformed.
pub fn decode(text: &str) -> Option<Vec<Choice>> {
    if text.is_empty() {
        return Some(Vec::new());
    }
    text.split('.')
        .map(|item| match item.split_at_checked(1)? {
            ("s", n) => n.parse().ok().map(Choice::Schedule),
            ("i", n) => n.parse().ok().map(Choice::Int),
            ("x", rest) => {
                let (point, op) = rest.split_once(':')?;
                let mut chars = op.chars();
                let kind = letter_kind(chars.next()?)?;
                Some(Choice::Fault { point: point.parse().ok()?, op: FaultOp { kind, machine: chars.as_str().parse().ok()? } })
            }
            ("t", "") => Some(Choice::Bool(true)),
            ("f", "") => Some(Choice::Bool(false)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_round_trips() {
        let crash = FaultOp { kind: FaultKind::Crash, machine: 3 };
        let choices = vec![
            Choice::Schedule(1),
            Choice::Bool(true),
            Choice::Int(42),
            Choice::Bool(false),
            Choice::Fault { point: 7, op: crash },
            Choice::Schedule(12),
        ];
        let text = encode(&choices);
        assert_eq!(text, "s1.t.i42.f.x7:c3.s12");
        assert_eq!(decode(&text), Some(choices));
        assert_eq!(decode(""), Some(vec![]));
        assert_eq!(decode("s1.x"), None);
        assert_eq!(decode("t1"), None);
    }
}
