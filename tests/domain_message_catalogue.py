"""Every English message template the domain can raise, collected from its source.

A message reaches the user through a few sinks: a FieldError or RowError's `message`, the `template` of a
DomainError (or ValueProblem) and a rule's own `fail(field, message)` helper; NotFound's `what` is a
translated noun too. The sinks are found by their parameter and field names, so a new error class or
helper is covered without listing it here. Every argument given to a sink must be a literal template, or
resolve to literals (a variable, a returned constant, a class's TEMPLATES table), or forward a
parameter; anything else (an f-string) is reported as unresolvable, because no catalogue can hold it."""
from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOMAIN = ROOT / "domain"
# persistence raises the domain's import errors while it reads files; reports raise none today
RAISERS = (DOMAIN, ROOT / "persistence", ROOT / "reports")
MESSAGE_NAMES = ("message", "template", "what")
# ValidationFailed's own text only joins its FieldErrors' messages, which are collected one by one.
FORWARDING_CLASSES = {"ValidationFailed", "ImportProblem"}


@dataclass
class Catalogue:
    messages: dict[str, str] = field(default_factory=dict)  # template -> where it was first found
    unresolvable: list[str] = field(default_factory=list)


def _parse(folder: Path) -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in sorted(folder.rglob("*.py"))
            if "migrations" not in p.parts}


def _sinks(trees: dict[Path, ast.Module]) -> tuple[dict[str, list[tuple[int, str]]], dict[str, list[str]]]:
    """Callable name -> [(position, parameter name)] of its message parameters; class name -> bases."""
    sinks: dict[str, list[tuple[int, str]]] = {}
    bases: dict[str, list[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name != "__init__":
                names = [a.arg for a in node.args.args]
                found = [(i, n) for i, n in enumerate(names) if n in MESSAGE_NAMES]
                if found:
                    sinks[node.name] = found
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [b.id for b in node.bases if isinstance(b, ast.Name)]
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and item.name == "__init__":
                        names = [a.arg for a in item.args.args][1:]
                        sinks[node.name] = [(i, n) for i, n in enumerate(names) if n in MESSAGE_NAMES]
                fields = [i.target.id for i in node.body
                          if isinstance(i, ast.AnnAssign) and isinstance(i.target, ast.Name)]
                if node.name not in sinks and any(n in MESSAGE_NAMES for n in fields):
                    sinks[node.name] = [(i, n) for i, n in enumerate(fields) if n in MESSAGE_NAMES]
    changed = True
    while changed:  # a class without its own __init__ takes its base's message parameters
        changed = False
        for name, parents in bases.items():
            if name not in sinks:
                inherited = next((sinks[b] for b in parents if b in sinks), None)
                if inherited is not None:
                    sinks[name] = inherited
                    changed = True
    return sinks, bases


class _Collector(ast.NodeVisitor):
    def __init__(self, path: Path, tree: ast.Module, sinks: dict[str, list[tuple[int, str]]],
                 bases: dict[str, list[str]], functions: dict[str, list[ast.FunctionDef]], out: Catalogue) -> None:
        self.path, self.tree, self.sinks, self.bases, self.functions, self.out = path, tree, sinks, bases, functions, out
        self.scopes: list[ast.AST] = []
        self.classes: list[ast.ClassDef] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802
        self.classes.append(node)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802
        self.scopes.append(node)
        self.generic_visit(node)
        self.scopes.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        spots = self._sink_of(node)
        for position, name in spots or ():
            args = [a for i, a in enumerate(node.args) if i == position]
            args += [k.value for k in node.keywords if k.arg == name]
            for arg in args:
                self._resolve(arg, node)
        self.generic_visit(node)

    def _sink_of(self, node: ast.Call) -> list[tuple[int, str]] | None:
        func = node.func
        if isinstance(func, ast.Name):
            return self.sinks.get(func.id)
        if (isinstance(func, ast.Attribute) and func.attr == "__init__" and isinstance(func.value, ast.Call)
                and isinstance(func.value.func, ast.Name) and func.value.func.id == "super" and self.classes):
            owner = self.classes[-1].name
            if owner in FORWARDING_CLASSES:
                return None
            parents = self.bases.get(owner, [])
            return next((self.sinks[b] for b in parents if b in self.sinks), None)
        return None

    def _resolve_unpacked(self, loop: ast.For, name: str, at: ast.AST) -> None:
        """A message unpacked from what a domain rule returns: resolve that item of the rule's tuples.
        Looping over anything else (FieldError objects) forwards messages checked where they were made."""
        target, source = loop.target, loop.iter
        if not (isinstance(target, ast.Tuple) and isinstance(source, ast.Call) and isinstance(source.func, ast.Name)
                and source.func.id in self.functions):
            return
        position = next(i for i, t in enumerate(target.elts) if isinstance(t, ast.Name) and t.id == name)
        for function in self.functions[source.func.id]:
            for items in _tuples(function, len(target.elts)):
                self._resolve(items.elts[position], at)

    def _where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"

    def _resolve(self, expr: ast.AST, at: ast.AST) -> None:
        if isinstance(expr, ast.Constant):
            if isinstance(expr.value, str):
                self.out.messages.setdefault(expr.value, self._where(expr))
            return
        if isinstance(expr, ast.IfExp):
            self._resolve(expr.body, at)
            self._resolve(expr.orelse, at)
            return
        if isinstance(expr, ast.Dict):
            for value in expr.values:
                self._resolve(value, at)
            return
        if isinstance(expr, ast.Name):
            scope = self.scopes[-1] if self.scopes else None
            if isinstance(scope, ast.FunctionDef) and expr.id in {a.arg for a in scope.args.args}:
                return  # a parameter forwarded: its callers' arguments are checked where they are written
            looped = [n for n in ast.walk(scope or self.tree) if isinstance(n, ast.For)
                      and expr.id in {t.id for t in ast.walk(n.target) if isinstance(t, ast.Name)}]
            for loop in looped:  # for field, message, params in validate_product(…): its tuples
                self._resolve_unpacked(loop, expr.id, at)
            if looped:
                return
            assigned = [n.value for n in ast.walk(scope or self.tree) if isinstance(n, ast.Assign)
                        and any(isinstance(t, ast.Name) and t.id == expr.id for t in n.targets)]
            if not assigned:  # a module's constant
                assigned = [n.value for n in self.tree.body if isinstance(n, ast.Assign)
                            and any(isinstance(t, ast.Name) and t.id == expr.id for t in n.targets)]
            if not assigned:
                self.out.unresolvable.append(f"{self._where(at)}: {ast.unparse(expr)}")
            for value in assigned:
                self._resolve(value, at)
            return
        if isinstance(expr, ast.Attribute):
            if isinstance(expr.value, ast.Name) and expr.value.id == "self" and self.classes:
                table = [n.value for n in self.classes[-1].body if isinstance(n, ast.Assign)
                         and any(isinstance(t, ast.Name) and t.id == expr.attr for t in n.targets)]
                for value in table:
                    self._resolve(value, at)
                if table:
                    return
            if expr.attr in MESSAGE_NAMES:
                return  # another error's template passed on (problem.template): checked where it was made
            self.out.unresolvable.append(f"{self._where(at)}: {ast.unparse(expr)}")
            return
        if isinstance(expr, ast.Call):
            func = expr.func
            if isinstance(func, ast.Attribute) and func.attr == "get":  # TEMPLATES.get(kind, default)
                self._resolve(func.value, at)
                for arg in expr.args[1:]:
                    self._resolve(arg, at)
                return
            if isinstance(func, ast.Name) and func.id in self.functions:  # a rule returning its message
                returns = [n.value for f in self.functions[func.id] for n in ast.walk(f)
                           if isinstance(n, ast.Return) and n.value is not None]
                for value in returns:
                    self._resolve(value, at)
                return
        self.out.unresolvable.append(f"{self._where(at)}: {ast.unparse(expr)}")


def _tuples(function: ast.FunctionDef, size: int) -> list[ast.Tuple]:
    """The tuples of `size` items a rule collects (problems.append((field, message, params)))."""
    return [node.args[0] for node in ast.walk(function)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "append"
            and node.args and isinstance(node.args[0], ast.Tuple) and len(node.args[0].elts) == size]


def domain_messages() -> Catalogue:
    domain = _parse(DOMAIN)
    sinks, bases = _sinks(domain)  # the sinks are the domain's; its errors are raised from all three
    trees = {p: t for folder in RAISERS for p, t in _parse(folder).items()}
    functions: dict[str, list[ast.FunctionDef]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                functions.setdefault(node.name, []).append(node)
    out = Catalogue()
    for path, tree in trees.items():
        _Collector(path, tree, sinks, bases, functions, out).visit(tree)
    return out


if __name__ == "__main__":
    found = domain_messages()
    for text, where in sorted(found.messages.items(), key=lambda kv: kv[1]):
        print(f"{where}\t{text}")
    print("unresolvable:", *found.unresolvable, sep="\n  ")
