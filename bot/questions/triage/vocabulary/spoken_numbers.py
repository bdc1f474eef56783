"""Numbers said in words, written back as figures, so the rules that read readings find them.

Members who dictate, or who write as they speak, give a blood pressure as "one fifty over a
hundred", a pulse as "a hundred and eighty", an age as "sixty eight" and a pregnancy as "thirty
six weeks". The rules read readings, ages and weeks in figures, so a sign told this way was missed.

Only numbers of twenty and over are rewritten, and the hundreds a reading is said in. One to
nineteen stay words: the rules read "one leg", "two days" and "ten minutes" as words, and "one"
is as often a pronoun as a number. "One fifty" is 150 only where a reading is told: before "over",
"bpm" or "beats", or after a pulse or pressure word; elsewhere it may be a time or a count.
"A few hundred yards" stays as it is: it is a rough distance, not a number.

text2num's `alpha2digit` was tried first: it writes ten to nineteen in figures even alone, which
the rules read as words, and "one fifty" as "1 50"; the need here is narrow enough to say outright.
"""

from __future__ import annotations

import re
from typing import Final

_UNITS: Final = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS: Final = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: Final = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_DIGITS: Final = {**_UNITS, "zero": 0, "oh": 0, "o": 0}


def _any(words: dict[str, int]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_UNIT = rf"(?:{_any(_UNITS)})"
# "sixty eight", "sixty-eight", "sixty".
_TENS_PART = rf"(?:{_any(_TENS)})(?:[- ]{_UNIT})?"
# What follows "hundred": "and eighty", "and five", "twelve".
_BELOW_HUNDRED = rf"(?:{_TENS_PART}|{_any(_TEENS)}|{_UNIT})"
_SEP = r"[- ]"

# "a hundred and eighty", "one hundred", "two hundred and ten". Not a rough "few hundred".
_HUNDREDS: Final = re.compile(
    rf"\b(?<!few )(?<!couple )(?<!couple of )(?<!several )(?<!many )"
    rf"(?:(a|{_UNIT}){_SEP})?hundred(?:{_SEP}(?:and{_SEP})?({_BELOW_HUNDRED}))?\b",
    re.IGNORECASE,
)
# "one fifty", "one sixty-two", "one ten": a reading's hundreds said the short way.
_SHORT_HUNDREDS: Final = re.compile(
    rf"\b(one|two){_SEP}({_TENS_PART}|{_any(_TEENS)})\b"
    r"(?=(?: ?/| over| bpm| b p m| beats| systolic)\b|(?P<after_reading_word>))",
    re.IGNORECASE,
)
# The pulse or pressure words after which "one fifty" is a reading: "my pulse hit one fifty".
_READING_WORD: Final = re.compile(
    r"\b(?:pulse|heart ?rate|hr|bpm|heart|bp|pressure|reading|systolic|watch|monitor|machine|cuff)"
    r"\b(?:\W+\w+){0,4}\W+$",
    re.IGNORECASE,
)
_TENS_NUMBER: Final = re.compile(rf"\b(?<![-/])({_TENS_PART})\b(?![-/]\w)", re.IGNORECASE)
# Substrings, not a pattern: a pattern's alternation costs tens of microseconds a message.
_NUMBER_WORDS: Final = (*_TENS, "hundred")
# "thirty nine point five": a temperature's tenths.
_POINT: Final = re.compile(rf"\b(\d+) point ({_any(_DIGITS)})\b", re.IGNORECASE)


def _below_hundred(said: str) -> int:
    parts = re.split(_SEP, said.lower())
    if parts[0] in _TEENS:
        return _TEENS[parts[0]]
    if parts[0] in _UNITS:
        return _UNITS[parts[0]]
    return _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) > 1 else 0)


def _hundreds(match: re.Match[str]) -> str:
    count, rest = match.group(1), match.group(2)
    hundreds = 1 if count is None or count.lower() == "a" else _UNITS[count.lower()]
    return str(hundreds * 100 + (_below_hundred(rest) if rest else 0))


def _short_hundreds(text: str) -> str:
    def figure(match: re.Match[str]) -> str:
        # The few words before it are enough, and spare a search of a long letter's start.
        before = text[max(0, match.start() - 60) : match.start()]
        if match.group("after_reading_word") is not None and not _READING_WORD.search(before):
            return match.group(0)
        return str(_UNITS[match.group(1).lower()] * 100 + _below_hundred(match.group(2)))

    return _SHORT_HUNDREDS.sub(figure, text)


def numbers_in_figures(text: str) -> str:
    """`text` (raw) with numbers of twenty and over, said in words, written as figures."""
    # Most messages say no such number: one quick look saves the four passes below. A reading
    # said only in teens ("one ten bpm") is missed by it; a pressure's other half ("over
    # seventy") or a pulse's tens nearly always name one.
    lowered = text.lower()
    if not any(word in lowered for word in _NUMBER_WORDS):
        return text
    text = _short_hundreds(text)
    text = _HUNDREDS.sub(_hundreds, text)
    text = _TENS_NUMBER.sub(lambda match: str(_below_hundred(match.group(1))), text)
    return _POINT.sub(lambda match: f"{match.group(1)}.{_DIGITS[match.group(2).lower()]}", text)
