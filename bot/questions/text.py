"""Turning what a member typed into comparable text."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

# Discord markup that carries no meaning for a question: user, role and channel mentions,
# custom emoji and timestamps.
_DISCORD_TOKEN = re.compile(r"<(?:@[!&]?|#|a?:\w+:|t:)[^>]*>")
_URL = re.compile(r"https?://\S+")
_APOSTROPHE = re.compile("['\\u2019`]")
_NON_WORD = re.compile(r"[^\w]+")
# Keep decimal numbers such as "7.30" or "2.5" together before punctuation is dropped.
_DECIMAL = re.compile(r"(\d)[.,](\d)")
# Letters that Unicode does not split into a base letter and an accent, so NFKD leaves them:
# Polish "zawał" should read as "zawal", as "żylaki" reads as "zylaki".
_UNSPLIT_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def normalise(text: str) -> str:
    """Lowercase words separated by single spaces: no mentions, links, punctuation or accents.

    Apostrophes are dropped rather than split on, so "don't" and "dont" match.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _DISCORD_TOKEN.sub(" ", text)
    text = _URL.sub(" ", text)
    text = _APOSTROPHE.sub("", text.lower())
    text = _DECIMAL.sub(r"\1_\2", text)
    # Plain ASCII has no accents to strip: most messages skip a Python step per character.
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        ).translate(_UNSPLIT_LETTERS)
    return " ".join(_NON_WORD.sub(" ", text).replace("_", ".").split())


def words(text: str) -> list[str]:
    return normalise(text).split()


@lru_cache(maxsize=8192)
def closest_word(word: str, vocabulary: tuple[str, ...]) -> str:
    """The word of `vocabulary` a member probably meant: one typo in 5+ letters, two in 8+."""
    if len(word) < 5 or word.isdigit():
        return word
    allowed = 1 if len(word) < 8 else 2
    hit = process.extractOne(word, vocabulary, scorer=OSA.distance, score_cutoff=allowed)
    return hit[0] if hit else word
