"""No module binds one top-level name twice.

The triage vocabularies are long lists of module-level patterns, and a second `_AT_REST = ...` or
`_HOT_AND_SHIVERY = ...` further down a module silently replaces the first for every rule that
reads it, at import, with no error from ruff or mypy. Both have happened; this catches the next.
"""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"


def _rebound_names(source: str) -> list[str]:
    """Top-level names a module's source assigns, defines or imports more than once."""
    bound: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            bound.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            bound[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            bound[node.name] += 1
    return sorted(name for name, count in bound.items() if count > 1)


def test_a_name_bound_twice_is_found() -> None:
    assert _rebound_names("_A = 1\ndef f(): pass\n_A = 2\n") == ["_A"]
    assert _rebound_names("_A = 1\n_B = 2\n") == []


@pytest.mark.parametrize("path", sorted(BOT.rglob("*.py")), ids=lambda p: str(p.relative_to(BOT)))
def test_no_module_binds_a_top_level_name_twice(path: Path) -> None:
    assert _rebound_names(path.read_text(encoding="utf-8")) == []
