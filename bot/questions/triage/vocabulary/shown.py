"""Pain shown rather than said, put into the words the rules read.

Carers, support workers and relatives describe someone who can't say where it hurts (dementia,
a learning disability, aphasia after a stroke) by what they are doing: "clutching his chest",
"pointing at her throat and jaw", "grimaces when we touch his calves". Each reading here is
pain at that place, and only at the places a warning sign lives: the chest, throat and jaw for
the heart, a limb that hurts to touch for a clot or the muscles. Only as it happens ("is
clutching"), not a story's "clutched his chest and fell". Written for the project.
"""

from __future__ import annotations

import re

_WHOSE = r"(his|her|their|my|the)"
_HEART_SITES = r"(chest|throat|jaw|neck)"
_LIMBS = r"(calf|calves|leg|legs|thigh|thighs|arm|arms)"

# (pattern, replacement), read in order on a normalised sentence.
_SHOWN: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        # "Clutching his chest", "holding the side of his chest", "pressing his fist into his
        # chest", "pointing at her throat and jaw".
        (
            r"\b(?:clutching|grabbing|grasping|holding|rubbing|pressing(?: (?:his|her|their|my) "
            r"(?:fist|hand))? (?:in)?to|pointing (?:at|to)|tapping(?: at)?) (?:the (?:side|front|"
            r"middle|left side|centre|center) of )?" + _WHOSE + " " + _HEART_SITES,
            r"pain in \1 \2",
        ),
        # "Slumped with his hand on his chest": a hand held there, told as a posture, of
        # someone else and only beside a sign of distress in the same sentence (not "stood for
        # the anthem with his hand on his chest").
        (
            r"^(?=.*\b(?:clammy|sweat\w*|grey|gray|pale|ashen|slumped|gasping|struggling|going "
            r"through|spreading)\b)(.*?)\b(?:with|has|has got|got) (?:his|her|their) hands? (?:on|"
            r"over|pressed (?:to|against|on)|clamped (?:to|on)) (his|her|their) " + _HEART_SITES,
            r"\1pain in \2 \3",
        ),
        # Told in a hurry with no "his": "gone grey holding chest on the bike". Only beside a
        # sign of distress in the sentence, and not a chest press or a chest-day stretch.
        (
            r"^(?=.*\b(?:clammy|sweat\w*|grey|gray|pale|ashen|slumped|gasping|collapsed)\b)(.*?)"
            r"\b(?:clutching|grabbing|grasping|gripping|holding) (?:at )?chest\b(?! (?:press|fly|"
            r"flyes|day|stretch|strap|workout|machine))",
            r"\1pain in the chest",
        ),
        # "Grimaces when we touch his calves", "cries out if you move her leg".
        (
            r"\b(?:grimac\w*|winc\w*|flinch\w*|cr(?:y|ies|ied|ying)(?: out)?|scream\w*|moan\w*|"
            r"yelp\w*) (?:when|if|as) (?:we|i|you|they|staff|someone|anyone) (?:touch\w*|press\w*|"
            r"mov\w*|squeez\w*) " + _WHOSE + " " + _LIMBS,
            r"pain in \1 \2 when touched",
        ),
    )
)

# The words each reading starts from: most sentences hold none of them.
_FIRST_WORDS = re.compile(
    r"\b(?:clutching|grabbing|grasping|gripping|holding|rubbing|pressing|pointing|tapping|grimac|winc|"
    r"flinch|cr[iy]|scream|moan|yelp|hands?)"
)


def shown_in_words(sentence: str) -> str:
    """`sentence` (normalised) with pain shown by a gesture put into words."""
    if not _FIRST_WORDS.search(sentence):
        return sentence
    for pattern, replacement in _SHOWN:
        sentence = pattern.sub(replacement, sentence)
    return sentence
