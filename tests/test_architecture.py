"""The house stays sound: no import circles in ardesk (function-level imports count too, so a circle
cannot hide inside a function), and no module reaches for another module's private names."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "ardesk"


def _modules() -> dict[str, Path]:
    out = {}
    for path in ROOT.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()


def _resolve(name: str) -> str | None:
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(name: str, tree: ast.AST) -> tuple[set[str], dict[str, str]]:
    """(ardesk modules imported anywhere in the file, local alias -> module for module imports)."""
    targets: set[str] = set()
    aliases: dict[str, str] = {}
    package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name.startswith("ardesk"):
                    targets.add(_resolve(a.name) or a.name)
                    aliases[a.asname or a.name] = a.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            if not base.startswith("ardesk"):
                continue
            for a in node.names:
                full = f"{base}.{a.name}"
                if full in MODULES:
                    targets.add(full)
                    aliases[a.asname or a.name] = full
                else:
                    targets.add(_resolve(base) or base)
    targets.discard(name)
    return {t for t in targets if t in MODULES and not t.endswith(("ardesk",)) and t != "ardesk"}, aliases


def test_no_import_circles_in_ardesk():
    graph = {name: _imports(name, ast.parse(path.read_text()))[0] for name, path in MODULES.items()}
    # Package __init__ files that only hand names on would make every module "import" its package.
    graph = {
        n: {t for t in ts if MODULES[t].name != "__init__.py" or MODULES[t].stat().st_size > 200}
        for n, ts in graph.items()
    }
    state: dict[str, int] = {}
    circles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                circles.append([*path[path.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert circles == []
    assert len(graph) > 80  # the scan saw the whole package


def test_no_module_uses_another_modules_private_names():
    offences = []
    for name, path in MODULES.items():
        tree = ast.parse(path.read_text())
        _, aliases = _imports(name, tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("ardesk"):
                offences += [
                    f"{name}: from {node.module} import {a.name}"
                    for a in node.names
                    if a.name.startswith("_") and not a.name.startswith("__")
                ]
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                offences.append(f"{name}: {node.value.id}.{node.attr}")
    assert offences == []
