"""Warning signs, checked before any knowledge-base lookup.

A similarity score cannot be trusted to notice "my chest feels tight", so this is a rule list:
each warning sign is a combination of concepts (chest + pain words; one swollen calf; fainting
during exercise), matched on normalised text after correcting typos towards the few words the
rules use. Negated mentions ("no chest pain") do not count.

The trade-off is deliberate: missing a warning sign is far worse than a false alarm, so the rules
are broad, and the only way out is narrow and judged per mention, never per message: a mention
right after "no"/"not" ("no chest pain") or after "risk of"/"prevent"/"lower" ("lower the risk of
chest pain") does not count. "Chest pain during workouts, how do I prevent it?" still does,
because its mention of chest pain is neither.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache

from rapidfuzz.distance import OSA

from bot.questions.kb import Source
from bot.questions.text import normalise


class Severity(IntEnum):
    SAME_DAY = 1
    EMERGENCY = 2


@dataclass(frozen=True)
class WarningSign:
    key: str
    severity: Severity
    # One sentence for the member: what this can mean.
    reason: str
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class TriageResult:
    signs: tuple[WarningSign, ...]

    @property
    def severity(self) -> Severity:
        return max(sign.severity for sign in self.signs)

    @property
    def sources(self) -> tuple[Source, ...]:
        seen: dict[str, Source] = {}
        for sign in self.signs:
            for source in sign.sources:
                seen.setdefault(source.link, source)
        return tuple(seen.values())


def _web(title: str, publisher: str, url: str) -> Source:
    return Source(
        title=title,
        authors=publisher,
        year=2026,
        evidence="health service guidance (web page, read 2026)",
        url=url,
    )


AHA_HEART_ATTACK = _web(
    "Warning Signs of a Heart Attack",
    "American Heart Association",
    "https://www.heart.org/en/health-topics/heart-attack/warning-signs-of-a-heart-attack",
)
NHS_DVT = _web(
    "Deep vein thrombosis (DVT)", "NHS", "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/"
)
NHS_FAINTING = _web("Fainting", "NHS", "https://www.nhs.uk/conditions/fainting/")
NHS_BREATH = _web(
    "Shortness of breath", "NHS", "https://www.nhs.uk/conditions/shortness-of-breath/"
)
NHS_COUGH_BLOOD = _web(
    "Coughing up blood", "NHS", "https://www.nhs.uk/conditions/coughing-up-blood/"
)
NHS_PALPITATIONS = _web(
    "Heart palpitations", "NHS", "https://www.nhs.uk/conditions/heart-palpitations/"
)
NHS_STROKE = _web("Stroke: symptoms", "NHS", "https://www.nhs.uk/conditions/stroke/symptoms/")

CHEST_PAIN = WarningSign(
    "chest-pain",
    Severity.EMERGENCY,
    "Chest pain, pressure or tightness, or pain spreading to the arm, jaw or neck, can be a "
    "heart attack.",
    (AHA_HEART_ATTACK,),
)
FAINTING_EXERCISE = WarningSign(
    "fainting-exercise",
    Severity.EMERGENCY,
    "Fainting or nearly fainting during or just after exercise can be a sign of a heart problem.",
    (NHS_FAINTING,),
)
FAINTING = WarningSign(
    "fainting",
    Severity.SAME_DAY,
    "Fainting needs a medical check, especially if it is new or happened more than once.",
    (NHS_FAINTING,),
)
BREATHLESS = WarningSign(
    "breathless",
    Severity.EMERGENCY,
    "Sudden or severe shortness of breath can be a sign of a heart or lung emergency, "
    "such as a blood clot in the lung.",
    (NHS_BREATH,),
)
DVT = WarningSign(
    "dvt",
    Severity.SAME_DAY,
    "One swollen, red, warm or painful calf, especially after a flight or surgery, can be a "
    "blood clot (DVT). Don't massage it or exercise it to get the blood moving.",
    (NHS_DVT,),
)
CLOT_AND_BREATH = WarningSign(
    "pulmonary-embolism",
    Severity.EMERGENCY,
    "Leg symptoms together with breathlessness or chest pain can mean a clot has reached the "
    "lungs (pulmonary embolism).",
    (NHS_DVT,),
)
COUGHING_BLOOD = WarningSign(
    "coughing-blood",
    Severity.EMERGENCY,
    "Coughing up blood needs urgent assessment, and can be a sign of a clot in the lungs.",
    (NHS_COUGH_BLOOD,),
)
RHYTHM_DIZZY = WarningSign(
    "rhythm-dizzy",
    Severity.EMERGENCY,
    "A racing or irregular heartbeat with dizziness, fainting, chest pain or breathlessness "
    "can be a dangerous heart rhythm.",
    (NHS_PALPITATIONS,),
)
RHYTHM = WarningSign(
    "rhythm",
    Severity.SAME_DAY,
    "An irregular or fluttering heartbeat, or one that won't settle at rest, should be checked.",
    (NHS_PALPITATIONS,),
)
STROKE = WarningSign(
    "stroke",
    Severity.EMERGENCY,
    "A drooping face, a weak arm or slurred speech can be a stroke: every minute counts.",
    (NHS_STROKE,),
)


def _words(*alternatives: str) -> str:
    return r"\b(?:" + "|".join(alternatives) + r")\b"


CHEST = _words("chest", "sternum", "breastbone", "heart")
PAIN = _words(
    r"pains?",
    "painful",
    r"hurt\w*",
    r"aches?",
    "aching",
    "achy",
    "pressure",
    r"tight\w*",
    r"squeez\w*",
    r"crush\w*",
    "heavy",
    "heaviness",
    "burning",
    "discomfort",
    "sore",
    "stabbing",
    "sharp",
    "weird",
)
RADIATING_PAIN = _words(
    r"(?:pain|ache|aching|hurts?|hurting)(?: \w+){0,3} "
    r"(?:jaw|left arm|neck|between (?:my )?shoulder blades)",
    r"(?:jaw|left arm)(?: \w+){0,2} (?:pain|ache|aching|hurts?|hurting)",
)
HEART_ATTACK = _words("heart attack", "cardiac arrest", "myocardial infarction")
FAINTED = _words(
    "fainted",
    "fainting",
    "faints",
    r"pass(?:ed|ing)? out",
    r"black(?:ed|ing)? out",
    "blackout",
    r"collaps\w*",
    "lost consciousness",
    "unconscious",
    "keeled over",
)
NEAR_FAINT = _words(
    r"(?:feel|feels|felt|feeling|nearly|almost|about to|going to|gonna) (?:like i might )?faint",
    "dizzy",
    "dizziness",
    r"light ?headed\w*",
    "woozy",
    "room spinning",
    r"(?:nearly|almost) (?:passed|blacked) out",
    "vision went grey",
    "vision went black",
)
EXERCISE = _words(
    r"exercis\w*",
    "workout",
    r"work(?:ing|ed)? out",
    r"train\w*",
    r"run\w*",
    "ran",
    r"jog\w*",
    "gym",
    r"lift\w*",
    r"squat\w*",
    r"lunge\w*",
    r"raises?",
    r"walk\w*",
    r"cycl\w*",
    r"bik\w*",
    r"sprint\w*",
    "stairs",
    "leg day",
    "sets?",
    "during",
    "after",
    "while",
    "mid",
)
SEVERE_BREATH = _words(
    r"(?:cant|cannot|can not|couldnt|could not) "
    r"(?:breathe|breath|catch (?:my )?breath|get (?:my )?breath)",
    r"(?:struggling|hard|difficult|unable) to (?:breathe|breath)",
    r"(?:difficulty|trouble) breathing",
    "gasping",
    "choking",
)
BREATH = _words(r"short(?:ness)? of breath", r"breathless\w*", "out of breath", "winded")
SUDDEN = _words(
    r"sudden\w*",
    "out of nowhere",
    "at rest",
    "resting",
    "lying down",
    "lie down",
    r"(?:wont|doesnt|does not|isnt|not) (?:go away|going away|settle|settling|stop|stopping)",
    "getting worse",
)
LEG = _words("calf", "calves", "calfs", "leg", "legs", "shin", "ankle", "thigh")
SWOLLEN = _words(r"swollen", r"swell\w*", "puffy", "bigger than the other", "enlarged")
INFLAMED = _words(
    "red",
    "redness",
    "warm",
    "hot",
    "throbbing",
    "tender",
    "darkened",
    r"discolou?red",
    "hard veins?",
)
ONE_SIDE = _words("one", "left", "right", "single", "one side", "only one")
RISK = _words(
    "flight",
    "flew",
    r"fly\w*",
    "plane",
    "long drive",
    "long haul",
    r"surger\w*",
    "operation",
    "cast",
    "bed ?rest",
    "hospital",
    r"pregnan\w*",
)
CLOT = _words("blood clot", "clot", "dvt", "deep vein thrombosis", "thrombosis", "embolism")
COUGH_BLOOD = _words(
    r"(?:cough\w*|spit\w*|bring\w* up|hack\w*)(?: \w+){0,3} blood",
    r"blood(?: \w+){0,3} (?:cough\w*|spit\w*)",
    "haemoptysis",
    "hemoptysis",
)
HEARTBEAT = _words("heart", "heartbeat", "heart beat", "pulse", "heart rate", "hr", "bpm")
IRREGULAR = _words(
    "irregular",
    r"flutter\w*",
    r"skip\w*",
    "missing beats",
    r"palpitations?",
    r"erratic",
    "out of rhythm",
    "all over the place",
    "thumping",
)
RACING = _words("racing", "pounding", r"beating (?:really |so |very )?fast", "very fast")
STROKE_SIGNS = _words(
    r"(?:face|mouth|smile) (?:is |was |has |started )?(?:droop\w*|dropped|lopsided)",
    r"droop\w* (?:face|mouth|smile)",
    r"one side of (?:my |his |her |their |the )?(?:face|body|mouth)",
    r"slurr\w*",
    r"(?:cant|cannot|couldnt|trouble|struggling to) (?:speak|talk|get words out|find words)",
    r"(?:arm|hand|leg) (?:is |went |feels )?(?:suddenly )?(?:weak|numb|dead)",
    r"(?:weak|numb|dead) (?:arm|hand)",
    r"numb\w* (?:on|down) one side",
    r"sudden(?:ly)? confus\w*",
    "stroke",
)
NOT_A_STROKE = _words(r"(?:breast|back|heat|swim\w*|sun|brush|master|pen|key) ?strokes?")
NEGATION = re.compile(r"\b(?:no|not|dont|didnt|doesnt|without|never|isnt|wasnt|arent|nothing)\b")

# A mention right after one of these is about risk in general, not a symptom now:
# "lower the risk of chest pain", "prevent a heart attack".
HYPOTHETICAL = re.compile(
    r"\b(?:risks?|chances?|odds|prevent\w*|reduc\w*|lower\w*|avoid\w*|protect\w*)\b"
)
# Who the message is about; a clot is only a warning sign when it is someone's.
PERSON = _words(
    "i",
    "im",
    "ive",
    "id",
    "me",
    "my",
    "myself",
    "we",
    "our",
    "he",
    "hes",
    "she",
    "shes",
    "his",
    "her",
    "him",
    "they",
    "their",
    "someone",
    "somebody",
    "friend",
    "dad",
    "mum",
    "mom",
    "wife",
    "husband",
    "partner",
    "son",
    "daughter",
    "brother",
    "sister",
)

# Words the rules look for, which misspellings are corrected towards.
_VOCABULARY = frozenset(
    [
        "chest",
        "pain",
        "pains",
        "painful",
        "hurting",
        "aching",
        "pressure",
        "tightness",
        "tight",
        "squeezing",
        "crushing",
        "heavy",
        "heaviness",
        "burning",
        "discomfort",
        "stabbing",
        "heart",
        "attack",
        "sternum",
        "breastbone",
        "faint",
        "fainted",
        "fainting",
        "passed",
        "collapsed",
        "collapse",
        "unconscious",
        "consciousness",
        "dizzy",
        "dizziness",
        "lightheaded",
        "breathe",
        "breath",
        "breathing",
        "breathless",
        "shortness",
        "struggling",
        "difficulty",
        "gasping",
        "calf",
        "calves",
        "swollen",
        "swelling",
        "swelled",
        "throbbing",
        "tender",
        "redness",
        "flight",
        "surgery",
        "operation",
        "clot",
        "thrombosis",
        "embolism",
        "cough",
        "coughing",
        "coughed",
        "blood",
        "irregular",
        "fluttering",
        "palpitations",
        "racing",
        "pounding",
        "skipping",
        "heartbeat",
        "stroke",
        "drooping",
        "slurred",
        "slurring",
        "speech",
        "numbness",
        "numb",
        "confused",
        "confusion",
        "sudden",
        "suddenly",
        "exercise",
        "exercising",
        "workout",
        "running",
        "training",
    ]
)
# Real words that sit one letter away from a rule word; never "correct" them.
_KNOWN_WORDS = frozenset(
    [
        "paint",
        "painting",
        "painted",
        "paid",
        "pair",
        "rain",
        "main",
        "gain",
        "gained",
        "paint",
        "chess",
        "heat",
        "heard",
        "hear",
        "heartily",
        "hearty",
        "breadth",
        "breathes",
        "bread",
        "dizzily",
        "cloth",
        "clots",
        "slot",
        "blot",
        "plot",
        "cough",
        "rough",
        "tough",
        "though",
        "trough",
        "racing",
        "facing",
        "pacing",
        "lacing",
        "bracing",
        "spacing",
        "tracing",
        "numbs",
        "dumb",
        "cover",
        "clout",
        "stoke",
        "stroll",
        "strike",
        "string",
        "strong",
        "swollen",
        "swollen",
        "swallow",
        "swallowed",
        "swells",
        "sweeping",
        "tender",
        "render",
        "tenders",
        "calm",
        "calls",
        "call",
        "half",
        "cliff",
        "chart",
        "charts",
        "start",
        "starts",
        "heats",
        "hearth",
        "earth",
        "dearth",
    ]
)


@lru_cache(maxsize=4096)
def _correct(word: str) -> str:
    """The rule word `word` was probably meant to be, or `word` itself."""
    if word in _VOCABULARY or word in _KNOWN_WORDS or len(word) < 5 or word.isdigit():
        return word
    allowed = 1 if len(word) < 8 else 2
    best: list[str] = []
    best_distance = allowed + 1
    for candidate in _VOCABULARY:
        if abs(len(candidate) - len(word)) > allowed:
            continue
        distance = OSA.distance(word, candidate, score_cutoff=allowed)
        if distance < best_distance:
            best, best_distance = [candidate], distance
        elif distance == best_distance:
            best.append(candidate)
    return best[0] if len(best) == 1 else word


# Short misspellings common enough to list rather than guess (too short for edit distance).
_SHORT_FIXES = {
    "pian": "pain",
    "pane": "pain",
    "hart": "heart",
    "cest": "chest",
    "chst": "chest",
    "brth": "breath",
    "calv": "calf",
    "clott": "clot",
    "dvts": "dvt",
}


def prepare(text: str) -> str:
    """Normalised text with misspellings of rule words corrected."""
    return " ".join(_correct(_SHORT_FIXES.get(w, w)) for w in normalise(text).split())


def _mentions(pattern: str, text: str) -> list[int]:
    """Word positions where `pattern` occurs as a real mention: not negated ("no chest pain")
    and not hypothetical ("the risk of chest pain")."""
    words = text.split()
    positions = []
    for match in re.finditer(pattern, text):
        index = len(text[: match.start()].split())
        negated = any(NEGATION.fullmatch(w) for w in words[max(0, index - 3) : index])
        hypothetical = any(HYPOTHETICAL.fullmatch(w) for w in words[max(0, index - 4) : index])
        if not (negated or hypothetical):
            positions.append(index)
    return positions


def _found(pattern: str, text: str) -> bool:
    return bool(_mentions(pattern, text))


def _near(a: str, b: str, text: str, window: int = 5) -> bool:
    """`a` and `b` are both mentioned, within `window` words of each other."""
    spots_b = _mentions(b, text)
    return any(abs(i - j) <= window for i in _mentions(a, text) for j in spots_b)


Rule = Callable[[str], bool]


def _dvt(t: str) -> bool:
    leg_swollen = _near(LEG, SWOLLEN, t, 6)
    leg_inflamed = _near(LEG, INFLAMED, t, 6)
    leg_pain = _near(LEG, PAIN, t, 6)
    clue = _found(ONE_SIDE, t) or _found(RISK, t)
    return (
        (leg_swollen and (clue or leg_inflamed or leg_pain))
        or (leg_inflamed and (leg_pain or leg_swollen or clue))
        or (leg_pain and _found(RISK, t))
        or (_found(CLOT, t) and _found(PERSON, t))
    )


def _breathless(t: str) -> bool:
    return _found(SEVERE_BREATH, t) or (_found(BREATH, t) and _found(SUDDEN, t))


RULES: tuple[tuple[WarningSign, Rule], ...] = (
    (
        CHEST_PAIN,
        lambda t: _near(CHEST, PAIN, t) or _found(RADIATING_PAIN, t) or _found(HEART_ATTACK, t),
    ),
    (
        FAINTING_EXERCISE,
        lambda t: (_found(FAINTED, t) or _found(NEAR_FAINT, t)) and _found(EXERCISE, t),
    ),
    (FAINTING, lambda t: _found(FAINTED, t) and not _found(EXERCISE, t)),
    (BREATHLESS, _breathless),
    (DVT, _dvt),
    (
        CLOT_AND_BREATH,
        lambda t: (
            (_dvt(t) or _near(LEG, SWOLLEN, t, 6) or _near(LEG, INFLAMED, t, 6))
            and (_found(BREATH, t) or _breathless(t))
        ),
    ),
    (COUGHING_BLOOD, lambda t: _found(COUGH_BLOOD, t)),
    (
        RHYTHM_DIZZY,
        lambda t: (
            (_found(IRREGULAR, t) or _near(HEARTBEAT, RACING, t))
            and (_found(NEAR_FAINT, t) or _found(FAINTED, t) or _found(BREATH, t))
        ),
    ),
    (
        RHYTHM,
        lambda t: (
            (_found(IRREGULAR, t) and _found(HEARTBEAT, t))
            or (_near(HEARTBEAT, RACING, t) and _found(SUDDEN, t))
        ),
    ),
    (STROKE, lambda t: _found(STROKE_SIGNS, t) and not _found(NOT_A_STROKE, t)),
)


def check(text: str) -> TriageResult | None:
    """The warning signs described in `text`, or None if there are none."""
    prepared = prepare(text)
    signs = tuple(sign for sign, rule in RULES if rule(prepared))
    if not signs:
        return None
    # Next to an emergency, a same-day reading of the same message only adds noise.
    top = max(s.severity for s in signs)
    return TriageResult(tuple(s for s in signs if s.severity is top))
