from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.markdown import ELLIPSIS, escape, plain, truncate


def test_short_text_is_unchanged() -> None:
    assert truncate("calf raises", 20) == "calf raises"


def test_long_text_is_cut_at_a_word_with_an_ellipsis() -> None:
    assert truncate("slow calf raises build the pump", 20) == "slow calf raises…"


def test_open_bold_is_closed_after_the_ellipsis() -> None:
    assert truncate("**bold words here and more** tail", 20) == "**bold words here…**"


def test_nested_styles_close_in_reverse_order() -> None:
    assert truncate("**bold ~~struck text that runs on~~**", 24) == "**bold ~~struck…~~**"


def test_open_code_fence_is_closed_on_its_own_line() -> None:
    text = "```\nline one\nline two\nline three\n```"
    assert truncate(text, 25) == "```\nline one\nline…\n```"


def test_inline_code_is_closed() -> None:
    assert truncate("run `python -m bot console --config x` now", 22) == "run `python -m bot…`"


def test_a_link_is_never_cut_in_half() -> None:
    text = "see [the NHS page](https://www.nhs.uk/conditions/dvt/) for more"
    assert truncate(text, 40) == "see…"


def test_a_complete_link_is_kept() -> None:
    text = "see [NHS](https://nhs.uk) for more about deep vein thrombosis"
    assert truncate(text, 40).startswith("see [NHS](https://nhs.uk)")


def test_a_timestamp_token_is_never_cut_in_half() -> None:
    assert truncate("due <t:1700000000:R> ok then", 14) == "due…"


def test_markers_inside_code_are_not_closed() -> None:
    assert truncate("`a ** b` and then some more words", 14) == "`a ** b` and…"


def test_one_unbroken_word_is_cut_hard() -> None:
    assert truncate("a" * 50, 10) == "a" * 9 + ELLIPSIS


# Markdown-ish text built from whole tokens, so markers and links appear often.
markdown_text = st.lists(
    st.sampled_from([*"ab cd\n*_~|`[]()<>:", "**", "```", "](x)", "||", "word "]),
    max_size=120,
).map("".join)


@given(markdown_text, st.integers(min_value=1, max_value=200))
def test_result_never_exceeds_the_limit(text: str, limit: int) -> None:
    assert len(truncate(text, limit)) <= limit


@given(markdown_text, st.integers(min_value=1, max_value=200))
def test_cut_text_always_shows_the_ellipsis(text: str, limit: int) -> None:
    result = truncate(text, limit)
    if len(text) > limit:
        assert ELLIPSIS in result
    else:
        assert result == text


@given(st.text(alphabet="ab *~", max_size=200), st.integers(min_value=10, max_value=100))
def test_bold_and_strike_markers_stay_balanced(text: str, limit: int) -> None:
    balanced = all(text.count(m) % 2 == 0 for m in ("**", "~~"))
    result = truncate(text, limit)
    if balanced and "***" not in text and "*" not in text.replace("**", ""):
        assert result.count("**") % 2 == 0
        assert result.count("~~") % 2 == 0


def test_escape_makes_a_masked_link_plain_text() -> None:
    assert escape("[your account](https://evil.example)") == (
        r"\[your account\]\(https\://evil.example\)"
    )


def test_escape_disarms_styles_mentions_and_line_starts() -> None:
    assert escape("**now** ||spoiler|| `code` <@123>") == (
        r"\*\*now\*\* \|\|spoiler\|\| \`code\` \<@123>"
    )
    assert escape("# Heading\n> quote\n- item") == "\\# Heading\n\\> quote\n\\- item"


def test_escape_leaves_ordinary_words_alone() -> None:
    assert escape("why do my calf-raises hurt? 3 sets, 15 reps") == (
        "why do my calf-raises hurt? 3 sets, 15 reps"
    )


@given(st.text())
def test_escaped_text_shows_exactly_what_was_typed(text: str) -> None:
    # Discord shows a backslash-escaped punctuation mark as the mark itself.
    assert re.sub(r"\\([^0-9A-Za-z\s])", r"\1", escape(text)) == text


@pytest.mark.parametrize(
    ("markdown", "text"),
    [
        ("**Streak:** 3 days", "Streak: 3 days"),
        ("calves *treat* it", "calves treat it"),
        ("**bold *nested* here**", "bold nested here"),
        (
            "• [NHS: DVT](https://www.nhs.uk/dvt) (NHS, 2023)",
            "• NHS: DVT <https://www.nhs.uk/dvt> (NHS, 2023)",
        ),
        ("[https://x.org](https://x.org)", "https://x.org"),
        ("see <https://x.org>", "see https://x.org"),
        ("Set yours with `/timezone set`", "Set yours with /timezone set"),
        ("`**kept**` as typed", "**kept** as typed"),
        ("~~old~~ ||secret||", "old secret"),
        ("America/New_York, snake_case, 2 * 3 * 4", "America/New_York, snake_case, 2 * 3 * 4"),
        (r"\*not italic\*", "*not italic*"),
    ],
)
def test_plain_text_keeps_the_words_and_drops_the_markers(markdown: str, text: str) -> None:
    assert plain(markdown) == text


@given(st.text(alphabet="ab *_~|`[]()<>\\\n", max_size=60))
def test_plain_text_never_adds_characters(markdown: str) -> None:
    assert len(plain(markdown)) <= len(markdown) + markdown.count("](")
