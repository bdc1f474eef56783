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


# Textbook words used by members who have read a lot ("a constrictive sensation across the
# anterior thorax", "my left upper extremity has become abruptly weak"): each put into the plain
# words the rules read. Only words that mean one thing in a message about the body.
_TEXTBOOK = Rewrites(
    (
        # Not the thoracic spine, the back's middle.
        (
            r"\b(?:(?:anterior|left ?sided|left|right|central) )?thora(?:x|cic)\b"
            r"(?! spine| vertebr)",
            "chest",
        ),
        (r"\bconstrict(?:ive|ing|ion)(?: sensation| feeling)?\b", "tightness"),
        (r"\bupper (?:extremity|limb)\b", "arm"),
        (r"\blower (?:extremity|limb)\b", "leg"),
        (
            r"\b(left|right) visual field (?:\w+ ){0,2}(?:diminished|reduced|lost|loss|missing|"
            r"absent|defect\w*|gone)\b",
            r"\1 side of my vision gone",
        ),
        (r"\babrupt(?:ly)?(?: onset)?\b", "suddenly"),
        (r"\bsudden onset\b", "sudden"),
        (r"\b(?:pallid|pallor)\b", "pale"),
        (r"\bdyspn(?:o)?(?:eic|oeic)\b", "breathless"),
        (r"\bh(?:a)?emorrhag\w*\b", "bleeding heavily"),
        (r"\b(vein|veins|varicose|varicosity)((?: \w+){0,3}) ruptured\b", r"\1\2 burst"),
        (r"\bpyrexi(?:a|al)\b|\bfebrile\b", "fever"),
        (r"\bmyalgia\b", "muscle pain"),
        (r"\bpresyncop(?:e|al)\b|\bnear syncope\b", "nearly fainted"),
        (r"\btachyarrhythmia\b", "racing heart"),
        (r"\bpar(?:a)?esthesi(?:a|ae)\b|\baltered sensation\b", "pins and needles"),
        (r"\b(?:exudative|purulent|exuding)\b", "oozing pus"),
        (r"\b(?:on|with) dorsiflexion\b", "when i pull my foot up"),
        (r"\bcontralateral\b", "other"),
        (r"\b(cm|centimetres|centimeters|inches) greater\b", r"\1 bigger"),
        (r"\bepigastric\b", "upper stomach"),
        (r"\bdisproportionate\b", "out of proportion"),
        (r"\banalgesi(?:a|cs)\b", "painkillers"),
        (r"\bhemipar(?:esis|etic)\b|\bhemipleg(?:ia|ic)\b", "one side weak"),
        (r"\bdysarthri(?:a|c)\b", "slurred speech"),
        (r"\bcellulitic\b", "cellulitis"),
        (r"\bfacial (?:o)?edema\b", "face swelling"),
        (r"\b(?:o)?edema(?:tous)?\b", "swelling"),
        (r"\b(?:dysphasi|aphasi)(?:a|c)\b", "trouble finding words"),
    ),
    # Gated on the word each pattern cannot do without, not on "left" or "right".
    [
        "thorax",
        "thoracic",
        "constrictive",
        "constricting",
        "constriction",
        "extremity",
        "limb",
        "visual",
        "abrupt",
        "abruptly",
        "onset",
        "pallid",
        "pallor",
        "dyspnoeic",
        "dyspneic",
        "haemorrhage",
        "haemorrhaging",
        "hemorrhage",
        "hemorrhaging",
        "haemorrhaged",
        "hemorrhaged",
        "ruptured",
        "pyrexia",
        "pyrexial",
        "febrile",
        "myalgia",
        "presyncope",
        "presyncopal",
        "syncope",
        "tachyarrhythmia",
        "paraesthesia",
        "paresthesia",
        "paraesthesiae",
        "sensation",
        "exudative",
        "purulent",
        "exuding",
        "dorsiflexion",
        "contralateral",
        "greater",
        "epigastric",
        "disproportionate",
        "analgesia",
        "analgesics",
        "hemiparesis",
        "hemiparetic",
        "hemiplegia",
        "hemiplegic",
        "dysarthria",
        "dysarthric",
        "dysphasia",
        "dysphasic",
        "aphasia",
        "aphasic",
        "cellulitic",
        "facial",
        "oedema",
        "edema",
        "oedematous",
        "edematous",
    ],
)


# The opposite register: a body told in filler words ("a squeezy thing down my arm whatsit", "a
# tight feeling in his front bit"). The fillers go, so the words around them meet.
_FILLERS = Rewrites(
    (
        (
            r" ?\b(?:whatsit|whatsits|wotsit|thingy|thingie|thingamajig|thingummy|doodah|"
            r"doohickey)\b",
            "",
        ),
        (r"\b(my|his|her|their|the) front bit\b", r"\1 chest"),
        (r"\bsqueezy\b", "squeezing"),
    ),
    [
        "whatsit",
        "whatsits",
        "wotsit",
        "thingy",
        "thingie",
        "thingamajig",
        "thingummy",
        "doodah",
        "doohickey",
        "front",
        "squeezy",
    ],
)


# Text speak typed fast on a phone ("jaw ache n puffed on stairs yday", "spurting thru towel"):
# the joining and dating words the rules' patterns are written with. "n" only between two words,
# after the clinician's "n and v" has been read.
_CHAT = Rewrites(
    (
        (r"(?<=\w) n (?=\w)", " and "),
        (r"\bthru\b", "through"),
        (r"\b(?:yday|ystday|yesterdy)\b", "yesterday"),
        (r"\b(?:2nite|tonite)\b", "tonight"),
        (r"\bnite\b", "night"),
        # Spans shortened: "105 for wks", "3 mths now".
        (r"\bwks\b", "weeks"),
        (r"\b(?:mths|mnths)\b", "months"),
        # A heart rate's "hr" where it can only be one: "resting hr 105", "my hr was 180"; not
        # "1 hr later".
        (r"\b(?<=resting )hr\b|\b(?<=my )hr\b|\b(?<=his )hr\b|\b(?<=her )hr\b", "heart rate"),
    ),
    [
        "n",
        "thru",
        "yday",
        "ystday",
        "yesterdy",
        "2nite",
        "tonite",
        "nite",
        "wks",
        "mths",
        "mnths",
        "hr",
    ],
)


def shorthand_in_words(sentence: str) -> str:
    """`sentence` (normalised) with a clinician's shorthand, textbook words, filler words and
    text speak put into plain words."""
    return _CHAT.applied(_FILLERS.applied(_TEXTBOOK.applied(_SHORTHAND.applied(sentence)))).strip()
