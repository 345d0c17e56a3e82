//! The lexer: P source text to tokens, following `PLexer.g4` (longest match, every keyword reserved).

use crate::span::{FileId, Span};
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};
use crate::syntax::token::{Token, TokenKind};

/// The tokens of one file (always ending with [`TokenKind::Eof`]) and the lexical errors found.
pub struct Lexed {
    pub tokens: Vec<Token>,
    pub errors: Vec<SyntaxError>,
    /// A block comment ran to the end of the file: errors at the end of the file only repeat that.
    pub unterminated_comment: bool,
}

/// The byte text `init-condition`, P's only keyword with a `-` inside.
const INIT_CONDITION: &str = "init-condition";

struct Lexer<'a> {
    text: &'a str,
    bytes: &'a [u8],
    file: FileId,
    pos: usize,
    tokens: Vec<Token>,
    errors: Vec<SyntaxError>,
    newline_before: bool,
    /// Start of the current run of illegal characters, if inside one.
    bad_start: Option<usize>,
    after_bad_chars: bool,
    unterminated_comment: bool,
}

/// Splits `text` into tokens. Never fails: bad characters are reported and skipped.
pub fn lex(text: &str, file: FileId) -> Lexed {
    let mut lexer = Lexer {
        text,
        bytes: text.as_bytes(),
        file,
        pos: 0,
        tokens: Vec::with_capacity(text.len() / 4 + 1),
        errors: Vec::new(),
        newline_before: true,
        bad_start: None,
        after_bad_chars: false,
        unterminated_comment: false,
    };
    lexer.run();
    Lexed { tokens: lexer.tokens, errors: lexer.errors, unterminated_comment: lexer.unterminated_comment }
}

fn offset(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_'
}

fn is_ident_continue(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl Lexer<'_> {
    fn byte(&self, at: usize) -> Option<u8> {
        self.bytes.get(at).copied()
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.file, offset(start), offset(end))
    }

    fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        self.flush_bad();
        self.tokens.push(Token {
            kind,
            span: self.span(start, end),
            newline_before: self.newline_before,
            after_bad_chars: self.after_bad_chars,
        });
        self.newline_before = false;
        self.after_bad_chars = false;
        self.pos = end;
    }

    /// Reports the pending run of illegal characters, if any, as one error.
    fn flush_bad(&mut self) {
        if let Some(start) = self.bad_start.take() {
            let text = self.text.get(start..self.pos).unwrap_or_default().to_string();
            self.errors.push(SyntaxError {
                kind: SyntaxErrorKind::UnexpectedChars { text },
                span: self.span(start, self.pos),
            });
            self.after_bad_chars = true;
        }
    }

    fn run(&mut self) {
        if self.text.starts_with('\u{feff}') {
            self.pos = '\u{feff}'.len_utf8();
        }
        while let Some(b) = self.byte(self.pos) {
            let start = self.pos;
            match b {
                b' ' | b'\t' | b'\r' | b'\x0c' => {
                    self.flush_bad();
                    self.pos += 1;
                }
                b'\n' => {
                    self.flush_bad();
                    self.newline_before = true;
                    self.pos += 1;
                }
                b'/' if self.byte(start + 1) == Some(b'/') => {
                    self.flush_bad();
                    let rest = self.bytes.get(start..).unwrap_or_default();
                    self.pos = start + rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len());
                }
                b'/' if self.byte(start + 1) == Some(b'*') => self.block_comment(start),
                b'"' => self.string(start),
                b'0'..=b'9' => {
                    let end = self.scan_while(start, |c| c.is_ascii_digit());
                    self.push(TokenKind::IntLit, start, end);
                }
                _ if is_ident_start(b) => self.word(start),
                _ => self.symbol(start, b),
            }
        }
        self.flush_bad();
        let end = self.text.len();
        self.tokens.push(Token {
            kind: TokenKind::Eof,
            span: self.span(end, end),
            newline_before: true,
            after_bad_chars: self.after_bad_chars,
        });
    }

    fn scan_while(&self, from: usize, pred: impl Fn(u8) -> bool) -> usize {
        let rest = self.bytes.get(from..).unwrap_or_default();
        from + rest.iter().position(|&c| !pred(c)).unwrap_or(rest.len())
    }

    fn block_comment(&mut self, start: usize) {
        self.flush_bad();
        let body = self.text.get(start + 2..).unwrap_or_default();
        match body.find("*/") {
            Some(i) => {
                if body.get(..i).is_some_and(|c| c.contains('\n')) {
                    self.newline_before = true;
                }
                self.pos = start + 2 + i + 2;
            }
            None => {
                self.errors.push(SyntaxError {
                    kind: SyntaxErrorKind::UnterminatedComment,
                    span: self.span(start, start + 2),
                });
                self.unterminated_comment = true;
                self.pos = self.text.len();
            }
        }
    }

    /// `"..."` with `\`-escapes; may span lines, as in P. Unterminated: reported, and ends at the end of its line.
    fn string(&mut self, start: usize) {
        let mut at = start + 1;
        loop {
            match self.byte(at) {
                Some(b'"') => {
                    self.push(TokenKind::StrLit, start, at + 1);
                    return;
                }
                // An escaped byte is never a quote; multi-byte characters continue byte by byte harmlessly.
                Some(b'\\') => at += 2,
                Some(_) => at += 1,
                None => break,
            }
        }
        let rest = self.text.get(start..).unwrap_or_default();
        let line_end = start + rest.find(['\n', '\r']).unwrap_or(rest.len());
        self.errors.push(SyntaxError { kind: SyntaxErrorKind::UnterminatedString, span: self.span(start, line_end) });
        self.push(TokenKind::StrOpen, start, line_end);
        // What the string swallowed (often a `;` or `)`) is missing next; that is no separate error.
        self.after_bad_chars = true;
    }

    fn word(&mut self, start: usize) {
        if self.text.get(start..).is_some_and(|rest| rest.starts_with(INIT_CONDITION)) {
            self.push(TokenKind::InitCondition, start, start + INIT_CONDITION.len());
            return;
        }
        let end = self.scan_while(start, is_ident_continue);
        let word = self.text.get(start..end).unwrap_or_default();
        let kind = TokenKind::keyword(word).unwrap_or(TokenKind::Ident);
        self.push(kind, start, end);
    }

    fn symbol(&mut self, start: usize, b: u8) {
        let next = self.byte(start + 1);
        let rest = self.text.get(start..).unwrap_or_default();
        let (kind, len) = match b {
            b'$' if next == Some(b'$') => (TokenKind::FairNondet, 2),
            b'$' => (TokenKind::Nondet, 1),
            b'!' if next == Some(b'=') => (TokenKind::NotEq, 2),
            b'!' => (TokenKind::Not, 1),
            b'&' if next == Some(b'&') => (TokenKind::AndAnd, 2),
            b'|' if next == Some(b'|') => (TokenKind::OrOr, 2),
            b'=' if rest.starts_with("==>") => (TokenKind::Implies, 3),
            b'=' if next == Some(b'=') => (TokenKind::EqEq, 2),
            b'=' => (TokenKind::Assign, 1),
            b'<' if rest.starts_with("<==>") => (TokenKind::Iff, 4),
            b'<' if next == Some(b'=') => (TokenKind::Le, 2),
            b'<' => (TokenKind::Lt, 1),
            b'>' if next == Some(b'=') => (TokenKind::Ge, 2),
            b'>' => (TokenKind::Gt, 1),
            b'-' if next == Some(b'>') => (TokenKind::Arrow, 2),
            b'-' if next == Some(b'=') => (TokenKind::MinusAssign, 2),
            b'-' => (TokenKind::Minus, 1),
            b'+' if next == Some(b'=') => (TokenKind::PlusAssign, 2),
            b'+' => (TokenKind::Plus, 1),
            b'*' => (TokenKind::Star, 1),
            b'/' => (TokenKind::Slash, 1),
            b'%' => (TokenKind::Percent, 1),
            b'{' => (TokenKind::LBrace, 1),
            b'}' => (TokenKind::RBrace, 1),
            b'[' => (TokenKind::LBracket, 1),
            b']' => (TokenKind::RBracket, 1),
            b'(' => (TokenKind::LParen, 1),
            b')' => (TokenKind::RParen, 1),
            b';' => (TokenKind::Semi, 1),
            b',' => (TokenKind::Comma, 1),
            b'.' => (TokenKind::Dot, 1),
            b':' => (TokenKind::Colon, 1),
            _ => {
                // Not a P character: extend the current run of bad characters by one whole character.
                if self.bad_start.is_none() {
                    self.bad_start = Some(start);
                }
                self.pos = start + rest.chars().next().map_or(1, char::len_utf8);
                return;
            }
        };
        self.push(kind, start, start + len);
    }
}
