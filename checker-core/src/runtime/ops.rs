//! P's operators and collection operations on runtime values, with the runtime errors P raises.

use super::value::Value;
use crate::ir::PathStep;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// A runtime error raised by an operation; the interpreter adds machine, state and location.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpError {
    DivideByZero,
    IndexOutOfRange { index: i64, size: usize },
    KeyNotFound { key: String },
    KeyAlreadyPresent { key: String },
    /// An operand of the wrong runtime kind: a value of a type the checker could not rule out (e.g. `any`).
    WrongKind { op: &'static str, found: &'static str },
    CastFailed { found: &'static str, to: String },
    NullUnboxed { to: String },
    SetElementAssignment,
    TooManyChoices { size: i64 },
    EmptyChoice { what: &'static str },
    Coercion { message: String },
    /// `int.MinValue / -1` (or `%`): the result does not fit in an int.
    Overflow,
    /// A collection or string grew past [`MAX_ELEMENTS`]: the checker's memory bound.
    TooLarge { what: &'static str },
}

/// The largest collection (elements) or string (bytes) a program may build; bounds the checker's memory.
pub const MAX_ELEMENTS: usize = 1_000_000;

impl OpError {
    /// The message shown to the user, in the spirit of P's exception messages.
    pub fn message(&self) -> String {
        match self {
            OpError::DivideByZero => "attempted to divide by zero".to_string(),
            OpError::Overflow => "arithmetic operation resulted in an overflow".to_string(),
            OpError::IndexOutOfRange { index, size } => {
                format!("index {index} is out of range for a collection of size {size}")
            }
            OpError::KeyNotFound { key } => format!("the key `{key}` is not present in the map"),
            OpError::KeyAlreadyPresent { key } => {
                format!("the key `{key}` is already present in the map (use `m[k] = v` to update it)")
            }
            OpError::WrongKind { op, found } => format!("`{op}` cannot be applied to a value of kind `{found}`"),
            OpError::CastFailed { found, to } => format!("cannot cast a value of kind `{found}` to `{to}`"),
            OpError::NullUnboxed { to } => format!("cannot use `null` as a value of type `{to}`"),
            OpError::SetElementAssignment => "the elements of a set cannot be assigned by index".to_string(),
            OpError::TooManyChoices { size } => {
                format!("choose over {size} values: at most 10000 choices are allowed")
            }
            OpError::EmptyChoice { what } => format!("choose from an empty {what}"),
            OpError::Coercion { message } => message.clone(),
            OpError::TooLarge { what } => {
                format!("a {what} grew past {MAX_ELEMENTS} elements, the checker's memory bound for one value")
            }
        }
    }
}

pub type OpResult<T> = Result<T, OpError>;

fn wrong(op: &'static str, v: &Value) -> OpError {
    OpError::WrongKind { op, found: v.kind_name() }
}

fn index_of(index: &Value, size: usize, op: &'static str) -> OpResult<usize> {
    match index {
        Value::Int(i) if *i >= 0 && (*i as u64) < size as u64 => Ok(*i as usize),
        Value::Int(i) => Err(OpError::IndexOutOfRange { index: *i, size }),
        other => Err(wrong(op, other)),
    }
}

pub fn add(a: Value, b: Value) -> OpResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(Value::Int(x.wrapping_add(y))),
        (Value::Float(x), Value::Float(y)) => Ok(Value::Float(x + y)),
        (Value::Str(x), Value::Str(y)) => {
            if x.len() + y.len() > MAX_ELEMENTS {
                return Err(OpError::TooLarge { what: "string" });
            }
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(&x);
            s.push_str(&y);
            Ok(Value::Str(Rc::from(s)))
        }
        (a, _) => Err(wrong("+", &a)),
    }
}

pub fn arith(op: &'static str, a: Value, b: Value) -> OpResult<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => match op {
            "-" => Ok(Value::Int(x.wrapping_sub(y))),
            "*" => Ok(Value::Int(x.wrapping_mul(y))),
            "/" if y == 0 => Err(OpError::DivideByZero),
            "%" if y == 0 => Err(OpError::DivideByZero),
            // .NET throws an OverflowException for the one quotient that does not fit.
            "/" | "%" if x == i64::MIN && y == -1 => Err(OpError::Overflow),
            "/" => Ok(Value::Int(x / y)),
            _ => Ok(Value::Int(x % y)),
        },
        (Value::Float(x), Value::Float(y)) => Ok(Value::Float(match op {
            "-" => x - y,
            "*" => x * y,
            "/" => x / y,
            _ => x % y,
        })),
        (a, _) => Err(wrong(op, &a)),
    }
}

pub fn negate(a: Value) -> OpResult<Value> {
    match a {
        Value::Int(x) => Ok(Value::Int(x.wrapping_neg())),
        Value::Float(x) => Ok(Value::Float(-x)),
        other => Err(wrong("-", &other)),
    }
}

/// `<`, `<=`, `>`, `>=` on ints, floats and strings (strings by ordinal comparison).
pub fn compare(op: &'static str, a: &Value, b: &Value) -> OpResult<bool> {
    let ordering = match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.partial_cmp(y),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Str(x), Value::Str(y)) => Some(culture_compare(x, y)),
        _ => return Err(wrong(op, a)),
    };
    Ok(match ordering {
        None => false, // NaN compares false both ways, as in C#
        Some(o) => match op {
            "<" => o.is_lt(),
            "<=" => o.is_le(),
            ">" => o.is_gt(),
            _ => o.is_ge(),
        },
    })
}

/// Orders strings as .NET's culture-sensitive `string.Compare` does for text in the Latin alphabet (what
/// P's `<` on strings uses): whitespace, then punctuation and symbols, then digits, then letters; letters
/// alphabetically regardless of case, and only then lower case before upper case. Other characters keep
/// their code point order.
pub fn culture_compare(a: &str, b: &str) -> std::cmp::Ordering {
    fn primary(c: char) -> (u8, u32) {
        let class = if c.is_whitespace() {
            0
        } else if c.is_ascii_punctuation() {
            1
        } else if c.is_ascii_digit() {
            2
        } else if c.is_ascii_alphabetic() {
            3
        } else {
            4
        };
        (class, c.to_ascii_lowercase() as u32)
    }
    let by_primary = a.chars().map(primary).cmp(b.chars().map(primary));
    // Tertiary difference: at the first differing case, lower case sorts first.
    by_primary.then_with(|| a.chars().map(|c| c.is_ascii_uppercase()).cmp(b.chars().map(|c| c.is_ascii_uppercase())))
}

/// P's `==`; floats compare as IEEE doubles (so `NaN != NaN`), everything else structurally.
pub fn equals(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Float(x), Value::Float(y)) => x == y,
        _ => a == b,
    }
}

/// `x in c`: seq/set membership or map key membership.
pub fn contains(element: &Value, collection: &Value) -> OpResult<bool> {
    match collection {
        Value::Seq(items) => Ok(items.iter().any(|v| equals(v, element))),
        Value::Set(items) => Ok(items.contains(element)),
        Value::Map(entries) => Ok(entries.contains_key(element)),
        other => Err(wrong("in", other)),
    }
}

/// How many elements (or string bytes) a value holds at its top level: the work of walking or copying it.
pub fn size(v: &Value) -> usize {
    match v {
        Value::Seq(items) => items.len(),
        Value::Set(items) => items.len(),
        Value::Map(entries) => entries.len(),
        Value::Str(s) => s.len(),
        _ => 1,
    }
}

/// The work of changing a collection at `position` (for a seq, the index): the elements a seq insertion or
/// removal moves, plus a whole copy when the collection is shared (copy on write).
pub fn mutation_work(collection: &Value, position: Option<&Value>) -> usize {
    match collection {
        Value::Seq(items) => {
            let copy = if Rc::strong_count(items) > 1 { items.len() } else { 0 };
            let moved = match position {
                Some(Value::Int(i)) => items.len().saturating_sub(usize::try_from(*i).unwrap_or(0)),
                _ => 0,
            };
            copy + moved + 1
        }
        Value::Set(items) if Rc::strong_count(items) > 1 => items.len(),
        Value::Map(entries) if Rc::strong_count(entries) > 1 => entries.len(),
        _ => 1,
    }
}

pub fn sizeof(collection: &Value) -> OpResult<i64> {
    match collection {
        Value::Seq(items) => Ok(items.len() as i64),
        Value::Set(items) => Ok(items.len() as i64),
        Value::Map(entries) => Ok(entries.len() as i64),
        other => Err(wrong("sizeof", other)),
    }
}

/// `c[i]`: seq index, map lookup (a missing key is an error), or the i-th element of a set.
pub fn index(collection: &Value, key: &Value) -> OpResult<Value> {
    match collection {
        Value::Seq(items) => {
            let i = index_of(key, items.len(), "[]")?;
            Ok(items.get(i).cloned().unwrap_or(Value::Null))
        }
        Value::Map(entries) => {
            entries.get(key).cloned().ok_or_else(|| OpError::KeyNotFound { key: debug_text(key) })
        }
        Value::Set(items) => {
            let i = index_of(key, items.len(), "[]")?;
            Ok(items.iter().nth(i).cloned().unwrap_or(Value::Null))
        }
        other => Err(wrong("[]", other)),
    }
}

/// A short rendering for error messages that does not need program names.
pub fn debug_text(v: &Value) -> String {
    match v {
        Value::Int(i) => i.to_string(),
        Value::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        Value::Str(s) => format!("\"{s}\""),
        Value::Float(f) => super::value::render_float(*f),
        Value::Null => "null".to_string(),
        Value::Machine(m) => format!("machine {}", m.id),
        other => format!("<{}>", other.kind_name()),
    }
}

pub fn keys(map: &Value) -> OpResult<Value> {
    match map {
        Value::Map(entries) => Ok(Value::Seq(Rc::new(entries.keys().cloned().collect()))),
        other => Err(wrong("keys", other)),
    }
}

pub fn values(map: &Value) -> OpResult<Value> {
    match map {
        Value::Map(entries) => Ok(Value::Seq(Rc::new(entries.values().cloned().collect()))),
        other => Err(wrong("values", other)),
    }
}

/// Tuple or named tuple field by position.
pub fn field(tuple: &Value, index: u16) -> OpResult<Value> {
    match tuple {
        Value::Tuple(fields) | Value::NamedTuple(_, fields) => {
            fields.get(index as usize).cloned().ok_or(OpError::IndexOutOfRange { index: index as i64, size: fields.len() })
        }
        other => Err(wrong(".", other)),
    }
}

/// Writes `value` at `path` inside `root`, copying shared parts on the way (value semantics).
/// `indexes` holds the dynamic index values of the `Index` steps, in path order.
pub fn store(root: &mut Value, path: &[PathStep], indexes: &mut impl Iterator<Item = Value>, value: Value) -> OpResult<()> {
    let Some((step, rest)) = path.split_first() else {
        *root = value;
        return Ok(());
    };
    let child = child_mut(root, *step, indexes, rest.is_empty())?;
    store(child, rest, indexes, value)
}

/// The mutable child at one step; a map's missing key is created (holding `null`) only when it is the
/// final step (`m[k] = v` upserts; `m[k].f = v` requires `k`).
fn child_mut<'a>(
    parent: &'a mut Value,
    step: PathStep,
    indexes: &mut impl Iterator<Item = Value>,
    last: bool,
) -> OpResult<&'a mut Value> {
    match (step, parent) {
        (PathStep::Field(i), Value::Tuple(fields) | Value::NamedTuple(_, fields)) => {
            let size = fields.len();
            Rc::make_mut(fields).get_mut(i as usize).ok_or(OpError::IndexOutOfRange { index: i as i64, size })
        }
        (PathStep::Index, Value::Seq(items)) => {
            let key = indexes.next().unwrap_or(Value::Null);
            let i = index_of(&key, items.len(), "[]")?;
            let size = items.len();
            Rc::make_mut(items).get_mut(i).ok_or(OpError::IndexOutOfRange { index: i as i64, size })
        }
        (PathStep::Index, Value::Map(entries)) => {
            let key = indexes.next().unwrap_or(Value::Null);
            if last && entries.len() >= MAX_ELEMENTS && !entries.contains_key(&key) {
                return Err(OpError::TooLarge { what: "map" });
            }
            let entries = Rc::make_mut(entries);
            if last {
                Ok(entries.entry(key).or_insert(Value::Null))
            } else {
                let text = debug_text(&key);
                entries.get_mut(&key).ok_or(OpError::KeyNotFound { key: text })
            }
        }
        (PathStep::Index, Value::Set(_)) => Err(OpError::SetElementAssignment),
        (_, other) => Err(wrong("assignment", other)),
    }
}

/// Walks to the collection at `path` (all steps) for `+=`/`-=`.
pub fn target_mut<'a>(root: &'a mut Value, path: &[PathStep], indexes: &mut impl Iterator<Item = Value>) -> OpResult<&'a mut Value> {
    let mut current = root;
    for step in path {
        current = child_mut(current, *step, indexes, false)?;
    }
    Ok(current)
}

/// `c += (i, v)`: seq insert (0 ≤ i ≤ size) or map add (the key must be new).
pub fn insert(collection: &mut Value, key: Value, value: Value) -> OpResult<()> {
    match collection {
        Value::Seq(items) => {
            let i = match key {
                Value::Int(i) if i >= 0 && (i as u64) <= items.len() as u64 => i as usize,
                Value::Int(i) => return Err(OpError::IndexOutOfRange { index: i, size: items.len() }),
                other => return Err(wrong("+=", &other)),
            };
            if items.len() >= MAX_ELEMENTS {
                return Err(OpError::TooLarge { what: "seq" });
            }
            Rc::make_mut(items).insert(i, value);
            Ok(())
        }
        Value::Map(entries) => {
            if entries.contains_key(&key) {
                return Err(OpError::KeyAlreadyPresent { key: debug_text(&key) });
            }
            if entries.len() >= MAX_ELEMENTS {
                return Err(OpError::TooLarge { what: "map" });
            }
            Rc::make_mut(entries).insert(key, value);
            Ok(())
        }
        other => Err(wrong("+=", other)),
    }
}

/// `s += (v)` on a set (adding a present element does nothing).
pub fn add_to_set(collection: &mut Value, value: Value) -> OpResult<()> {
    match collection {
        Value::Set(items) => {
            if !items.contains(&value) {
                if items.len() >= MAX_ELEMENTS {
                    return Err(OpError::TooLarge { what: "set" });
                }
                Rc::make_mut(items).insert(value);
            }
            Ok(())
        }
        other => Err(wrong("+=", other)),
    }
}

/// `c -= k`: seq remove at index (0 ≤ i < size), map remove key, set remove element (absent: no-op).
pub fn remove(collection: &mut Value, key: &Value) -> OpResult<()> {
    match collection {
        Value::Seq(items) => {
            let i = index_of(key, items.len(), "-=")?;
            Rc::make_mut(items).remove(i);
            Ok(())
        }
        Value::Map(entries) => {
            if entries.contains_key(key) {
                Rc::make_mut(entries).remove(key);
            }
            Ok(())
        }
        Value::Set(items) => {
            if items.contains(key) {
                Rc::make_mut(items).remove(key);
            }
            Ok(())
        }
        other => Err(wrong("-=", other)),
    }
}

/// An empty collection value, for defaults.
pub fn empty_seq() -> Value {
    Value::Seq(Rc::new(Vec::new()))
}

pub fn empty_set() -> Value {
    Value::Set(Rc::new(BTreeSet::new()))
}

pub fn empty_map() -> Value {
    Value::Map(Rc::new(BTreeMap::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ints(v: &[i64]) -> Value {
        Value::Seq(Rc::new(v.iter().map(|i| Value::Int(*i)).collect()))
    }

    #[test]
    fn integer_division_truncates_and_division_by_zero_is_an_error() {
        assert_eq!(arith("/", Value::Int(-7), Value::Int(2)), Ok(Value::Int(-3)));
        assert_eq!(arith("%", Value::Int(-7), Value::Int(2)), Ok(Value::Int(-1)));
        assert_eq!(arith("/", Value::Int(1), Value::Int(0)), Err(OpError::DivideByZero));
        assert_eq!(arith("%", Value::Int(1), Value::Int(0)), Err(OpError::DivideByZero));
        assert_eq!(add(Value::Int(i64::MAX), Value::Int(1)), Ok(Value::Int(i64::MIN)), "ints wrap like C# unchecked");
    }

    #[test]
    fn float_modulo_is_fmod() {
        let Ok(Value::Float(r)) = arith("%", Value::Float(10.22), Value::Float(1.34)) else { panic!() };
        assert!((r - 0.84).abs() < 1e-9 && r >= 0.84, "10.22 % 1.34 = {r}, not below 0.84");
    }

    #[test]
    fn seq_bounds_follow_p() {
        let mut s = ints(&[1, 2]);
        assert!(insert(&mut s, Value::Int(2), Value::Int(3)).is_ok(), "insert at size appends");
        assert_eq!(s, ints(&[1, 2, 3]));
        assert!(matches!(insert(&mut s, Value::Int(4), Value::Int(0)), Err(OpError::IndexOutOfRange { .. })));
        assert!(matches!(remove(&mut s, &Value::Int(3)), Err(OpError::IndexOutOfRange { .. })));
        assert!(matches!(index(&s, &Value::Int(-1)), Err(OpError::IndexOutOfRange { .. })));
        assert!(remove(&mut s, &Value::Int(0)).is_ok());
        assert_eq!(s, ints(&[2, 3]));
    }

    #[test]
    fn maps_error_on_missing_reads_and_duplicate_adds() {
        let mut m = empty_map();
        assert!(insert(&mut m, Value::Int(1), Value::str("a")).is_ok());
        assert!(matches!(insert(&mut m, Value::Int(1), Value::str("b")), Err(OpError::KeyAlreadyPresent { .. })));
        assert!(matches!(index(&m, &Value::Int(2)), Err(OpError::KeyNotFound { .. })));
        assert!(remove(&mut m, &Value::Int(2)).is_ok(), "removing an absent key is a no-op");
        let mut it = std::iter::once(Value::Int(2));
        assert!(store(&mut m, &[PathStep::Index], &mut it, Value::str("c")).is_ok(), "m[k] = v upserts");
        assert_eq!(index(&m, &Value::Int(2)), Ok(Value::str("c")));
    }

    #[test]
    fn nested_store_copies_on_write() {
        let inner = Value::Tuple(Rc::new(vec![Value::Int(1), Value::Int(2)]));
        let mut x = Value::Seq(Rc::new(vec![inner.clone()]));
        let before = x.clone();
        let mut it = std::iter::once(Value::Int(0));
        assert!(store(&mut x, &[PathStep::Index, PathStep::Field(1)], &mut it, Value::Int(103)).is_ok());
        assert_eq!(index(&before, &Value::Int(0)), Ok(inner));
        assert_ne!(before, x);
    }

    #[test]
    fn sets_ignore_duplicates_and_reject_index_assignment() {
        let mut s = empty_set();
        assert!(add_to_set(&mut s, Value::Int(1)).is_ok());
        assert!(add_to_set(&mut s, Value::Int(1)).is_ok());
        assert_eq!(sizeof(&s), Ok(1));
        let mut it = std::iter::once(Value::Int(0));
        assert_eq!(store(&mut s, &[PathStep::Index], &mut it, Value::Int(5)), Err(OpError::SetElementAssignment));
    }

    #[test]
    fn collections_stop_growing_at_the_memory_bound() {
        let mut s = Value::Seq(Rc::new(vec![Value::Null; MAX_ELEMENTS]));
        assert_eq!(insert(&mut s, Value::Int(0), Value::Int(1)), Err(OpError::TooLarge { what: "seq" }));
        let big = Value::Str(Rc::from("x".repeat(MAX_ELEMENTS)));
        assert_eq!(add(big, Value::str("y")), Err(OpError::TooLarge { what: "string" }));
    }

    #[test]
    fn strings_order_as_dotnet_cultures_order_them() {
        let lt = |a: &str, b: &str| compare("<", &Value::str(a), &Value::str(b));
        assert_eq!(lt("apple", "Banana"), Ok(true), "alphabet before case");
        assert_eq!(lt("a", "A"), Ok(true), "then lower case first");
        assert_eq!(lt("B", "c"), Ok(true));
        assert_eq!(lt("Zebra", "apple"), Ok(false));
        assert_eq!(lt("x-1", "x1"), Ok(true), "punctuation before digits");
        assert_eq!(lt("9", "a"), Ok(true), "digits before letters");
        assert_eq!(lt("ab", "abc"), Ok(true), "a prefix first");
        assert_eq!(compare(">=", &Value::str("same"), &Value::str("same")), Ok(true));
    }

    #[test]
    fn membership_is_structural() {
        let pair = |a, b| Value::Tuple(Rc::new(vec![Value::Int(a), Value::Int(b)]));
        let s = Value::Seq(Rc::new(vec![pair(1, 2), pair(4, 5)]));
        assert_eq!(contains(&pair(4, 5), &s), Ok(true));
        assert_eq!(contains(&pair(5, 4), &s), Ok(false));
    }
}
