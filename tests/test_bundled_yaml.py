"""The bundled data files read through libyaml exactly as `yaml.safe_load` reads them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.bundled_yaml import load_bundled

BOT = Path(__file__).resolve().parent.parent / "bot"
BUNDLED = sorted(
    [
        *(BOT / "questions" / "triage" / "bank").glob("*.yaml"),
        *(BOT / "questions" / "data").glob("*.yaml"),
    ]
)


def test_the_bundled_files_are_found() -> None:
    assert len(BUNDLED) >= 3


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_a_bundled_file_reads_as_safe_load_reads_it(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert load_bundled(text) == yaml.safe_load(text)


def test_it_refuses_what_safe_load_refuses() -> None:
    with pytest.raises(yaml.constructor.ConstructorError):
        load_bundled("!!python/object/apply:os.system ['true']")
