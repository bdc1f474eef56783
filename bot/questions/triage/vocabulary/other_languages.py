"""Warning-sign words members write in another language inside an English message.

Discord communities are international, and people switch language for the words that matter
most ("my pantorrilla is hinchada"). These are the commonest such words in Spanish, Portuguese,
romanised Hindi and Urdu, Nigerian Pidgin and Scots, each put into the English the rules read.
Only words that mean one
thing in a health message are here, and none is also an English word; the list is short on
purpose, because a rule that misreads an English word is worse than one that misses a foreign one.
Written for the project from general dictionaries, without accents (messages are normalised
before they are read).
"""

from __future__ import annotations

import re

# Longer phrases first, so "dor de cabeca" is read before "dor".
GLOSSARY: dict[str, str] = {
    # Spanish
    "falta el aire": "short of breath",
    "me falta el aire": "i am short of breath",
    "dolor de pecho": "chest pain",
    "dolor de cabeza": "headache",
    "pantorrilla": "calf",
    "hinchada": "swollen",
    "hinchado": "swollen",
    "caliente": "warm",
    "duele": "hurts",
    "dolor": "pain",
    "pecho": "chest",
    "mareado": "dizzy",
    "mareada": "dizzy",
    "mareo": "dizziness",
    "desmayo": "faint",
    "vuelo": "flight",
    "embarazada": "pregnant",
    "me levanto": "i stand up",
    "a veces": "sometimes",
    "cuando": "when",
    # Portuguese
    "falta de ar": "short of breath",
    "dor de cabeca": "headache",
    "dor no peito": "chest pain",
    "vista turva": "blurred vision",
    "vista esta turva": "vision is blurred",
    "gravida": "pregnant",
    "inchada": "swollen",
    "inchado": "swollen",
    "inchaco": "swelling",
    "tontura": "dizziness",
    "panturrilha": "calf",
    "coracao": "heart",
    "dispara": "races",
    "as vezes": "sometimes",
    # Romanised Hindi and Urdu
    "seene mein dard": "chest pain",
    "seene me dard": "chest pain",
    "dil ki dhadkan": "heartbeat",
    "bahut tez": "very fast",
    "achanak": "suddenly",
    "aankhon ke aage andhera": "vision went dark",
    "saans phool": "out of breath",
    "saans nahi": "cant breathe",
    "chakkar": "dizzy",
    "pasina": "sweating",
    "dard": "pain",
    "sujan": "swollen",
    "behosh": "fainted",
    "har baar": "every time",
    "rukne se theek": "fine after stopping",
    "ke baad": "after",
    # Nigerian Pidgin
    "dey press me": "is tight",
    "dey pain me": "hurts",
    "e dey go reach": "it is spreading to",
    "sweat dey comot": "sweating",
    "dey comot": "coming out",
    "i no fit breathe": "i cant breathe",
    # Scots (only words that are not English words: not "wan" for one, which is pale)
    "doon": "down",
    "roon": "round",
    "sair": "sore",
    "gaun": "going",
    "noo": "now",
    "in wan eye": "in one eye",
}

_PATTERN = re.compile(
    r"\b(?:" + "|".join(re.escape(k) for k in sorted(GLOSSARY, key=len, reverse=True)) + r")\b"
)


def in_english(sentence: str) -> str:
    """`sentence` (normalised) with the glossary's words put into English."""
    return _PATTERN.sub(lambda match: GLOSSARY[match.group(0)], sentence)
