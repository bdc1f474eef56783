"""The fake Discord's rules for registering commands: where they may be installed and used,
and what a context menu may carry. Discord's schema checks the values; these check the rest."""

from __future__ import annotations

from typing import Any

from tests.e2e.fake_discord import check_commands
from tests.e2e.fake_discord.rules import check_reachable

MENU: dict[str, Any] = {
    "name": "Ask Second Heart",
    "type": 3,
    "integration_types": [0, 1],
    "contexts": [0, 1, 2],
}


def test_a_message_command_named_as_the_apps_menu_shows_it_passes() -> None:
    assert check_commands([MENU]) == []


def test_a_message_command_with_a_description_or_options_is_a_violation() -> None:
    assert check_commands([{**MENU, "description": "Ask"}]) == [
        "Ask Second Heart: a context menu takes no description"
    ]
    option = {"name": "q", "description": "q", "type": 3}
    assert check_commands([{**MENU, "options": [option]}]) == [
        "Ask Second Heart: a context menu takes no options"
    ]


def test_a_server_only_command_offered_in_dms_is_a_violation() -> None:
    command = {"name": "kb", "description": "KB", "dm_permission": False, "contexts": [0, 1]}
    assert check_commands([command]) == ["kb: dm_permission false but contexts [0, 1]"]


def test_an_install_or_context_twice_or_unknown_is_a_violation() -> None:
    command = {"name": "ask", "description": "Ask", "integration_types": [1, 1]}
    assert check_commands([command]) == ["ask: integration_types [1, 1]"]
    command = {"name": "ask", "description": "Ask", "contexts": []}
    assert check_commands([command]) == ["ask: contexts []"]


def test_a_command_is_reachable_only_from_the_installs_and_contexts_it_registered() -> None:
    server_only = {"name": "leaderboard", "integration_types": [0], "contexts": [0]}
    assert check_reachable(server_only, 0, 0) == []
    assert check_reachable(server_only, 1, 0, name="leaderboard") == [
        "/leaderboard used from a member's own install, not among [0]"
    ]
    assert check_reachable(server_only, 0, 1, name="leaderboard") == [
        "/leaderboard used in the bot's DMs, not among [0]"
    ]
    # Unset lists are Discord's defaults: a server install, in every context.
    assert check_reachable({"name": "help"}, 0, 1) == []
    assert check_reachable({"name": "help"}, 1, 1) != []
