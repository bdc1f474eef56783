"""Finding the question inside a long message (letters.py, search.rank_parts)."""

from __future__ import annotations

from bot.questions.letters import MOST_PARTS, question_parts
from bot.questions.search import Match, rank_parts


def test_a_short_message_is_one_part() -> None:
    assert question_parts("do calf raises help circulation?") == [
        "do calf raises help circulation?"
    ]


def test_a_letter_is_also_read_as_its_asking_sentences_without_the_greeting() -> None:
    letter = (
        "Hi there, I have worked in a bakery for twenty years and stand all day. My feet ache by "
        "the evening and my ankles look puffy. Could standing be the reason my legs swell? "
        "Thanks for reading."
    )
    parts = question_parts(letter)
    assert parts[0] == letter
    assert "Could standing be the reason my legs swell?" in parts
    assert (
        "My feet ache by the evening and my ankles look puffy. Could standing be the reason my "
        "legs swell?" in parts
    )
    assert not any(part.startswith("Hi there") for part in parts[1:])
    assert "Thanks for reading." not in parts


def test_a_vague_closing_question_is_only_read_with_the_sentence_before_it() -> None:
    letter = (
        "I am 71 and my balance has got worse since a fall in the garden last winter, so I "
        "worry about going out alone. What do you suggest?"
    )
    parts = question_parts(letter)
    assert "What do you suggest?" not in parts
    assert any(part.endswith("What do you suggest?") and len(part) > 40 for part in parts)


def test_a_long_message_costs_a_bounded_number_of_parts() -> None:
    letter = " ".join(f"Is question number {n} about calf raises worth asking?" for n in range(20))
    assert len(question_parts(letter)) <= 1 + MOST_PARTS


class PartRanker:
    """Scores each part as written down for it."""

    name = "scripted"

    def __init__(self, scores: dict[str, list[Match]], outside: dict[str, float]) -> None:
        self._scores, self._outside = scores, outside

    def rank(self, query: str, limit: int = 5) -> list[Match]:
        return self._scores.get(query, [])[:limit]

    def outside(self, query: str) -> float | None:
        return self._outside.get(query)


def test_each_entry_keeps_its_best_score_over_the_parts_and_scope_is_read_on_the_best_part() -> (
    None
):
    ranker = PartRanker(
        {
            "letter": [Match("story", 0.62), Match("swelling", 0.55)],
            "question": [Match("swelling", 0.81), Match("story", 0.40)],
        },
        {"letter": 0.70, "question": 0.30},
    )
    matches, outside = rank_parts(ranker, ["letter", "question"])
    assert matches == [Match("swelling", 0.81), Match("story", 0.62)]
    assert outside == 0.30
