//! Expressions: a Pratt parser whose levels are those of `PParser.g4`'s left-recursive `expr` rule.
//!
//! ANTLR gives earlier alternatives higher precedence. From tightest to loosest: `.f` `.0`, `is`, `targets`,
//! prefix `inflight`, prefix `sent`, `[i]`, prefix `-` `!`, `* / %`, `+ -`, postfix `as T` / `to T`,
//! `< > <= >= in`, `== !=`, `&&`, `||`, `==>`, `<==>`, prefix `forall`/`exists`. Binary operators are left
//! associative; a prefix operator's operand may hold only operators at least as tight as itself.

use super::{name_may_follow, Parser, MAX_DEPTH};
use crate::ast::{BinaryOp, CastKind, Expr, ExprKind, UnaryOp};
use crate::span::{Ident, Span};
use crate::syntax::error::{Expected, SyntaxErrorKind};
use crate::syntax::token::TokenKind as T;

/// Tallest expression tree kept (deeper ones, built by long operator chains, are cut off and reported), so
/// that walking or dropping a tree never exhausts the stack.
pub const MAX_EXPR_HEIGHT: u32 = 2 * MAX_DEPTH;

const LEVEL_DOT: u8 = 18;
const LEVEL_IS: u8 = 16;
const LEVEL_TARGETS: u8 = 15;
const LEVEL_INFLIGHT: u8 = 14;
const LEVEL_SENT: u8 = 13;
const LEVEL_INDEX: u8 = 12;
const LEVEL_UNARY: u8 = 11;
const LEVEL_QUANTIFIER: u8 = 1;

/// The level of a token that continues an expression (postfix or binary), if it does.
fn continuation_level(kind: T) -> Option<u8> {
    Some(match kind {
        T::Dot => LEVEL_DOT,
        T::Is => LEVEL_IS,
        T::Targets => LEVEL_TARGETS,
        T::LBracket => LEVEL_INDEX,
        T::Star | T::Slash | T::Percent => 10,
        T::Plus | T::Minus => 9,
        T::As | T::To => 8,
        T::Lt | T::Gt | T::Le | T::Ge | T::In => 7,
        T::EqEq | T::NotEq => 6,
        T::AndAnd => 5,
        T::OrOr => 4,
        T::Implies => 3,
        T::Iff => 2,
        _ => return None,
    })
}

fn binary_op(kind: T) -> Option<BinaryOp> {
    Some(match kind {
        T::Star => BinaryOp::Mul,
        T::Slash => BinaryOp::Div,
        T::Percent => BinaryOp::Mod,
        T::Plus => BinaryOp::Add,
        T::Minus => BinaryOp::Sub,
        T::Lt => BinaryOp::Lt,
        T::Gt => BinaryOp::Gt,
        T::Le => BinaryOp::Le,
        T::Ge => BinaryOp::Ge,
        T::In => BinaryOp::In,
        T::EqEq => BinaryOp::Eq,
        T::NotEq => BinaryOp::Ne,
        T::AndAnd => BinaryOp::And,
        T::OrOr => BinaryOp::Or,
        T::Implies => BinaryOp::Implies,
        T::Iff => BinaryOp::Iff,
        _ => return None,
    })
}

/// Keywords that are a whole expression by themselves.
fn starts_expr_alone(kind: T) -> bool {
    matches!(kind, T::True | T::False | T::Null | T::Halt | T::This)
}

/// Tokens that can only follow a complete operand, never begin one (`-` and `(` can do both).
fn ends_operand(kind: T) -> bool {
    matches!(kind, T::Semi | T::Comma | T::RParen | T::RBracket | T::RBrace | T::Assign | T::Colon)
        || (continuation_level(kind).is_some() && !matches!(kind, T::Minus | T::LBracket | T::Dot))
}

/// Whether a token can begin an expression.
pub(super) fn starts_expr(kind: T) -> bool {
    matches!(
        kind,
        T::Ident
            | T::IntLit
            | T::StrLit
            | T::StrOpen
            | T::True
            | T::False
            | T::Null
            | T::Nondet
            | T::FairNondet
            | T::Halt
            | T::This
            | T::LParen
            | T::Minus
            | T::Not
            | T::Keys
            | T::Values
            | T::Sizeof
            | T::Default
            | T::New
            | T::Choose
            | T::Format
            | T::Dot
            | T::Float
            | T::Inflight
            | T::Sent
            | T::Forall
            | T::Exists
    )
}

impl Parser<'_> {
    /// A whole expression.
    pub(super) fn expression(&mut self) -> Expr {
        self.expr_at(0)
    }

    /// An expression whose operators are all at `min` or tighter.
    fn expr_at(&mut self, min: u8) -> Expr {
        if !self.enter() {
            return self.error_expr();
        }
        let mut lhs = self.prefix();
        while let Some(level) = continuation_level(self.peek()) {
            if level < min {
                break;
            }
            lhs = self.continuation(lhs, level);
            if self.height(&lhs) > MAX_EXPR_HEIGHT {
                lhs = self.cut_off(lhs);
            }
        }
        self.leave();
        lhs
    }

    /// Replaces a tree grown too tall by an operator chain with an error node, reporting it once.
    fn cut_off(&mut self, tall: Expr) -> Expr {
        if !self.depth_reported {
            self.depth_reported = true;
            let kind = SyntaxErrorKind::TooDeep { limit: MAX_EXPR_HEIGHT };
            self.errors.push(crate::syntax::error::SyntaxError { kind, span: self.prev_span });
        }
        self.expr(ExprKind::Error, tall.span)
    }

    /// Applies the postfix or binary operator at the current token to `lhs`.
    fn continuation(&mut self, lhs: Expr, level: u8) -> Expr {
        let start = lhs.span;
        let kind = match self.bump_kind() {
            T::Dot => match self.member(lhs) {
                Ok(kind) => kind,
                Err(lhs) => return lhs,
            },
            T::Is => match self.is_test(lhs) {
                Ok(kind) => kind,
                Err(lhs) => return lhs,
            },
            T::Targets => self.targets(lhs, level),
            T::LBracket => self.index(lhs),
            op @ (T::As | T::To) => self.cast(lhs, op),
            op => self.binary(lhs, op, level),
        };
        let span = self.since(start);
        self.expr(kind, span)
    }

    /// `.name` or `.0` after `base` (the `.` is consumed); on error, `base` comes back unchanged.
    fn member(&mut self, base: Expr) -> Result<ExprKind, Expr> {
        let token = self.nth(0);
        if token.kind == T::IntLit {
            self.bump();
            let index = self.text(token.span).parse::<u32>().unwrap_or(u32::MAX);
            return Ok(ExprKind::TupleIndex { base: Box::new(base), index, index_span: token.span });
        }
        if token.kind == T::Ident || token.kind.is_keyword() {
            return match self.name("a field name") {
                Some(field) => Ok(ExprKind::Field { base: Box::new(base), field }),
                None => Err(base),
            };
        }
        let hint = matches!(base.kind, ExprKind::Int(_))
            .then_some("a float literal needs digits after the dot: write `1.0`, not `1.`");
        self.expected_with(Expected::FieldOrIndex, None, hint);
        Err(base)
    }

    fn is_test(&mut self, lhs: Expr) -> Result<ExprKind, Expr> {
        let kind_start = self.span();
        let Some(kind) = self.name("an event or machine name") else { return Err(lhs) };
        let kind = self.expr(ExprKind::Name(kind), kind_start);
        Ok(ExprKind::Verifier { what: "is", operands: vec![lhs, kind] })
    }

    fn targets(&mut self, lhs: Expr, level: u8) -> ExprKind {
        let target = self.expr_at(level + 1);
        ExprKind::Verifier { what: "targets", operands: vec![lhs, target] }
    }

    fn index(&mut self, base: Expr) -> ExprKind {
        let open = self.prev_span;
        let index = self.expression();
        self.expect_close(T::RBracket, open, "the index");
        ExprKind::Index { base: Box::new(base), index: Box::new(index) }
    }

    fn cast(&mut self, expr: Expr, op: T) -> ExprKind {
        let kind = if op == T::As { CastKind::As } else { CastKind::To };
        let ty = self.type_expr();
        ExprKind::Cast { expr: Box::new(expr), kind, ty }
    }

    fn binary(&mut self, lhs: Expr, op: T, level: u8) -> ExprKind {
        let rhs = self.expr_at(level + 1);
        match binary_op(op) {
            Some(op) => ExprKind::Binary { op, lhs: Box::new(lhs), rhs: Box::new(rhs) },
            None => ExprKind::Error,
        }
    }

    /// A primary expression or a prefix operator with its operand. Each form has its own function, so that the
    /// frames on the recursive path stay small.
    fn prefix(&mut self) -> Expr {
        let token = self.nth(0);
        let start = token.span;
        let kind = match token.kind {
            // `x = sent;`, `y = format + 1`: a keyword where only a name fits.
            kind if kind.is_keyword() && !starts_expr_alone(kind) && ends_operand(self.peek_at(1)) => {
                ExprKind::Name(self.reserved_name())
            }
            T::Ident => self.name_or_call(),
            T::IntLit | T::Dot => self.number(),
            T::StrLit | T::StrOpen => {
                self.bump();
                ExprKind::Str(self.string_content(token.kind, start))
            }
            T::True => self.keyword_value(ExprKind::Bool(true)),
            T::False => self.keyword_value(ExprKind::Bool(false)),
            T::Null => self.keyword_value(ExprKind::Null),
            T::Nondet => self.keyword_value(ExprKind::Nondet),
            T::FairNondet => self.keyword_value(ExprKind::FairNondet),
            T::Halt => self.keyword_value(ExprKind::Halt),
            T::This => self.keyword_value(ExprKind::This),
            T::LParen => return self.paren(),
            T::Minus | T::Not => self.unary(),
            T::Inflight | T::Sent => self.message_test(),
            T::Forall | T::Exists => self.quantifier(token.kind),
            T::Keys | T::Values | T::Sizeof => self.collection_op(),
            T::Default => self.default_value(),
            T::New => self.new_expr(),
            T::Choose => self.choose(),
            T::Format => self.format(),
            T::Float if self.peek_at(1) == T::LParen => self.exp_float(),
            kind if kind.is_keyword() && name_may_follow(self.peek_at(1)) => ExprKind::Name(self.reserved_name()),
            _ => {
                self.expected(Expected::Expression);
                return self.error_expr();
            }
        };
        let span = self.since(start);
        self.expr(kind, span)
    }

    fn name_or_call(&mut self) -> ExprKind {
        let span = self.bump();
        let name = Ident::new(self.text(span), span);
        if self.at(T::LParen) {
            let args = self.args("the argument list");
            ExprKind::Call { fun: name, args }
        } else {
            ExprKind::Name(name)
        }
    }

    /// `12`, `1.5` or `.5` (a float is `IntLiteral? . IntLiteral` in P's grammar, so `1.` is not one).
    fn number(&mut self) -> ExprKind {
        let start = self.span();
        if self.at(T::Dot) {
            if self.peek_at(1) != T::IntLit {
                self.expected(Expected::Expression);
                return ExprKind::Error;
            }
            self.bump();
            let fraction = self.bump();
            return self.float(None, fraction);
        }
        self.bump();
        if self.at(T::Dot) && self.peek_at(1) == T::IntLit {
            self.bump();
            let fraction = self.bump();
            return self.float(Some(start), fraction);
        }
        ExprKind::Int(self.int_value(start))
    }

    fn unary(&mut self) -> ExprKind {
        let op = if self.bump_kind() == T::Minus { UnaryOp::Neg } else { UnaryOp::Not };
        let operand = self.expr_at(LEVEL_UNARY);
        ExprKind::Unary { op, operand: Box::new(operand) }
    }

    /// `inflight e` or `sent e` (PVerifier).
    fn message_test(&mut self) -> ExprKind {
        let (what, level) =
            if self.bump_kind() == T::Inflight { ("inflight", LEVEL_INFLIGHT) } else { ("sent", LEVEL_SENT) };
        let operand = self.expr_at(level);
        ExprKind::Verifier { what, operands: vec![operand] }
    }

    /// `keys(e)`, `values(e)` or `sizeof(e)`.
    fn collection_op(&mut self) -> ExprKind {
        let keyword = self.bump_kind();
        let operand = Box::new(self.parenthesized(keyword.text()));
        match keyword {
            T::Keys => ExprKind::Keys(operand),
            T::Values => ExprKind::Values(operand),
            _ => ExprKind::Sizeof(operand),
        }
    }

    fn default_value(&mut self) -> ExprKind {
        self.bump();
        let ty = match self.expect(T::LParen, "after `default`") {
            Some(open) => {
                let ty = self.type_expr();
                self.expect_close(T::RParen, open, "`default(...)`");
                ty
            }
            None => self.error_type(),
        };
        ExprKind::Default(ty)
    }

    fn new_expr(&mut self) -> ExprKind {
        self.bump();
        match self.name("an interface or machine name") {
            Some(interface) => {
                let args = self.args("the constructor arguments");
                ExprKind::New { interface, args }
            }
            None => ExprKind::Error,
        }
    }

    fn choose(&mut self) -> ExprKind {
        self.bump();
        let Some(open) = self.expect(T::LParen, "after `choose`") else { return ExprKind::Error };
        let bound = if self.at(T::RParen) { None } else { Some(Box::new(self.expression())) };
        self.expect_close(T::RParen, open, "`choose(...)`");
        ExprKind::Choose(bound)
    }

    fn keyword_value(&mut self, kind: ExprKind) -> ExprKind {
        self.bump();
        kind
    }

    /// `( args )` after a function or interface name; the current token is `(`.
    fn args(&mut self, what: &'static str) -> Vec<Expr> {
        let Some(open) = self.expect(T::LParen, "before the arguments") else { return Vec::new() };
        let args = self.comma_list(T::RParen, |p| Some(p.expression()));
        self.expect_close(T::RParen, open, what);
        args
    }

    /// `( e )` after `keys`, `values` or `sizeof`.
    fn parenthesized(&mut self, keyword: &'static str) -> Expr {
        let context = match keyword {
            "keys" => "after `keys`",
            "values" => "after `values`",
            _ => "after `sizeof`",
        };
        let Some(open) = self.expect(T::LParen, context) else { return self.error_expr() };
        let operand = self.expression();
        self.expect_close(T::RParen, open, "the operand");
        operand
    }

    /// `(e)`, `(e,)`, `(e1, e2, ...)`, `(a = e,)` or `(a = e1, b = e2, ...)`; the current token is `(`.
    fn paren(&mut self) -> Expr {
        let open = self.bump();
        if self.at(T::RParen) {
            let close = self.bump();
            self.report_soft(SyntaxErrorKind::EmptyParens, open.to(close));
            return self.expr(ExprKind::Error, open.to(close));
        }
        if self.peek() == T::Ident && self.peek_at(1) == T::Assign {
            return self.named_tuple(open);
        }
        let first = self.expression();
        if self.eat(T::Comma).is_none() {
            self.expect_close(T::RParen, open, "the parenthesized expression");
            return first;
        }
        self.tuple_rest(open, first)
    }

    /// The elements after `(first,` and the closing `)`.
    fn tuple_rest(&mut self, open: Span, first: Expr) -> Expr {
        let mut elems = vec![first];
        if !self.at(T::RParen) {
            elems.extend(self.comma_list(T::RParen, |p| Some(p.expression())));
        }
        self.expect_close(T::RParen, open, "the tuple");
        let span = self.since(open);
        self.expr(ExprKind::Tuple(elems), span)
    }

    fn named_tuple(&mut self, open: Span) -> Expr {
        let mut fields = Vec::new();
        let mut trailing_comma = None;
        while let Some(name) = self.name("a field name") {
            self.expect(T::Assign, "after the field name");
            let value = self.expression();
            fields.push((name, value));
            match self.eat(T::Comma) {
                Some(comma) if self.at(T::RParen) => {
                    trailing_comma = Some(comma);
                    break;
                }
                Some(_) => {}
                None => break,
            }
        }
        match (fields.len(), trailing_comma) {
            (1, None) if self.at(T::RParen) => {
                self.report_soft(SyntaxErrorKind::NamedTupleComma, self.prev_span.end_point());
            }
            (2.., Some(comma)) => self.report_soft(SyntaxErrorKind::TrailingComma, comma),
            _ => {}
        }
        self.expect_close(T::RParen, open, "the named tuple");
        let span = self.since(open);
        self.expr(ExprKind::NamedTuple(fields), span)
    }

    /// `forall (x: T, ...) :: e` or `exists new (x: T) :: e` (PVerifier).
    fn quantifier(&mut self, keyword: T) -> ExprKind {
        self.bump();
        let what = if keyword == T::Forall { "forall" } else { "exists" };
        self.eat(T::New);
        if let Some(open) = self.expect(T::LParen, "before the bound variables") {
            self.comma_list(T::RParen, |p| p.param());
            self.expect_close(T::RParen, open, "the bound variables");
        }
        self.expect(T::Colon, "(`::`) before the quantified expression");
        self.expect(T::Colon, "(`::`) before the quantified expression");
        let body = self.expr_at(LEVEL_QUANTIFIER);
        ExprKind::Verifier { what, operands: vec![body] }
    }

    /// `format("...", args)`
    fn format(&mut self) -> ExprKind {
        self.bump();
        let Some(open) = self.expect(T::LParen, "after `format`") else { return ExprKind::Error };
        let token = self.nth(0);
        if !token.kind.is_string() {
            self.expected_with(Expected::StringLiteral, Some("as the format"), None);
            return ExprKind::Error;
        }
        self.bump();
        let format = self.string_content(token.kind, token.span);
        let args = if self.eat(T::Comma).is_some() {
            self.comma_list(T::RParen, |p| Some(p.expression()))
        } else {
            Vec::new()
        };
        self.expect_close(T::RParen, open, "`format(...)`");
        ExprKind::Format { format, format_span: token.span, args }
    }

    /// `float(base, exponent)` (PVerifier); the current token is `float`.
    fn exp_float(&mut self) -> ExprKind {
        self.bump();
        let open = self.bump();
        let mut operands = Vec::new();
        for position in 0..2 {
            if position == 1 && self.expect(T::Comma, "between base and exponent").is_none() {
                return ExprKind::Error;
            }
            let token = self.nth(0);
            if token.kind != T::IntLit {
                self.expected(Expected::Integer);
                return ExprKind::Error;
            }
            self.bump();
            let value = ExprKind::Int(self.int_value(token.span));
            operands.push(self.expr(value, token.span));
        }
        self.expect_close(T::RParen, open, "`float(...)`");
        ExprKind::Verifier { what: "float", operands }
    }

    fn float(&self, whole: Option<Span>, fraction: Span) -> ExprKind {
        let whole = whole.map_or("0", |span| self.text(span));
        let text = format!("{whole}.{}", self.text(fraction));
        ExprKind::Float(text.parse::<f64>().unwrap_or(f64::INFINITY))
    }

    /// The value of an integer literal; too large for `u64` becomes `u64::MAX` (the type checker rejects it).
    pub(super) fn int_value(&self, span: Span) -> u64 {
        self.text(span).parse::<u64>().unwrap_or(u64::MAX)
    }

    /// The text between the quotes, escapes kept as written.
    pub(super) fn string_content(&self, kind: T, span: Span) -> String {
        let text = self.text(span);
        let inner = text.strip_prefix('"').unwrap_or(text);
        let inner = if kind == T::StrLit { inner.strip_suffix('"').unwrap_or(inner) } else { inner };
        inner.to_string()
    }

    /// Height of the tree under `expr`, from the heights recorded when its children were built.
    pub(super) fn height(&self, expr: &Expr) -> u32 {
        self.heights.get(expr.id.0.wrapping_sub(self.first_expr) as usize).copied().unwrap_or(1)
    }

    /// Height of a new node with `kind`.
    pub(super) fn height_of(&self, kind: &ExprKind) -> u32 {
        let child = |e: &Expr| self.height(e);
        let max = |es: &[Expr]| es.iter().map(child).max().unwrap_or(0);
        let tallest = match kind {
            ExprKind::Field { base, .. } | ExprKind::TupleIndex { base, .. } => child(base),
            ExprKind::Index { base, index } => child(base).max(child(index)),
            ExprKind::Keys(e) | ExprKind::Values(e) | ExprKind::Sizeof(e) => child(e),
            ExprKind::Unary { operand, .. } => child(operand),
            ExprKind::Binary { lhs, rhs, .. } => child(lhs).max(child(rhs)),
            ExprKind::Cast { expr, .. } => child(expr),
            ExprKind::Choose(Some(e)) => child(e),
            ExprKind::New { args, .. } | ExprKind::Call { args, .. } | ExprKind::Format { args, .. } => max(args),
            ExprKind::Tuple(es) | ExprKind::Verifier { operands: es, .. } => max(es),
            ExprKind::NamedTuple(fields) => fields.iter().map(|(_, e)| child(e)).max().unwrap_or(0),
            _ => 0,
        };
        tallest.saturating_add(1)
    }
}
