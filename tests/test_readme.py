"""The README renders as its authors meant it to."""

from __future__ import annotations

import re

from bot.catalog import COMMANDS
from tests.helpers import REPO

_DELIMITER = re.compile(r"\|(\s*:?-{3,}:?\s*\|)+")


def test_every_table_in_the_readme_has_a_header_and_a_delimiter_row() -> None:
    """A blank line inside a table ends it; the rows after it then render as plain text."""
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    in_fence = False
    previous = ""
    for number, line in enumerate(lines, 1):
        if line.startswith("```"):
            in_fence = not in_fence
        starts_table = line.startswith("|") and not previous.startswith("|")
        if starts_table and not in_fence:
            following = lines[number] if number < len(lines) else ""
            assert _DELIMITER.fullmatch(following.strip()), (
                f"README.md:{number}: a table row with no header above it"
            )
        previous = line if not in_fence else ""


def test_the_readme_command_tables_name_every_command_help_lists() -> None:
    """A command renamed or added in the catalog (what /help shows) must be renamed here too."""
    rows = [
        line
        for line in (REPO / "README.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("| `/")
    ]
    tables = "\n".join(rows)
    missing = [c.name for c in COMMANDS if not re.search(rf"`/{re.escape(c.name)}[` ]", tables)]
    assert missing == []
