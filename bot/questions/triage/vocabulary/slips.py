"""Autocorrect's real-word slips, put back where the words around them leave no doubt.

A phone keyboard swaps a misspelt word for a real one: "vein" becomes "vain", "chest" becomes
"chess". The typo corrector (spelling.py) never touches a real English word, by design, so these
slips pass it and hide the sign. Each slip is put back only beside words that can't go with its
literal meaning: nobody has a pain "in my chess" or blood coming out of "the vain on my ankle".
Written for the project from common keyboard substitutions.
"""

from __future__ import annotations

from bot.questions.triage.rewrites import Rewrites

_OWNER = r"(?:my|his|her|their|your)"

_SLIPS = Rewrites(
    (
        # "An ache in my chess", "across her chess"; not "my chess club" or "in my chess games".
        (
            rf"\b((?:in|on|across|of|to|from|round) {_OWNER}) chess\b"
            r"(?! (?:club|set|board|games?|match\w*|pieces?|lessons?|team|rating|app))",
            r"\1 chest",
        ),
        # "The vain on my ankle", "varicose vains"; not "in vain" or "the vain hope".
        (
            rf"\b({_OWNER}|the|a|varicose|spider) vain(s?)\b"
            r"(?! (?:hope|attempt|effort|search|struggle|idea|person|man|woman|one))",
            r"\1 vein\2",
        ),
    ),
    # The words a slip can be.
    ["chess", "vain", "vains"],
)


def slips_put_right(sentence: str) -> str:
    """`sentence` (normalised) with autocorrect's unmistakable real-word slips undone."""
    return _SLIPS.applied(sentence)
