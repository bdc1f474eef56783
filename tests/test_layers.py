"""The layers, read from the source with `ast`: services reach storage only through its
functions, storage builds the core's own types, and check-ins and reminders meet only in
the members area (README § Architecture)."""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import pytest

from tests.helpers import imports_in

BOT = Path(__file__).resolve().parent.parent / "bot"

SERVICES = sorted(
    {
        *BOT.glob("*/service.py"),
        BOT / "reminders" / "dispatcher.py",
        *BOT.glob("members/*.py"),
    }
)
# The database handle services are given: the storage interface itself, not a row.
STORAGE_HANDLE = {("bot.storage.db", "Database")}
DRIVERS = {"sqlite3", "aiosqlite"}
# What storage may import from the rest of bot/: each area's plain types, and helpers that
# know no area.
STORAGE_MAY_IMPORT = ("bot.storage", "bot.timezones", "bot.files")


def _name(path: Path) -> str:
    return ".".join(path.relative_to(BOT.parent).with_suffix("").parts)


def _imports(path: Path) -> list[tuple[str, str | None]]:
    return imports_in(path.read_text("utf-8"))


def _storage_aliases(path: Path) -> dict[str, str]:
    """The names a file binds to storage modules (`from bot.storage import checkins as store`)."""
    aliases: dict[str, str] = {}
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "bot.storage":
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"bot.storage.{alias.name}"
    return aliases


def _module_of(imported: str) -> str:
    return imported.split(".")[0] if imported.split(".")[0] in DRIVERS else imported


@pytest.mark.parametrize("path", SERVICES, ids=_name)
def test_services_never_import_a_database_driver(path: Path) -> None:
    drivers = [m for m, _ in _imports(path) if _module_of(m) in DRIVERS]
    assert drivers == [], f"{_name(path)} imports {drivers}: SQL belongs in bot/storage/"


@pytest.mark.parametrize("path", SERVICES, ids=_name)
def test_services_take_only_functions_from_storage(path: Path) -> None:
    """A class from storage (a row type) in a service would tie it to one backend."""
    named: list[str] = []
    for module, name in _imports(path):
        if not module.startswith("bot.storage") or name is None or module == "bot.storage":
            continue
        value = getattr(importlib.import_module(module), name)
        if inspect.isclass(value) and (module, name) not in STORAGE_HANDLE:
            named.append(f"{module}.{name}")
    aliases = _storage_aliases(path)
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
        ):
            value = getattr(importlib.import_module(aliases[node.value.id]), node.attr)
            if inspect.isclass(value):
                named.append(f"{aliases[node.value.id]}.{node.attr}")
    assert named == [], f"{_name(path)} names storage types {named}: use the area's models"


def test_services_are_found() -> None:
    names = {_name(p) for p in SERVICES}
    assert {
        "bot.checkins.service",
        "bot.reminders.service",
        "bot.reminders.dispatcher",
        "bot.members.service",
        "bot.questions.service",
    } <= names


# Each area's storage modules.
STORAGE_OF = {"checkins": ("checkins",), "reminders": ("reminders", "outbox")}


@pytest.mark.parametrize(("area", "other"), [("checkins", "reminders"), ("reminders", "checkins")])
def test_check_ins_and_reminders_never_import_each_other(area: str, other: str) -> None:
    """They share member settings through bot.members, and neither reaches into the other's
    code or storage."""
    theirs = {f"bot.{other}", *(f"bot.storage.{m}" for m in STORAGE_OF[other])}
    crossing = [
        f"{_name(path)} imports {module}.{name}" if name else f"{_name(path)} imports {module}"
        for path in sorted((BOT / area).rglob("*.py"))
        for module, name in _imports(path)
        if any(module == t or module.startswith(t + ".") for t in theirs)
        or (module in ("bot", "bot.storage") and f"{module}.{name}" in theirs)
    ]
    assert crossing == []


@pytest.mark.parametrize("path", sorted((BOT / "storage").glob("*.py")), ids=_name)
def test_storage_imports_only_the_areas_types(path: Path) -> None:
    """Storage returns the core's own types (bot/<area>/models.py) and runs no area's logic."""
    logic = [
        module
        for module, _ in _imports(path)
        if module.startswith("bot.")
        and not module.startswith(STORAGE_MAY_IMPORT)
        and not module.endswith(".models")
    ]
    assert logic == [], f"{_name(path)} imports {logic}"


def test_members_calls_no_other_areas_service() -> None:
    """Check-ins and reminders depend on members, not the reverse: a member's changes reach
    them through the hooks bot/app.py wires (on_timezone_change, on_forget)."""
    services = ("bot.checkins.service", "bot.reminders.service", "bot.reminders.dispatcher")
    calls = [
        f"{_name(path)} imports {module}"
        for path in sorted((BOT / "members").rglob("*.py"))
        for module, name in _imports(path)
        if module in services or f"{module}.{name}" in services
    ]
    assert calls == []


FRONT_ENDS = sorted({*BOT.glob("console/*.py"), *BOT.glob("discord/**/*.py")})


@pytest.mark.parametrize("path", FRONT_ENDS, ids=_name)
def test_front_ends_reach_no_storage(path: Path) -> None:
    """The console and the Discord front end go through the services: a front end that read
    storage would hold a rule of its own, and the two would drift."""
    reached = [
        module
        for module, name in _imports(path)
        if module.startswith("bot.storage") or (module == "bot" and name == "storage")
    ]
    assert reached == [], f"{_name(path)} imports {reached}: go through a service"


def test_front_ends_are_found() -> None:
    names = {_name(path) for path in FRONT_ENDS}
    assert {"bot.console.shell", "bot.discord.cogs.reminders", "bot.discord.delivery"} <= names
