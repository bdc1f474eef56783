"""A clinician's shorthand, put into the plain words the rules read.

Nurses, paramedics, physiotherapists and students in a fitness community describe their own
symptoms the way they chart a patient's: "central CP radiating to the L jaw", "orthopnoea",
"pleuritic twinge". Each abbreviation here means one thing in a health message and is not an
English word, or is read only where its neighbours make it shorthand ("L arm", not "L" alone;
"CP came on", not "my son has CP", which is cerebral palsy). Written for the project from
general clinical usage.
"""

from __future__ import annotations

import re

_BODY_SIDE = (
    r"side|arm|arms|leg|legs|calf|jaw|hand|foot|shoulder|chest|face|eye|ankle|thigh|knee|ear"
)

# (pattern, replacement), read in order on a normalised sentence.
_SHORTHAND: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # Chest pain; cerebral palsy is "has CP", "with CP", "his CP".
        (
            r"(?<!\bhas )(?<!\bhave )(?<!\bwith )(?<!\bhad )(?<!\bhis )(?<!\bher )(?<!\bmy )"
            r"(?<!\btheir )\bcp\b",
            "chest pain",
        ),
        (r"\b(?:retro|sub) ?sternal\b", "chest"),
        (r"\bpleuritic\b", "sharp on breathing in"),
        (r"\borthopn(?:o)?ea\b", "breathless lying flat"),
        (r"\bpnd\b", "waking up breathless at night"),
        (r"\bdiaphore(?:tic|sis)\b", "sweating"),
        (r"\bn (?:and )?v\b", "nausea and vomiting"),
        (r"\btachy(?:cardic|cardia)?\b", "fast heart rate"),
        (r"\bfhx\b", "family history"),
        (r"\bsx\b", "symptoms"),
        (r"\bl (?=(?:" + _BODY_SIDE + r")\b)", "left "),
        (r"\br (?=(?:" + _BODY_SIDE + r")\b)", "right "),
        (
            r"\bword ?finding (?:difficulty|difficulties|problems?|trouble)\b",
            "trouble finding words",
        ),
        (r"\b(?:n ?)?stemi\b", "heart attack"),
    )
)


# The words each substitution starts from: most sentences hold none, and a set lookup is far
# cheaper than fifteen regular-expression passes over every sentence.
_FIRST_WORDS = frozenset(
    [
        "cp",
        "retrosternal",
        "substernal",
        "retro",
        "sub",
        "pleuritic",
        "orthopnoea",
        "orthopnea",
        "pnd",
        "diaphoretic",
        "diaphoresis",
        "n",
        "tachy",
        "tachycardic",
        "tachycardia",
        "fhx",
        "sx",
        "l",
        "r",
        "word",
        "wordfinding",
        "stemi",
        "nstemi",
    ]
)


def shorthand_in_words(sentence: str) -> str:
    """`sentence` (normalised) with a clinician's shorthand put into plain words."""
    if _FIRST_WORDS.isdisjoint(sentence.split()):
        return sentence
    for pattern, replacement in _SHORTHAND:
        sentence = pattern.sub(replacement, sentence)
    return sentence
