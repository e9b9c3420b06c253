"""Rules for the tests themselves: every test checks an outcome, so that it can fail."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent

#: Calls that fail a test when the outcome is wrong, by the name called (pytest.raises, qtbot.waitUntil, ...).
CHECKING_CALLS = {
    "raises",
    "warns",
    "deprecated_call",
    "fail",  # pytest
    "waitUntil",
    "waitSignal",
    "waitSignals",
    "assertNotEmitted",
    "waitCallback",  # pytest-qt's qtbot
}
#: Helpers that assert for the test: assert_totals(...), check_...(...); and qtmodeltester.check(...).
CHECKING_PREFIXES = ("assert_", "check_", "expect_")


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _is_model_tester(call: ast.Call) -> bool:
    """qtmodeltester.check(model): pytest-qt's checks of the Qt model contract."""
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "check"
        and isinstance(func.value, ast.Name)
        and func.value.id == "qtmodeltester"
    )


def checks_something(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for node in ast.walk(function):
        if isinstance(node, ast.Assert):
            return True
        if isinstance(node, ast.Call):
            name = _called_name(node)
            if name in CHECKING_CALLS or name.startswith(CHECKING_PREFIXES) or _is_model_tester(node):
                return True
    return False


def collected_tests(source: str) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """The functions pytest collects as tests: test* at module level and in Test* classes."""
    found = []
    for node in ast.parse(source).body:
        scopes = node.body if isinstance(node, ast.ClassDef) and node.name.startswith("Test") else [node]
        found += [
            f for f in scopes if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef) and f.name.startswith("test")
        ]
    return found


def test_the_rule_tells_a_check_from_none():
    source = (
        "def test_asserts():\n    assert 1\n"
        "def test_raises():\n    with pytest.raises(ValueError):\n        int('x')\n"
        "def test_waits(qtbot):\n    qtbot.waitUntil(lambda: True)\n"
        "def test_helper(qtmodeltester, m):\n    qtmodeltester.check(m)\n"
        "class TestGroup:\n    def test_nothing(self):\n        print('ran')\n"
        "def test_only_calls(co):\n    co.create_customer('1', 'A')\n    co.check()\n"
        "def helper():\n    pass\n"
    )
    verdicts = {f.name: checks_something(f) for f in collected_tests(source)}
    assert verdicts == {
        "test_asserts": True,
        "test_raises": True,
        "test_waits": True,
        "test_helper": True,
        "test_nothing": False,
        "test_only_calls": False,
    }


def test_every_test_checks_an_outcome():
    functions = {
        f"{path.relative_to(TESTS)}::{f.name}": f
        for path in sorted(TESTS.rglob("test_*.py"))
        for f in collected_tests(path.read_text(encoding="utf-8"))
    }
    assert len(functions) > 250  # the scan found the suite (an empty scan would pass anything)
    assert [name for name, f in functions.items() if not checks_something(f)] == []
