"""Readings, ages and weeks said in words are read like the same figures typed.

Every phrasing here was written for these tests; none comes from the outside sets that measure
triage (../shared/datasets/triage-dev/).
"""

from __future__ import annotations

import pytest

from bot.questions import triage
from bot.questions.triage import Category, Level
from bot.questions.triage.vocabulary.spoken_numbers import numbers_in_figures


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("cuff read one forty five over ninety two", "cuff read 145 over 92"),
        ("it was one ten over seventy this morning", "it was 110 over 70 this morning"),
        ("a hundred and five over sixty-five", "105 over 65"),
        ("resting pulse was a hundred and ten", "resting pulse was 110"),
        ("my pulse on the bike was one fifty", "my pulse on the bike was 150"),
        ("hit two hundred on the watch", "hit 200 on the watch"),
        ("she is thirty-four weeks", "she is 34 weeks"),
        ("temp thirty eight point nine", "temp 38.9"),
        ("Sixty Eight and fit", "68 and fit"),
    ],
)
def test_numbers_said_in_words_are_written_as_figures(said: str, written: str) -> None:
    assert numbers_in_figures(said) == written


@pytest.mark.parametrize(
    "said",
    [
        # One to nineteen stay words: the rules read "one leg", "two days" and "ten minutes".
        "one leg, two days, ten minutes, nineteen reps",
        # A rough distance, not a number.
        "a couple of hundred metres, then a few hundred more",
        "sixty-odd and still running",
        "at one point it felt better",
    ],
)
def test_small_numbers_rough_hundreds_and_words_about_numbers_are_left(said: str) -> None:
    assert numbers_in_figures(said) == said


def test_the_short_way_of_saying_hundreds_needs_a_reading_beside_it() -> None:
    # "One fifty" with no pulse or pressure near is a time or a count, not 150.
    assert numbers_in_figures("finished the loop in one fifty") == "finished the loop in one 50"
    assert numbers_in_figures("my watch says one fifty") == "my watch says 150"
    assert numbers_in_figures("one fifty bpm sat still") == "150 bpm sat still"


@pytest.mark.parametrize(
    ("message", "category", "level"),
    [
        (
            "home monitor says one sixty five over a hundred and five, I'm thirty five weeks "
            "and my head is pounding",
            Category.PREECLAMPSIA,
            Level.EMERGENCY,
        ),
        (
            "the machine at the chemist read one forty eight over ninety four twice, I feel "
            "completely normal",
            Category.BLOOD_PRESSURE,
            Level.SEE_GP,
        ),
        (
            "thirty one weeks along and my hands and face have puffed up since this morning",
            Category.PREECLAMPSIA,
            Level.SAME_DAY,
        ),
        (
            "the finger clip said eighty eight percent this morning and I feel a bit off",
            Category.BREATHLESS,
            Level.EMERGENCY,
        ),
        (
            "my pulse on the sofa was one seventy for twenty minutes, I feel odd",
            Category.ARRHYTHMIA,
            Level.SAME_DAY,
        ),
    ],
)
def test_a_sign_told_in_spoken_numbers_is_caught(
    message: str, category: Category, level: Level
) -> None:
    found = triage.check(message)
    assert found is not None
    assert (found.level, found.category) == (level, category)


@pytest.mark.parametrize(
    "message",
    [
        "benched one forty over three sets today, calves next",
        "my nan is ninety two and still walks daily, what calf exercises suit her?",
        # The kicking foot and the years at the sport explain the bigger calf.
        "my right calf has always been bigger, right footed and I've played for twenty years",
    ],
)
def test_numbers_in_words_raise_no_false_alarm(message: str) -> None:
    assert triage.check(message) is None
