"""The import layers of issue 10, checked on every module (imports inside functions included).

core imports Django and nothing of ours; a feature app imports core and, where
needed, accounts and notifications; home (the pages that tie apps together)
may import every app and nothing imports it; no application code imports tests.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OURS = {
    "core",
    "accounts",
    "notifications",
    "tickets",
    "orders",
    "customers",
    "portalhome",
    "inventory",
    "repairs",
    "billing",
    "home",
    "omsportal",
    "tests",
}
TOP = "home"
PROJECT = "omsportal"  # settings, urls, celery: wires everything together
# What each package may import of ours besides itself. An app not listed is a feature app.
ALLOWED = {
    "core": set(),
    "accounts": {"core", "notifications"},
    "notifications": {"core"},
    # Activation runs the order's moves through orders.services.
    "customers": {"core", "accounts", "notifications", "orders"},
    # Orders reserve stock and partners place orders through orders.hooks/services/selectors.
    "inventory": {"core", "accounts", "notifications", "orders"},
    TOP: OURS - {"tests"},
    PROJECT: OURS - {"tests"},
}
FEATURE = {"core", "accounts", "notifications"}


def imported_packages(source: str) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def violations(modules: dict[str, str], *, packages: set[str]) -> list[str]:
    """`modules` maps a dotted module name to its source; returns "a.b imports c" for each import not allowed."""
    found = []
    for name, source in sorted(modules.items()):
        package = name.split(".")[0]
        if package == "tests":
            continue
        allowed = ALLOWED.get(package, FEATURE) | {package}
        for imported in sorted(imported_packages(source) & packages):
            if imported not in allowed:
                found.append(f"{name} imports {imported}")
    return found


def project_modules() -> dict[str, str]:
    modules = {}
    for path in ROOT.rglob("*.py"):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in (".venv", "node_modules", "static", "staticfiles") or relative.parts[0].startswith("."):
            continue
        modules[".".join(relative.with_suffix("").parts)] = path.read_text(encoding="utf-8")
    return modules


def top_level_packages() -> set[str]:
    return {path.parent.name for path in ROOT.glob("*/__init__.py")}


def test_every_module_respects_the_layers():
    packages = top_level_packages()
    assert {"core", "accounts", "notifications", "tickets", "home"} <= packages
    assert violations(project_modules(), packages=packages) == []


@pytest.mark.parametrize(
    "module, source, expected",
    [
        ("core.fake", "from tickets.models import Ticket\n", "core.fake imports tickets"),
        ("core.fake", "def f():\n    import accounts.models\n", "core.fake imports accounts"),
        ("tickets.fake", "from home.views import staff_home\n", "tickets.fake imports home"),
        ("accounts.fake", "from tests.factories import UserFactory\n", "accounts.fake imports tests"),
        ("notifications.fake", "from accounts.models import User\n", "notifications.fake imports accounts"),
        ("orders.fake", "from tickets.services import ticket_create\n", "orders.fake imports tickets"),
    ],
)
def test_a_planted_violation_is_caught(module, source, expected):
    packages = top_level_packages() | {"orders"}
    clean = project_modules()
    assert violations({**clean, module: source}, packages=packages) == [expected]


def test_allowed_imports_pass():
    fake = {
        "orders.fake": "from core.workflow import Workflow\nfrom accounts.models import Customer\n",
        "home.fake": "from tickets import selectors\n",
        "core.fake": "from django.db import models\nimport json\n",
    }
    assert violations(fake, packages=top_level_packages() | {"orders"}) == []
