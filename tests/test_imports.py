"""The shape of the code, checked: the pure core imports nothing of the adapters (no network, disk, clock or
config), and no module of `watcher` imports, directly or through others, the module that imports it.

Read from the source with `ast` (every import counts, also those inside functions and under
TYPE_CHECKING), so a cycle hidden from the interpreter is still a cycle here."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "watcher"
# What the core may use besides itself: the shapes that flow through it and the errors it raises.
CORE_MAY_IMPORT = {"watcher.model", "watcher.errors"}
# Standard-library modules that reach the outside world; the core receives what they would give. (Reading
# the time-zone database, as zoneinfo does, is reference data, not the outside world: `os` is not listed.)
# urllib.parse is string handling (a mailto: link's address); urllib.request is the network.
CORE_MAY_NOT_USE = {"socket", "ssl", "imaplib", "sqlite3", "subprocess", "threading", "urllib.request", "http"}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> set[str]:
    """Every module `path` imports, absolute names (relative imports resolved)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
            else:
                target = node.module or ""
            found.add(target)
            # `from . import x` and `from .sources import backfill` may name modules, not attributes.
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                if _exists(candidate):
                    found.add(candidate)
    return found


def _exists(module: str) -> bool:
    relative = Path(*module.split(".")[1:])
    return (PACKAGE / relative).with_suffix(".py").exists() or (PACKAGE / relative / "__init__.py").exists()


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
GRAPH = {name: {i for i in imports(path) if i in MODULES and i != name} for name, path in MODULES.items()}


@pytest.mark.parametrize("name", sorted(n for n in MODULES if n.startswith("watcher.core")))
def test_the_core_imports_nothing_outside_the_core(name):
    own = {i for i in imports(MODULES[name]) if i.startswith("watcher")}
    outside = {i for i in own if not i.startswith("watcher.core") and i not in CORE_MAY_IMPORT | {"watcher"}}
    assert not outside, f"{name} imports {sorted(outside)}: the core must not know of adapters or config"
    stdlib = {i for i in imports(MODULES[name]) if any(i == m or i.startswith(m + ".") for m in CORE_MAY_NOT_USE)}
    assert not stdlib, f"{name} uses {sorted(stdlib)}: the core does no I/O"


def test_no_module_imports_its_caller():
    """Any cycle in the import graph of `watcher` (package __init__ modules aside, they import nothing)."""
    cycles = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(GRAPH[node]):
            if state.get(nxt) == 1:
                cycles.append(" -> ".join([*path[path.index(nxt) :], nxt]))
            elif nxt not in state:
                visit(nxt)
        path.pop()
        state[node] = 2

    for node in sorted(GRAPH):
        if node not in state:
            visit(node)
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_the_import_reader_resolves_relative_imports_as_python_does():
    """The two rules above rest on it: a relative import missed would hide a cycle or a core import."""
    assert "watcher.store" in imports(PACKAGE / "executor.py")
    assert "watcher.core.decide" in imports(PACKAGE / "executor.py")
    assert "watcher.model" in imports(PACKAGE / "core" / "decide.py")
    assert "watcher.sources.backfill" in GRAPH["watcher.sources.imap"]


def test_no_class_grows_past_what_a_reader_can_hold():
    """A class of more than 300 lines (the service used to be one of 438) is several things to split."""
    sizes = {
        f"{name}.{node.name}": node.end_lineno - node.lineno + 1
        for name, path in MODULES.items()
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.ClassDef) and node.end_lineno is not None
    }
    assert {c: n for c, n in sizes.items() if n > 300} == {}
    assert sizes["watcher.service.Service"] < 150, "the service is wiring; its work lives in its parts"
