//! Schedules: the list of choices that determines an execution, and its compact text form.

use std::fmt;

/// One nondeterministic decision of an execution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    /// Which machine (by id) ran the next step.
    Schedule(u32),
    Bool(bool),
    Int(u32),
}

impl fmt::Display for Choice {
    /// The `.schedule` line form of P: `(3)`, `True`, `5`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Choice::Schedule(id) => write!(f, "({id})"),
            Choice::Bool(true) => write!(f, "True"),
            Choice::Bool(false) => write!(f, "False"),
            Choice::Int(i) => write!(f, "{i}"),
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
        let choices = vec![Choice::Schedule(1), Choice::Bool(true), Choice::Int(42), Choice::Bool(false), Choice::Schedule(12)];
        let text = encode(&choices);
        assert_eq!(text, "s1.t.i42.f.s12");
        assert_eq!(decode(&text), Some(choices));
        assert_eq!(decode(""), Some(vec![]));
        assert_eq!(decode("s1.x"), None);
        assert_eq!(decode("t1"), None);
    }
}
