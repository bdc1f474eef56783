"""The fake Discord's hand-written rules reject what Discord rejects in a message's buttons.

The OpenAPI description checks a button's label and custom_id but allows 40 top-level
components (a newer layout); for the action rows the bot sends, Discord allows 5 rows of 5.
"""

from __future__ import annotations

from typing import Any

from tests.e2e.fake_discord import check_message
from tests.e2e.fake_discord import discord_limits as limits

ALLOWED: dict[str, Any] = {"allowed_mentions": {"parse": []}}


def button(label: str = "Done", custom_id: str = "reminder:done:1") -> dict[str, Any]:
    return {"type": 2, "style": 1, "label": label, "custom_id": custom_id}


def row(*buttons: dict[str, Any]) -> dict[str, Any]:
    return {"type": 1, "components": list(buttons)}


def problems(*rows: dict[str, Any]) -> list[str]:
    return check_message({"content": "hi", **ALLOWED, "components": list(rows)})


def test_five_rows_of_five_buttons_at_their_longest_pass() -> None:
    full = button("x" * limits.BUTTON_LABEL, "y" * limits.CUSTOM_ID)
    assert problems(*[row(*[full] * limits.BUTTONS_PER_ROW)] * limits.ACTION_ROWS) == []


def test_a_sixth_action_row_is_a_violation() -> None:
    assert problems(*[row(button())] * 6) == ["6 action rows"]


def test_a_sixth_button_in_a_row_is_a_violation() -> None:
    assert problems(row(*[button()] * 6)) == ["6 buttons in one action row"]


def test_a_button_label_over_80_characters_is_a_violation() -> None:
    assert problems(row(button(label="x" * 81))) == ["button label of 81 characters"]


def test_a_custom_id_empty_or_over_100_characters_is_a_violation() -> None:
    assert problems(row(button(custom_id="y" * 101))) == ["button custom_id of 101 characters"]
    assert problems(row(button(custom_id=""))) == ["button custom_id of 0 characters"]


def test_a_button_outside_an_action_row_is_a_violation() -> None:
    assert problems(button()) == ["a top-level component of type 2, not an action row"]
