"""Emoji that carry part of a warning sign, put into the words the rules read.

Members on a phone let an emoji say what they feel ("calf is 🔥 and 🎈, only the left one"), and
normalising a message drops every emoji. Each one here is read as its Unicode name or the plain
meaning of that name, so the rules judge the words around it as they would judge "fire" or
"balloon" typed out: "calves 🔥 after leg day" stays gym talk, as "calves on fire" does. Only
emoji whose name is a body part or a symptom are here; faces that show a mood (😵, 😰) are left
out, because they stand for shock or a joke far more often than for a sign. The laughing faces and
the skull are read as "lol", the joke they mark.
"""

from __future__ import annotations

import re

_SIGN_EMOJI: dict[str, str] = {
    "\U0001f635\u200d\U0001f4ab": "dizzy",  # face with spiral eyes
    "\U0001f525": "fire",
    "\U0001f388": "balloon",
    "\U0001f9b5": "leg",
    "\U0001f9b6": "foot",
    "\U0001fac0": "heart",  # anatomical heart, not the ❤ of affection
    "\U0001fac1": "lungs",
    "\U0001fa78": "blood",  # drop of blood
    "\U0001f912": "feverish",  # face with thermometer
    "\U0001f922": "nauseous",  # nauseated face
    "\U0001f92e": "vomiting",  # face vomiting
    "\U0001f976": "freezing",  # cold face
}

# Faces that laugh at what was just said: read as "lol", which the rules' figures of speech
# already take as a joke marker ("having a heart attack 😂" is "having a heart attack lol").
_JOKE_MARKERS = (
    "\U0001f602",  # face with tears of joy
    "\U0001f923",  # rolling on the floor laughing
    "\U0001f480",  # skull: "I'm dead", said of a joke
    "\U0001f606",  # grinning squinting face
)
EMOJI_WORDS: dict[str, str] = _SIGN_EMOJI | dict.fromkeys(_JOKE_MARKERS, "lol")

_EMOJI = re.compile("|".join(sorted(map(re.escape, EMOJI_WORDS), key=len, reverse=True)))


def emoji_in_words(text: str) -> str:
    """`text` with each emoji above replaced by its word, spaced so it stands alone."""
    return _EMOJI.sub(lambda match: f" {EMOJI_WORDS[match.group(0)]} ", text)
