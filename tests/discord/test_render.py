"""Discord's size limits, enforced before anything is sent."""

from __future__ import annotations

import discord

from bot.discord import limits
from bot.discord.render import choices, embed_for, message_content
from bot.discord.start import apply_endpoints
from bot.markdown import ELLIPSIS
from bot.replies import Field, Reply, Tone


def test_short_reply_is_rendered_as_is() -> None:
    embed = embed_for(Reply(title="Calf raises", body="Rise slowly.", footer="Not advice."))
    assert embed.title == "Calf raises"
    assert embed.description == "Rise slowly."
    assert embed.footer.text == "Not advice."


def test_message_content_is_capped_at_2000() -> None:
    text = "word " * 1000
    result = message_content(text)
    assert len(result) <= limits.MESSAGE_CONTENT
    assert result.endswith(ELLIPSIS)


def test_long_description_is_cut_to_4096_cleanly() -> None:
    embed = embed_for(Reply(body="**" + "calf " * 2000 + "**"))
    assert embed.description is not None
    assert len(embed.description) <= limits.EMBED_DESCRIPTION
    assert embed.description.endswith(ELLIPSIS + "**")


def test_title_and_footer_are_cut_to_their_limits() -> None:
    embed = embed_for(Reply(body="x", title="t" * 300, footer="f " * 1500))
    assert embed.title is not None
    assert len(embed.title) <= limits.EMBED_TITLE
    assert embed.footer.text is not None
    assert len(embed.footer.text) <= limits.EMBED_FOOTER


def test_more_than_25_fields_are_summarised_in_the_last() -> None:
    fields = tuple(Field(f"n{i}", f"v{i}") for i in range(30))
    embed = embed_for(Reply(body="x", fields=fields))
    assert len(embed.fields) == limits.EMBED_FIELDS
    assert embed.fields[-1].value == "…and 6 more"
    assert embed.fields[0].name == "n0"


def test_field_names_and_values_are_cut() -> None:
    embed = embed_for(Reply(body="x", fields=(Field("n" * 300, "v " * 600),)))
    assert len(embed.fields[0].name or "") <= limits.EMBED_FIELD_NAME
    assert len(embed.fields[0].value or "") <= limits.EMBED_FIELD_VALUE


def test_empty_field_parts_become_a_blank_discord_accepts() -> None:
    embed = embed_for(Reply(body="x", fields=(Field("", ""),)))
    assert embed.fields[0].name == "\u200b"
    assert embed.fields[0].value == "\u200b"


def test_embed_total_stays_within_6000() -> None:
    fields = tuple(Field("n" * 200, "word " * 200) for _ in range(25))
    embed = embed_for(Reply(title="t" * 256, body="body " * 1000, fields=fields, footer="f" * 2000))
    assert len(embed) <= limits.EMBED_TOTAL
    assert embed.description


def test_tone_sets_the_colour() -> None:
    urgent = embed_for(Reply(body="Call 999", tone=Tone.URGENT))
    assert urgent.colour == discord.Colour(0xDC2626)


def test_autocomplete_never_offers_more_than_25() -> None:
    result = choices((f"name {i}", f"value-{i}") for i in range(100))
    assert len(result) == limits.AUTOCOMPLETE_CHOICES
    assert result[0].name == "name 0"


def test_autocomplete_names_and_values_fit_100() -> None:
    [choice] = choices([("n" * 150, "v" * 150)])
    assert len(choice.name) <= limits.CHOICE_NAME
    assert len(choice.value) <= limits.CHOICE_VALUE


def test_endpoint_overrides_reach_discord_py(monkeypatch) -> None:
    monkeypatch.setattr(discord.http.Route, "BASE", discord.http.Route.BASE)
    monkeypatch.setattr(
        discord.gateway.DiscordWebSocket,
        "DEFAULT_GATEWAY",
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY,
    )
    apply_endpoints("http://127.0.0.1:8123/api/v10/", "ws://127.0.0.1:8123/gateway")
    route = discord.http.Route("GET", "/users/@me")
    assert route.url == "http://127.0.0.1:8123/api/v10/users/@me"
    assert str(discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY) == "ws://127.0.0.1:8123/gateway"
