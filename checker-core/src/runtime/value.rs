//! Runtime values of P: value semantics with copy-on-write sharing, P's equality, a total order for sets and
//! map keys, and the text rendering P's checker uses in logs and `format`.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// Index of an event declaration (the built-in `halt` included) in the lowered program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EventId(pub u32);

/// Index of a machine declaration (its type) in the lowered program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MachineTypeId(pub u32);

/// Index of an interned list of named-tuple field names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ShapeId(pub u32);

/// Index of an interface (declared, or implied by a machine of the same name) in the lowered program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct InterfaceId(pub u32);

/// A reference to a running machine: its id (1, 2, ... in creation order), its machine type, and the
/// interface whose receive set are the events this reference may be sent (changed by `to I`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct MachineRef {
    pub id: u32,
    pub ty: MachineTypeId,
    pub iface: InterfaceId,
}

/// A P value. Cloning is cheap (collections and strings are shared); mutation goes through
/// [`Rc::make_mut`], so every P assignment keeps value semantics.
#[derive(Clone, Debug)]
pub enum Value {
    Null,
    Bool(bool),
    /// `int` and enum values (enums are ints at runtime, as in P).
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    Event(EventId),
    Machine(MachineRef),
    Tuple(Rc<Vec<Value>>),
    NamedTuple(ShapeId, Rc<Vec<Value>>),
    Seq(Rc<Vec<Value>>),
    Set(Rc<BTreeSet<Value>>),
    Map(Rc<BTreeMap<Value, Value>>),
}

impl Value {
    /// Position of each kind in the total order; values of different kinds are never equal.
    fn rank(&self) -> u8 {
        match self {
            Value::Null => 0,
            Value::Bool(_) => 1,
            Value::Int(_) => 2,
            Value::Float(_) => 3,
            Value::Str(_) => 4,
            Value::Event(_) => 5,
            Value::Machine(_) => 6,
            Value::Tuple(_) => 7,
            Value::NamedTuple(..) => 8,
            Value::Seq(_) => 9,
            Value::Set(_) => 10,
            Value::Map(_) => 11,
        }
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    /// The name of the value's runtime kind, for error messages ("cannot cast a value of kind `seq`").
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "string",
            Value::Event(_) => "event",
            Value::Machine(_) => "machine",
            Value::Tuple(_) => "tuple",
            Value::NamedTuple(..) => "named tuple",
            Value::Seq(_) => "seq",
            Value::Set(_) => "set",
            Value::Map(_) => "map",
        }
    }
}

/// A total order: by kind, then by contents (floats by `total_cmp`, so `NaN` equals itself here).
impl Ord for Value {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self, other) {
            (Value::Null, Value::Null) => Ordering::Equal,
            (Value::Bool(a), Value::Bool(b)) => a.cmp(b),
            (Value::Int(a), Value::Int(b)) => a.cmp(b),
            (Value::Float(a), Value::Float(b)) => a.total_cmp(b),
            (Value::Str(a), Value::Str(b)) => a.cmp(b),
            (Value::Event(a), Value::Event(b)) => a.cmp(b),
            (Value::Machine(a), Value::Machine(b)) => a.id.cmp(&b.id),
            (Value::Tuple(a), Value::Tuple(b)) | (Value::Seq(a), Value::Seq(b)) => a.cmp(b),
            (Value::NamedTuple(sa, a), Value::NamedTuple(sb, b)) => sa.cmp(sb).then_with(|| a.cmp(b)),
            (Value::Set(a), Value::Set(b)) => a.cmp(b),
            (Value::Map(a), Value::Map(b)) => a.cmp(b),
            _ => self.rank().cmp(&other.rank()),
        }
    }
}

impl PartialOrd for Value {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// P's deep structural equality (`==`): kinds must match; events by identity, machines by id.
impl PartialEq for Value {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Value {}

impl Hash for Value {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.rank().hash(state);
        match self {
            Value::Null => {}
            Value::Bool(b) => b.hash(state),
            Value::Int(i) => i.hash(state),
            Value::Float(f) => f.to_bits().hash(state),
            Value::Str(s) => s.hash(state),
            Value::Event(e) => e.hash(state),
            // The interface a reference may be sent through is part of a state (`to I` changes it) though not
            // of P's `==`; values are never keys of hash-based collections, only fingerprinted.
            Value::Machine(m) => {
                m.id.hash(state);
                m.iface.hash(state);
            }
            Value::Tuple(v) | Value::Seq(v) => v.hash(state),
            Value::NamedTuple(shape, v) => {
                shape.hash(state);
                v.hash(state);
            }
            Value::Set(s) => s.hash(state),
            Value::Map(m) => m.hash(state),
        }
    }
}

/// What rendering needs to know about the program: names behind ids.
pub trait Names {
    fn event_name(&self, event: EventId) -> &str;
    fn machine_type_name(&self, ty: MachineTypeId) -> &str;
    fn shape_fields(&self, shape: ShapeId) -> &[Rc<str>];
}

/// Renders a value as P's checker prints it (`print`, `format`, logs): bools `True`/`False`, floats as C#
/// prints doubles, machines `Name(id)`, null as the empty string, tuples `<1,2,>`, named tuples
/// `<a:1, b:2, >`, seqs `(1, 2)`, sets `(<1>, <2>)` and maps `(<k->v>, ...)` (sets and maps ordered by the
/// rendered text of their elements, as P orders them).
pub fn render(value: &Value, names: &dyn Names) -> String {
    let mut out = String::new();
    render_into(value, names, &mut out);
    out
}

fn render_into(value: &Value, names: &dyn Names, out: &mut String) {
    match value {
        Value::Null => {}
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::Float(f) => out.push_str(&render_float(*f)),
        Value::Str(s) => out.push_str(s),
        Value::Event(e) => out.push_str(names.event_name(*e)),
        Value::Machine(m) => {
            let _ = write!(out, "{}({})", names.machine_type_name(m.ty), m.id);
        }
        Value::Tuple(fields) => {
            out.push('<');
            for field in fields.iter() {
                render_into(field, names, out);
                out.push(',');
            }
            out.push('>');
        }
        Value::NamedTuple(shape, fields) => {
            out.push('<');
            for (name, field) in names.shape_fields(*shape).iter().zip(fields.iter()) {
                out.push_str(name);
                out.push(':');
                render_into(field, names, out);
                out.push_str(", ");
            }
            out.push('>');
        }
        Value::Seq(items) => render_list(items.iter().map(|v| render(v, names)), out),
        Value::Set(items) => {
            let mut rendered: Vec<String> = items.iter().map(|v| format!("<{}>", render(v, names))).collect();
            sort_by_inner_text(&mut rendered, |s| s.get(1..s.len().saturating_sub(1)).unwrap_or(s));
            render_list(rendered.into_iter(), out);
        }
        Value::Map(entries) => {
            let mut rendered: Vec<(String, String)> =
                entries.iter().map(|(k, v)| (render(k, names), render(v, names))).collect();
            rendered.sort_by(|a, b| a.0.cmp(&b.0));
            render_list(rendered.into_iter().map(|(k, v)| format!("<{k}->{v}>")), out);
        }
    }
}

fn sort_by_inner_text(items: &mut [String], key: impl Fn(&String) -> &str) {
    items.sort_by(|a, b| key(a).cmp(key(b)));
}

fn render_list(items: impl Iterator<Item = String>, out: &mut String) {
    out.push('(');
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&item);
    }
    out.push(')');
}

/// A double as .NET prints it: shortest round-trip digits, scientific notation (`1E+21`, `1E-05`) outside
/// `1e-4 <= |x| < 1e15`, `NaN`, `∞` and `-∞`.
pub fn render_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".to_string();
    }
    if f.is_infinite() {
        return if f > 0.0 { "∞".to_string() } else { "-∞".to_string() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0".to_string() } else { "0".to_string() };
    }
    let magnitude = f.abs();
    if (1e-4..1e15).contains(&magnitude) {
        return format!("{f}");
    }
    // Rust's `{:e}` gives the shortest round-trip mantissa, e.g. `1.5e21`; .NET writes `1.5E+21`.
    let sci = format!("{f:e}");
    match sci.split_once('e') {
        Some((mantissa, exponent)) => {
            let (sign, digits) = match exponent.strip_prefix('-') {
                Some(d) => ('-', d),
                None => ('+', exponent),
            };
            format!("{mantissa}E{sign}{digits:0>2}")
        }
        None => sci,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct TestNames;
    impl Names for TestNames {
        fn event_name(&self, event: EventId) -> &str {
            if event.0 == 0 { "halt" } else { "ePing" }
        }
        fn machine_type_name(&self, _: MachineTypeId) -> &str {
            "Client"
        }
        fn shape_fields(&self, _: ShapeId) -> &[Rc<str>] {
            thread_local! { static F: &'static [Rc<str>] = Box::leak(vec![Rc::from("a"), Rc::from("b")].into_boxed_slice()); }
            F.with(|f| *f)
        }
    }

    fn seq(items: Vec<Value>) -> Value {
        Value::Seq(Rc::new(items))
    }

    #[test]
    fn values_of_different_kinds_are_never_equal() {
        assert_ne!(Value::Int(1), Value::Float(1.0));
        assert_ne!(Value::Int(0), Value::Null);
        assert_ne!(Value::Bool(false), Value::Null);
        assert_eq!(Value::Null, Value::Null);
        assert_ne!(Value::Tuple(Rc::new(vec![Value::Int(1)])), seq(vec![Value::Int(1)]));
    }

    #[test]
    fn equality_is_deep_and_structural() {
        let a = seq(vec![Value::Tuple(Rc::new(vec![Value::Int(4), Value::Int(5)]))]);
        let b = seq(vec![Value::Tuple(Rc::new(vec![Value::Int(4), Value::Int(5)]))]);
        assert_eq!(a, b);
        let m1 = MachineRef { id: 3, ty: MachineTypeId(0), iface: InterfaceId(0) };
        assert_eq!(Value::Machine(m1), Value::Machine(m1));
        assert_ne!(Value::Machine(m1), Value::Machine(MachineRef { id: 4, ..m1 }));
    }

    #[test]
    fn mutation_after_clone_leaves_the_copy_alone() {
        let mut original = seq(vec![Value::Int(1), Value::Int(2)]);
        let copy = original.clone();
        if let Value::Seq(items) = &mut original {
            Rc::make_mut(items).push(Value::Int(3));
        }
        assert_eq!(copy, seq(vec![Value::Int(1), Value::Int(2)]));
        assert_ne!(copy, original);
    }

    #[test]
    fn sets_deduplicate_structurally() {
        let mut set = BTreeSet::new();
        set.insert(Value::Tuple(Rc::new(vec![Value::Int(1), Value::str("x")])));
        set.insert(Value::Tuple(Rc::new(vec![Value::Int(1), Value::str("x")])));
        assert_eq!(set.len(), 1);
    }

    #[test]
    fn rendering_follows_p() {
        let n = TestNames;
        assert_eq!(render(&Value::Bool(true), &n), "True");
        assert_eq!(render(&Value::Null, &n), "");
        assert_eq!(render(&Value::Machine(MachineRef { id: 2, ty: MachineTypeId(0), iface: InterfaceId(0) }), &n), "Client(2)");
        assert_eq!(render(&Value::Tuple(Rc::new(vec![Value::Int(1), Value::Int(2)])), &n), "<1,2,>");
        assert_eq!(
            render(&Value::NamedTuple(ShapeId(0), Rc::new(vec![Value::Int(1), Value::str("s")])), &n),
            "<a:1, b:s, >"
        );
        assert_eq!(render(&seq(vec![Value::Int(1), Value::Int(2)]), &n), "(1, 2)");
        let set: BTreeSet<Value> = [Value::Int(10), Value::Int(9)].into_iter().collect();
        assert_eq!(render(&Value::Set(Rc::new(set)), &n), "(<10>, <9>)", "ordered by text, as P orders");
        let map: BTreeMap<Value, Value> = [(Value::Int(2), Value::Event(EventId(1)))].into_iter().collect();
        assert_eq!(render(&Value::Map(Rc::new(map)), &n), "(<2->ePing>)");
    }

    #[test]
    fn floats_render_as_dotnet_prints_them() {
        assert_eq!(render_float(1.5), "1.5");
        assert_eq!(render_float(2.0), "2");
        assert_eq!(render_float(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(render_float(1e21), "1E+21");
        assert_eq!(render_float(1.5e-7), "1.5E-07");
        assert_eq!(render_float(0.0001), "0.0001");
        assert_eq!(render_float(0.00001), "1E-05");
        assert_eq!(render_float(-3.25), "-3.25");
        assert_eq!(render_float(f64::INFINITY), "∞");
        assert_eq!(render_float(f64::NAN), "NaN");
    }
}
