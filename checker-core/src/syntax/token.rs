//! Tokens of P source: one kind per keyword and symbol of `PLexer.g4`, with locations.

use crate::span::Span;

/// Declares [`TokenKind`] with its keyword table and display text in one place, so they cannot drift apart.
macro_rules! token_kinds {
    (
        other { $($other:ident => $other_text:literal,)* }
        keywords { $($kw:ident => $kw_text:literal,)* }
        symbols { $($sym:ident => $sym_text:literal,)* }
    ) => {
        /// What a token is. Every word P's lexer knows is a keyword here, so none of them can be a name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum TokenKind {
            $($other,)*
            $($kw,)*
            $($sym,)*
        }

        impl TokenKind {
            /// The keyword spelled exactly `word`, if any.
            pub fn keyword(word: &str) -> Option<TokenKind> {
                match word {
                    $($kw_text => Some(TokenKind::$kw),)*
                    _ => None,
                }
            }

            /// The source text of a keyword or symbol, or a description of the other kinds.
            pub fn text(self) -> &'static str {
                match self {
                    $(TokenKind::$other => $other_text,)*
                    $(TokenKind::$kw => $kw_text,)*
                    $(TokenKind::$sym => $sym_text,)*
                }
            }

            /// Whether this is a reserved word (including `true`, `false` and `null`).
            pub fn is_keyword(self) -> bool {
                matches!(self, $(TokenKind::$kw)|*)
            }

            /// Every keyword and symbol, for tests that build random token soups.
            #[cfg(test)]
            pub const ALL_FIXED: &'static [TokenKind] = &[$(TokenKind::$kw,)* $(TokenKind::$sym,)*];
        }
    };
}

token_kinds! {
    other {
        Ident => "identifier",
        IntLit => "integer literal",
        StrLit => "string literal",
        // A string literal whose closing quote is missing (already reported by the lexer).
        StrOpen => "string literal",
        Eof => "end of file",
    }
    keywords {
        // Type names.
        Any => "any",
        Bool => "bool",
        Enum => "enum",
        Event => "event",
        EventSet => "eventset",
        Float => "float",
        Int => "int",
        Machine => "machine",
        Interface => "interface",
        Map => "map",
        Set => "set",
        String => "string",
        Seq => "seq",
        Data => "data",
        // Keywords.
        Announce => "announce",
        As => "as",
        Assert => "assert",
        Break => "break",
        Case => "case",
        Cold => "cold",
        Continue => "continue",
        Default => "default",
        Defer => "defer",
        Do => "do",
        Else => "else",
        Entry => "entry",
        Exit => "exit",
        Foreach => "foreach",
        Format => "format",
        Fun => "fun",
        Goto => "goto",
        Halt => "halt",
        Hot => "hot",
        If => "if",
        Ignore => "ignore",
        In => "in",
        Keys => "keys",
        New => "new",
        Observes => "observes",
        On => "on",
        Print => "print",
        Raise => "raise",
        Receive => "receive",
        Return => "return",
        Scenario => "scenario",
        Send => "send",
        Sizeof => "sizeof",
        Spec => "spec",
        Start => "start",
        State => "state",
        This => "this",
        Type => "type",
        Values => "values",
        Var => "var",
        Param => "param",
        Pairwise => "pairwise",
        Wise => "wise",
        While => "while",
        With => "with",
        Choose => "choose",
        // PVerifier keywords.
        Invariant => "invariant",
        Axiom => "axiom",
        Is => "is",
        Inflight => "inflight",
        Targets => "targets",
        Sent => "sent",
        Proof => "Proof",
        Prove => "prove",
        Using => "using",
        Lemma => "Lemma",
        Theorem => "Theorem",
        Except => "except",
        Requires => "requires",
        Ensures => "ensures",
        Forall => "forall",
        Exists => "exists",
        InitCondition => "init-condition",
        Pure => "pure",
        Assume => "assume",
        // Module system.
        Module => "module",
        Implementation => "implementation",
        Test => "test",
        ParamTest => "paramtest",
        Refines => "refines",
        Compose => "compose",
        Union => "union",
        HideE => "hidee",
        HideI => "hidei",
        Rename => "rename",
        Safe => "safe",
        Main => "main",
        Receives => "receives",
        Sends => "sends",
        Creates => "creates",
        To => "to",
        // Literal words.
        True => "true",
        False => "false",
        Null => "null",
    }
    symbols {
        FairNondet => "$$",
        Nondet => "$",
        Not => "!",
        AndAnd => "&&",
        OrOr => "||",
        Implies => "==>",
        Iff => "<==>",
        EqEq => "==",
        NotEq => "!=",
        Le => "<=",
        Ge => ">=",
        Lt => "<",
        Gt => ">",
        Arrow => "->",
        Assign => "=",
        PlusAssign => "+=",
        MinusAssign => "-=",
        Plus => "+",
        Minus => "-",
        Star => "*",
        Slash => "/",
        Percent => "%",
        LBrace => "{",
        RBrace => "}",
        LBracket => "[",
        RBracket => "]",
        LParen => "(",
        RParen => ")",
        Semi => ";",
        Comma => ",",
        Dot => ".",
        Colon => ":",
    }
}

impl TokenKind {
    /// Whether this kind is a string literal (closed or not).
    pub fn is_string(self) -> bool {
        matches!(self, TokenKind::StrLit | TokenKind::StrOpen)
    }
}

/// One token: its kind, where it is, and whether a line break precedes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
    /// A line break separates this token from the previous one (used to guess that a `;` was forgotten).
    pub newline_before: bool,
    /// Illegal characters were skipped, or a string left open, right before this token (errors here would only
    /// repeat the lexer's report).
    pub after_bad_chars: bool,
}
