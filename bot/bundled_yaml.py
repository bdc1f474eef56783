"""The bot's own bundled data files (the triage bank, the examples outside the mission), read
with YAML's safe loader: libyaml's build of it where PyYAML has one.

It is the same safe loader (`yaml.safe_load` uses its pure-Python twin), in C, and these files
are read at every start: libyaml reads the bank's 90 KB in a few milliseconds instead of over a
tenth of a second. The knowledge base has its own stricter reader (`bot.questions.kb`).
"""

from __future__ import annotations

from typing import Any

import yaml


def load_bundled(text: str) -> Any:
    """`yaml.safe_load(text)`, through libyaml when PyYAML was built with it."""
    if yaml.__with_libyaml__:
        return yaml.load(text, Loader=yaml.CSafeLoader)
    return yaml.safe_load(text)
