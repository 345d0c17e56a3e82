//! Parametric tests (P's `ParamVisitor`, `SimpleExprEval` and `ParamAssignment`): parameter values, `assume`
//! filtering of the cartesian product (first parameter varying fastest), P's greedy t-wise covering subset,
//! and P's test names `<name>___<p1>_<v1>__<p2>_<v2>`.

use super::error::TypeError;
use super::types::Type;
use super::Checker;
use crate::ast::*;
use indexmap::IndexMap;
use std::collections::BTreeSet;

/// The largest cartesian product Plait expands (P has no limit, but would not finish either).
const MAX_COMBINATIONS: usize = 100_000;

/// One generated test: its name and the parameter values.
pub(crate) type Assignment = (String, Vec<(String, ParamValue)>);

impl<'a> Checker<'a> {
    /// The test cases a test declaration stands for; `None` after reporting an error.
    pub(crate) fn expand_params(&mut self, t: &TestDecl) -> Option<Vec<Assignment>> {
        if t.params.is_empty() {
            if let Some((n, span)) = t.twise {
                if !self.is_pairwise(n, span) {
                    self.err(TypeError::BadTwise { n, count: 0, span });
                    return None;
                }
            }
            if let Some(a) = &t.assume {
                self.err(TypeError::BadAssume { detail: "a test without parameters cannot assume".into(), span: a.span });
                return None;
            }
            return Some(vec![(t.name.name.clone(), Vec::new())]);
        }
        let mut ok = true;
        let mut params: IndexMap<String, Vec<ParamValue>> = IndexMap::new();
        for p in &t.params {
            if params.contains_key(&p.name.name) {
                self.err(TypeError::DuplicateField { name: p.name.name.clone(), span: p.name.span });
                ok = false;
                continue;
            }
            let Some(decl) = self.syms.params.get(&p.name.name) else {
                self.err(TypeError::UndeclaredParam { name: p.name.name.clone(), span: p.name.span });
                ok = false;
                continue;
            };
            let expected = decl.ty.clone();
            let mut seen_ints = BTreeSet::new();
            for (v, span) in &p.values {
                let vt = match v {
                    ParamValue::Int(i) => {
                        if *i > i32::MAX as i64 || *i < -(i32::MAX as i64) {
                            self.err(TypeError::IntOutOfRange { value: i.unsigned_abs(), span: *span });
                            ok = false;
                        }
                        if !seen_ints.insert(*i) {
                            self.err(TypeError::BadParamValues {
                                detail: format!("value {i} appears twice for `{}`", p.name.name),
                                span: *span,
                            });
                            ok = false;
                        }
                        Type::Int
                    }
                    ParamValue::Bool(_) => Type::Bool,
                };
                if !expected.is_error() && !expected.is_same_as(&vt) {
                    self.err(TypeError::BadParamValues {
                        detail: format!("`{}` has type `{expected}` but is given a value of type `{vt}`", p.name.name),
                        span: *span,
                    });
                    ok = false;
                }
            }
            params.insert(p.name.name.clone(), p.values.iter().map(|(v, _)| *v).collect());
        }
        let count = params.len();
        let twise = match t.twise {
            None => count,
            Some((n, span)) => {
                // `pairwise` is not range-checked by P (only `(N wise)` is); both arrive here as numbers.
                if (n < 1 || n as usize > count) && !self.is_pairwise(n, span) {
                    self.err(TypeError::BadTwise { n, count, span });
                    ok = false;
                }
                n as usize
            }
        };
        if let Some(a) = &t.assume {
            let mut names = Vec::new();
            collect_names(a, &mut names);
            if let Some(n) = names.iter().find(|n| !params.contains_key(*n)) {
                self.err(TypeError::BadAssume { detail: format!("`{n}` is not a parameter of this test"), span: a.span });
                ok = false;
            }
        }
        if !ok {
            return None;
        }
        let names: Vec<String> = params.keys().cloned().collect();
        let sizes: Vec<usize> = params.values().map(Vec::len).collect();
        if sizes.contains(&0) {
            return Some(Vec::new());
        }
        let combinations = sizes.iter().try_fold(1usize, |acc, n| acc.checked_mul(*n));
        if combinations.is_none_or(|c| c > MAX_COMBINATIONS) {
            self.err(TypeError::BadParamValues {
                detail: format!("more than {MAX_COMBINATIONS} combinations of parameter values; Plait does not expand this many tests"),
                span: t.name.span,
            });
            return None;
        }
        // Cartesian product, first parameter varying fastest, filtered by `assume`.
        let mut indices = vec![0usize; names.len()];
        let mut kept: Vec<Vec<usize>> = Vec::new();
        loop {
            let store: IndexMap<String, ParamValue> = names
                .iter()
                .zip(&indices)
                .filter_map(|(n, i)| params.get(n).and_then(|vs| vs.get(*i)).map(|v| (n.clone(), *v)))
                .collect();
            let keep = match &t.assume {
                None => true,
                Some(a) => match eval(a, &store) {
                    Ok(ParamValue::Bool(b)) => b,
                    Ok(ParamValue::Int(_)) => {
                        self.err(TypeError::BadAssume { detail: "the assumption is not a boolean".into(), span: a.span });
                        return None;
                    }
                    Err(detail) => {
                        self.err(TypeError::BadAssume { detail, span: a.span });
                        return None;
                    }
                },
            };
            if keep {
                kept.push(indices.clone());
            }
            if !next(&mut indices, &sizes) {
                break;
            }
        }
        let chosen = greedy_cover(&sizes, &kept, twise);
        let mut out = Vec::new();
        for k in chosen {
            let Some(idx) = kept.get(k) else { continue };
            let values: Vec<(String, ParamValue)> = names
                .iter()
                .zip(idx)
                .filter_map(|(n, i)| params.get(n).and_then(|vs| vs.get(*i)).map(|v| (n.clone(), *v)))
                .collect();
            out.push((test_name(&t.name.name, &values), values));
        }
        Some(out)
    }

    /// `pairwise` (which P does not range-check) arrives as `(2, span)` with the span of the keyword.
    fn is_pairwise(&self, n: u64, span: crate::span::Span) -> bool {
        n == 2 && span.end.saturating_sub(span.start) == "pairwise".len() as u32
    }
}

/// P's name for one generated test.
pub(crate) fn test_name(base: &str, values: &[(String, ParamValue)]) -> String {
    if values.is_empty() {
        return base.to_string();
    }
    let parts: Vec<String> = values
        .iter()
        .map(|(n, v)| {
            let v = match v {
                ParamValue::Int(i) if *i < 0 => format!("neg{}", i.unsigned_abs()),
                ParamValue::Int(i) => i.to_string(),
                ParamValue::Bool(b) => b.to_string(),
            };
            format!("{n}_{v}")
        })
        .collect();
    format!("{base}___{}", parts.join("__"))
}

/// Advances the index vector, first position fastest; false after the last combination.
fn next(indices: &mut [usize], sizes: &[usize]) -> bool {
    for (i, size) in indices.iter_mut().zip(sizes) {
        *i += 1;
        if *i < *size {
            return true;
        }
        *i = 0;
    }
    false
}

/// P's `GreedyCoverageExplore`: repeatedly take the (first) assignment covering the most uncovered
/// `twise`-combinations of parameter values.
pub(crate) fn greedy_cover(sizes: &[usize], assignments: &[Vec<usize>], twise: usize) -> Vec<usize> {
    if twise == sizes.len() {
        return (0..assignments.len()).collect();
    }
    // Number every (parameter subset, values) pair densely: an offset per subset plus a mixed-radix index.
    let combos = combinations(sizes.len(), twise);
    let mut offsets = Vec::with_capacity(combos.len());
    let mut total = 0usize;
    for c in &combos {
        offsets.push(total);
        total = total.saturating_add(c.iter().map(|p| sizes.get(*p).copied().unwrap_or(1)).product::<usize>());
    }
    let ids = |a: &Vec<usize>| -> Vec<usize> {
        combos
            .iter()
            .zip(&offsets)
            .map(|(c, off)| {
                c.iter().fold(0usize, |acc, p| {
                    acc * sizes.get(*p).copied().unwrap_or(1) + a.get(*p).copied().unwrap_or(0)
                }) + off
            })
            .collect()
    };
    let mut remaining: Vec<(usize, Vec<usize>)> = assignments.iter().enumerate().map(|(i, a)| (i, ids(a))).collect();
    let mut covered = vec![false; total];
    let mut obligations = 0usize;
    {
        let mut seen = vec![false; total];
        for id in remaining.iter().flat_map(|(_, v)| v.iter()) {
            if let Some(slot) = seen.get_mut(*id) {
                if !*slot {
                    *slot = true;
                    obligations += 1;
                }
            }
        }
    }
    let mut result = Vec::new();
    while obligations > 0 {
        let gain = |v: &Vec<usize>| v.iter().filter(|id| covered.get(**id) == Some(&false)).count();
        let mut best: Option<(usize, usize)> = None;
        for (pos, (_, v)) in remaining.iter().enumerate() {
            let g = gain(v);
            if best.is_none_or(|(_, bg)| g > bg) {
                best = Some((pos, g));
            }
        }
        let Some((pos, _)) = best else { break };
        let (assignment, v) = remaining.remove(pos);
        for id in v {
            if let Some(slot) = covered.get_mut(id) {
                if !*slot {
                    *slot = true;
                    obligations -= 1;
                }
            }
        }
        result.push(assignment);
    }
    result
}

/// All `k`-subsets of `0..n`, as sorted position lists.
fn combinations(n: usize, k: usize) -> Vec<Vec<usize>> {
    fn go(start: usize, n: usize, k: usize, cur: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
        if cur.len() == k {
            out.push(cur.clone());
            return;
        }
        for i in start..n {
            cur.push(i);
            go(i + 1, n, k, cur, out);
            cur.pop();
        }
    }
    let mut out = Vec::new();
    if k <= n {
        go(0, n, k, &mut Vec::new(), &mut out);
    }
    out
}

fn collect_names(e: &Expr, out: &mut Vec<String>) {
    match &e.kind {
        ExprKind::Name(id) => out.push(id.name.clone()),
        ExprKind::Unary { operand, .. } => collect_names(operand, out),
        ExprKind::Binary { lhs, rhs, .. } => {
            collect_names(lhs, out);
            collect_names(rhs, out);
        }
        _ => {}
    }
}

/// P's `SimpleExprEval` over 32-bit ints and bools.
fn eval(e: &Expr, store: &IndexMap<String, ParamValue>) -> Result<ParamValue, String> {
    use ParamValue::{Bool, Int};
    let int = |v: ParamValue| match v {
        Int(i) => Ok(i as i32),
        Bool(_) => Err("expected an int operand".to_string()),
    };
    let boolean = |v: ParamValue| match v {
        Bool(b) => Ok(b),
        Int(_) => Err("expected a bool operand".to_string()),
    };
    match &e.kind {
        ExprKind::Int(v) => Ok(Int(*v as i64)),
        ExprKind::Bool(b) => Ok(Bool(*b)),
        ExprKind::Name(id) => store.get(&id.name).copied().ok_or_else(|| format!("unknown name `{}`", id.name)),
        ExprKind::Unary { op, operand } => {
            let v = eval(operand, store)?;
            match op {
                UnaryOp::Neg => Ok(Int(int(v)?.wrapping_neg() as i64)),
                UnaryOp::Not => Ok(Bool(!boolean(v)?)),
            }
        }
        ExprKind::Binary { op, lhs, rhs } => {
            let l = eval(lhs, store)?;
            let r = eval(rhs, store)?;
            let ints = || -> Result<(i32, i32), String> { Ok((int(l)?, int(r)?)) };
            Ok(match op {
                BinaryOp::Add => Int(ints()?.0.wrapping_add(ints()?.1) as i64),
                BinaryOp::Sub => Int(ints()?.0.wrapping_sub(ints()?.1) as i64),
                BinaryOp::Mul => Int(ints()?.0.wrapping_mul(ints()?.1) as i64),
                BinaryOp::Div | BinaryOp::Mod => {
                    let (a, b) = ints()?;
                    if b == 0 {
                        return Err("division by zero".into());
                    }
                    let v = if matches!(op, BinaryOp::Div) { a.wrapping_div(b) } else { a.wrapping_rem(b) };
                    Int(v as i64)
                }
                BinaryOp::Eq | BinaryOp::Ne => {
                    let eq = match (l, r) {
                        (Int(a), Int(b)) => a == b,
                        (Bool(a), Bool(b)) => a == b,
                        _ => return Err("cannot compare an int with a bool".into()),
                    };
                    Bool(if matches!(op, BinaryOp::Eq) { eq } else { !eq })
                }
                BinaryOp::Lt => Bool(ints()?.0 < ints()?.1),
                BinaryOp::Le => Bool(ints()?.0 <= ints()?.1),
                BinaryOp::Gt => Bool(ints()?.0 > ints()?.1),
                BinaryOp::Ge => Bool(ints()?.0 >= ints()?.1),
                BinaryOp::And => Bool(boolean(l)? && boolean(r)?),
                BinaryOp::Or => Bool(boolean(l)? || boolean(r)?),
                other => return Err(format!("operator `{}` is not supported here", other.symbol())),
            })
        }
        _ => Err("only int and bool literals, parameters and operators are supported".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_wise_matches_p() {
        // Sizes of the ParamTest `(1 wise)` test in P's corpus: 2, 2, 3, 2, 2, 2.
        let sizes = [2, 2, 3, 2, 2, 2];
        let mut all = Vec::new();
        let mut idx = vec![0; sizes.len()];
        loop {
            all.push(idx.clone());
            if !next(&mut idx, &sizes) {
                break;
            }
        }
        let chosen: Vec<Vec<usize>> = greedy_cover(&sizes, &all, 1).into_iter().map(|i| all[i].clone()).collect();
        assert_eq!(chosen, vec![vec![0, 0, 0, 0, 0, 0], vec![1, 1, 1, 1, 1, 1], vec![0, 0, 2, 0, 0, 0]]);
    }

    fn cover(sizes: &[usize], t: usize) -> Vec<Vec<usize>> {
        let mut all = Vec::new();
        let mut idx = vec![0; sizes.len()];
        loop {
            all.push(idx.clone());
            if !next(&mut idx, sizes) {
                break;
            }
        }
        greedy_cover(sizes, &all, t).into_iter().map(|i| all[i].clone()).collect()
    }

    #[test]
    fn two_and_three_wise_match_p() {
        // The `(2 wise)` and `(3 wise)` tests of P's ParamTest case, as value indices.
        let two = cover(&[2, 2, 2, 3, 2, 2], 2);
        let expected_two: Vec<Vec<usize>> = vec![
            vec![0, 0, 0, 0, 0, 0],
            vec![1, 1, 1, 1, 1, 0],
            vec![1, 1, 0, 2, 0, 1],
            vec![0, 0, 1, 2, 1, 1],
            vec![1, 0, 1, 0, 0, 1],
            vec![0, 0, 0, 1, 0, 1],
            vec![0, 1, 0, 0, 1, 0],
            vec![0, 0, 0, 2, 0, 0],
        ];
        assert_eq!(two, expected_two);
        let three = cover(&[2, 2, 2, 2, 2, 2], 3);
        let expected_three: Vec<Vec<usize>> = vec![
            vec![0, 0, 0, 0, 0, 0],
            vec![1, 1, 1, 1, 0, 0],
            vec![1, 1, 0, 0, 1, 1],
            vec![0, 0, 1, 1, 1, 1],
            vec![1, 0, 1, 0, 1, 0],
            vec![0, 1, 0, 1, 1, 0],
            vec![0, 1, 1, 0, 0, 1],
            vec![1, 0, 0, 1, 0, 1],
            vec![1, 1, 0, 0, 0, 0],
            vec![0, 0, 1, 1, 0, 0],
            vec![0, 0, 0, 0, 1, 1],
            vec![1, 1, 1, 1, 1, 1],
        ];
        assert_eq!(three, expected_three);
    }

    #[test]
    fn names_mangle_negatives_and_bools() {
        let values = vec![("a".to_string(), ParamValue::Int(-1)), ("b".to_string(), ParamValue::Bool(true))];
        assert_eq!(test_name("t", &values), "t___a_neg1__b_true");
    }
}
