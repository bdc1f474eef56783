"""Entries written for some people only, and the questions that don't name them.

"Exercise with heart failure" answers people who have heart failure, but its phrasings share most
of their words with anyone's questions ("is walking safe", "how hard should I push"), so the
model ranks it close to questions that never mention the condition: a member whose heart skips
during a run was offered it first. An entry like that lists its `audience` in the knowledge base
(the condition, the medicine or the stage of life, in members' words), and a question that names
none of it ranks the entry a little lower. The step is small: it lets a general entry that scored
about as well come first, and leaves the entry first when the question is plainly about it.

On the real-questions set this raised top-1 from 68 to 70 of 82 and cut answers with an entry
that doesn't answer the question from 6 to 5 of 134; the development and test sets held their
top-1 (test 2 gained one). Steps of 0.03, 0.05, 0.08 and 0.12 were tried on all five sets: 0.05
was the largest that cost the development set nothing. The lexical engine takes the same step
from its overlap score: development top-1 76.8% to 77.1%, test 1 answered wrong 2.3% to 1.1%,
test 3 out-of-scope questions declined 72.4% to 75.9%, nothing lower.

The mirror step: an entry written for people the question does name stands higher in the
ordering by as much, while its score (which decides whether to answer, search.decide) stays the
similarity. So "walking with heart failure" puts the heart-failure entry above a general walking
entry that scored a little more, as a suggestion, and never answers outright on the step alone.
Measured on all five sets before it went in: development top-1 96.8% to 97.1%, test 1 95.5% to
96.6%, development letters 294 to 295 of 309, tests 2 and 3 and the real-questions set
unchanged, answers right and wrong unchanged everywhere. Steps from 0.02 to 0.12 were tried:
from 0.07 up the development letters lost one or two, from 0.10 the development set too. The
lexical engine, by the same step: development top-1 76.7% to 77.7%, letters 250 to 256, the
real-questions set 50 to 51 of 83, nothing lower.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from bot.questions.text import closest_word, normalise

if TYPE_CHECKING:
    from bot.questions.kb.entries import Entry

# How much lower an entry ranks when the question doesn't name its audience (semantic scale).
AUDIENCE_PENALTY: Final = 0.05
# How much higher it stands in the ordering when the question does; its score, which decides
# whether to answer, stays as it was.
AUDIENCE_STEP_UP: Final = AUDIENCE_PENALTY

# "60-99": any whole number from 60 to 99 in the question, for an age ("I've just turned 72").
_NUMBER_RANGE = re.compile(r"^\s*(\d{1,3})\s*-\s*(\d{1,3})\s*$")
_NUMBER = re.compile(r"\b\d{1,3}\b")


def audience_phrase(phrase: str) -> bool:
    """Whether `phrase` gives something to look for: words, or a range of numbers."""
    return bool(_NUMBER_RANGE.match(phrase) or normalise(phrase))


class Audiences:
    """For a question, the entries (by position in `entries`) whose audience it never names."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self._patterns: list[tuple[int, re.Pattern[str] | None, list[range]]] = []
        vocabulary: set[str] = set()
        for index, entry in enumerate(entries):
            if not entry.audience:
                continue
            phrases, ranges = [], []
            for phrase in entry.audience:
                numbers = _NUMBER_RANGE.match(phrase)
                if numbers:
                    ranges.append(range(int(numbers[1]), int(numbers[2]) + 1))
                else:
                    words = normalise(phrase)
                    vocabulary.update(words.split())
                    phrases.append(re.escape(words))
            # A plural counts: "stents" names "stent".
            pattern = re.compile(rf"\b(?:{'|'.join(phrases)})(?:s|es)?\b") if phrases else None
            self._patterns.append((index, pattern, ranges))
        self._vocabulary = tuple(sorted(vocabulary))

    def split(self, question: str) -> tuple[list[int], list[int]]:
        """The entries written for people the question names, and those for people it doesn't.

        Entries without an audience are in neither list.
        """
        if not self._patterns:
            return [], []
        # A slip of one letter still names it: "after her heart atack".
        text = " ".join(closest_word(w, self._vocabulary) for w in normalise(question).split())
        numbers = [int(n) for n in _NUMBER.findall(text)]
        named: list[int] = []
        left_out: list[int] = []
        for index, pattern, ranges in self._patterns:
            names = (pattern is not None and pattern.search(text)) or any(
                n in r for r in ranges for n in numbers
            )
            (named if names else left_out).append(index)
        return named, left_out

    def left_out(self, question: str) -> list[int]:
        """The entries written for people the question doesn't name."""
        return self.split(question)[1]
