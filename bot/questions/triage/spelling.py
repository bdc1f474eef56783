"""Typo correction towards the words the triage rules look for, and never away from English.

A corrector that only knows its own vocabulary turns real words into trigger words: "right" into
"tight", "slight" into "flight", "sweating" into "swelling", "couch" into "cough". So a word is
corrected only when it is *not* a real English word: pyspellchecker's English frequency list
(about 160,000 words, MIT-licensed, shipped inside the package) decides that, not a hand list.

Two readings of a misspelling: by letters (one or two edits from a rule word), and by sound, for
members who spell as they speak ("brethless", "hedded", "blud", "swetting"): a word that sounds
like exactly one rule word (the same Metaphone key) is read as that word. A dropped final "g"
("wakin", "bleedin") is put back first.
"""

from __future__ import annotations

from functools import cache, lru_cache

import jellyfish
from rapidfuzz.distance import OSA

# The words rules look for; misspellings within one or two edits are corrected towards them.
VOCABULARY = frozenset(
    [
        "chest",
        "pacemaker",
        "thumping",
        "pain",
        "pains",
        "painful",
        "hurting",
        "aching",
        "pressure",
        "tightness",
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
        "throbbing",
        "tender",
        "redness",
        "flight",
        "surgery",
        "operation",
        "clot",
        "clots",
        "thrombosis",
        "embolism",
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
        "confused",
        "confusion",
        "sudden",
        "suddenly",
        "exercise",
        "exercising",
        "workout",
        "running",
        "training",
        "sweating",
        "sweaty",
        "clammy",
        "nausea",
        "nauseous",
        "vomiting",
        "urine",
        "headache",
        "vision",
        "blurry",
        "weakness",
        "pregnant",
        "pregnancy",
        "varicose",
        "bleeding",
        "waking",
        "sitting",
        "spurting",
        "pouring",
        "gushing",
        "shaking",
        "tingling",
        "wheezing",
        "wheezy",
        "spinning",
        "headed",
        "sick",
        "tight",
        "numb",
        "ankle",
        "ankles",
        "knee",
        "thigh",
        "vein",
        "veins",
        "legs",
        "weight",
        "minutes",
        "months",
        "weeks",
        "years",
        "hours",
        "cramp",
        "blurred",
        "burst",
        "inhaler",
        "puffed",
        "puffy",
        "swelled",
        "stairs",
        "walking",
        "ache",
        "aches",
        "achy",
        "pressing",
        "bleed",
        "bled",
        "unwell",
        "collapsing",
        "treadmill",
        "headaches",
        "vomited",
        "someone",
        "walked",
        "twisted",
        "warm",
        "arm",
        "jaw",
        "neck",
        "shoulder",
        "throat",
        "sweats",
        "sweat",
        "seizure",
        "fitting",
        "drowsy",
        "pale",
        "cold",
        "speaking",
        "smile",
        "face",
        "droopy",
        "dropping",
        "dropped",
        "clumsy",
        "weak",
        "tablets",
        "pills",
        "bruise",
        "bruised",
        "stomach",
        "ribs",
        "nosebleed",
        "really",
        "stopped",
        "nowhere",
        "nearly",
        "overnight",
        # Verbs whose dropped "g" hides a sign: "havin a fit", "grippin his chest", "goin grey".
        # Listed, not put back for every word: "statin" would read as "stating".
        "having",
        "going",
        "gripping",
        "clutching",
        "jerking",
    ]
)

# Short misspellings common enough to list rather than guess: too short for an edit distance.
SHORT_FIXES = {
    "pian": "pain",
    "hart": "heart",
    "cest": "chest",
    "chst": "chest",
    "brth": "breath",
    "calv": "calf",
    "clott": "clot",
    "dvts": "dvt",
}


@cache
def english_words() -> frozenset[str]:
    """Every word in pyspellchecker's English list (loaded once, about 0.2 s)."""
    from spellchecker import SpellChecker

    return frozenset(SpellChecker(language="en").word_frequency.dictionary)


@lru_cache(maxsize=8192)
def correct(word: str) -> str:
    """The rule word `word` was probably meant to be, or `word` itself.

    Real words, numbers and words under four letters are left alone; a misspelling is corrected
    only when exactly one rule word is nearest by letters (from five letters on), or failing
    that, sounds like it.
    """
    word = SHORT_FIXES.get(word, word)
    if word in VOCABULARY or len(word) < 4 or not word.isalpha():
        return word
    if word.endswith("in") and word + "g" in VOCABULARY:
        nearest: str | None = word + "g"
    else:
        nearest = _nearest_rule_word(word) if len(word) >= 5 else None
        nearest = nearest or _sounds_like_rule_word(word)
    # The word list is consulted only for a word near a rule word, which most messages don't
    # have, so a process that never sees one never pays for loading the list.
    if nearest is None or word in english_words():
        return word
    return nearest


def _nearest_rule_word(word: str) -> str | None:
    """The one rule word nearest to `word` within the allowed edits, or None (none, or a tie)."""
    allowed = 1 if len(word) < 8 else 2
    best: list[str] = []
    best_distance = allowed + 1
    for candidate in VOCABULARY:
        if abs(len(candidate) - len(word)) > allowed:
            continue
        distance = OSA.distance(word, candidate, score_cutoff=allowed)
        # Past the cutoff the distance reads as cutoff + 1: no candidate, not a tie.
        if distance > allowed:
            continue
        if distance < best_distance:
            best, best_distance = [candidate], distance
        elif distance == best_distance:
            best.append(candidate)
    return best[0] if len(best) == 1 else None


@cache
def _rule_words_by_sound() -> dict[str, tuple[str, ...]]:
    sounds: dict[str, list[str]] = {}
    for word in sorted(VOCABULARY):
        sounds.setdefault(jellyfish.metaphone(word), []).append(word)
    return {key: tuple(words) for key, words in sounds.items()}


def _sounds_like_rule_word(word: str) -> str | None:
    """The one rule word with `word`'s Metaphone key, or None (none, or several).

    A key of one sound ("N" for "knee") matches too much to go on, and the letters must stay
    close: "hevy" is "heavy" and "sweld" is "swelled", but "plss" (please) is not "pills", nor is
    a long word sharing a short key by chance."""
    for form in (word, word + "g") if word.endswith("in") else (word,):
        key = jellyfish.metaphone(form)
        found = _rule_words_by_sound().get(key, ()) if len(key) >= 2 else ()
        if len(found) != 1:
            continue
        meant = found[0]
        # A short word may be two letters out only if it starts and ends as the rule word does.
        same_ends = form[:2] == meant[:2] and form[-1] == meant[-1]
        allowed = max(2, len(form) // 3) if len(form) > 5 or same_ends else 1
        if OSA.distance(form, meant) <= allowed:
            return meant
    return None
