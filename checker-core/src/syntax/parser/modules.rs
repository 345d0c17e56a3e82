//! The module system: module expressions, `module`, `test` and `implementation` declarations.

use super::Parser;
use crate::ast::{Binding, ImplementationDecl, ModExpr, ModExprKind, ModuleDecl, ParamValue, TestDecl, TestParam};
use crate::span::{Ident, Span};
use crate::syntax::error::{Expected, SyntaxErrorKind};
use crate::syntax::token::TokenKind as T;

impl Parser<'_> {
    /// `module m = <modExpr>;`
    pub(super) fn module_decl(&mut self) -> Option<ModuleDecl> {
        let start = self.bump();
        let name = self.name("a module name")?;
        self.expect(T::Assign, "after the module name")?;
        let module = self.mod_expr();
        self.expect_semi("after the module declaration");
        Some(ModuleDecl { name, module, span: self.since(start) })
    }

    /// `implementation name [main=M]? : <modExpr>;`
    pub(super) fn implementation_decl(&mut self) -> Option<ImplementationDecl> {
        let start = self.bump();
        let name = self.name("an implementation name")?;
        let main = self.main_clause();
        self.expect(T::Colon, "after the implementation name")?;
        let module = self.mod_expr();
        self.expect_semi("after the implementation declaration");
        Some(ImplementationDecl { name, main, module, span: self.since(start) })
    }

    /// `test [param (...)] [assume e] [pairwise | (N wise)] name [main=M]: <modExpr> [refines <modExpr>];`
    pub(super) fn test_decl(&mut self) -> Option<TestDecl> {
        let start = self.bump();
        let mut params = Vec::new();
        if self.eat(T::Param).is_some() {
            let open = self.expect(T::LParen, "after `param`")?;
            params = self.comma_list(T::RParen, |p| p.test_param());
            self.expect_close(T::RParen, open, "the test parameters");
        }
        let assume = self.eat(T::Assume).map(|_| self.expression());
        let mut twise = None;
        if let Some(span) = self.eat(T::Pairwise) {
            twise = Some((2, span));
        } else if self.at(T::LParen) && self.peek_at(1) == T::IntLit {
            let open = self.bump();
            let count = self.nth(0).span;
            self.bump();
            self.expect(T::Wise, "after the number of parameters to cover")?;
            self.expect_close(T::RParen, open, "`(N wise)`");
            twise = Some((self.int_value(count), self.since(open)));
        }
        let name = self.name("a test name")?;
        let main = self.main_clause();
        if main.is_none() && !self.panic {
            let span = self.prev_span.end_point();
            self.report_soft(SyntaxErrorKind::MissingTestMain { test: name.name.clone() }, span);
        }
        self.expect(T::Colon, "after the test name")?;
        let module = self.mod_expr();
        let refines = self.eat(T::Refines).map(|_| self.mod_expr());
        self.expect_semi("after the test declaration");
        Some(TestDecl { name, main, module, params, assume, twise, refines, span: self.since(start) })
    }

    /// `[main = M]`, if present.
    fn main_clause(&mut self) -> Option<Ident> {
        let open = self.eat(T::LBracket)?;
        self.expect(T::Main, "in `[main=...]`")?;
        self.expect(T::Assign, "after `main`")?;
        let machine = self.name("the main machine's name")?;
        self.expect_close(T::RBracket, open, "`[main=...]`");
        Some(machine)
    }

    /// `name in [v1, v2, ...]`
    fn test_param(&mut self) -> Option<TestParam> {
        let start = self.span();
        let name = self.name("a parameter name")?;
        self.expect(T::In, "after the parameter name")?;
        let open = self.expect(T::LBracket, "before the parameter values")?;
        if self.at(T::RBracket) {
            self.expected_soft(Expected::Name("a value"));
        }
        let values = self.comma_list(T::RBracket, |p| p.param_value());
        self.expect_close(T::RBracket, open, "the parameter values");
        Some(TestParam { name, values, span: self.since(start) })
    }

    /// `true`, `false`, `N` or `-N`.
    fn param_value(&mut self) -> Option<(ParamValue, Span)> {
        let token = self.nth(0);
        match token.kind {
            T::True | T::False => {
                self.bump();
                Some((ParamValue::Bool(token.kind == T::True), token.span))
            }
            T::IntLit => {
                self.bump();
                let value = i64::try_from(self.int_value(token.span)).unwrap_or(i64::MAX);
                Some((ParamValue::Int(value), token.span))
            }
            T::Minus if self.peek_at(1) == T::IntLit => {
                self.bump();
                let digits = self.bump();
                let value = i64::try_from(-i128::from(self.int_value(digits))).unwrap_or(i64::MIN);
                Some((ParamValue::Int(value), token.span.to(digits)))
            }
            kind if super::expr::starts_expr(kind) => {
                let span = self.discarding(|p| p.expression().span);
                self.report_soft(SyntaxErrorKind::TestParamValue, span);
                None
            }
            _ => {
                self.expected(Expected::Name("a value"));
                None
            }
        }
    }

    /// A module expression.
    pub(super) fn mod_expr(&mut self) -> ModExpr {
        if !self.enter() {
            return self.error_mod_expr();
        }
        let module = self.mod_expr_inner();
        self.leave();
        module
    }

    fn error_mod_expr(&self) -> ModExpr {
        let span = self.span();
        ModExpr { kind: ModExprKind::Error, span: Span { end: span.start, ..span } }
    }

    fn mod_expr_inner(&mut self) -> ModExpr {
        let token = self.nth(0);
        let start = token.span;
        let kind = match token.kind {
            T::LParen => {
                self.bump();
                let inner = self.mod_expr();
                self.expect_close(T::RParen, start, "the module expression");
                return inner;
            }
            T::LBrace => {
                self.bump();
                if self.at(T::RBrace) {
                    self.expected_soft(Expected::Name("a machine name"));
                }
                let bindings = self.comma_list(T::RBrace, |p| p.binding());
                self.expect_close(T::RBrace, start, "the module");
                ModExprKind::Primitive(bindings)
            }
            T::Ident => {
                self.bump();
                ModExprKind::Named(Ident::new(self.text(start), start))
            }
            T::Compose | T::Union => {
                self.bump();
                let mut modules = vec![self.mod_expr()];
                if self.at(T::Comma) {
                    while self.eat(T::Comma).is_some() {
                        modules.push(self.mod_expr());
                    }
                } else {
                    let context = if token.kind == T::Compose {
                        "after the first module of `compose`"
                    } else {
                        "after the first module of `union`"
                    };
                    self.expected_with(Expected::Token(T::Comma), Some(context), Some("list at least two modules"));
                }
                if token.kind == T::Compose {
                    ModExprKind::Compose(modules)
                } else {
                    ModExprKind::Union(modules)
                }
            }
            T::HideE => {
                self.bump();
                let events = self.event_list(Some("in a `hidee` list"));
                let module = self.in_module();
                ModExprKind::HideEvents { events, module }
            }
            T::HideI => {
                self.bump();
                let interfaces = self.name_list("an interface name");
                let module = self.in_module();
                ModExprKind::HideInterfaces { interfaces, module }
            }
            T::Assert => {
                self.bump();
                let specs = self.name_list("a spec machine name");
                let module = self.in_module();
                ModExprKind::Assert { specs, module }
            }
            T::Rename => {
                self.bump();
                let old = self.name("an interface name");
                self.expect(T::To, "after the old name");
                let new = self.name("the new name");
                let module = self.in_module();
                match (old, new) {
                    (Some(old), Some(new)) => ModExprKind::Rename { old, new, module },
                    _ => ModExprKind::Error,
                }
            }
            T::Main => {
                self.bump();
                let machine = self.name("the main machine's name");
                let module = self.in_module();
                match machine {
                    Some(machine) => ModExprKind::Main { machine, module },
                    None => ModExprKind::Error,
                }
            }
            _ => {
                self.expected(Expected::ModuleExpr);
                return self.error_mod_expr();
            }
        };
        ModExpr { kind, span: self.since(start) }
    }

    /// `in <modExpr>`
    fn in_module(&mut self) -> Box<ModExpr> {
        if self.expect(T::In, "before the module").is_none() {
            return Box::new(self.error_mod_expr());
        }
        Box::new(self.mod_expr())
    }

    /// `M` or `M -> I`
    fn binding(&mut self) -> Option<Binding> {
        let machine = self.name("a machine name")?;
        let interface = if self.eat(T::Arrow).is_some() { Some(self.name("an interface name")?) } else { None };
        Some(Binding { machine, interface })
    }
}
