//! Types: primitives, `seq[T]`, `set[T]`, `map[K, V]`, tuples, named tuples and named types.

use super::{name_may_follow, Parser};
use crate::ast::{Param, TypeExpr, TypeExprKind};
use crate::span::{Ident, Span};
use crate::syntax::error::{Expected, SyntaxErrorKind};
use crate::syntax::token::TokenKind as T;

impl Parser<'_> {
    /// A type.
    pub(super) fn type_expr(&mut self) -> TypeExpr {
        if !self.enter() {
            return self.error_type();
        }
        let ty = self.type_inner();
        self.leave();
        ty
    }

    /// An empty error type at the current token (the error is already reported).
    pub(super) fn error_type(&self) -> TypeExpr {
        let span = self.span();
        TypeExpr { kind: TypeExprKind::Error, span: Span { end: span.start, ..span } }
    }

    fn type_inner(&mut self) -> TypeExpr {
        let token = self.nth(0);
        let start = token.span;
        let kind = match token.kind {
            T::Bool => self.primitive(TypeExprKind::Bool),
            T::Int => self.primitive(TypeExprKind::Int),
            T::Float => self.primitive(TypeExprKind::Float),
            T::String => self.primitive(TypeExprKind::String),
            T::Event => self.primitive(TypeExprKind::Event),
            T::Machine => self.primitive(TypeExprKind::Machine),
            T::Data => self.primitive(TypeExprKind::Data),
            T::Any => self.primitive(TypeExprKind::Any),
            T::Seq | T::Set => {
                self.bump();
                let context = if token.kind == T::Seq { "after `seq`" } else { "after `set`" };
                let Some(open) = self.expect(T::LBracket, context) else { return self.error_type() };
                let elem = Box::new(self.type_expr());
                self.expect_close(T::RBracket, open, "the element type");
                if token.kind == T::Seq {
                    TypeExprKind::Seq(elem)
                } else {
                    TypeExprKind::Set(elem)
                }
            }
            T::Map => {
                self.bump();
                let Some(open) = self.expect(T::LBracket, "after `map`") else { return self.error_type() };
                let key = Box::new(self.type_expr());
                self.expect(T::Comma, "between the key and value types");
                let value = Box::new(self.type_expr());
                self.expect_close(T::RBracket, open, "the map type");
                TypeExprKind::Map(key, value)
            }
            T::LParen => self.tuple_type(),
            T::Ident => {
                self.bump();
                TypeExprKind::Named(Ident::new(self.text(start), start))
            }
            kind if kind.is_keyword() && name_may_follow(self.peek_at(1)) => match self.name("a type") {
                Some(name) => TypeExprKind::Named(name),
                None => TypeExprKind::Error,
            },
            _ => {
                self.expected(Expected::Type);
                return self.error_type();
            }
        };
        TypeExpr { kind, span: self.since(start) }
    }

    fn primitive(&mut self, kind: TypeExprKind) -> TypeExprKind {
        self.bump();
        kind
    }

    /// `(T1, T2, ...)` or `(a: T1, b: T2, ...)`; one element needs no comma in a type.
    fn tuple_type(&mut self) -> TypeExprKind {
        let open = self.bump();
        if self.at(T::RParen) {
            let close = self.bump();
            self.report_soft(SyntaxErrorKind::EmptyParens, open.to(close));
            return TypeExprKind::Error;
        }
        let named = self.peek_at(1) == T::Colon;
        let kind = if named {
            let fields = self.comma_list(T::RParen, |p| p.param());
            TypeExprKind::NamedTuple(fields.into_iter().map(|f| (f.name, f.ty)).collect())
        } else {
            TypeExprKind::Tuple(self.comma_list(T::RParen, |p| Some(p.type_expr())))
        };
        self.expect_close(T::RParen, open, "the tuple type");
        kind
    }

    /// `name: T`, a parameter or a named-tuple field.
    pub(super) fn param(&mut self) -> Option<Param> {
        let name = self.name("a parameter name")?;
        let ty = if self.expect(T::Colon, "after the name").is_some() { self.type_expr() } else { self.error_type() };
        Some(Param { name, ty })
    }
}
