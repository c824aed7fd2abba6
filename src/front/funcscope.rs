//! Scopes of functions, lambdas and generator expressions, nested ones included
//! (CPython's symtable rules):
//! parameters of every kind, locals, the locals that nested functions capture (cell
//! variables) and the names a function takes from enclosing functions (free
//! variables, passed in its closure).

use super::scope::{collect_bindings, collect_global_decls, ModuleScope, NameRef};
use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;
use std::collections::{BTreeSet, HashMap, HashSet};

/// What the compiler needs to know of one function's names.
#[derive(Debug, Clone)]
pub struct FunctionScope {
    /// Parameter names in slot order: positional (positional-only first), `*args`,
    /// keyword-only, `**kwargs`.
    pub params: Vec<String>,
    /// Positional-only parameters.
    pub nposonly: usize,
    /// Positional parameters (positional-only included).
    pub nargs: usize,
    /// Whether there is a `*args` parameter.
    pub vararg: bool,
    /// Keyword-only parameters.
    pub nkwonly: usize,
    /// Whether there is a `**kwargs` parameter.
    pub varkw: bool,
    /// Local names: the parameters first, then every other name bound here.
    pub locals: Vec<String>,
    /// Locals that nested functions capture: they live in cells.
    pub cells: HashSet<String>,
    /// Names taken from enclosing functions, in closure order.
    pub frees: Vec<String>,
    /// Whether it is a generator function (its body yields, or it is a generator
    /// expression).
    pub generator: bool,
    declared_global: HashSet<String>,
}

/// Where a name lives inside a function.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A plain local: index into `locals`.
    Local(u32),
    /// A captured local: index into `locals`; its var holds the cell.
    CellLocal(u32),
    /// A free variable: index into `frees`.
    Free(u32),
    /// Outside the function.
    Module(NameRef),
}

impl FunctionScope {
    /// Number of parameter slots (without the hidden function object).
    pub fn nslots(&self) -> usize {
        self.params.len()
    }

    /// Resolves a name used inside this function.
    pub fn resolve(&self, module: &mut ModuleScope, name: &str) -> Place {
        if !self.declared_global.contains(name) {
            if let Some(i) = self.locals.iter().position(|l| l == name) {
                return if self.cells.contains(name) {
                    Place::CellLocal(i as u32)
                } else {
                    Place::Local(i as u32)
                };
            }
            if let Some(j) = self.frees.iter().position(|l| l == name) {
                return Place::Free(j as u32);
            }
        }
        Place::Module(module.resolve_module_level(name))
    }
}

/// A function-like node: a `def`, a `lambda` or a generator expression (a generator
/// function of one parameter, the iterator of its first `for`, named `.0` as in
/// CPython).
#[derive(Clone, Copy)]
pub enum FuncNode<'a> {
    /// `def`.
    Def(&'a ast::StmtFunctionDef),
    /// `lambda`.
    Lambda(&'a ast::ExprLambda),
    /// `(elt for target in iter ...)`.
    Genexp(&'a ast::ExprGenerator),
}

/// The parameter of a generator expression's function: the iterator of its first
/// `for` clause, evaluated in the enclosing scope.
pub const GENEXP_PARAM: &str = ".0";

impl FuncNode<'_> {
    /// The key the scopes are stored under: the node's start and end offsets (an
    /// unparenthesised generator expression can start where a nested one does).
    pub fn key(&self) -> u64 {
        node_key(self.range())
    }

    /// The node's start offset in the source.
    pub fn offset(&self) -> u32 {
        self.range().start().to_u32()
    }

    fn range(&self) -> ruff_text_size::TextRange {
        match self {
            FuncNode::Def(f) => f.range(),
            FuncNode::Lambda(l) => l.range(),
            FuncNode::Genexp(g) => g.range(),
        }
    }
}

/// What one pass over a function collects before resolution.
struct Raw {
    params: Vec<String>,
    nposonly: usize,
    nargs: usize,
    vararg: bool,
    nkwonly: usize,
    varkw: bool,
    bound: Vec<String>,
    declared_global: HashSet<String>,
    declared_nonlocal: HashSet<String>,
    refs: BTreeSet<String>,
    children: Vec<Child>,
    generator: bool,
}

/// A function nested in another (or in the module), and the inlined comprehensions
/// around it there, innermost last: their variables are visible to it.
struct Child {
    key: u64,
    layers: Vec<Layer>,
}

/// An inlined (list or dict) comprehension: its key (`node_key`) and the names its
/// `for` clauses bind.
type Layer = (u64, Vec<String>);

/// The key of a syntax node: its start and end offsets.
pub fn node_key(range: ruff_text_size::TextRange) -> u64 {
    (u64::from(range.start().to_u32()) << 32) | u64::from(range.end().to_u32())
}

/// The scopes of a module's functions, lambdas and generator expressions.
pub struct Scopes {
    /// Each function's scope, by `FuncNode::key`.
    pub functions: HashMap<u64, FunctionScope>,
    /// `(comprehension key, name)` for each variable of an inlined comprehension
    /// that a function nested in the comprehension captures: it lives in a cell
    /// (one per execution of the comprehension, as CPython's comprehension scope has).
    pub comprehension_cells: HashSet<(u64, String)>,
}

/// The scopes of every function, lambda and generator expression in a module.
pub fn analyze_module(body: &[Stmt]) -> Scopes {
    let mut raws = HashMap::new();
    // Functions directly in the module (also inside its blocks and expressions).
    let mut finder = Refs::new(&mut raws);
    for s in body {
        finder.visit_stmt(s);
    }
    let top = std::mem::take(&mut finder.children);
    let mut scopes = Scopes {
        functions: HashMap::new(),
        comprehension_cells: HashSet::new(),
    };
    let mut enclosing = Vec::new();
    resolve_children(&top, &mut enclosing, &raws, &mut scopes);
    scopes
}

fn params_of(p: Option<&ast::Parameters>) -> (Vec<String>, usize, usize, bool, usize, bool) {
    let Some(p) = p else {
        return (Vec::new(), 0, 0, false, 0, false);
    };
    let mut names: Vec<String> = p
        .posonlyargs
        .iter()
        .chain(&p.args)
        .map(|a| a.parameter.name.to_string())
        .collect();
    let nargs = names.len();
    if let Some(v) = &p.vararg {
        names.push(v.name.to_string());
    }
    names.extend(p.kwonlyargs.iter().map(|a| a.parameter.name.to_string()));
    if let Some(k) = &p.kwarg {
        names.push(k.name.to_string());
    }
    (
        names,
        p.posonlyargs.len(),
        nargs,
        p.vararg.is_some(),
        p.kwonlyargs.len(),
        p.kwarg.is_some(),
    )
}

fn collect(node: FuncNode, raws: &mut HashMap<u64, Raw>) {
    let (params, nposonly, nargs, vararg, nkwonly, varkw) = match node {
        FuncNode::Def(f) => params_of(Some(&f.parameters)),
        FuncNode::Lambda(l) => params_of(l.parameters.as_deref()),
        FuncNode::Genexp(_) => (vec![GENEXP_PARAM.to_string()], 0, 1, false, 0, false),
    };
    let mut bound = Vec::new();
    let mut declared_global = HashSet::new();
    let mut declared_nonlocal = HashSet::new();
    let mut v = Refs::new(raws);
    match node {
        FuncNode::Def(f) => {
            collect_bindings(&f.body, &mut bound, false);
            collect_global_decls(&f.body, &mut declared_global);
            collect_nonlocal_decls(&f.body, &mut declared_nonlocal);
            for s in &f.body {
                v.visit_stmt(s);
            }
        }
        FuncNode::Lambda(l) => {
            // A lambda binds only walrus targets in its body.
            let wrap = [Stmt::Expr(ast::StmtExpr {
                range: l.range,
                node_index: Default::default(),
                value: l.body.clone(),
            })];
            collect_bindings(&wrap, &mut bound, false);
            v.visit_expr(&l.body);
        }
        FuncNode::Genexp(g) => {
            // Its `for` targets are its locals; everything but the first iterable
            // (evaluated by the enclosing scope) is its body.
            for (i, c) in g.generators.iter().enumerate() {
                super::scope::target_names(&c.target, &mut |n| {
                    if !bound.iter().any(|b| b == n) {
                        bound.push(n.to_string());
                    }
                });
                v.visit_expr(&c.target);
                if i > 0 {
                    v.visit_expr(&c.iter);
                }
                for cond in &c.ifs {
                    v.visit_expr(cond);
                }
            }
            v.visit_expr(&g.elt);
        }
    }
    let generator = v.yields || matches!(node, FuncNode::Genexp(_));
    let (refs, children) = (v.refs, v.children);
    raws.insert(
        node.key(),
        Raw {
            params,
            nposonly,
            nargs,
            vararg,
            nkwonly,
            varkw,
            bound,
            declared_global,
            declared_nonlocal,
            refs,
            children,
            generator,
        },
    );
}

/// Collects the names a function body uses, and analyses nested functions.
struct Refs<'r> {
    refs: BTreeSet<String>,
    children: Vec<Child>,
    /// Whether the body yields (outside nested scopes).
    yields: bool,
    /// The inlined comprehensions being visited, innermost last.
    layers: Vec<Layer>,
    raws: &'r mut HashMap<u64, Raw>,
}

impl<'r> Refs<'r> {
    fn new(raws: &'r mut HashMap<u64, Raw>) -> Self {
        Refs {
            refs: BTreeSet::new(),
            children: Vec::new(),
            yields: false,
            layers: Vec::new(),
            raws,
        }
    }

    fn child(&mut self, node: FuncNode) {
        self.children.push(Child {
            key: node.key(),
            layers: self.layers.clone(),
        });
        collect(node, self.raws);
    }

    /// An inlined comprehension: its first iterable here, the rest (and `rest`, its
    /// element) with its variables as a layer.
    fn comprehension(
        &mut self,
        key: u64,
        gens: &[ast::Comprehension],
        rest: impl FnOnce(&mut Self),
    ) {
        let Some(first) = gens.first() else { return };
        self.visit_expr(&first.iter);
        let mut names = Vec::new();
        for g in gens {
            super::scope::target_names(&g.target, &mut |n| names.push(n.to_string()));
        }
        self.layers.push((key, names));
        for (i, g) in gens.iter().enumerate() {
            self.visit_expr(&g.target);
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        rest(self);
        self.layers.pop();
    }
}

impl<'a> Visitor<'a> for Refs<'_> {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                // Defaults, annotations and decorators belong to the enclosing scope.
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                let p = &f.parameters;
                for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
                    if let Some(d) = &a.default {
                        self.visit_expr(d);
                    }
                }
                self.child(FuncNode::Def(f));
            }
            Stmt::ClassDef(_) => walk_stmt(self, s),
            _ => walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Name(n) => {
                // A comprehension's own variable is not the function's.
                let name = n.id.as_str();
                if !self.layers.iter().any(|(_, l)| l.iter().any(|v| v == name)) {
                    self.refs.insert(name.to_string());
                }
            }
            Expr::ListComp(lc) => {
                self.comprehension(node_key(lc.range()), &lc.generators, |v| {
                    v.visit_expr(&lc.elt)
                });
            }
            Expr::SetComp(sc) => {
                self.comprehension(node_key(sc.range()), &sc.generators, |v| {
                    v.visit_expr(&sc.elt)
                });
            }
            Expr::DictComp(dc) => {
                self.comprehension(node_key(dc.range()), &dc.generators, |v| {
                    if let Some(k) = &dc.key {
                        v.visit_expr(k);
                    }
                    v.visit_expr(&dc.value);
                });
            }
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
                        if let Some(d) = &a.default {
                            self.visit_expr(d);
                        }
                    }
                }
                self.child(FuncNode::Lambda(l));
            }
            Expr::Generator(g) => {
                if let Some(first) = g.generators.first() {
                    self.visit_expr(&first.iter);
                }
                self.child(FuncNode::Genexp(g));
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.yields = true;
                walk_expr(self, e)
            }
            _ => walk_expr(self, e),
        }
    }
}

/// Names declared `nonlocal` in a function body (not in nested functions).
fn collect_nonlocal_decls(body: &[Stmt], out: &mut HashSet<String>) {
    struct Nonlocals<'o>(&'o mut HashSet<String>);
    impl<'a> Visitor<'a> for Nonlocals<'_> {
        fn visit_stmt(&mut self, s: &'a Stmt) {
            match s {
                Stmt::Nonlocal(n) => self.0.extend(n.names.iter().map(|n| n.to_string())),
                Stmt::FunctionDef(_) | Stmt::ClassDef(_) => {}
                _ => walk_stmt(self, s),
            }
        }
    }
    let mut v = Nonlocals(out);
    for s in body {
        v.visit_stmt(s);
    }
}

/// Resolves a function after its children: which of its names are cells and which
/// come from enclosing functions (`enclosing`: their locals, innermost last).
fn resolve(
    key: u64,
    enclosing: &mut Vec<HashSet<String>>,
    raws: &HashMap<u64, Raw>,
    scopes: &mut Scopes,
) {
    let raw = &raws[&key];
    let mut locals = raw.params.clone();
    for n in &raw.bound {
        if !locals.contains(n)
            && !raw.declared_global.contains(n)
            && !raw.declared_nonlocal.contains(n)
        {
            locals.push(n.clone());
        }
    }
    let local_set: HashSet<String> = locals.iter().cloned().collect();
    enclosing.push(local_set.clone());
    let child_frees = resolve_children(&raw.children, enclosing, raws, scopes);
    enclosing.pop();
    let cells: HashSet<String> = child_frees
        .iter()
        .filter(|n| local_set.contains(*n))
        .cloned()
        .collect();
    let defined_outside = |n: &String| enclosing.iter().any(|s| s.contains(n));
    let mut frees = Vec::new();
    for n in raw
        .refs
        .iter()
        .chain(&child_frees)
        .chain(&raw.declared_nonlocal)
    {
        if !local_set.contains(n)
            && !raw.declared_global.contains(n)
            && defined_outside(n)
            && !frees.contains(n)
        {
            frees.push(n.clone());
        }
    }
    scopes.functions.insert(
        key,
        FunctionScope {
            params: raw.params.clone(),
            nposonly: raw.nposonly,
            nargs: raw.nargs,
            vararg: raw.vararg,
            nkwonly: raw.nkwonly,
            varkw: raw.varkw,
            locals,
            cells,
            frees,
            generator: raw.generator,
            declared_global: raw.declared_global.clone(),
        },
    );
}

/// Resolves the functions nested in one scope; returns the names they take from it
/// (or from further out). A name a child takes from a comprehension around it
/// becomes a comprehension cell instead.
fn resolve_children(
    children: &[Child],
    enclosing: &mut Vec<HashSet<String>>,
    raws: &HashMap<u64, Raw>,
    scopes: &mut Scopes,
) -> BTreeSet<String> {
    let mut frees = BTreeSet::new();
    for c in children {
        let depth = enclosing.len();
        enclosing.extend(
            c.layers
                .iter()
                .map(|(_, names)| names.iter().cloned().collect()),
        );
        resolve(c.key, enclosing, raws, scopes);
        enclosing.truncate(depth);
        for n in &scopes.functions[&c.key].frees {
            match c.layers.iter().rev().find(|(_, names)| names.contains(n)) {
                Some((comp, _)) => {
                    scopes.comprehension_cells.insert((*comp, n.clone()));
                }
                None => {
                    frees.insert(n.clone());
                }
            }
        }
    }
    frees
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scopes(src: &str) -> (ast::ModModule, HashMap<u64, FunctionScope>) {
        let m = ruff_python_parser::parse_module(src).unwrap().into_syntax();
        let s = analyze_module(&m.body).functions;
        (m, s)
    }

    fn find<'a>(s: &'a HashMap<u64, FunctionScope>, first_param: &str) -> &'a FunctionScope {
        s.values()
            .find(|f| f.params.first().map(String::as_str) == Some(first_param))
            .unwrap()
    }

    #[test]
    fn parameters_in_slot_order() {
        let (_, s) = scopes("def f(a, /, b, c=1, *rest, k, m=2, **kw):\n    pass\n");
        let f = find(&s, "a");
        assert_eq!(f.params, ["a", "b", "c", "rest", "k", "m", "kw"]);
        assert_eq!(
            (f.nposonly, f.nargs, f.vararg, f.nkwonly, f.varkw),
            (1, 3, true, 2, true)
        );
    }

    #[test]
    fn captured_locals_are_cells_and_inner_uses_are_free() {
        let src = "def outer(x):\n    y = 1\n    def inner(z):\n        return x + y + z + g\n    return inner\n";
        let (_, s) = scopes(src);
        let outer = find(&s, "x");
        let inner = find(&s, "z");
        assert!(outer.cells.contains("x") && outer.cells.contains("y"));
        assert!(outer.frees.is_empty());
        assert_eq!(inner.frees, ["x", "y"]);
        let mut m = ModuleScope::default();
        assert_eq!(inner.resolve(&mut m, "x"), Place::Free(0));
        assert_eq!(outer.resolve(&mut m, "y"), Place::CellLocal(1));
        assert!(matches!(
            inner.resolve(&mut m, "g"),
            Place::Module(NameRef::Global(_))
        ));
    }

    #[test]
    fn free_variables_pass_through_intermediate_functions_and_nonlocal() {
        let src = "def a(v):\n    def b():\n        def c():\n            nonlocal v\n            v = 2\n        return c\n    return b\n";
        let (_, s) = scopes(src);
        let a = find(&s, "v");
        assert!(a.cells.contains("v"));
        let with_free: Vec<_> = s.values().filter(|f| f.frees == ["v"]).collect();
        assert_eq!(with_free.len(), 2, "b and c both carry v");
    }

    #[test]
    fn generator_functions_and_expressions() {
        let (_, s) =
            scopes("def g(a):\n    yield a\ndef f(b):\n    return (x + b for x in b if x)\n");
        assert!(find(&s, "a").generator);
        let f = find(&s, "b");
        assert!(!f.generator && f.cells.contains("b"));
        let genexp = find(&s, GENEXP_PARAM);
        assert!(genexp.generator);
        assert_eq!(genexp.locals, [GENEXP_PARAM, "x"]);
        assert_eq!(genexp.frees, ["b"]);
    }

    #[test]
    fn comprehension_variables_captured_by_nested_scopes_are_cells() {
        let src = "def f(s, chars):\n    return [sum(1 for c in s if c == ch) for ch in chars]\n";
        let m = ruff_python_parser::parse_module(src).unwrap().into_syntax();
        let scopes = analyze_module(&m.body);
        let genexp = find(&scopes.functions, GENEXP_PARAM);
        assert_eq!(genexp.frees, ["ch"]);
        let f = find(&scopes.functions, "s");
        assert!(f.frees.is_empty() && f.cells.is_empty());
        let cells: Vec<_> = scopes.comprehension_cells.iter().map(|(_, n)| n).collect();
        assert_eq!(cells, ["ch"]);
    }

    #[test]
    fn lambdas_are_scopes() {
        let (_, s) = scopes("def f(n):\n    return lambda x: x + n\n");
        let l = find(&s, "x");
        assert_eq!(l.frees, ["n"]);
        assert!(find(&s, "n").cells.contains("n"));
    }
}
