"""Warning-sign words members write in another language inside an English message.

Discord communities are international, and people switch language for the words that matter
most ("my pantorrilla is hinchada"). These are the commonest such words in Spanish, Portuguese,
romanised Hindi and Urdu, Malay, Nigerian Pidgin and Scots, each put into the English the rules
read.
Only words that mean one
thing in a health message are here, and none is also an English word; the list is short on
purpose, because a rule that misreads an English word is worse than one that misses a foreign one.
Written for the project from general dictionaries, without accents (messages are normalised
before they are read).
"""

from __future__ import annotations

import re

from bot.questions.triage.prefilter import LiteralGate

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
    "seene mein": "in my chest",
    "seene me": "in my chest",
    "bahut bhaari": "very heavy",
    "bhaari": "heavy",
    "ulti": "vomiting",
    "haath mein jaan nahi": "arm is weak",
    "pair mein jaan nahi": "leg is weak",
    "muh tedha": "face drooping",
    "munh tedha": "face drooping",
    "galat": "wrong",
    "bukhaar": "fever",
    "bukhar": "fever",
    "peshab": "urine",
    "laal": "red",
    "garam": "hot",
    "suj gaye": "swollen",
    "suj gaya": "swollen",
    "sooji": "swollen",
    "sir mein dard": "headache",
    "pindli": "calf",
    "behoshi": "fainting",
    "dhoop": "sun",
    "ek ghante se": "for an hour",
    "baitha hoon": "sitting",
    "dono pair": "both feet",
    "peshab bhi kam": "passing less urine",
    "peshab kam": "passing less urine",
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
    # Malay and Indonesian
    "pengsan": "fainted",
    "pitam": "fainted",
    "sakit dada": "chest pain",
    "sesak nafas": "short of breath",
    "pening": "dizzy",
    "bengkak": "swollen",
    "demam": "fever",
    "kebas": "numb",
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
    "cauld an": "cold and",
    "redder an": "redder and",
    "cauld": "cold",
    "cannae": "cannot",
    "canna": "cannot",
    "fae": "from",
    "heid": "head",
    "aboot": "about",
    "shakin": "shaking",
    "racin": "racing",
    "spreadin": "spreading",
    "gettin": "getting",
    # "Ma" and "me" for "my", only before a body part, and "me" only where English never puts it.
    "ma left": "my left",
    "ma right": "my right",
    "ma leg": "my leg",
    "ma legs": "my legs",
    "ma toes": "my toes",
    "ma chest": "my chest",
    "ma arm": "my arm",
    "ma shin": "my shin",
    # Not "me chest" or "me leg": "gives me chest pains" is English.
    "me toes": "my toes",
    "me calf": "my calf",
    # Jamaican patois: "mi" for "my" before a body part or words.
    "mi words": "my words",
    "mi hand": "my hand",
    "mi chest": "my chest",
    "mi foot": "my foot",
    "mi leg": "my leg",
    "lass night": "last night",
    # Singlish: tea without milk, the colour of dark urine.
    "teh o": "tea",
}

_PATTERN = re.compile(
    r"\b(?:" + "|".join(re.escape(k) for k in sorted(GLOSSARY, key=len, reverse=True)) + r")\b"
)


# Most sentences hold none of the glossary's words: they skip the long alternation.
_GATE = LiteralGate(_PATTERN)


def in_english(sentence: str) -> str:
    """`sentence` (normalised) with the glossary's words put into English."""
    if not _GATE.could_match(sentence):
        return sentence
    return _PATTERN.sub(lambda match: GLOSSARY[match.group(0)], sentence)
