//! Function bodies, statements and anonymous handlers.

use super::expr::starts_expr;
use super::{Level, Parser};
use crate::ast::{AnonHandler, Expr, ExprKind, FunBody, ReceiveCase, Stmt, StmtKind, VarDecl};
use crate::span::{Ident, Span};
use crate::syntax::error::{Expected, SyntaxErrorKind};
use crate::syntax::token::TokenKind as T;

/// Keywords that begin a statement (or, for `var`, a misplaced declaration).
pub(super) fn starts_stmt_keyword(kind: T) -> bool {
    matches!(
        kind,
        T::If
            | T::While
            | T::Foreach
            | T::Return
            | T::Assert
            | T::Assume
            | T::Print
            | T::Break
            | T::Continue
            | T::Raise
            | T::Send
            | T::Announce
            | T::Goto
            | T::Receive
            | T::New
            | T::Var
    )
}

fn starts_stmt(kind: T) -> bool {
    starts_stmt_keyword(kind) || starts_expr(kind) || matches!(kind, T::LBrace | T::Semi)
}

/// Whether `expr` is an l-value: a name followed by `.f`, `.0` and `[i]` only.
fn lvalue_root(mut expr: &Expr) -> Option<&Ident> {
    loop {
        match &expr.kind {
            ExprKind::Name(name) => return Some(name),
            ExprKind::Field { base, .. } | ExprKind::TupleIndex { base, .. } | ExprKind::Index { base, .. } => {
                expr = base;
            }
            _ => return None,
        }
    }
}

impl Parser<'_> {
    /// `{ varDecl* statement* }`: the body of a function or handler.
    pub(super) fn fun_body(&mut self) -> FunBody {
        let here = self.span();
        let Some(open) = self.expect(T::LBrace, "to start the body") else {
            return FunBody { locals: Vec::new(), stmts: Vec::new(), span: Span { end: here.start, ..here } };
        };
        let outer_strays = std::mem::take(&mut self.stray_locals);
        let outer_reported = std::mem::replace(&mut self.late_var_reported, false);
        let mut locals = Vec::new();
        while self.at(T::Var) {
            if let Some(decl) = self.var_decl() {
                locals.push(decl);
            }
            if self.panic {
                self.recover(Level::Stmt);
            }
        }
        let stmts = self.stmt_list();
        self.expect_close(T::RBrace, open, "the function body");
        locals.extend(std::mem::replace(&mut self.stray_locals, outer_strays));
        self.late_var_reported = outer_reported;
        FunBody { locals, stmts, span: self.since(open) }
    }

    /// `var a, b: T;` (the current token is `var`).
    pub(super) fn var_decl(&mut self) -> Option<VarDecl> {
        let start = self.bump();
        let names = self.name_list("a variable name");
        if names.is_empty() {
            return None;
        }
        let ty = if self.expect(T::Colon, "after the variable names").is_some() {
            self.type_expr()
        } else {
            self.error_type()
        };
        if self.at(T::Assign) {
            let assign = self.bump();
            self.report_soft(SyntaxErrorKind::VarInitializer, assign);
            self.discarding(|p| p.expression());
        }
        self.expect_semi("after the variable declaration");
        Some(VarDecl { names, ty, span: self.since(start) })
    }

    /// Statements up to a `}` (not consumed), the end of the file, or the start of a declaration.
    ///
    /// After a statement with an error, tokens that cannot start a statement are skipped without a report of
    /// their own, until a statement parses cleanly: one mistake (a broken `foreach` header, say) often leaves
    /// several lines of debris (its `invariant` clauses).
    fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut stmts = Vec::new();
        let mut after_error = false;
        loop {
            let kind = self.peek();
            match kind {
                T::RBrace | T::Eof => break,
                T::Var => {
                    if !self.late_var_reported {
                        self.late_var_reported = true;
                        self.report_soft(SyntaxErrorKind::LateVarDecl, self.span());
                    }
                    if let Some(decl) = self.var_decl() {
                        self.stray_locals.push(decl);
                    }
                    if self.panic {
                        self.recover(Level::Stmt);
                    }
                }
                T::Else => {
                    let span = self.bump();
                    self.report_soft(SyntaxErrorKind::ElseWithoutIf, span);
                }
                _ if starts_stmt(kind) => {
                    let (before, errors_before) = (self.pos, self.errors.len());
                    let stmt = self.stmt();
                    after_error = self.errors.len() > errors_before || matches!(stmt.kind, StmtKind::Error);
                    stmts.push(stmt);
                    if self.pos == before {
                        self.bump();
                    }
                }
                _ if self.at_item_start() => break,
                _ => {
                    if !after_error {
                        self.expected(Expected::Statement);
                    }
                    after_error = true;
                    self.bump();
                    self.recover(Level::Stmt);
                }
            }
        }
        stmts
    }

    /// One statement; on error, skips to where the next one can start.
    pub(super) fn stmt(&mut self) -> Stmt {
        let start = self.span();
        if !self.enter() {
            return Stmt { kind: StmtKind::Error, span: Span { end: start.start, ..start } };
        }
        let kind = self.stmt_kind(start);
        self.leave();
        if self.panic {
            self.recover(Level::Stmt);
        }
        Stmt { kind, span: self.since(start) }
    }

    /// Dispatches on the first token. Each form has its own function, so that the frames on the recursive path
    /// (block in block in block...) stay small.
    fn stmt_kind(&mut self, start: Span) -> StmtKind {
        match self.peek() {
            T::LBrace => self.block_stmt(),
            T::Assert | T::Assume => self.assert_stmt(),
            T::Print => self.print_stmt(),
            T::Return => self.return_stmt(),
            T::Break | T::Continue => self.loop_control_stmt(),
            T::While => self.while_stmt(),
            T::If => self.if_stmt(),
            T::Foreach => self.foreach(),
            T::Raise | T::Announce => self.raise_or_announce_stmt(),
            T::Send => self.send_stmt(),
            T::Goto => self.goto_stmt(),
            T::Receive => self.receive(),
            T::Semi => {
                self.bump();
                StmtKind::Skip
            }
            _ => self.simple_stmt(start),
        }
    }

    fn block_stmt(&mut self) -> StmtKind {
        let open = self.bump();
        let stmts = self.stmt_list();
        self.expect_close(T::RBrace, open, "the block");
        StmtKind::Block(stmts)
    }

    fn assert_stmt(&mut self) -> StmtKind {
        let is_assert = self.peek() == T::Assert;
        self.bump();
        let cond = self.expression();
        let message = self.eat(T::Comma).map(|_| self.expression());
        if is_assert {
            self.expect_semi("after the assertion");
            StmtKind::Assert { cond, message }
        } else {
            self.expect_semi("after the assumption");
            StmtKind::Assume { cond, message }
        }
    }

    fn print_stmt(&mut self) -> StmtKind {
        self.bump();
        let message = self.expression();
        self.expect_semi("after the `print` statement");
        StmtKind::Print(message)
    }

    fn return_stmt(&mut self) -> StmtKind {
        self.bump();
        let value = if self.at(T::Semi) { None } else { Some(self.expression()) };
        self.expect_semi("after the `return` statement");
        StmtKind::Return(value)
    }

    fn loop_control_stmt(&mut self) -> StmtKind {
        if self.bump_kind() == T::Break {
            self.expect_semi("after `break`");
            StmtKind::Break
        } else {
            self.expect_semi("after `continue`");
            StmtKind::Continue
        }
    }

    fn while_stmt(&mut self) -> StmtKind {
        self.bump();
        let cond = self.condition("after `while`");
        let body = Box::new(self.stmt());
        StmtKind::While { cond, body }
    }

    fn if_stmt(&mut self) -> StmtKind {
        self.bump();
        let cond = self.condition("after `if`");
        let then_branch = Box::new(self.stmt());
        let else_branch = self.eat(T::Else).map(|_| Box::new(self.stmt()));
        StmtKind::If { cond, then_branch, else_branch }
    }

    fn raise_or_announce_stmt(&mut self) -> StmtKind {
        let is_raise = self.bump_kind() == T::Raise;
        let event = self.expression();
        let args = self.payload_args();
        if is_raise {
            self.expect_semi("after the `raise` statement");
            StmtKind::Raise { event, args }
        } else {
            self.expect_semi("after the `announce` statement");
            StmtKind::Announce { event, args }
        }
    }

    fn send_stmt(&mut self) -> StmtKind {
        self.bump();
        let target = self.expression();
        if self.expect(T::Comma, "after the target of `send`").is_none() {
            return StmtKind::Error;
        }
        let event = self.expression();
        let args = self.payload_args();
        self.expect_semi("after the `send` statement");
        StmtKind::Send { target, event, args }
    }

    fn goto_stmt(&mut self) -> StmtKind {
        self.bump();
        let state = self.name("a state name");
        let args = self.payload_args();
        self.expect_semi("after the `goto` statement");
        match state {
            Some(state) => StmtKind::Goto { state, args },
            None => StmtKind::Error,
        }
    }

    /// `( e )` after `if` or `while`.
    fn condition(&mut self, context: &'static str) -> Expr {
        let open = self.expect(T::LParen, context);
        let cond = self.expression();
        match open {
            Some(open) => {
                self.expect_close(T::RParen, open, "the condition");
            }
            None => {
                self.eat(T::RParen);
            }
        }
        cond
    }

    /// `(, e)*` after the event of `raise`, `send`, `announce` or the state of `goto`.
    fn payload_args(&mut self) -> Vec<Expr> {
        let mut args = Vec::new();
        while self.eat(T::Comma).is_some() {
            args.push(self.expression());
        }
        args
    }

    /// `foreach (x in e) (invariant e;)* statement`
    fn foreach(&mut self) -> StmtKind {
        self.bump();
        let open = self.expect(T::LParen, "after `foreach`");
        let var = self.name("a loop variable");
        self.expect(T::In, "after the loop variable");
        let collection = self.expression();
        if let Some(open) = open {
            self.expect_close(T::RParen, open, "the `foreach` header");
        }
        let mut invariants = Vec::new();
        while self.eat(T::Invariant).is_some() {
            invariants.push(self.expression());
            self.expect_semi("after the loop invariant");
        }
        let body = Box::new(self.stmt());
        match var {
            Some(var) => StmtKind::Foreach { var, collection, invariants, body },
            None => StmtKind::Error,
        }
    }

    /// `receive { case e1, e2: handler ... }`
    fn receive(&mut self) -> StmtKind {
        let keyword = self.bump();
        let Some(open) = self.expect(T::LBrace, "after `receive`") else { return StmtKind::Error };
        let mut cases = Vec::new();
        loop {
            match self.peek() {
                T::RBrace | T::Eof => break,
                T::Case => {
                    if let Some(case) = self.receive_case() {
                        cases.push(case);
                    }
                }
                _ if self.at_item_start() => break,
                _ => {
                    self.expected(Expected::OneOf(&[T::Case, T::RBrace]));
                    while !matches!(self.peek(), T::Case | T::RBrace | T::Eof) {
                        if self.at(T::LBrace) {
                            self.skip_block();
                        } else {
                            self.bump();
                        }
                    }
                    self.panic = false;
                }
            }
        }
        if cases.is_empty() && !self.panic {
            self.report_soft(SyntaxErrorKind::EmptyReceive, keyword);
        }
        self.expect_close(T::RBrace, open, "the `receive` block");
        StmtKind::Receive { cases }
    }

    fn receive_case(&mut self) -> Option<ReceiveCase> {
        let start = self.bump();
        let events = self.event_list(None);
        self.expect(T::Colon, "after the events of the case");
        let handler = self.anon_handler(false);
        Some(ReceiveCase { events, handler, span: self.since(start) })
    }

    /// `(p: T)? { body }`; `exit` handlers take no parameter.
    pub(super) fn anon_handler(&mut self, exit: bool) -> AnonHandler {
        let start = self.span();
        let mut param = None;
        if let Some(open) = self.eat(T::LParen) {
            let params = self.comma_list(T::RParen, |p| p.param());
            self.expect_close(T::RParen, open, "the parameter list");
            let list = self.since(open);
            if exit {
                self.report_soft(SyntaxErrorKind::ExitParam, list);
            } else if params.len() != 1 {
                self.report_soft(SyntaxErrorKind::HandlerParams { count: params.len() }, list);
            }
            // Kept even where it is an error, so the body does not also report its uses as unknown.
            param = params.into_iter().next();
        }
        let body = self.fun_body();
        AnonHandler { param, body, span: self.since(start) }
    }

    /// Statements that begin with an expression: assignments, `+=`, `-=`, calls and `new`.
    fn simple_stmt(&mut self, start: Span) -> StmtKind {
        let first = self.peek();
        if !starts_expr(first) {
            self.expected(Expected::Statement);
            return StmtKind::Error;
        }
        let lhs = self.expression();
        let kind = match self.peek() {
            T::Assign => {
                self.bump();
                let rhs = self.expression();
                self.expect_semi("after the assignment");
                StmtKind::Assign { lhs, rhs }
            }
            T::PlusAssign => {
                self.bump();
                let Some(open) = self.expect_hinted(
                    T::LParen,
                    "after `+=`",
                    "write `s += (e);` to add to a set, or `c += (i, e);` to insert into a sequence or map",
                ) else {
                    return StmtKind::Error;
                };
                let first = self.expression();
                let kind = if self.eat(T::Comma).is_some() {
                    let value = self.expression();
                    self.expect_close(T::RParen, open, "the inserted pair");
                    StmtKind::Insert { lhs, index: first, value }
                } else {
                    self.expect_close(T::RParen, open, "the added value");
                    StmtKind::Add { lhs, value: first }
                };
                self.expect_semi("after the statement");
                kind
            }
            T::MinusAssign => {
                self.bump();
                let key = self.expression();
                self.expect_semi("after the statement");
                StmtKind::Remove { lhs, key }
            }
            _ => return self.expr_stmt(lhs, first),
        };
        let lhs = match &kind {
            StmtKind::Assign { lhs, .. }
            | StmtKind::Insert { lhs, .. }
            | StmtKind::Add { lhs, .. }
            | StmtKind::Remove { lhs, .. } => lhs,
            _ => return kind,
        };
        match lvalue_root(lhs) {
            // A root that starts after the statement does means the target was written in parentheses.
            Some(root) if root.span.start == start.start => kind,
            _ => {
                if !matches!(lhs.kind, ExprKind::Error) {
                    let span = lhs.span;
                    self.report_soft(SyntaxErrorKind::InvalidAssignTarget, span);
                }
                StmtKind::Error
            }
        }
    }

    /// An expression followed by something other than an assignment operator: a call, `new`, or an error.
    fn expr_stmt(&mut self, expr: Expr, first: T) -> StmtKind {
        let is_call = matches!(expr.kind, ExprKind::Call { .. }) && first == T::Ident;
        let is_new = matches!(expr.kind, ExprKind::New { .. }) && first == T::New;
        if is_call || is_new {
            self.expect_semi(if is_call { "after the call" } else { "after the `new` statement" });
            self.release(expr.id);
            return match expr.kind {
                ExprKind::Call { fun, args } => StmtKind::Call { fun, args },
                ExprKind::New { interface, args } => StmtKind::New { interface, args },
                _ => StmtKind::Error,
            };
        }
        if matches!(expr.kind, ExprKind::Error) {
            if !self.panic {
                self.eat(T::Semi);
            }
            return StmtKind::Error;
        }
        if self.at(T::Semi) {
            self.report_soft(SyntaxErrorKind::NotAStatement, expr.span);
            self.bump();
        } else if self.at(T::Colon) && matches!(expr.kind, ExprKind::Name(_)) {
            self.expected_with(Expected::AssignOp, None, Some("to declare a variable, write `var x: T;`"));
        } else {
            self.expected(Expected::AssignOp);
        }
        StmtKind::Error
    }
}
