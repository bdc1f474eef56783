"""A clinician's shorthand, put into the plain words the rules read.

Nurses, paramedics, physiotherapists and students in a fitness community describe their own
symptoms the way they chart a patient's: "central CP radiating to the L jaw", "orthopnoea",
"pleuritic twinge". Each abbreviation here means one thing in a health message and is not an
English word, or is read only where its neighbours make it shorthand ("L arm", not "L" alone;
"CP came on", not "my son has CP", which is cerebral palsy). Written for the project from
general clinical usage.
"""

from __future__ import annotations

from bot.questions.triage.rewrites import Rewrites

_BODY_SIDE = (
    r"side|arm|arms|leg|legs|calf|jaw|hand|foot|shoulder|chest|face|eye|ankle|thigh|knee|ear"
)

_SHORTHAND = Rewrites(
    (
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
        # New parents' "10 days pp": postpartum, only after a span ("pp" alone is too many things).
        (
            r"(?:(?<=days )|(?<=weeks )|(?<=wks )|(?<=months )|(?<=day )|(?<=week ))pp\b",
            "postpartum",
        ),
    ),
    # The words each substitution starts from.
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
        "pp",
    ],
)


def shorthand_in_words(sentence: str) -> str:
    """`sentence` (normalised) with a clinician's shorthand put into plain words."""
    return _SHORTHAND.applied(sentence)
