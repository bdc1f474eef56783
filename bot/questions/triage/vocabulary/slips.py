"""Autocorrect's real-word slips, put back where the words around them leave no doubt.

A phone keyboard swaps a misspelt word for a real one: "vein" becomes "vain", "chest" becomes
"chess". The typo corrector (spelling.py) never touches a real English word, by design, so these
slips pass it and hide the sign. Each slip is put back only beside words that can't go with its
literal meaning: nobody has a pain "in my chess" or blood coming out of "the vain on my ankle".
Members who spell by ear make the same kind of slip by hand: "my cafe is swollen", "the vane
burst", "can't put any wait on it", "feel sik". Written for the project from common keyboard
substitutions and sound-alike spellings.
"""

from __future__ import annotations

from bot.questions.triage.rewrites import Rewrites

_OWNER = r"(?:my|his|her|their|your)"
# A body part's owner or side: "my cafe", "left cafe", "both cafes".
_WHOSE = rf"(?:{_OWNER}|left|right|both|one|other|each)"

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
        # "The vane burst", "varicose vanes"; a weather vane has no owner and doesn't bleed.
        (rf"\b({_OWNER}|the|a|varicose|varicos|spider) vane(s?)\b", r"\1 vein\2"),
        # "Vane by my ankle bled", "vane burst": what it did says what it is.
        (
            r"\bvane(s?)(?= (?:by|on|near|behind|at|in) (?:my|the|his|her)|(?: \w+)? (?:bled|burst|"
            r"bleed\w*|popped|pop))",
            r"vein\1",
        ),
        # "My left cafe is swollen", "both cafes ache"; not "the cafe", "my cafe opens at 8".
        (
            rf"\b({_WHOSE}) (?:cafe|caff)\b"
            r"(?! (?:opens?|closed?|shifts?|jobs?|menu|owner|staff|down the|round the|near))",
            r"\1 calf",
        ),
        (rf"\b({_WHOSE}) (?:cafes|caffs)\b", r"\1 calves"),
        # "Cafe swolen and hot": a cafe is never swollen, sore or cramping (it can be hot).
        (
            r"\b(?:cafe|caff)(?= (?:is |feels |gone |went |all |so |really |very )?"
            r"(?:swol\w*|swel\w*|sore|ach\w*|ak\w*|hurt\w*|pain\w*|cramp\w*|numb\w*|bruis\w*))",
            "calf",
        ),
        # "My nee swelled up"; "nee" alone is a maiden name.
        (rf"\b({_WHOSE}) nee(s?)\b", r"\1 knee\2"),
        # "Can't put any wait on it", "no wait on that foot".
        (r"\b(put|take|bear|any|no|my|full) wait (on|through)\b", r"\1 weight \2"),
        # "Lite headed", "tite chest": as heard.
        (r"\blite[ -]?(?:hed+ed|headed|hedded)\b", "light headed"),
        (r"\btite(r|ness)?\b", r"tight\1"),
        # "Feel sik", "been sik twice".
        (
            r"\b(feel|feels|feeling|felt|being|been|was|be|am|im|is|getting|got|went) sik\b",
            r"\1 sick",
        ),
        # "Coughing up blud", "pissing blud"; "blud" alone is also a friend's greeting.
        (
            r"\b(up|of|in|the|some|with|any|much|losing|lost|pissing|pouring|spurting|coughing|"
            r"coughed|coughin|bleeding|peeing|weeing|spitting|spat) blud\b",
            r"\1 blood",
        ),
        # "Calf akes", "an ake in my chest", "achey" spelt as heard.
        (r"\bak(e|es|ed|ing|ey|y)\b", r"ach\1"),
        (r"\b(?:hed|head)[ -]?(?:ake|aik|ache)(s?)\b", r"headache\1"),
    ),
    # The words a slip can be.
    [
        "chess",
        "vain",
        "vains",
        "vane",
        "vanes",
        "cafe",
        "caff",
        "cafes",
        "caffs",
        "nee",
        "nees",
        "wait",
        "lite",
        "tite",
        "titer",
        "titeness",
        "sik",
        "blud",
        "ake",
        "akes",
        "aked",
        "aking",
        "akey",
        "aky",
        "hedake",
        "hedakes",
        "headake",
        "headakes",
        "hed",
    ],
)


def slips_put_right(sentence: str) -> str:
    """`sentence` (normalised) with autocorrect's unmistakable real-word slips undone."""
    return _SLIPS.applied(sentence)
