//! Syntax errors as data: each kind the lexer and parser report, with its stable code, message and hint.
//!
//! | Code  | Kind                                  | Example of bad input                      |
//! |-------|---------------------------------------|-------------------------------------------|
//! | P1001 | unexpected character(s)               | `x = a ? b;`                              |
//! | P1002 | unterminated string literal           | `print "hello;`                           |
//! | P1003 | unterminated block comment            | `/* no end`                               |
//! | P1004 | unclosed `{`, `(` or `[`              | `machine M { state S { }` (end of file)   |
//! | P1010 | expected one thing, found another     | `x = 1 }`                                 |
//! | P1011 | reserved word used as a name          | `var main: int;`                          |
//! | P1012 | invalid assignment target             | `f(x) = 1;`                               |
//! | P1013 | expression used as a statement        | `x + 1;`                                  |
//! | P1014 | `var` after statements                | `x = 1; var y: int;`                      |
//! | P1015 | test without `[main=M]`               | `test t: { M };`                          |
//! | P1016 | one-field named tuple without comma   | `(a = 1)`                                 |
//! | P1017 | trailing comma                        | `f(a, b,)`                                |
//! | P1018 | nesting too deep                      | `((((((...))))))` past the limit          |
//! | P1019 | `receive` without cases               | `receive { }`                             |
//! | P1020 | handler with 0 or several parameters  | `on e do (a: int, b: int) { }`            |
//! | P1021 | exit handler with a parameter         | `exit (x: int) { }`                       |
//! | P1022 | `null` where only real events go      | `defer null;`                             |
//! | P1023 | state modifiers out of order          | `hot start state S { }`                   |
//! | P1024 | enum mixing numbered and plain names  | `enum E { A = 1, B }`                     |
//! | P1025 | variable declared with an initializer | `var x: int = 0;`                         |
//! | P1026 | test parameter value not a literal    | `test param (n in [k]) t [main=M]: M;`    |
//! | P1027 | `creates` on a function with a body   | `fun f() creates I { }`                   |
//! | P1028 | empty parentheses as a value or type  | `x = ();`                                 |
//! | P1029 | `else` without `if`                   | `{ x = 1; } else { }`                     |
//! | P1030 | `=` inside an expression              | `if (x = 1) { }`                          |
//!
//! Codes are stable: a code is never reused for another kind of error.

use crate::diagnostic::Diagnostic;
use crate::span::Span;
use crate::syntax::token::TokenKind;
use std::fmt;

/// One syntax error: what went wrong, and where.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub span: Span,
}

/// What the parser was looking for when it met something else.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// One exact token, such as `;`.
    Token(TokenKind),
    /// One of a few tokens, such as `,` or `)`.
    OneOf(&'static [TokenKind]),
    /// A name; the text says which kind ("an event name").
    Name(&'static str),
    Expression,
    Type,
    Statement,
    Declaration,
    /// `var`, `fun` or a state, inside a machine.
    MachineItem,
    /// `entry`, `exit`, `on`, `defer` or `ignore`, inside a state.
    StateItem,
    ModuleExpr,
    Integer,
    StringLiteral,
    /// `=`, `+=` or `-=` after an assignment target.
    AssignOp,
    /// A field name or a tuple index after `.`.
    FieldOrIndex,
    /// A handler: a function name or `{ ... }`, optionally with `(p: T)` before it.
    Handler,
    /// `;` or `{ ... }` after a function header.
    FunBodyOrSemi,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Token(t) => write!(f, "`{}`", t.text()),
            Expected::OneOf(ts) => {
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(if i + 1 == ts.len() { " or " } else { ", " })?;
                    }
                    write!(f, "`{}`", t.text())?;
                }
                Ok(())
            }
            Expected::Name(what) => f.write_str(what),
            Expected::Expression => f.write_str("an expression"),
            Expected::Type => f.write_str("a type"),
            Expected::Statement => f.write_str("a statement"),
            Expected::Declaration => f.write_str("a declaration"),
            Expected::MachineItem => f.write_str("`var`, `fun` or a state declaration"),
            Expected::StateItem => f.write_str("`entry`, `exit`, `on`, `defer` or `ignore`"),
            Expected::ModuleExpr => f.write_str("a module expression"),
            Expected::Integer => f.write_str("an integer literal"),
            Expected::StringLiteral => f.write_str("a string literal"),
            Expected::AssignOp => f.write_str("`=`, `+=` or `-=`"),
            Expected::FieldOrIndex => f.write_str("a field name or a tuple index"),
            Expected::Handler => f.write_str("a function name or a handler body `{ ... }`"),
            Expected::FunBodyOrSemi => f.write_str("`;` or a function body `{ ... }`"),
        }
    }
}

/// Every kind of syntax error; the doc line of each shows input that causes it.
#[derive(Clone, Debug, PartialEq)]
pub enum SyntaxErrorKind {
    /// `x = a ? b;` (a run of characters that are no part of P).
    UnexpectedChars { text: String },
    /// `print "hello;` (no closing quote before the end of the file).
    UnterminatedString,
    /// `/* no end` (no `*/` before the end of the file).
    UnterminatedComment,
    /// `machine M { state S { }` then the end of the file.
    Unclosed { open: TokenKind, opened: Span, what: &'static str, found: String },
    /// `x = 1 }`
    Expected {
        expected: Expected,
        context: Option<&'static str>,
        found: String,
        found_span: Span,
        hint: Option<&'static str>,
    },
    /// `var main: int;`
    ReservedWord { word: &'static str },
    /// `f(x) = 1;`
    InvalidAssignTarget,
    /// `x + 1;`
    NotAStatement,
    /// `x = 1; var y: int;`
    LateVarDecl,
    /// `test t: { M };`
    MissingTestMain { test: String },
    /// `(a = 1)`
    NamedTupleComma,
    /// `f(a, b,)`
    TrailingComma,
    /// `((((...))))` nested deeper than `limit`.
    TooDeep { limit: u32 },
    /// `receive { }`
    EmptyReceive,
    /// `on e do (a: int, b: int) { }` or `on e do () { }`.
    HandlerParams { count: usize },
    /// `exit (x: int) { }`
    ExitParam,
    /// `defer null;` (`context` names the construct).
    NullEvent { context: &'static str },
    /// `hot start state S { }`
    ModifierOrder,
    /// `enum E { A = 1, B }`
    MixedEnum,
    /// `var x: int = 0;`
    VarInitializer,
    /// `test param (n in [k]) t [main=M]: M;`
    TestParamValue,
    /// `fun f() creates I { }`
    CreatesWithBody,
    /// `x = ();`
    EmptyParens,
    /// `{ x = 1; } else { }`
    ElseWithoutIf,
    /// `if (x = 1) { }`
    AssignInExpr,
}

fn closer(open: TokenKind) -> &'static str {
    match open {
        TokenKind::LParen => ")",
        TokenKind::LBracket => "]",
        _ => "}",
    }
}

impl SyntaxErrorKind {
    /// The stable code of this kind (see the table at the top of this module).
    pub fn code(&self) -> &'static str {
        match self {
            SyntaxErrorKind::UnexpectedChars { .. } => "P1001",
            SyntaxErrorKind::UnterminatedString => "P1002",
            SyntaxErrorKind::UnterminatedComment => "P1003",
            SyntaxErrorKind::Unclosed { .. } => "P1004",
            SyntaxErrorKind::Expected { .. } => "P1010",
            SyntaxErrorKind::ReservedWord { .. } => "P1011",
            SyntaxErrorKind::InvalidAssignTarget => "P1012",
            SyntaxErrorKind::NotAStatement => "P1013",
            SyntaxErrorKind::LateVarDecl => "P1014",
            SyntaxErrorKind::MissingTestMain { .. } => "P1015",
            SyntaxErrorKind::NamedTupleComma => "P1016",
            SyntaxErrorKind::TrailingComma => "P1017",
            SyntaxErrorKind::TooDeep { .. } => "P1018",
            SyntaxErrorKind::EmptyReceive => "P1019",
            SyntaxErrorKind::HandlerParams { .. } => "P1020",
            SyntaxErrorKind::ExitParam => "P1021",
            SyntaxErrorKind::NullEvent { .. } => "P1022",
            SyntaxErrorKind::ModifierOrder => "P1023",
            SyntaxErrorKind::MixedEnum => "P1024",
            SyntaxErrorKind::VarInitializer => "P1025",
            SyntaxErrorKind::TestParamValue => "P1026",
            SyntaxErrorKind::CreatesWithBody => "P1027",
            SyntaxErrorKind::EmptyParens => "P1028",
            SyntaxErrorKind::ElseWithoutIf => "P1029",
            SyntaxErrorKind::AssignInExpr => "P1030",
        }
    }

    /// The one-line message: a lower-case fragment.
    pub fn message(&self) -> String {
        match self {
            SyntaxErrorKind::UnexpectedChars { text } if text.chars().count() == 1 => {
                format!("unexpected character `{text}`")
            }
            SyntaxErrorKind::UnexpectedChars { text } => format!("unexpected characters `{text}`"),
            SyntaxErrorKind::UnterminatedString => "unterminated string literal".into(),
            SyntaxErrorKind::UnterminatedComment => "unterminated block comment".into(),
            SyntaxErrorKind::Unclosed { open, what, found, .. } => {
                format!("expected `{}` to close {what}, found {found}", closer(*open))
            }
            SyntaxErrorKind::Expected { expected, context: Some(context), found, .. } => {
                format!("expected {expected} {context}, found {found}")
            }
            SyntaxErrorKind::Expected { expected, context: None, found, .. } => {
                format!("expected {expected}, found {found}")
            }
            SyntaxErrorKind::ReservedWord { word } => {
                format!("`{word}` is a reserved word in P and cannot be used as a name")
            }
            SyntaxErrorKind::InvalidAssignTarget => "invalid assignment target".into(),
            SyntaxErrorKind::NotAStatement => "this expression is not a statement".into(),
            SyntaxErrorKind::LateVarDecl => "variable declared after the first statement of the function".into(),
            SyntaxErrorKind::MissingTestMain { test } => format!("test `{test}` does not name its main machine"),
            SyntaxErrorKind::NamedTupleComma => "a named tuple with one field needs a trailing comma".into(),
            SyntaxErrorKind::TrailingComma => "trailing comma is not allowed here".into(),
            SyntaxErrorKind::TooDeep { limit } => format!("nesting is too deep (more than {limit} levels)"),
            SyntaxErrorKind::EmptyReceive => "`receive` needs at least one `case`".into(),
            SyntaxErrorKind::HandlerParams { count: 0 } => "empty parentheses before a handler body".into(),
            SyntaxErrorKind::HandlerParams { count } => {
                format!("an event handler takes at most one parameter, found {count}")
            }
            SyntaxErrorKind::ExitParam => "an exit handler takes no parameter".into(),
            SyntaxErrorKind::NullEvent { context } => format!("`null` cannot be used {context}"),
            SyntaxErrorKind::ModifierOrder => "`start` must come before `hot` or `cold`".into(),
            SyntaxErrorKind::MixedEnum => "enum mixes elements with and without values".into(),
            SyntaxErrorKind::VarInitializer => "a variable declaration cannot have an initializer".into(),
            SyntaxErrorKind::TestParamValue => "test parameter values must be integer or boolean literals".into(),
            SyntaxErrorKind::CreatesWithBody => "`creates` is only allowed on foreign functions".into(),
            SyntaxErrorKind::EmptyParens => "`()` is neither a value nor a type".into(),
            SyntaxErrorKind::ElseWithoutIf => "`else` without a matching `if`".into(),
            SyntaxErrorKind::AssignInExpr => "`=` assigns and cannot be used inside an expression".into(),
        }
    }

    /// The note under the primary span.
    fn note(&self) -> String {
        match self {
            SyntaxErrorKind::UnexpectedChars { .. } => "not part of P".into(),
            SyntaxErrorKind::UnterminatedString => "this string is never closed".into(),
            SyntaxErrorKind::UnterminatedComment => "this comment is never closed".into(),
            SyntaxErrorKind::Unclosed { open, .. } => format!("expected `{}`", closer(*open)),
            SyntaxErrorKind::Expected { expected, .. } => format!("expected {expected}"),
            SyntaxErrorKind::ReservedWord { .. } => "reserved word".into(),
            SyntaxErrorKind::InvalidAssignTarget => "cannot be assigned".into(),
            SyntaxErrorKind::NotAStatement => "value is computed and discarded".into(),
            SyntaxErrorKind::LateVarDecl => "declared after a statement".into(),
            SyntaxErrorKind::MissingTestMain { .. } => "expected `[main=...]` here".into(),
            SyntaxErrorKind::NamedTupleComma => "expected `,` here".into(),
            SyntaxErrorKind::TrailingComma => "trailing comma".into(),
            SyntaxErrorKind::TooDeep { .. } => "too deeply nested".into(),
            SyntaxErrorKind::EmptyReceive => "no `case` inside".into(),
            SyntaxErrorKind::HandlerParams { .. } | SyntaxErrorKind::ExitParam => "parameter list".into(),
            SyntaxErrorKind::NullEvent { .. } => "the default event".into(),
            SyntaxErrorKind::ModifierOrder => "`start` comes too late".into(),
            SyntaxErrorKind::MixedEnum => "this element has no value".into(),
            SyntaxErrorKind::VarInitializer => "initializer".into(),
            SyntaxErrorKind::TestParamValue => "not a literal".into(),
            SyntaxErrorKind::CreatesWithBody => "this function has a body".into(),
            SyntaxErrorKind::EmptyParens => "empty parentheses".into(),
            SyntaxErrorKind::ElseWithoutIf => "no `if` before this".into(),
            SyntaxErrorKind::AssignInExpr => "assignment".into(),
        }
    }

    /// What to do about it.
    fn hint(&self) -> Option<String> {
        let hint = match self {
            SyntaxErrorKind::UnexpectedChars { .. } => {
                "remove it: P code uses ASCII letters, digits, `_` and the operators of the language"
            }
            SyntaxErrorKind::UnterminatedString => "add the closing `\"`; a quote inside a string is written `\\\"`",
            SyntaxErrorKind::UnterminatedComment => "close the comment with `*/`",
            SyntaxErrorKind::Unclosed { open: TokenKind::LParen, .. } => "add the missing `)`",
            SyntaxErrorKind::Unclosed { open: TokenKind::LBracket, .. } => "add the missing `]`",
            SyntaxErrorKind::Unclosed { .. } => "add the missing `}`",
            SyntaxErrorKind::Expected { hint, .. } => return hint.map(str::to_string),
            SyntaxErrorKind::ReservedWord { word } if word.chars().all(|c| c.is_ascii_alphanumeric()) => {
                return Some(format!("rename it, for example to `{word}_`; every keyword of P is reserved"));
            }
            SyntaxErrorKind::ReservedWord { .. } => "rename it; every keyword of P is reserved",
            SyntaxErrorKind::InvalidAssignTarget => {
                "only a variable, a field (`x.f`, `x.0`) or an element (`x[i]`) can be assigned"
            }
            SyntaxErrorKind::NotAStatement => "assign the value (`x = ...;`) or call a function (`f(...);`)",
            SyntaxErrorKind::LateVarDecl => {
                "declare every local variable with `var` at the start of the function body, before any statement"
            }
            SyntaxErrorKind::MissingTestMain { test } => {
                return Some(format!("name the machine that starts the test: `test {test} [main=Main]: ...;`"));
            }
            SyntaxErrorKind::NamedTupleComma => "write `(a = e,)`: the trailing comma makes it a named tuple",
            SyntaxErrorKind::TrailingComma => "remove the trailing comma",
            SyntaxErrorKind::TooDeep { .. } => "split it up with helper functions or intermediate variables",
            SyntaxErrorKind::EmptyReceive => "add at least one `case e: { ... }`",
            SyntaxErrorKind::HandlerParams { count: 0 } => {
                "remove the `()`, or declare the payload parameter: `(p: T)`"
            }
            SyntaxErrorKind::HandlerParams { .. } => "take one tuple parameter instead, e.g. `(p: (a: int, b: bool))`",
            SyntaxErrorKind::ExitParam => "remove the parameter: exit handlers receive no payload",
            SyntaxErrorKind::NullEvent { .. } => "only `on null` and `case null` can name the default event",
            SyntaxErrorKind::ModifierOrder => "write `start hot state` or `start cold state`",
            SyntaxErrorKind::MixedEnum => "give every element a value (`A = 0, B = 1`) or none",
            SyntaxErrorKind::VarInitializer => "declare the variable, then assign it in a statement: `x = ...;`",
            SyntaxErrorKind::TestParamValue => "use integer literals (possibly negative), `true` or `false`",
            SyntaxErrorKind::CreatesWithBody => {
                "remove `creates`: only foreign functions (declared with `;` instead of a body) list what they create"
            }
            SyntaxErrorKind::EmptyParens => "a tuple needs at least one element: write `(e,)`",
            SyntaxErrorKind::ElseWithoutIf => "check the braces: `else` must follow the branch of an `if`",
            SyntaxErrorKind::AssignInExpr => "use `==` to compare two values",
        };
        Some(hint.to_string())
    }
}

impl From<&SyntaxError> for Diagnostic {
    fn from(error: &SyntaxError) -> Diagnostic {
        let kind = &error.kind;
        let mut diagnostic = Diagnostic::error(kind.code(), kind.message(), error.span).with_primary_note(kind.note());
        match kind {
            SyntaxErrorKind::Unclosed { open, opened, .. } => {
                diagnostic = diagnostic.with_label(*opened, format!("this `{}` is not closed", open.text()));
            }
            SyntaxErrorKind::Expected { found, found_span, .. } if *found_span != error.span => {
                diagnostic = diagnostic.with_label(*found_span, format!("found {found}"));
            }
            _ => {}
        }
        if let Some(hint) = kind.hint() {
            diagnostic = diagnostic.with_hint(hint);
        }
        diagnostic
    }
}
