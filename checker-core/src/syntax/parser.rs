//! The parser's machinery: a cursor over tokens, error reporting that avoids cascades, recovery, depth limits.
//!
//! Recovery works in "panic mode". The first error inside a construct is reported and sets `panic`; later
//! errors are dropped until the parser is back in step. It is back in step when it consumes a `;` or `}`, or
//! when a list (of statements, state items, machine items or declarations) has skipped ahead to a token that
//! can start its next element (see [`Level`]). Every loop consumes at least one token per turn, and every
//! recursive rule passes through [`Parser::enter`], which bounds the nesting depth: any input ends, and no input
//! overflows the stack.

mod decl;
mod expr;
mod modules;
mod stmt;
mod types;

use crate::ast::{Expr, ExprId, ExprKind, TopDecl, VarDecl};
use crate::span::{FileId, Ident, Span};
use crate::syntax::error::{Expected, SyntaxError, SyntaxErrorKind};
use crate::syntax::token::{Token, TokenKind};

/// How deeply statements, expressions, types and module expressions may nest.
pub const MAX_DEPTH: u32 = 100;

/// How many characters of an identifier or number an error message quotes.
const QUOTE_LIMIT: usize = 32;

/// The list whose next element a recovering parser looks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Level {
    Stmt,
    StateItem,
    MachineItem,
    Top,
}

/// Parses the tokens of one file.
pub struct Parser<'a> {
    src: &'a str,
    file: FileId,
    tokens: Vec<Token>,
    pos: usize,
    prev_span: Span,
    errors: Vec<SyntaxError>,
    /// An error was reported and the parser is not yet back in step: further errors are dropped.
    panic: bool,
    /// Token index of the last reported error, so that one token never gets two errors.
    last_error_at: Option<usize>,
    depth: u32,
    depth_reported: bool,
    next_expr: u32,
    /// The first expression number of this file, and the tree height under each expression numbered since.
    first_expr: u32,
    heights: Vec<u32>,
    /// The lexer hit an unterminated block comment: errors at the end of the file would only repeat it.
    quiet_at_eof: bool,
    /// `var` declarations found inside nested blocks, handed to the enclosing function body.
    stray_locals: Vec<VarDecl>,
    /// A misplaced `var` was reported in the current function body (one report per body is enough).
    late_var_reported: bool,
}

impl<'a> Parser<'a> {
    /// A parser over `tokens` (ending with `Eof`) of `src`, numbering expressions from `next_expr`.
    pub fn new(src: &'a str, file: FileId, tokens: Vec<Token>, next_expr: u32, quiet_at_eof: bool) -> Self {
        Parser {
            src,
            file,
            tokens,
            pos: 0,
            prev_span: Span::new(file, 0, 0),
            errors: Vec::new(),
            panic: false,
            last_error_at: None,
            depth: 0,
            depth_reported: false,
            next_expr,
            first_expr: next_expr,
            heights: Vec::new(),
            quiet_at_eof,
            stray_locals: Vec::new(),
            late_var_reported: false,
        }
    }

    /// Parses the whole file: `topDecl* EOF`.
    pub fn parse_file(mut self) -> (Vec<TopDecl>, Vec<SyntaxError>, u32) {
        let decls = self.top_decls();
        (decls, self.errors, self.next_expr)
    }

    // ----- cursor -----

    fn nth(&self, n: usize) -> Token {
        let eof_span = Span::new(self.file, self.src.len() as u32, self.src.len() as u32);
        let eof = Token { kind: TokenKind::Eof, span: eof_span, newline_before: true, after_bad_chars: false };
        self.tokens.get(self.pos.saturating_add(n)).or(self.tokens.last()).copied().unwrap_or(eof)
    }

    fn peek(&self) -> TokenKind {
        self.nth(0).kind
    }

    fn peek_at(&self, n: usize) -> TokenKind {
        self.nth(n).kind
    }

    fn at(&self, kind: TokenKind) -> bool {
        self.peek() == kind
    }

    fn span(&self) -> Span {
        self.nth(0).span
    }

    /// Consumes the current token (never the end of the file). Consuming `;` or `}` ends panic mode.
    fn bump(&mut self) -> Span {
        let token = self.nth(0);
        if token.kind != TokenKind::Eof {
            self.pos += 1;
            self.prev_span = token.span;
        }
        if matches!(token.kind, TokenKind::Semi | TokenKind::RBrace) {
            self.panic = false;
        }
        token.span
    }

    /// Consumes the current token and returns its kind.
    fn bump_kind(&mut self) -> TokenKind {
        let kind = self.peek();
        self.bump();
        kind
    }

    fn eat(&mut self, kind: TokenKind) -> Option<Span> {
        if self.at(kind) {
            Some(self.bump())
        } else {
            None
        }
    }

    /// Consumes `kind` or reports "expected `kind` (context), found ...".
    fn expect(&mut self, kind: TokenKind, context: &'static str) -> Option<Span> {
        let found = self.eat(kind);
        if found.is_none() {
            self.expected_with(Expected::Token(kind), Some(context), None);
        }
        found
    }

    /// Consumes the closing `}`, `)` or `]` of a bracket opened at `opened`, or reports it unclosed.
    fn expect_close(&mut self, close: TokenKind, opened: Span, what: &'static str) -> Option<Span> {
        if let Some(span) = self.eat(close) {
            return Some(span);
        }
        let open = match close {
            TokenKind::RParen => TokenKind::LParen,
            TokenKind::RBracket => TokenKind::LBracket,
            _ => TokenKind::LBrace,
        };
        if close == TokenKind::RParen && self.at(TokenKind::Assign) {
            self.report(SyntaxErrorKind::AssignInExpr, self.span());
            return None;
        }
        let found = self.describe(self.nth(0));
        self.report(SyntaxErrorKind::Unclosed { open, opened, what, found }, self.span());
        None
    }

    /// Consumes the `;` ending a statement or declaration. When it is missing but the next token starts a new
    /// line and can begin something new, the `;` was most likely forgotten: report it and carry on in step.
    fn expect_semi(&mut self, context: &'static str) -> Option<Span> {
        if let Some(span) = self.eat(TokenKind::Semi) {
            return Some(span);
        }
        let token = self.nth(0);
        self.expected_with(Expected::Token(TokenKind::Semi), Some(context), None);
        let fresh_start =
            token.kind == TokenKind::Ident || stmt::starts_stmt_keyword(token.kind) || self.at_item_start();
        if token.newline_before && fresh_start {
            self.panic = false;
        }
        None
    }

    fn text(&self, span: Span) -> &'a str {
        self.src.get(span.range()).unwrap_or_default()
    }

    /// How a token is named in "found ..." messages.
    fn describe(&self, token: Token) -> String {
        let quote = |text: &str| {
            if text.chars().count() > QUOTE_LIMIT {
                format!("`{}...`", text.chars().take(QUOTE_LIMIT).collect::<String>())
            } else {
                format!("`{text}`")
            }
        };
        match token.kind {
            TokenKind::Eof => "end of file".into(),
            TokenKind::Ident | TokenKind::IntLit => quote(self.text(token.span)),
            TokenKind::StrLit | TokenKind::StrOpen => "a string literal".into(),
            kind if kind.is_keyword() => format!("keyword `{}`", kind.text()),
            kind => format!("`{}`", kind.text()),
        }
    }

    // ----- errors -----

    /// Reports an error at the current state of parsing and enters panic mode.
    fn report(&mut self, kind: SyntaxErrorKind, span: Span) {
        self.report_soft(kind, span);
        self.panic = true;
    }

    /// Reports an error after which parsing goes on in step (the construct was understood anyway).
    /// Errors are dropped in panic mode, twice at one token, right after illegal characters or an unterminated
    /// string (they would only echo the lexer's report), at the end of a file whose comment never closed, and in
    /// the rest of a declaration found too deeply nested.
    fn report_soft(&mut self, kind: SyntaxErrorKind, span: Span) {
        let token = self.nth(0);
        let repeated = self.last_error_at == Some(self.pos);
        let echo = token.after_bad_chars;
        let at_quiet_eof = self.quiet_at_eof && token.kind == TokenKind::Eof;
        // After "too deep", the rest of that declaration is skipped in a way that would only produce noise.
        if !self.panic && !repeated && !echo && !at_quiet_eof && !self.depth_reported {
            self.errors.push(SyntaxError { kind, span });
            self.last_error_at = Some(self.pos);
        }
    }

    /// Reports "expected X, found (the current token)" and enters panic mode.
    fn expected(&mut self, expected: Expected) {
        self.expected_with(expected, None, None);
    }

    fn expected_with(&mut self, expected: Expected, context: Option<&'static str>, hint: Option<&'static str>) {
        let token = self.nth(0);
        let found = self.describe(token);
        // A missing `;` belongs at the end of what it should end, not at whatever comes on the next line.
        let span = if expected == Expected::Token(TokenKind::Semi) && token.newline_before && self.pos > 0 {
            self.prev_span.end_point()
        } else {
            token.span
        };
        let closes_paren = match expected {
            Expected::Token(kind) => kind == TokenKind::RParen,
            Expected::OneOf(kinds) => kinds.contains(&TokenKind::RParen),
            _ => false,
        };
        let kind = if token.kind == TokenKind::Assign && closes_paren {
            SyntaxErrorKind::AssignInExpr
        } else {
            SyntaxErrorKind::Expected { expected, context, found, found_span: token.span, hint }
        };
        let span = if matches!(kind, SyntaxErrorKind::AssignInExpr) { token.span } else { span };
        self.report(kind, span);
    }

    /// Checks the depth limit before entering a recursive rule; `false` means "too deep, give up here".
    fn enter(&mut self) -> bool {
        if self.depth >= MAX_DEPTH {
            if !self.depth_reported {
                self.depth_reported = true;
                self.errors
                    .push(SyntaxError { kind: SyntaxErrorKind::TooDeep { limit: MAX_DEPTH }, span: self.span() });
            }
            self.panic = true;
            // Skip the whole construct that is too deep, so that its closing brackets do not confuse what follows.
            if matches!(self.peek(), TokenKind::LParen | TokenKind::LBracket | TokenKind::LBrace) {
                self.skip_balanced();
            }
            return false;
        }
        self.depth += 1;
        true
    }

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    // ----- building nodes -----

    fn expr(&mut self, kind: ExprKind, span: Span) -> Expr {
        let id = ExprId(self.next_expr);
        self.next_expr = self.next_expr.saturating_add(1);
        let height = self.height_of(&kind);
        let slot = id.0.wrapping_sub(self.first_expr) as usize;
        self.heights.truncate(slot);
        self.heights.push(height);
        Expr { id, kind, span }
    }

    fn error_expr(&mut self) -> Expr {
        let span = self.span();
        self.expr(ExprKind::Error, Span { end: span.start, ..span })
    }

    /// Hands the number of the last built expression out again: its node is being taken apart (`f(x);` is a
    /// call statement, not a call expression), and ids must stay dense.
    fn release(&mut self, id: ExprId) {
        if id.0.wrapping_add(1) == self.next_expr {
            self.next_expr = id.0;
            self.heights.pop();
        }
    }

    /// Runs `parse` for something the tree does not keep, and hands its expression numbers out again.
    fn discarding<T>(&mut self, parse: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.next_expr;
        let result = parse(self);
        self.next_expr = saved;
        self.heights.truncate(saved.wrapping_sub(self.first_expr) as usize);
        result
    }

    /// The span from `start` to the end of the last consumed token.
    fn since(&self, start: Span) -> Span {
        if self.prev_span.end < start.start {
            start
        } else {
            start.to(self.prev_span)
        }
    }

    /// Like [`Parser::expect`], with a hint saying what to write.
    fn expect_hinted(&mut self, kind: TokenKind, context: &'static str, hint: &'static str) -> Option<Span> {
        let found = self.eat(kind);
        if found.is_none() {
            self.expected_with(Expected::Token(kind), Some(context), Some(hint));
        }
        found
    }

    /// Reports "expected X, found ..." for something the parser then does without (it stays in step).
    fn expected_soft(&mut self, expected: Expected) {
        let token = self.nth(0);
        let found = self.describe(token);
        let kind = SyntaxErrorKind::Expected { expected, context: None, found, found_span: token.span, hint: None };
        self.report_soft(kind, token.span);
    }

    /// `elem (, elem)*` up to `close` (not consumed); empty if `close` comes first. A trailing comma is reported.
    /// After an error in an element, skips to the next `,` or to `close`.
    fn comma_list<E>(&mut self, close: TokenKind, mut elem: impl FnMut(&mut Self) -> Option<E>) -> Vec<E> {
        let mut items = Vec::new();
        if self.at(close) {
            return items;
        }
        loop {
            if let Some(item) = elem(self) {
                items.push(item);
            }
            if let Some(comma) = self.eat(TokenKind::Comma) {
                if self.at(close) {
                    self.report_soft(SyntaxErrorKind::TrailingComma, comma);
                    break;
                }
                continue;
            }
            // At a `;`, brace or the end of the file the list is unclosed: the caller's `expect_close` says so.
            if self.at(close)
                || matches!(self.peek(), TokenKind::Semi | TokenKind::LBrace | TokenKind::RBrace | TokenKind::Eof)
            {
                break;
            }
            let expected: &'static [TokenKind] = match close {
                TokenKind::RParen => &[TokenKind::Comma, TokenKind::RParen],
                TokenKind::RBracket => &[TokenKind::Comma, TokenKind::RBracket],
                _ => &[TokenKind::Comma, TokenKind::RBrace],
            };
            self.expected(Expected::OneOf(expected));
            // The rest of the list is still parsed, but quietly: a list gone wrong once tends to go wrong at
            // every element (`f(a = 1, b = 2)`), and one report is enough.
            if !self.skip_in_list(close) {
                break;
            }
            if self.eat(TokenKind::Comma).is_none() {
                break;
            }
        }
        items
    }

    /// Skips (balancing brackets) to a `,` or `close` of the current list; `false` if a `;`, brace or the end
    /// of the file comes first.
    fn skip_in_list(&mut self, close: TokenKind) -> bool {
        let mut nested = 0usize;
        loop {
            let kind = self.peek();
            match kind {
                TokenKind::Eof | TokenKind::Semi | TokenKind::LBrace | TokenKind::RBrace => return false,
                TokenKind::Comma if nested == 0 => return true,
                _ if kind == close && nested == 0 => return true,
                TokenKind::LParen | TokenKind::LBracket => nested += 1,
                TokenKind::RParen | TokenKind::RBracket if nested == 0 => return false,
                TokenKind::RParen | TokenKind::RBracket => nested -= 1,
                _ => {}
            }
            self.bump();
        }
    }

    // ----- names -----

    /// A name. A reserved word where a name clearly belongs is reported and taken as the name.
    fn name(&mut self, what: &'static str) -> Option<Ident> {
        let token = self.nth(0);
        if token.kind == TokenKind::Ident {
            self.bump();
            return Some(Ident::new(self.text(token.span), token.span));
        }
        if token.kind.is_keyword() && name_may_follow(self.peek_at(1)) {
            return Some(self.reserved_name());
        }
        self.expected(Expected::Name(what));
        None
    }

    /// The current token, a reserved word, taken as a name after reporting it.
    fn reserved_name(&mut self) -> Ident {
        let token = self.nth(0);
        let word = token.kind.text();
        self.report_soft(SyntaxErrorKind::ReservedWord { word }, token.span);
        self.bump();
        Ident::new(word, token.span)
    }

    /// `name (, name)*`
    fn name_list(&mut self, what: &'static str) -> Vec<Ident> {
        let mut names = Vec::new();
        while let Some(name) = self.name(what) {
            names.push(name);
            if self.eat(TokenKind::Comma).is_none() {
                break;
            }
        }
        names
    }

    // ----- recovery -----

    /// Whether the current token starts a declaration, a machine item or a state item.
    fn at_item_start(&self) -> bool {
        use TokenKind as T;
        match self.peek() {
            T::State | T::Start | T::Hot | T::Cold | T::Entry | T::Exit | T::Defer | T::Ignore | T::On => true,
            _ => self.at_top_decl_start(),
        }
    }

    /// Whether the current token starts a top-level declaration (looking ahead where the keyword is ambiguous).
    fn at_top_decl_start(&self) -> bool {
        use TokenKind as T;
        match self.peek() {
            T::Type
            | T::Enum
            | T::EventSet
            | T::Interface
            | T::Spec
            | T::Scenario
            | T::Fun
            | T::Pure
            | T::Module
            | T::Test
            | T::Implementation
            | T::Lemma
            | T::Theorem
            | T::Axiom
            | T::InitCondition
            | T::Proof => true,
            // Also type names, `invariant` also starts foreach invariants, `param` also appears in tests.
            T::Machine => matches!(self.peek_at(1), T::Ident | T::LBrace),
            T::Event | T::Param => self.peek_at(1) == T::Ident,
            T::Invariant => self.peek_at(1) == T::Ident && self.peek_at(2) == T::Colon,
            _ => false,
        }
    }

    fn stops_recovery(&self, level: Level) -> bool {
        use TokenKind as T;
        let kind = self.peek();
        match level {
            // Statements start lines; a statement keyword in mid-line (`forall new (e: E)`) is no fresh start.
            Level::Stmt => (stmt::starts_stmt_keyword(kind) && self.nth(0).newline_before) || self.at_item_start(),
            Level::StateItem => self.at_item_start(),
            Level::MachineItem => {
                matches!(kind, T::Var | T::Fun | T::State | T::Start | T::Hot | T::Cold) || self.at_top_decl_start()
            }
            Level::Top => self.at_top_decl_start(),
        }
    }

    /// Skips ahead to where the next element of a `level` list can start, and ends panic mode.
    ///
    /// Statements may begin with a name, so statement recovery also stops after a `;` and at a `{`. Items of the
    /// other lists all begin with a keyword: their recovery skips everything else (whole `{ ... }` blocks at a
    /// time), so that stray statements there give one error, not one per statement.
    fn recover(&mut self, level: Level) {
        loop {
            match self.peek() {
                TokenKind::Eof => break,
                TokenKind::RBrace if level == Level::Top => {
                    self.bump();
                }
                TokenKind::RBrace => break,
                TokenKind::Semi if level == Level::Stmt => {
                    self.bump();
                    break;
                }
                TokenKind::LBrace if level == Level::Stmt => break,
                TokenKind::LBrace => self.skip_block(),
                _ if self.stops_recovery(level) => break,
                _ => {
                    self.bump();
                }
            }
        }
        self.panic = false;
    }

    /// Ends one turn of a list loop that started at token `before`: an item that failed, or consumed nothing,
    /// is followed by recovery, so the next turn starts in step and further along.
    fn finish_item(&mut self, before: usize, level: Level) {
        let failed = self.panic || self.pos == before;
        if self.pos == before {
            self.bump();
        }
        if failed {
            self.recover(level);
        }
    }

    /// Skips a balanced `{ ... }` starting at the current `{`.
    fn skip_block(&mut self) {
        self.skip_nested(&[TokenKind::LBrace], &[TokenKind::RBrace]);
    }

    /// Skips a balanced bracketed construct (any mix of `()`, `[]`, `{}`) starting at the current opener.
    fn skip_balanced(&mut self) {
        use TokenKind::{LBrace, LBracket, LParen, RBrace, RBracket, RParen};
        self.skip_nested(&[LParen, LBracket, LBrace], &[RParen, RBracket, RBrace]);
    }

    /// Skips from the current opener to its matching closer (or the end of the file).
    fn skip_nested(&mut self, openers: &[TokenKind], closers: &[TokenKind]) {
        let mut open = 0usize;
        loop {
            let kind = self.peek();
            if kind == TokenKind::Eof {
                return;
            }
            if openers.contains(&kind) {
                open += 1;
            } else if closers.contains(&kind) {
                open = open.saturating_sub(1);
                if open == 0 {
                    self.bump();
                    return;
                }
            }
            self.bump();
        }
    }

    /// Skips to `target` (if it comes before a `;`, `}` or the start of an item) and reports whether it is there.
    /// Used after an error in a header, to still parse the body that follows.
    fn skip_to(&mut self, target: TokenKind) -> bool {
        loop {
            let kind = self.peek();
            if kind == target {
                self.panic = false;
                return true;
            }
            if matches!(kind, TokenKind::Eof | TokenKind::Semi | TokenKind::RBrace | TokenKind::LBrace)
                || self.at_item_start()
            {
                return false;
            }
            self.bump();
        }
    }
}

/// Tokens after which a reserved word was surely meant as a name (`var main: int;`, `machine data {`).
fn name_may_follow(kind: TokenKind) -> bool {
    use TokenKind as T;
    matches!(
        kind,
        T::Colon
            | T::Semi
            | T::Comma
            | T::LParen
            | T::RParen
            | T::Assign
            | T::LBrace
            | T::RBrace
            | T::LBracket
            | T::RBracket
            | T::Dot
            | T::Arrow
    )
}
