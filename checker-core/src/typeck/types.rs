//! P's semantic types and assignability (`IsAssignableFrom` in P's `TypeChecker/Types/*.cs`).

use std::collections::BTreeSet;
use std::fmt;
use std::rc::Rc;

/// A set of event names: a receive set, a sends set, the permissions of a type.
pub type EventSet = BTreeSet<String>;

/// Where a permission type comes from (its name is a machine, an interface or an event set).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PermissionOrigin {
    Machine,
    Interface,
    EventSet,
    /// An event name used as a type: the permission type of the one-event set.
    Event,
}

/// A resolved type. Type aliases are expanded (P compares aliases structurally).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Type {
    Bool,
    Int,
    Float,
    String,
    Event,
    Machine,
    Data,
    Any,
    /// The type of `null` and of "no value" (void returns, events without payload).
    Null,
    Seq(Box<Type>),
    Set(Box<Type>),
    Map(Box<Type>, Box<Type>),
    Tuple(Vec<Type>),
    NamedTuple(Vec<(String, Type)>),
    Enum(String),
    /// A foreign type `type T;`.
    Foreign(String),
    /// A machine, interface or event-set name used as a type: a machine reference allowed to receive `events`.
    Permission { name: String, origin: PermissionOrigin, events: Rc<EventSet> },
    /// A type alias `type name = ty;` as written at the top of a declared type (`ty` is its expansion, never
    /// itself an alias). Inside collections and tuples aliases are always expanded. Kept because P compares
    /// an alias on the *value* side without expanding it for enum, permission and `machine` targets.
    Alias { name: String, ty: Box<Type> },
    /// The type of an expression that already has an error: assignable to and from everything.
    Error,
}

impl Type {
    pub fn is_error(&self) -> bool {
        matches!(self.canon(), Type::Error)
    }

    /// The type with a top-level alias expanded (P's `Canonicalize` at the top).
    pub fn canon(&self) -> &Type {
        match self {
            Type::Alias { ty, .. } => ty,
            other => other,
        }
    }

    /// The type with a top-level alias expanded, by value.
    pub fn into_canon(self) -> Type {
        match self {
            Type::Alias { ty, .. } => *ty,
            other => other,
        }
    }

    /// The events a value of this type may carry permissions for; `None` means "unrestricted"
    /// (`any`, `machine`, foreign types, and anything containing them).
    pub fn permissions(&self) -> Option<EventSet> {
        match self {
            Type::Any | Type::Machine | Type::Foreign(_) => None,
            Type::Bool
            | Type::Int
            | Type::Float
            | Type::String
            | Type::Event
            | Type::Data
            | Type::Null
            | Type::Enum(_)
            | Type::Error => Some(EventSet::new()),
            Type::Permission { events, .. } => Some((**events).clone()),
            Type::Alias { ty, .. } => ty.permissions(),
            Type::Seq(t) | Type::Set(t) => t.permissions(),
            Type::Map(k, v) => union_permissions([k.as_ref(), v.as_ref()]),
            Type::Tuple(ts) => union_permissions(ts.iter()),
            Type::NamedTuple(fs) => union_permissions(fs.iter().map(|(_, t)| t)),
        }
    }

    /// `self ← other`: can a value of type `other` be stored where `self` is expected?
    pub fn is_assignable_from(&self, other: &Type) -> bool {
        if self.is_error() || other.is_error() {
            return true;
        }
        let o = other.canon();
        match self {
            Type::Alias { ty, .. } => ty.is_assignable_from(other),
            Type::Any => true,
            // P compares canonical names, but tests `is PermissionType` on the value's type as written.
            Type::Machine => matches!(o, Type::Machine | Type::Null) || matches!(other, Type::Permission { .. }),
            Type::Event => matches!(o, Type::Event | Type::Null),
            Type::Data => other.permissions().is_some_and(|p| p.is_empty()),
            Type::Bool | Type::Int | Type::Float | Type::String | Type::Null => self == o,
            Type::Seq(a) => matches!(o, Type::Seq(b) if a.is_assignable_from(b)),
            Type::Set(a) => matches!(o, Type::Set(b) if a.is_assignable_from(b)),
            Type::Map(k, v) => {
                matches!(o, Type::Map(k2, v2) if k.is_assignable_from(k2) && v.is_assignable_from(v2))
            }
            Type::Tuple(ts) => match o {
                Type::Tuple(us) => ts.len() == us.len() && ts.iter().zip(us).all(|(t, u)| t.is_assignable_from(u)),
                _ => false,
            },
            Type::NamedTuple(fs) => match o {
                Type::NamedTuple(gs) => {
                    fs.len() == gs.len()
                        && fs.iter().zip(gs).all(|((n, t), (m, u))| n == m && t.is_assignable_from(u))
                }
                _ => false,
            },
            // Enum and permission targets do not expand an alias on the value side (EnumType, PermissionType).
            Type::Enum(a) => matches!(other, Type::Enum(b) if a == b),
            Type::Foreign(a) => matches!(o, Type::Foreign(b) if a == b),
            Type::Permission { events, .. } => {
                matches!(other, Type::Permission { events: e2, .. } if events == e2)
            }
            Type::Error => true,
        }
    }

    /// Mutual assignability (`IsSameTypeAs`).
    pub fn is_same_as(&self, other: &Type) -> bool {
        self.is_assignable_from(other) && other.is_assignable_from(self)
    }

    /// A permission type as written (an alias of one is not, as in P's `is PermissionType`).
    pub fn is_permission(&self) -> bool {
        matches!(self, Type::Permission { .. })
    }
}

fn union_permissions<'a>(types: impl IntoIterator<Item = &'a Type>) -> Option<EventSet> {
    let mut all = EventSet::new();
    for t in types {
        all.extend(t.permissions()?);
    }
    Some(all)
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Bool => f.write_str("bool"),
            Type::Int => f.write_str("int"),
            Type::Float => f.write_str("float"),
            Type::String => f.write_str("string"),
            Type::Event => f.write_str("event"),
            Type::Machine => f.write_str("machine"),
            Type::Data => f.write_str("data"),
            Type::Any => f.write_str("any"),
            Type::Null => f.write_str("null"),
            Type::Seq(t) => write!(f, "seq[{t}]"),
            Type::Set(t) => write!(f, "set[{t}]"),
            Type::Map(k, v) => write!(f, "map[{k}, {v}]"),
            Type::Tuple(ts) => {
                f.write_str("(")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{t}")?;
                }
                if ts.len() == 1 {
                    f.write_str(",")?;
                }
                f.write_str(")")
            }
            Type::NamedTuple(fs) => {
                f.write_str("(")?;
                for (i, (n, t)) in fs.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{n}: {t}")?;
                }
                if fs.len() == 1 {
                    f.write_str(",")?;
                }
                f.write_str(")")
            }
            Type::Enum(n) | Type::Foreign(n) => f.write_str(n),
            Type::Permission { name, .. } | Type::Alias { name, .. } => f.write_str(name),
            Type::Error => f.write_str("{unknown}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn perm(name: &str, events: &[&str]) -> Type {
        Type::Permission {
            name: name.into(),
            origin: PermissionOrigin::Interface,
            events: Rc::new(events.iter().map(|e| e.to_string()).collect()),
        }
    }

    #[test]
    fn primitives_are_exact_and_reject_null() {
        assert!(Type::Int.is_assignable_from(&Type::Int));
        assert!(!Type::Int.is_assignable_from(&Type::Null));
        assert!(!Type::Int.is_assignable_from(&Type::Float));
        assert!(Type::Event.is_assignable_from(&Type::Null));
        assert!(Type::Machine.is_assignable_from(&Type::Null));
        assert!(Type::Machine.is_assignable_from(&perm("I", &["e"])));
        assert!(!perm("I", &["e"]).is_assignable_from(&Type::Machine));
    }

    #[test]
    fn data_rejects_machine_references() {
        assert!(Type::Data.is_assignable_from(&Type::Seq(Box::new(Type::Int))));
        assert!(Type::Data.is_assignable_from(&Type::Null));
        assert!(!Type::Data.is_assignable_from(&Type::Machine));
        assert!(!Type::Data.is_assignable_from(&Type::Tuple(vec![Type::Int, perm("I", &["e"])])));
        assert!(Type::Data.is_assignable_from(&perm("I", &[])));
        assert!(!Type::Data.is_assignable_from(&Type::Any));
    }

    #[test]
    fn permissions_compare_receive_sets() {
        assert!(perm("A", &["x", "y"]).is_assignable_from(&perm("B", &["y", "x"])));
        assert!(!perm("A", &["x"]).is_assignable_from(&perm("B", &["x", "y"])));
    }

    #[test]
    fn aliases_on_the_value_side_do_not_fit_enums_or_permissions() {
        let alias = |ty: Type| Type::Alias { name: "A".into(), ty: Box::new(ty) };
        let e = Type::Enum("E".into());
        assert!(!e.is_assignable_from(&alias(e.clone())));
        assert!(alias(e.clone()).is_assignable_from(&e));
        assert!(!Type::Machine.is_assignable_from(&alias(perm("I", &["x"]))));
        assert!(Type::Int.is_assignable_from(&alias(Type::Int)));
        assert!(Type::Seq(Box::new(Type::Int)).is_assignable_from(&alias(Type::Seq(Box::new(Type::Int)))));
    }

    #[test]
    fn collections_are_covariant_and_tuples_fieldwise() {
        let seq_any = Type::Seq(Box::new(Type::Any));
        assert!(seq_any.is_assignable_from(&Type::Seq(Box::new(Type::Int))));
        assert!(!Type::Seq(Box::new(Type::Int)).is_assignable_from(&seq_any));
        let named = Type::NamedTuple(vec![("a".into(), Type::Int)]);
        assert!(!named.is_assignable_from(&Type::Tuple(vec![Type::Int])));
        assert!(!Type::NamedTuple(vec![("b".into(), Type::Int)]).is_assignable_from(&named));
    }
}
