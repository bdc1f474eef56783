"""A writer's own corrections and autocorrect's slips, read before the triage's rules."""

from __future__ import annotations

import pytest

from bot.questions.triage.corrections import with_corrections
from bot.questions.triage.vocabulary.slips import slips_put_right


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # "Right not wrong": the last wrong word before the correction is put right.
        (
            "sharp pain in my chest since the raises / *calf not chest lol",
            "sharp pain in my calf since the raises",
        ),
        # One word: the word before it spelt most like it.
        ("clots of people at the gym tonight / *lots", "lots of people at the gym tonight"),
        # A restatement from a word the line before has.
        ("cant breathe\n*cant believe how far I ran", "cant believe how far I ran"),
        # What the line before meant.
        ("I died on the bike / *as in I was very tired", "I was very tired"),
        # Two in one message, each applied to the text before it as it then reads.
        (
            "chest pain / *calf not chest / off to stroke city / *stoke",
            "calf pain / off to stoke city",
        ),
        # Only its own line: the lines before it stay.
        ("good session\nchest pain\n*chest day was hard", "good session\nchest day was hard"),
    ],
)
def test_a_correction_is_applied_to_the_words_it_corrects(written: str, read: str) -> None:
    assert with_corrections(written) == read


@pytest.mark.parametrize(
    "written",
    [
        # Emphasis, a bullet list and a correction that matches nothing are left as written.
        "my *really* bad chest pain",
        "* chest pain\n* sweating",
        "chest pain and sweating\n*calf",
        "crushing chest pain / *left not right",
        # Too short to tell which word it corrects.
        "leg pain / *log",
    ],
)
def test_what_is_not_a_correction_is_left_alone(written: str) -> None:
    assert with_corrections(written) == written


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("pain in my chess and my arm", "pain in my chest and my arm"),
        ("blood coming out of the vain on my shin", "blood coming out of the vein on my shin"),
        ("my varicose vains itch", "my varicose veins itch"),
    ],
)
def test_an_unmistakable_autocorrect_slip_is_put_right(sentence: str, read: str) -> None:
    assert slips_put_right(sentence) == read


@pytest.mark.parametrize(
    "sentence",
    ["lost in my chess match again", "tried in vain to beat my time", "the vain hope of a pb"],
)
def test_the_real_word_is_kept_where_it_means_itself(sentence: str) -> None:
    assert slips_put_right(sentence) == sentence
