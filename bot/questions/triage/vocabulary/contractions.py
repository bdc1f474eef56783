"""A body part's "'s" read as the verb it stands for, not a plural: "jaw's aching" is "jaw aching".

Normalising drops apostrophes, so "chest's tight" became "chests tight", a plural that no rule's
"chest" matches: a heart attack told that way read as nothing. After a part of the body, a sign's
word or a reading, "'s" is nearly always "is" or "has" ("calf's swollen", "vision's gone"). It is
dropped rather than written out, so the words between a sign's parts stay as many as the rules'
windows expect ("vision's gone a bit blurry" reads "vision gone a bit blurry"); the rare
possessive ("my calf's skin") reads "my calf skin", which no rule minds. A denial ("chest's fine")
is left alone, as it was read before.
"""

from __future__ import annotations

import re
from typing import Final

_PARTS: Final = (
    "jaw|chest|neck|throat|head|arm|shoulder|back|stomach|tummy|belly|hand|finger|thumb|"
    "leg|calf|thigh|shin|knee|ankle|foot|toe|heel|face|lip|tongue|eye|vision|sight|speech|voice|"
    "breathing|breath|pulse|pee|wee|poo|poop|stool|urine|skin|vein|wound|cut|bump|swelling|pain|ache|"
    "headache|temperature|temp|bp|sugar|oxygen|rate|hr|heart|heartbeat|mouth|nose|ear|hip|wrist|"
    "elbow|smile|blood|hearing"
)
# Not a denial: "breathing's fine" is left as it was, so no rule reads "breathing" there.
_FINE: Final = (
    r"(?!\s+(?:(?:totally|completely|absolutely|perfectly|all|feeling|feels|looking)\s+)?"
    r"(?:fine|ok|okay|alright|normal|good|grand|great|clear|perfect)\b)"
)
_CONTRACTED: Final = re.compile(rf"\b({_PARTS})['\u2019`]s\b{_FINE}", re.IGNORECASE)


def contractions_opened(text: str) -> str:
    """`text` (raw) with each body part's "'s" dropped."""
    if not any(mark in text for mark in "'\u2019`"):
        return text
    return _CONTRACTED.sub(r"\1", text)
