"""Rules for the heart and breathing: chest pain and its look-alikes, breathlessness, rhythm,
heart failure and blood pressure.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.questions.triage.signs import Level
from bot.questions.triage.text import Message, words
from bot.questions.triage.vocabulary.body import (
    ANTACID_FAILED,
    CHEST,
    CHEST_KNOCK,
    CHEST_SIMILE,
    CHEST_TRAINING,
    CHEST_WALL,
    DIZZY,
    DOMS,
    EXERCISE,
    FAINTED,
    HEART_AS_PLACE,
    LEG,
    NEAR_FAINT,
    PAIN,
    RADIATION_SITE,
    RECURRING,
    REFLUX,
    SPREADING,
    TRAINING_SORENESS,
    WARNING_COMPANIONS,
)
from bot.questions.triage.vocabulary.breath import (
    BREATH,
    BREATH_NEVER_BACK,
    BREATHING_IN,
    BRIEF_GASP,
    CLOT_ON_THE_LUNG,
    COLD_WATER,
    NORMAL_RECOVERY,
    RECENT_ONSET,
    SEVERE_BREATH,
    SLOW_ONSET,
    STILL_MORE_BREATHLESS,
    SUDDEN,
)
from bot.questions.triage.vocabulary.conditions import (
    HEART_FAILURE,
    LYING_BREATHLESS,
    SPUN_ROUND,
    WEIGHT_GAIN,
)
from bot.questions.triage.vocabulary.course import WEEKS
from bot.questions.triage.vocabulary.heart import (
    ANGINA,
    AT_HOME,
    BEFORE_TODAY,
    BP_CONTEXT,
    BP_READING,
    BP_TOP_ALONE,
    DATED_LONG_AGO,
    EPISODE_CHEST,
    EPISODE_COMPANIONS,
    EXERTIONAL_EASE,
    HARMLESS_TRIGGER,
    HAVING_ONE_NOW,
    HEARTBEAT,
    ICD_SHOCK,
    IRREGULAR,
    JUST_TRAINED,
    MORE_OFTEN,
    MORE_SHOCKS,
    MUSIC_THUMP,
    PAIN_BACK,
    PAIN_GONE_SINCE,
    PLACED_ELSEWHERE,
    RACING,
    RATE_DROPPED_BACK,
    RATE_JUMPED,
    RECENT_TIME,
    RHYTHM_ALERT,
    SOMETIMES,
    SPRAY_FAILED,
    SUDDEN_SWITCH,
    TODAY_TIME,
    TRIVIAL_EFFORT,
    UNPLACED_SQUEEZE,
    WATCH_FOUND_AF,
)
from bot.questions.triage.vocabulary.infection import FEVER
from bot.questions.triage.vocabulary.legs import (
    BOTH_ANKLES,
    FOR_WEEKS_OR_BY_EVENING,
    LONG_HAUL_HOME,
    NEW_THIS_WEEK,
    ONE_SIDE,
    SHOES_TIGHT,
    SWOLLEN,
)
from bot.questions.triage.vocabulary.other import VOMITING
from bot.questions.triage.vocabulary.pregnancy import LATE_PREGNANCY
from bot.questions.triage.vocabulary.situations import RETAKEN, RUNS_OR_SICK, SETTLED


def chest_pain(m: Message) -> Level | None:
    level = _chest_pain_now(m)
    # Pain between the shoulder blades that came on at rest, with being sick or going grey: a
    # heart attack can be felt in the back alone (NHS, heart attack: pain that spreads to the
    # back, with sweating or feeling sick), and the "it" of a back strain already written about
    # is no reason to wait.
    sick_or_grey = m.has(VOMITING) or m.has(_GREY)
    if level is None and m.has(_BETWEEN_THE_BLADES) and m.has(_ON_AT_REST) and sick_or_grey:
        return Level.EMERGENCY
    # A tight chest that the asthma reliever settled was the asthma's.
    if level is None and _recent_episode(m) and not m.mentioned(_RELIEVER_SETTLED_IT):
        return Level.SAME_DAY
    return level


_FEARED = words(
    r"(?:thought|convinced|sure|scared|terrified|worried|panicked) (?:\w+ ){0,2}(?:i|he|she) "
    r"(?:was|were) having"
)
_FINE_NOW = words(
    r"back to normal|(?:completely|totally|absolutely|feel|felt|perfectly) (?:fine|normal)|"
    r"(?:fine|normal|better) now"
)
# Not "like toothache", which is how angina in the jaw is often told.
_CLENCHED = words(r"clench\w*|grit\w*|grind\w*|bit(?:e|ing) down|gum ?shield|mouth ?guard")
_JAW_AND_LEFT_ARM = words(
    r"jaw (?:and|n|plus) (?:my |his |her |the )?left arm|left arm (?:and|n|plus) (?:my |his |her |"
    r"the )?jaw"
)
_STRUCK_THERE = words(r"punch\w*|hook|uppercut|jab|kick\w*|hit|spar\w*|elbow\w*|knock\w*")
_CHEST_SAID_FINE = words(
    r"chest (?:is |feels |s |itself )?(?:totally |completely |perfectly )?(?:fine|ok|okay|alright)"
)
_BETWEEN_THE_BLADES = words(r"between (?:the|my|his|her) shoulder ?blades")
_ON_AT_REST = words(
    r"(?:came|come|started|kicked) (?:on|up)(?: \w+){0,4} (?:while|when|as) (?:\w+ ){0,4}(?:sat|"
    r"sitting|resting|lying|lay|watching|reading|asleep|in bed)"
)
_GREY = words(r"sweat\w*|clammy|grey|gray|pale|ashen|like a ghost")


_RELIEVER_SETTLED_IT = words(
    r"(?:inhaler|puffer|reliever|ventolin|salbutamol)(?: \w+){0,3} (?:sorted|fixed|settled|eased|"
    r"cleared|worked)",
    r"(?:sorted|settled|eased|cleared|fixed) (?:it )?(?:\w+ ){0,2}with (?:my |the |a )?(?:blue )?"
    r"(?:inhaler|puffer|reliever)",
)


_NOT_EASING = words(
    r"(?:not|isnt|wont|hasnt) (?:\w+ )?(?:easing|eased|settling|settled|going|gone|stopping|"
    r"stopped)"
)


def _recent_episode(m: Message) -> bool:
    """NICE CG95: chest pain in the last 72 hours that has gone needs assessment the same day.
    The story is told as over ("settled after 20 minutes", "fine since"), so its sentence reads
    as past: this looks at it anyway, when it is dated within days and sounds like the heart
    (sweat, sickness, pallor, or a spread to the neck, jaw or arm)."""
    return told_recently(
        m,
        lambda s: bool(
            (EPISODE_CHEST.search(tail := _after_long_ago(s)) or UNPLACED_SQUEEZE.search(tail))
            and EPISODE_COMPANIONS.search(tail)
            and not NEGATED_EPISODE.search(tail)
        ),
    )


def _told_as_over(m: Message, gone_since: bool) -> bool:
    """The pain told as over: gone since a time, settled, "fine now", "fine since" or "last
    night". Over, a heart attack's sign is still for a doctor today (NICE CG95)."""
    return gone_since or any(m.mentioned(p) for p in (_OVER_NOW, SETTLED, _FINE_SINCE))


def _unplaced_squeeze(m: Message) -> bool:
    """ "The tightness" or "that heavy feeling", with no place for it but the ones a heart attack
    spreads to: "my wife says I've gone grey" tells the rest."""
    # "You told me it was a pulled muscle": the earlier guess names no place for it now.
    placed = m.mentioned(PLACED_ELSEWHERE) and not m.mentioned(_EARLIER_GUESS)
    return m.has(UNPLACED_SQUEEZE) and not (m.mentioned(LEG) or placed)


_EARLIER_GUESS = words(
    r"(?:said|told me|thought|reckoned) (?:it was |its )?(?:a |just a |probably a |probably )?"
    r"(?:pulled |strained )?muscle\w*"
)


def _after_long_ago(sentence: str) -> str:
    """What a sentence tells after its last date of long ago: "my ECG last year was fine, but
    yesterday my chest went tight" tells of yesterday; "chest pain and sweats in 2019" of
    nothing since."""
    ends = [match.end() for match in DATED_LONG_AGO.finditer(sentence)]
    return sentence[ends[-1] :] if ends else sentence


def told_recently(
    m: Message, describes: Callable[[str], bool], dated: re.Pattern[str] = RECENT_TIME
) -> bool:
    """A sentence, read even if it tells of something over, that `describes` the episode and is
    dated within days (or as `dated` says), in itself or in the sentence before."""
    # Only sentences dated, or right after one that is, can count: the rest are not described.
    dated_in = set(m.could_match_in(dated))
    for index, sentence in enumerate(m.sentences):
        if index not in dated_in and index - 1 not in dated_in:
            continue
        if m.fiction[index] or not describes(sentence):
            continue
        before = m.sentences[index - 1] if index else ""
        if dated.search(sentence) or dated.search(before):
            return True
    return False


def over_before_today(sentence: str) -> bool:
    """A spell told in one sentence as dated before today and over since ("a few minutes of it
    last night, ok now"), with nothing in it told as today's or as going on."""
    return bool(
        BEFORE_TODAY.search(sentence)
        and (SETTLED.search(sentence) or _STOPPED_SINCE.search(sentence))
        and not _TODAY.search(sentence)
    )


# "It's gone into my left arm now", of the chest or "indigestion" named before; not the throat,
# where heartburn rises.
_IT_SPREAD = words(
    r"(?:its|it has|it is|it) (?:\w+ )?(?:gone|spread|spreading|moved|travelled|going|moving) "
    r"(?:up |down )?(?:in)?(?:to|into|up to|down) (?:my |his |her |the )?(?:jaw|teeth|left arm|"
    r"arm|arms|neck|shoulder)"
)
_SPREAD_TO_YOUR = words(
    r"(?:indigestion|heartburn|pain|ache|tightness|pressure|heaviness)(?: \w+){0,4} (?:spread|go|"
    r"going|move|moving|radiate|radiating|travel)\w* (?:(?:up|down) )?(?:in)?(?:to|into) your "
    r"(?:jaw|teeth|neck|left arm|arm|shoulder)"
)
_GOING_ON_NOW = words(
    r"(?:\d+|ten|twenty|thirty|half an hour|an hour|\w+ minutes?|\w+ mins?) (?:now|so far)",
    r"(?:getting|got|gets) worse|still (?:going|there|happening|getting)",
)
# Woken by it: "got woken at 3am by the tightness", "woke me up in the night".
_WOKEN = words(
    r"(?:got |was |been )?woken (?:up )?(?:at \w+ |in the night )?by",
    r"woke (?:me|him|her) (?:up)?",
    r"(?:woke|wake|waking) up (?:at \w+ |in the night |during the night )?(?:with|to)",
    # "Woke 4am with the angina squeeze".
    r"(?:woke|waking) (?:at )?\d+ ?(?:am)? (?:with|to)",
    # "Woke up last night with his angina", "woke in the night with it", "while she was asleep".
    r"(?:woke|wake|waking)(?: up)? (?:last night |in the night |during the night |at \w+ )"
    r"(?:with|to)",
    r"(?:while|whilst|when) (?:\w+ )?(?:is |are |am |was |were )?(?:asleep|sleeping)|in (?:his|her|"
    r"my|their) sleep",
)


_CREPT_UP = words(
    r"crept up|creeping up|more and more|(?:slowly|gradually|steadily) (?:more|increas\w*|worse|"
    r"getting worse|going up|gone up|went up|risen|rising)"
)


# Denied companions ("no sweating, no sickness") or an episode of long ago.
NEGATED_EPISODE = words(
    r"(?:no|not|without|never|didnt|wasnt) (?:\w+ ){0,2}(?:sweat\w*|clammy|sick|nause\w*|pale|grey)"
)
_COPD = words(r"copd|emphysema|chronic bronchitis")
_COPD_FLARE = (
    words(
        r"(?:more|worse) (?:breathless|out of breath|puffed|short of breath)(?: \w+){0,3} than "
        r"(?:his|her|my|their|usual|normal)",
    ),
    words(
        r"(?:phlegm|sputum|mucus|spit)(?: \w+){0,3} (?:gone|turned|changed|is|went) (?:a )?"
        r"(?:different|green|yellow|brown|darker|dark)",
        r"(?:different|darker|green|yellow|brown) colou?r(?:ed)? (?:phlegm|sputum|mucus)",
    ),
    words(r"cough\w*(?: \w+){0,3} (?:worse|more)"),
)
_SOONER_EACH_TIME = words(
    r"(?:coming on|comes on|starts?|kicks? in) (?:quicker|sooner|earlier) (?:every|each) time",
    # "Getting earlier and earlier, today it started in the warm-up".
    r"(?:getting|coming on|starting|kicking in) (?:earlier and earlier|sooner and sooner|quicker "
    r"and quicker)",
    r"(?:first|at first) it was \d+ ?(?:min|mins|minutes) in(?: \w+){0,4} (?:today|now) (?:it was |"
    r"its )?\d+",
)
# A flare is told as an attack: "bad asthma flare at training last night".
_ASTHMA_ATTACK = r"asthma (?:attack|flare(?: up)?)"
# An asthma attack dated last night or yesterday, and not yet gone: "still tight this morning".
_RECENT_ASTHMA_ATTACK = words(
    rf"{_ASTHMA_ATTACK} (?:last night|yesterday|this morning|overnight|in the night)",
    rf"(?:last night|yesterday|overnight)(?: \w+){{0,3}} {_ASTHMA_ATTACK}",
    # "Had an asthma attack at the match yesterday", "...in circuits earlier".
    rf"{_ASTHMA_ATTACK} (?:at|in|during|on) (?:the |a |my |his |her )?(?:\w+ ){{0,2}}(?:last night|"
    r"yesterday|this morning|this afternoon|earlier|today|tonight)",
)
_SEEN_FOR_IT = words(
    r"a ?and ?e|hospital|ambulance|paramedics?|nebuli\w*|steroids?|prednisolone|urgent care|"
    r"(?:gp|doctor|nurse) (?:saw|has seen|checked|has checked)"
)
_STILL_TIGHT_OR_WHEEZY = words(
    r"still (?:feel |feels |feeling )?(?:a bit |quite |really |so |very )?(?:tight|wheez\w*|"
    r"breathless|short of breath)"
)
# Known angina brought on by less than before, or lasting longer (NHS angina: getting worse, see
# someone today).
_ON_LESS_EFFORT = words(
    r"(?:coming on|comes on|came on|starting|starts|kicking in|kicks in)(?: \w+){0,2} "
    r"(?:much |way |far |a lot )?(?:quicker|sooner|earlier|faster)"
    r"(?! (?:than (?:i|he|she) (?:expected|thought)))",
    r"(?:\d+ ?m|\d+ metres|\d+ yards|a few steps|one flight)(?: \w+){0,4} instead of (?:a|the|\d+|"
    r"two|half a)",
    # The old trigger told beside the new, smaller one: "used to be only on the hills, now she
    # gets it hanging the washing out", "walking to the shop now when it used to be just the hill".
    r"used to (?:be )?(?:only|just) (?:\w+ ){0,5}(?:now|these days)\b",
    r"now (?:when|whereas|but|where) (?:it|he|she|i) used to (?:be |get it )?(?:only|just)",
    # An effort once easy now needing the spray: "used to do the stairs no bother, last few days
    # one flight and I'm reaching for the GTN".
    r"used to (?:do|manage|walk|climb|get up) (?:\w+ ){0,6}(?:no bother|no problem|fine|easily|"
    r"without (?:it|the spray|the gtn|a problem))(?: \w+){0,3} (?:now|these days|lately|last few "
    r"days|this week|since \w+)",
    # Told as easier to set off, or the effort once easy told before the new one: "it's
    # getting easier to bring on", "before I could walk an hour no problem, now 15 minutes".
    r"(?:getting|got|gets|become|becoming|is) (?:\w+ )?easier to (?:start|bring on|set off|"
    r"trigger|come on)",
    r"before (?:i|he|she|they) could (?:do|manage|walk|cycle|swim|climb) (?:\w+ ){0,6}(?:no "
    r"problem|no bother|fine|easily)(?: \w+){0,2} now",
    # Lasting longer, or the spray slower to shift it: "took 2 puffs and a lot longer".
    r"(?:lasting|lasts|last) (?:a lot |much |way |a bit )?longer",
    r"(?:took|takes|taking) (?:\w+ ){0,4}(?:a lot |much |way )longer",
)
_USED_TO_NEED_MORE = words(
    r"used to (?:need|take|only come on after|come on after|kick in after|only kick in after)"
)
_ON_LATELY = words(
    r"(?:now|since \w+|these days|this week|lately)(?: \w+){0,3} (?:coming on|comes on|came on|"
    r"starting|starts|kicks? in|kicking in)"
)


def _on_less_effort(m: Message) -> bool:
    """Known angina coming on with less effort than before, however it is told.

    Within one sentence ("coming on way quicker lately, 100m instead of a mile"), or the old
    effort in one sentence and the new, smaller one in the next ("used to need a good 20 min walk
    to kick in. since sunday it's coming on 5 min into the warm up")."""
    within_one = m.has(_SOONER_EACH_TIME) or m.has(_ON_LESS_EFFORT)
    return within_one or (m.mentioned(_USED_TO_NEED_MORE) and m.has(_ON_LATELY))


_AT_REST_ANGINA = words(
    r"(?:sat|sitting|lying) (?:\w+ ){0,2}(?:in bed|reading|watching|down|on the sofa)|"
    r"at rest|nothing brought it on|out of nowhere",
    # In the night or lying down: "had to sit up twice in the night with the angina".
    r"in the night|lying down|lying in bed",
    # "Came on sitting in the tractor cab, not moving".
    r"(?:sat|sitting) in (?:the|my|a|his|her|their) (?:\w+ )?(?:cab|car|chair|armchair|recliner|"
    r"van|lorry|office)|not moving|(?:sat|sitting|lying) still",
    # "Came on while he's just sat in the stand, not even doing anything".
    r"not (?:even )?doing anything",
    # The resting told by what fills it: "now it comes when she's just watching telly".
    r"(?:when|while|whilst) (?:\w+ )?(?:is |are |am |was |were )?(?:just |only )?watching (?:the )?"
    r"(?:telly|tv|television|news|a film|a programme)",
)
_A_BURN = words(r"burn|burning")
_SECONDS_LONG = words(
    r"(?:for|lasted|lasting|lasts) (?:literally |only |just |about |maybe )?(?:a|one|\d+|two|three|"
    r"a few|a couple of|few|a split) (?:second|seconds|secs)\b",
)

_SINCE_THE_STENT = words(r"since (?:the|my|his|her) (?:stents?|bypass|angioplasty|heart op\w*)")


# How long an attack took to pass: "took about 20 mins to go".
_TOOK_MINUTES = (
    r"(?:took|takes|taking) (?:about |nearly |over |almost |like )?(?:\d+|ten|fifteen|twenty|"
    r"thirty|forty|half an hour)(?: ?(?:min|mins|minutes))? to (?:go|ease|settle|pass|wear off|"
    r"stop)"
)
_LASTED_LONGER = words(
    r"(?:lasted|lasting|went on|takes|took|taking) (?:a lot |much |way |far )?longer(?: than "
    r"(?:usual|normal|it used to|ever))?",
    # Beside the usual, told after or before: "took about 20 mins to go last night even with the
    # spray, normally it's 2-3 min"; "normally my angina goes in 2-3 mins... took like 15 min".
    rf"{_TOOK_MINUTES}(?: \w+){{0,8}} (?:normally|usually)",
    rf"(?:normally|usually)(?: \w+){{0,20}} {_TOOK_MINUTES}",
)
_ANGINA_SPRAY = words(
    r"gtn|nitro\w*|glyceryl|(?:his|her|my|their) (?:angina )?spray",
    # Told by where it goes or what it is for: "under the tongue spray", "the little red spray
    # for her chest".
    r"under (?:the|my|his|her) tongue spray|spray (?:for|under) (?:my |his |her |the )?(?:chest|"
    r"heart|tongue)|(?:chest|heart) spray",
)
_GTN_NAMED = words(r"gtn|nitro\w*")
_A_SPRAY = words(r"spray\w*")
# Sprays that are not angina's.
_NOT_GTN = words(
    r"nasal|nose|hay ?fever|allerg\w*|asthma|inhaler|throat|sun ?cream|tan|deodorant|freeze|"
    r"cooling|deep heat|pain relief|muscle|insect|bug|mosquito|midge|repellent|paint|hair|"
    r"perfume|body spray|cooking|oil"
)


def _chest_pain_now(m: Message) -> Level | None:
    chest_words = (
        m.near_or_next(CHEST, PAIN, 8) or m.has(CHEST_SIMILE) or m.near(HEART_AS_PLACE, PAIN, 2)
    )
    # NHS: angina that a second dose of the spray doesn't ease needs 999, whatever it is called.
    # The spray (GTN) is angina's own medicine, so it names the angina too.
    # A spray log across sentences: "1 puff at 18:10, 1 puff at 18:16. 18:23 now, still the same."
    logged = m.mentioned(
        words(
            r"puffs? (?:\w+ ){0,6}puffs?(?: \w+){0,10} still (?:the same|there|going|no better)",
            # "Used my spray at 09:10 and again at 09:15. Pain still there at 09:22", "sprayed, then
            # again after five minutes, not going".
            r"(?:spray|sprayed|puff|gtn)\w*(?: \w+){0,8} again(?: \w+){0,8} (?:still (?:the same|"
            r"there|going|no better|bad|hurting)|no better|"
            r"not (?:gone|going|easing|helping|touched))",
            # "Used the spray. Nothing. Waited five minutes and had another puff. ... still there".
            r"(?:another|a second|second|2nd) (?:puff|spray|dose|squirt|go)(?: \w+){0,14} "
            r"(?:still (?:the same|there|no better|bad|hurting)|no better|not (?:gone|going|easing|"
            r"helping))",
            r"(?:used|took|had|tried) (?:the |my |his |her )?(?:spray|gtn|puff)(?: \w+){0,2} "
            r"nothing\b",
        )
    )
    # A bare "spray" is angina's unless another kind is named: "spray isn't working this time".
    angina_spray = m.mentioned(_GTN_NAMED) or (m.mentioned(_A_SPRAY) and not m.mentioned(_NOT_GTN))
    if (m.mentioned(ANGINA) or angina_spray) and (m.has(SPRAY_FAILED) or logged):
        return Level.EMERGENCY
    # NHS: angina that comes on at rest, with nothing to bring it on, is a 999 call.
    lasting = words(
        r"(?:getting|gets) (?:stronger|worse)|(?:\d+|five|ten|fifteen|twenty|thirty) "
        r"(?:min|mins|minutes)|half an hour|an hour"
    )
    # A stab of seconds is not the attack (NHS: angina lasts minutes), whatever else took an hour.
    seconds = m.has(_SECONDS_LONG)
    if m.mentioned(ANGINA) and m.has(_AT_REST_ANGINA) and m.has(lasting) and not seconds:
        return Level.EMERGENCY
    # So does one that woke them and is still going or growing ("woke him at 3, twenty minutes
    # and getting worse"); one that woke them and settled is the same-day kind below.
    growing = m.has(words(r"(?:getting|gets) (?:stronger|worse)")) or m.has(_NOT_EASING)
    if m.mentioned(ANGINA) and m.has(_WOKEN) and growing and m.has(lasting) and not seconds:
        return Level.EMERGENCY
    # NHS (angina): an attack that has not eased after resting for a while, with sweating:
    # call 999 (the NHS says after 5 minutes and a second dose of the spray).
    not_easing = m.has(_NOT_EASING)
    if m.mentioned(ANGINA) and not_easing and m.has(lasting) and m.has(WARNING_COMPANIONS):
        return Level.EMERGENCY
    # "The chest thing" coming with less effort than last month: angina's pattern, unnamed.
    # Not once tests have cleared it ("A&E for the chest thing, ECG and bloods all normal").
    chest_thing = m.has(words(r"(?:the|my|this|that) chest (?:thing|issue|problem|trouble)"))
    if chest_thing and m.has(MORE_OFTEN) and not (m.has(WARNING_COMPANIONS) or m.cleared):
        return Level.SAME_DAY
    gone_since = m.has(PAIN_GONE_SINCE) and not m.has(PAIN_BACK)
    # "The burn is in my chest, not my legs", coming on earlier in each session: angina's
    # pattern getting worse (NHS angina), told in the gym's word for effort.
    if m.near(CHEST, _A_BURN, 6) and m.has(_SOONER_EACH_TIME) and m.mentioned(EXERCISE):
        return Level.SAME_DAY
    if not chest_words:
        # Dizzy from spinning a child round, arms aching from it: the spin and the lifting.
        spun = m.mentioned(SPUN_ROUND)
        if m.near(RADIATION_SITE, PAIN, 6) and m.has(WARNING_COMPANIONS) and not spun:
            # Told as over since yesterday: NICE CG95's same-day assessment, as for the chest.
            return Level.SAME_DAY if gone_since else Level.EMERGENCY
        if m.has(SPREADING) or (m.has(_IT_SPREAD) and m.mentioned(EPISODE_CHEST)):
            return Level.SAME_DAY if gone_since else Level.EMERGENCY
        # The pain told by what is seen, with sweat or pallor: rubbing between the shoulder
        # blades or holding the jaw (AHA, heart attack warning signs: discomfort in the back,
        # jaw or arms). Or told as "indigestion" someone never gets, or that has gone on for
        # hours: read as that discomfort, not as the reflux that excuses a chest's.
        told_otherwise = m.has(_RUBBING_A_SITE) or m.mentioned(_UNUSUAL_INDIGESTION)
        if told_otherwise and m.has(WARNING_COMPANIONS) and not spun:
            return Level.SAME_DAY if gone_since else Level.EMERGENCY
        # A hand held to the chest while the pain is told spreading to the arm or jaw, grey or
        # sweating: the sign by its gesture (AHA: discomfort spreading to the arm, neck or jaw).
        shown = m.has(_HAND_TO_THE_CHEST) and m.mentioned(RADIATION_SITE)
        if shown and m.has(WARNING_COMPANIONS) and not spun:
            return Level.SAME_DAY if gone_since else Level.EMERGENCY
        # Pain high in the stomach going through to the back, clammy or breathless with it: a
        # heart attack can be felt there without the chest (NHS, heart attack: pain that spreads
        # to the back or stomach, with sweating or breathlessness). Today once it has settled.
        if m.has(_THROUGH_TO_THE_BACK) and m.has(WARNING_COMPANIONS) and not spun:
            return Level.SAME_DAY if _told_as_over(m, gone_since) else Level.EMERGENCY
        # Or "indigestion" the usual remedy did nothing for, with sweat or sickness (NHS, heart
        # attack: a feeling like indigestion). Not late in pregnancy, where pain under the ribs
        # that the remedy doesn't touch is pre-eclampsia's, read by its own rule.
        no_remedy = m.mentioned(_REMEDY_DID_NOTHING) and not m.mentioned(LATE_PREGNANCY)
        if no_remedy and m.has(WARNING_COMPANIONS) and not spun:
            return Level.SAME_DAY if _told_as_over(m, gone_since) else Level.EMERGENCY
        # Asked in general words ("is indigestion meant to spread into your neck?") about what is
        # going on now ("half an hour now, getting worse").
        if m.mentioned(_SPREAD_TO_YOUR) and m.has(_GOING_ON_NOW):
            return Level.SAME_DAY if gone_since else Level.EMERGENCY
        # Not a fear told of a moment now over: "thought I was having a heart attack... back to
        # normal in 3 minutes and completely fine" (with no chest pain told).
        if m.has(HAVING_ONE_NOW) and not (m.mentioned(_FEARED) and m.has(_FINE_NOW)):
            return Level.EMERGENCY
        if _unplaced_squeeze(m) and m.has(WARNING_COMPANIONS):
            return Level.SAME_DAY if gone_since else Level.EMERGENCY
        # "The tightness" on a walk, coming with less effort and going with rest: angina's
        # pattern, getting worse, with its place left unsaid.
        stops_it = m.has(EXERTIONAL_EASE) or m.has(_MADE_TO_STOP)
        if _unplaced_squeeze(m) and stops_it and m.has(MORE_OFTEN):
            return Level.SAME_DAY
        # Unchanged for weeks or months ("exactly the same since before Christmas"): angina's
        # pattern, stable, for a GP to look into (NHS angina: see a GP if you think you have it).
        if _unplaced_squeeze(m) and stops_it and m.has(SLOW_ONSET):
            return Level.SEE_GP
        # A jaw or throat that aches on effort, comes on sooner each time and stops with rest:
        # angina felt where it spreads to (NHS angina), getting worse, so today.
        sooner = m.has(_SOONER_EACH_TIME)
        if m.near(RADIATION_SITE, PAIN, 6) and m.mentioned(EXERCISE) and sooner and not spun:
            return Level.SAME_DAY
        # Known angina (named in any sentence, "diagnosed last year") that now comes more often,
        # or for the first time at rest or in the night (NHS: angina getting worse, see someone
        # today).
        # Its spray names it too: "needing his spray 3 or 4 times a day this week".
        # Not angina tested for and cleared: "got checked for angina, all clear, it was reflux".
        named = m.mentioned(ANGINA) or (m.mentioned(_ANGINA_SPRAY) and not m.mentioned(_NOT_GTN))
        named = named and not m.cleared
        worse = m.has(MORE_OFTEN) or m.has(_AT_REST_ANGINA) or m.has(_WOKEN)
        if named and (worse or _on_less_effort(m)):
            return Level.SAME_DAY
        # Or an attack that lasted far longer than its usual few minutes, spray or not: told of
        # last night, it is angina getting worse all the same.
        if named and m.mentioned(_LASTED_LONGER):
            return Level.SAME_DAY
        # NICE CG126 (stable angina): symptoms back after a stent or bypass are for the heart
        # team to see; "that squeezing thing again, first time since the stent" is that.
        if _unplaced_squeeze(m) and m.mentioned(_SINCE_THE_STENT):
            return Level.SAME_DAY
        # Needed a little more often over months, at the same effort: a review, not today.
        if m.mentioned(ANGINA) and m.has(_CREPT_UP):
            return Level.SEE_GP
        squeeze = words(
            r"squeez\w*|tight\w*|pressure|heav\w*|pain\w*|ache|aches|ached|aching|burning|band|belt|vice"
        )
        # "Heartburn" an antacid has not touched, with the arms heavy, sweat or a near-faint: read
        # as the heart's discomfort (AHA warning signs: the arms, a cold sweat, lightheadedness).
        unrelieved = m.mentioned(REFLUX) and m.has(ANTACID_FAILED)
        # Not the nausea a curry's reflux brings: sweat, a grey face, the arms, a near-faint.
        sweat = m.has(words(r"sweat\w*|clammy|grey|gray|ashen"))
        with_it = m.near(RADIATION_SITE, squeeze, 6) or sweat or m.has(NEAR_FAINT)
        if unrelieved and with_it and not spun:
            return Level.SAME_DAY if gone_since else Level.EMERGENCY
        sites = words(r"jaw|throat|neck|left arm")
        # Or told as over after an effort: "did the stairs, ache in my jaw near the top, stopped
        # and it faded" (not a jaw that ached from chewing and faded when the chewing stopped).
        eased_after_effort = m.has(_STOPPED_AND_IT_FADED) and m.mentioned(_AN_EFFORT)
        eased = m.has(EXERTIONAL_EASE) or m.has(_MADE_TO_STOP) or eased_after_effort
        # Not a jaw that aches from clenching through a lift.
        if m.near(sites, squeeze, 6) and eased and not m.mentioned(_CLENCHED):
            # The same pattern unchanged for months is stable angina's, for a GP's referral
            # (NICE CG95: a rapid access chest pain clinic), not today.
            return Level.SEE_GP if m.mentioned(_MONTHS_OF_IT) else Level.SAME_DAY
        # The jaw and the left arm aching together in an effort, with no chest named: two of the
        # places heart pain spreads to (AHA warning signs), not one joint's strain. Never a blow
        # that landed there ("took a hook to the jaw").
        jaw_and_arm = m.near(_JAW_AND_LEFT_ARM, squeeze, 6) and m.mentioned(EXERCISE)
        if jaw_and_arm and not (m.mentioned(_CLENCHED) or m.mentioned(_STRUCK_THERE)):
            return Level.SAME_DAY
        # Angina felt only in the upper stomach or the left shoulder, as it often is in women,
        # older people and people with diabetes, brought on by a walk and made to stop it.
        if m.near(_ATYPICAL_SITE, squeeze, 8) and stops_it and not m.has(_STITCH):
            return Level.SAME_DAY
        # "Indigestion" that a walk or the stairs bring on and stopping ends: angina's pattern
        # under reflux's name (NHS angina: its pain can be like indigestion; brought on by effort
        # and gone with rest, an urgent GP appointment), or, unchanged for months, a GP's
        # referral as above.
        on_with_effort = m.has(_ON_WITH_EFFORT) or m.has(_BROUGHT_ON_BY_EFFORT)
        if m.has(_HEARTBURN) and on_with_effort and stops_it:
            return Level.SEE_GP if m.mentioned(_MONTHS_OF_IT) else Level.SAME_DAY
        return None
    companions = (
        m.has(WARNING_COMPANIONS) or m.has(CHEST_SIMILE) or m.near(CHEST, words(r"left arm|jaw"), 6)
    )
    # Soreness in the chest muscles after training them, a strain that hurts when pressed, or
    # heartburn after a meal that an antacid settles, with no companion sign.
    tight_clothes = m.mentioned(
        words(
            r"(?<!like a )(?<!like an )(?<!like my )(?:top|shirt|bra|vest|harness|strap|binder|"
            r"wetsuit)s?(?: \w+){0,6} (?:too "
            r"(?:small|tight)|size too small|sizes too small)",
            # Said by the size alone, which only clothes have: "the new one being a size too
            # small", "went up a band size and it stopped". Never a likeness ("tight like a coat
            # two sizes too small" is how angina feels).
            r"(?:is|was|being|its|it is|it was|ordered|bought|got)(?: \w+){0,3} (?:a|one|two) "
            r"sizes? too (?:small|tight)|went up (?:a|one) (?:band |cup )?size",
            # Blamed on the garment and gone when it came off.
            r"(?:compression|new) (?:top|shirt|vest|tee|bra|gear)(?: \w+){0,10} took it off",
            # A lifting belt or strap that squeezes until it is undone: "til I unbuckle".
            r"(?:belt|strap|harness|binder|bra|vest|jersey|layer|zip)s?(?: \w+){0,18} "
            r"(?:unbuckl\w*|unclip\w*|unclasp\w*|unstrap\w*|undo|undid|loosen\w*|unzip\w*|removed|"
            r"(?:its|it is|it comes|it came|"
            r"take it|took it) off)",
        )
    )
    # NHS (heartburn and acid reflux): heartburn most days for three weeks or more, an antacid
    # helping, is for a GP to look into; not for today, and not nothing.
    lasting_reflux = m.mentioned(REFLUX) and not m.mentioned(ANTACID_FAILED) and m.has(WEEKS)
    # Brought on by effort and eased by rest, it is angina's pattern, read below.
    effort_pattern = m.has(_BROUGHT_ON_BY_EFFORT) or m.has(EXERTIONAL_EASE)
    if not companions and lasting_reflux and not effort_pattern:
        return Level.SEE_GP
    if not companions and (
        m.mentioned(_SIDE_STITCH)
        or m.mentioned(CHEST_TRAINING)
        or m.near(CHEST, TRAINING_SORENESS, 6)
        # Or DOMS in the sentence after: "chest and shoulders cooked after the WOD. DOMS
        # tomorrow" (not a "pump", which may be the angina spray's).
        or m.near_or_next(CHEST, DOMS, 6)
        or m.has(CHEST_WALL)
        # Heartburn doesn't come with effort and go with slowing down: that is angina's pattern.
        or (
            m.mentioned(REFLUX)
            and not m.mentioned(ANTACID_FAILED)
            and not m.has(EXERTIONAL_EASE)
            and not m.has(_BROUGHT_ON_BY_EFFORT)
        )
        or tight_clothes
        # The chest said to be fine, the pain told of somewhere else: "chest fine, only my calves".
        or m.has(_CHEST_SAID_FINE)
        # Known asthma that its reliever settled: "two puffs of the blue one and it's gone".
        or (m.mentioned(_ASTHMA_OR_RELIEVER) and m.mentioned(_EASED_BY_THE_RELIEVER))
    ):
        return None
    if winded_by_a_knock(m):
        return None
    # The pain the tests were for, found harmless, with nothing changed since and none of the
    # heart's companions told: "a CT for chest pain after my flight, checked for a clot, clear, a
    # pulled muscle".
    if m.cleared and not companions:
        return None
    # Cold water shock: the gasp and a band round the chest on getting into cold water, for the
    # first minute, gone once swimming (RNLI, cold water shock), with none of the heart's
    # companions and nothing still there.
    # Not a band that has come with the last few dips only, which is new (angina's pattern).
    brief = m.mentioned(BRIEF_GASP) or m.mentioned(NORMAL_RECOVERY)
    beside = m.has(_HEART_LIKE) or m.has(_STILL_THERE) or m.has(_THE_LAST_FEW_DIPS)
    if m.mentioned(COLD_WATER) and brief and not beside:
        return None
    # The burn of an all-out effort, gone within minutes and told as a good session ("good burn,
    # 12 reps next week"), with none of the heart's companions.
    # Only the burn itself: crushing, squeezing or pressure after a PB is not excused.
    burn_only = m.has(_CHEST_BURN) and not m.has(_HEART_PAIN_WORDS)
    if (
        burn_only
        and m.mentioned(_GOOD_SESSION)
        and m.mentioned(NORMAL_RECOVERY)
        and m.mentioned(EXERCISE)
        and not m.has(_HEART_LIKE)
    ):
        return None
    # NICE CG95: chest pain in the last three days that has gone needs assessment the same day.
    if gone_since:
        return Level.SAME_DAY
    # Pain that comes with effort and eases with rest is angina's pattern: see someone today.
    if m.has(EXERTIONAL_EASE) and not companions and not m.has(SUDDEN):
        return Level.SAME_DAY
    return Level.EMERGENCY


# An episode over, or dated to an earlier day: "now is quiet", "calm again now", "last evening".
_RUBBING_A_SITE = words(
    r"(?:rub|rubs|rubbing|rubbed|clutch\w*|hold\w*|press\w*) (?:at )?(?:his |her |my |their )?"
    r"(?:jaw|left arm|between (?:his |her |my |their )?shoulder ?blades)"
)
_HAND_TO_THE_CHEST = words(
    r"(?:hand|hands|fist)s? (?:\w+ )?(?:on|over|pressed (?:to|on|against)|holding|clutching|"
    r"gripping) (?:his|her|my|their|the) chest"
)
_THROUGH_TO_THE_BACK = words(
    r"(?:pain|ache|pressure)(?: \w+){0,5} (?:tummy|stomach|belly|abdomen)(?: \w+){0,2} "
    r"(?:going|goes|went|gone|spreading|spread|radiating|boring) (?:thru|through|round|into) "
    r"(?:to )?(?:my |her |his |the )?back"
)
_UNUSUAL_INDIGESTION = words(
    r"(?:never|doesnt|does not|dont|do not|hardly ever|rarely) (?:\w+ )?(?:gets?|has|had|have) "
    r"(?:indigestion|heartburn)",
    r"(?:indigestion|heartburn)(?: \w+){0,6} (?:for|over|more than) (?:an|two|three|\d+|half an) "
    r"hours?",
)
# "Indigestion" that the usual remedy did nothing for: "Tums did nothing", "the Gaviscon didn't
# touch it".
_REMEDY_DID_NOTHING = words(
    r"(?:antacids?|tums|rennies?|gaviscon|gennies|omeprazole|lansoprazole)(?: \w+){0,2} "
    r"(?:(?:did|done|doing) nothing?|(?:did not|didnt|havent|hasnt|wont|isnt|arent|not) (?:help|"
    r"helped|helping|touch|touched|touching|work|worked|working|shift|shifted|do anything))",
)
# Over and well since ("he's been fine since"); `_OVER_NOW` has "fine now" and "gone now".
_FINE_SINCE = words(r"fine (?:ever )?since")
_OVER_NOW = words(
    r"(?:now (?:is |its |it is )?|(?:is|its|it is) )?(?:quiet|calm|normal|fine|ok|okay|steady) "
    r"(?:again )?now|now (?:is |its |it is )?(?:quiet|calm|steady)|(?:stopped|gone) now",
    r"last (?:evening|night)|yesterday",
)
# Hours of it, or a day: "since yesterday" (nidirect, atrial fibrillation: a sudden change in the
# heartbeat that makes you feel unwell is for a GP straight away).
_HOURS_OF_IT = words(
    r"(?:\d+|two|three|four|five|six|a few|several|couple of) (?:hours?|hrs?)|since (?:i woke|this "
    r"morning|breakfast|lunch|yesterday|last night)"
)
_NEVER_BEFORE = words(r"never (?:had|felt|known) (?:this|that|it|anything like)|first time")
# Not a time since something else: "4 months sober", "six months postpartum".
_MONTHS_OF_IT = words(
    r"(?:months|years) (?:of (?:this|it)|now|on end)|for (?:months|years)|(?:\d+|two|three|six|"
    r"several|a few|couple of) months"
    r"(?! (?:sober|clean|dry|off|postpartum|post ?op|pregnant|old|since)\b)"
)
_ATYPICAL_SITE = words(
    r"left shoulder|upper (?:stomach|abdomen|belly|tummy)|top of (?:my |his |her )?(?:stomach|"
    r"belly|tummy)"
)
_STOPPED_AND_IT_FADED = words(
    r"(?:stopped|rested|sat down|slowed down)(?: and)?(?: it)? (?:faded|eased|went (?:away|off)|"
    r"passed|settled|disappeared)"
)
_AN_EFFORT = words(
    r"stairs|steps|flights?|(?:up)?hill|walk\w*|run|running|climb\w*|jog\w*|cycl\w*|rowing|"
    r"lifting|carr(?:y|ying|ied)|shovell\w*|digging"
)
_MADE_TO_STOP = words(
    r"(?:made|makes|make) (?:me|him|her) (?:stop|pull up)|(?:had|have|has) to stop (?:\w+ )?"
    r"(?:times|twice|and|on)"
)
# Known reflux doesn't explain a pain that effort brought on and that stopped the member: "carrying
# the shopping up three flights, it made me sit on the stairs".
_BROUGHT_ON_BY_EFFORT = words(
    r"(?:made|make|makes) (?:me|him|her) (?:sit|stop|rest|pull over)",
    r"(?:came|come|comes|coming) on (?:with|during|from) (?:effort|exertion|exercise|walking|"
    r"climbing)",
    r"(?:carrying|climbing|lugging|hauling)(?: \w+){0,4} (?:up|upstairs|stairs|flights?)",
)
_HEARTBURN = words(r"heartburn|indigestion|reflux|acid")
_ON_WITH_EFFORT = words(
    r"(?:comes|come|came|coming|starts|started|kicks|kicked)(?: on| in| up)? (?:\w+ ){0,2}(?:when|"
    r"whenever|if|once|as soon as|every time|each time) (?:i|he|she|they|we|you) (?:walk|climb|"
    r"carry|carries|go up|goes up|do the stairs|does the stairs|hurry|hurries|rush|push|cycle|"
    r"run|jog|dig|mow)\w*",
)
# A runner's stitch under the ribs, named as one: "a sharp stitch under my right ribs".
_SIDE_STITCH = words(
    r"stitch (?:under|below|in) (?:my |the )?(?:right |left )?(?:ribs|side)|side stitch"
)
# A runner's stitch sits in the same places and stops them too.
_STITCH = words(r"stitch\w*")


def winded_by_a_knock(m: Message) -> bool:
    """A ball or a knock to the chest in sport that winded them and was gone within a minute or
    two, with none of the heart's companions."""
    recovered = m.mentioned(NORMAL_RECOVERY) or m.mentioned(
        words(r"then (?:totally |completely )?fine|finished the (?:session|game|match)")
    )
    return m.mentioned(CHEST_KNOCK) and recovered and not m.has(_HEART_LIKE)


# A reliever that worked: "2 puffs and it's sorted", "inhaler before runs and it's gone". Never
# one that didn't: "4 puffs and it's not better", "inhaler hasn't sorted it".
_NO_NOT = r"(?: (?!not\b|isnt\b|hasnt\b|havent\b|didnt\b|wont\b|no\b|never\b|barely\b|hardly\b)\w+)"
_EASED_BY_THE_RELIEVER = words(
    rf"(?:\d+|two|three|a couple of|couple of|a few) puffs{_NO_NOT}{{0,6}} (?:and )?(?:its |it was "
    r"|im |i was )?(?:sorted|gone|fine|better|cleared|flying|eased|settled|settles|eases|clears|"
    r"goes)",
    rf"(?:inhaler|reliever|ventolin|salbutamol){_NO_NOT}{{0,4}} (?:and )?(?:its |it was |it )?"
    r"(?:sorted|gone|fixed|cleared|eased|settled|settles|eases|clears|goes|worked|helped)",
)
# The companions that make chest symptoms sound like the heart rather than a knock or a burn.
_THE_LAST_FEW_DIPS = words(
    r"(?:the )?(?:last|past) (?:two|three|four|few|couple of|\d) (?:dips|swims|times|sessions|"
    r"plunges|goes)|lately|recently|(?:started|starting|begun|began) (?:to |getting |having )"
)
_STILL_THERE = words(r"still|(?:hasnt|has not|wont|isnt|not) (?:\w+ )?(?:gone|going|eased|easing)")
_HEART_LIKE = words(r"sweat\w*|clammy|sick|nause\w*|vomit\w*|arm|jaw|neck|grey|gray|pale")


_CHEST_BURN = words(
    r"chest (?:\w+ )?burn\w*|burn\w* (?:in )?(?:my |the )?chest|lungs? (?:\w+ )?burn\w*"
)
_BLOCKED_NOSE = words(
    r"(?:nose|sinuses?) (?:\w+ ){0,2}(?:blocked|stuffed|bunged|congested)",
    r"(?:blocked|stuffy|stuffed up|bunged up) nose",
)
_HEART_PAIN_WORDS = words(r"crush\w*|squeez\w*|tight\w*|pressure|heav\w*|pains?|ache|aching|vice")
_GOOD_SESSION = words(
    r"good burn|in a good way|the good kind|(?:new )?(?:pb|pr)|personal best|buzzing|loved it|"
    r"smashed it|like always|as always|as usual|(?:thats|that is) (?:literally )?the point"
)


# Breathless at rest, which no effort explains. Flat out on the track or the mat after the last
# rep is the effort's ("lying on the track gasping, fine a few minutes later").
# Not sat down and told well: "sitting on a rock now, all good".
_STILL_AT_REST = words(
    r"(?<!fine )(?<!ok )(?<!okay )(?<!normal )(?<!easy )at rest|resting|"
    r"sitting(?! (?:\w+ ){0,3}now (?:all good|fine|ok|okay|grand))|"
    r"lying(?! on the (?:track|grass|turf|mat|pitch))|in bed"
)
_COUGH_LYING_DOWN = words(
    r"cough\w*(?: \w+){0,3} (?:when|once|as soon as|whenever) (?:she|he|i|they) (?:lies|lie|lay|"
    r"lays|is lying|goes) (?:down|flat|to bed)",
    r"cough\w* (?:all|every) night",
)


def chest_wall_told(m: Message) -> bool:
    """Chest pain the member places in the chest wall (sore to press or twist, a stab of a
    second or two, a trained chest's DOMS) with none of the heart's companions, no spread and no
    breathlessness: the rules read nothing, and the bank, which reads "chest" and "angina" as
    written, is not asked to overrule them."""
    # The chest trained and its soreness named DOMS by the member: "chest day yesterday, today my
    # chest is killing me... DOMS is no joke".
    trained_and_sore = m.mentioned(CHEST_TRAINING) and m.mentioned(DOMS)
    if not (m.near_or_next(CHEST, PAIN, 8) and (m.has(CHEST_WALL) or trained_and_sore)):
        return False
    beside = (
        m.has(WARNING_COMPANIONS)
        or m.has(CHEST_SIMILE)
        or m.near(CHEST, words(r"left arm|jaw"), 6)
        or m.has(SPREADING)
        or m.has(BREATH)
        or m.has(FAINTED)
        # Weeks of it are for a GP to see, as the rules and the bank may say.
        or m.has(RECURRING)
    )
    return not beside


def puffed_as_always(m: Message) -> bool:
    """Puffed on a hill or a climb as the member always has been, the breath back within a
    minute or two, with nothing else told: what effort does, which the rules read as nothing and
    the bank, which reads the words as written, should not overrule. Not breathlessness getting
    worse or coming with less effort, at rest, or beside the chest, a faint, a racing heart or
    swelling."""
    # Or in a session, told as well again straight after: "gasping and can't talk for a minute at
    # the end of my 5k, then it settles and I feel fine".
    usual = m.mentioned(_AS_ALWAYS) or (m.mentioned(EXERCISE) and m.mentioned(_WELL_AGAIN_AFTER))
    breath = m.mentioned(BREATH) or m.mentioned(SEVERE_BREATH)
    if not (breath and usual and m.mentioned(NORMAL_RECOVERY)):
        return False
    # Nor a heart condition's episode told as one of many ("had angina for years").
    beside = (
        m.mentioned(ANGINA)
        or m.mentioned(HEART_FAILURE)
        or m.near(CHEST, PAIN, 8)
        or m.has(FAINTED)
        or m.has(NEAR_FAINT)
        or m.has(DIZZY)
        or m.has(RACING)
        or m.has(IRREGULAR)
        or m.has(SWOLLEN)
        or m.has(_BLUE_LIPS)
        or m.has(_STILL_AT_REST)
    )
    return not (beside or m.has(_GETTING_WORSE) or m.has(SLOW_ONSET) or m.has(RECENT_ONSET))


_WELL_AGAIN_AFTER = words(
    r"(?:then|and then|but then|after that)(?: \w+){0,4} (?:i|im|i am|i feel|feel|he|hes|she|"
    r"shes) (?:totally |completely |absolutely )?(?:fine|ok|okay|normal|grand)(?! (?:until|till|"
    r"except|but)\b)",
)
_AS_ALWAYS = words(
    r"always (?:have|has|had|been)(?: done| been)?|(?:for|in) years|all my life|my whole life",
    r"since i was (?:a kid|a child|little|young|at school|a teenager)",
)


def breathless_lying_flat(m: Message) -> bool:
    """Breathless lying flat, or sleeping propped up; not for a nose blocked by a cold."""
    return m.has(LYING_BREATHLESS) and not m.mentioned(_BLOCKED_NOSE)


def ankles_swelling_and_breathless(m: Message) -> Level | None:
    """Both ankles or legs swelling over weeks or by each evening, with the breath short on
    effort: heart failure's pattern, for a GP (NHS heart failure); come on within the week, a
    doctor today. Severe breathlessness and a clot's one leg are the other rules'."""
    breath = m.has(BREATH) and not m.has(SEVERE_BREATH)
    both = m.has(BOTH_ANKLES) and m.has(SWOLLEN) and not m.mentioned(ONE_SIDE)
    if not (breath and both):
        return None
    if m.has(NEW_THIS_WEEK):
        return Level.SAME_DAY
    return Level.SEE_GP if m.has(FOR_WEEKS_OR_BY_EVENING) or m.has(SLOW_ONSET) else None


def breathlessness(m: Message) -> Level | None:
    if breathless_lying_flat(m):
        return Level.SAME_DAY
    # NHS (heart failure): a cough that is worse at night, lying down, with the ankles, legs or
    # feet swollen, is its pattern; not a cold's night cough, which swells nothing.
    if m.has(_COUGH_LYING_DOWN) and m.has(SWOLLEN) and m.has(BOTH_ANKLES):
        return Level.SAME_DAY
    # Royal College of Physicians, NEWS2: a breathing rate of 21 or more a minute at rest scores
    # as abnormal (21 to 24: 2 points; 25 or more: 3). Counted by a carer or the member while
    # sitting, it is for a clinician today; after a run it is the run, and a sleep tracker's
    # overnight estimate is not a count.
    counted = [int(a or b) for a, b in _BREATHS_A_MINUTE.findall(m.whole)]
    tracked = m.mentioned(words(r"watch|whoop|oura|garmin|fitbit|tracker|ring|app|overnight"))
    if counted and max(counted) >= 21 and not (m.mentioned(EXERCISE) or tracked):
        return Level.SAME_DAY
    # Winded by a knee to the stomach, breathing again within the minute: the knock.
    if winded_by_a_knock(m):
        return None
    # BTS/SIGN 158 (British guideline on the management of asthma, 2019): a peak flow at half the
    # member's best or below is a severe attack (under a third, life-threatening): hospital now.
    share = _peak_flow_share(m)
    if share is not None and share <= 0.5:
        return Level.EMERGENCY
    # Between half and three quarters of the best is a moderate attack (the same guideline):
    # treatment today, not a race at the weekend.
    if share is not None and share <= 0.75:
        return Level.SAME_DAY
    severe = m.has(SEVERE_BREATH)
    named = m.has(BREATH)
    # NHS (asthma): a reliever needed three or more times a week means the asthma is not under
    # control, for a GP or asthma nurse to review.
    reliever_often = m.has(_RELIEVER_OFTEN)
    # Asthma + Lung UK (asthma attacks): a reliever needed every four hours or more often is an
    # attack building: four or more times a day is that, told by the day.
    # Told as the reliever wearing off, the attack is building whether or not the breath itself is
    # named: "asthma playing up, the blue inhaler every 3-4 hours and it only helps for a bit".
    # Too breathless as well is the attack itself (NHS asthma attack: 999).
    if m.mentioned(_ASTHMA_OR_RELIEVER) and (
        m.has(_RELIEVER_MANY_TIMES_A_DAY) or m.has(_RELIEVER_WEARING_OFF)
    ):
        return Level.EMERGENCY if severe else Level.SAME_DAY
    # NHS (asthma attacks): after an attack, a GP or asthma nurse within two days; still tight or
    # wheezy the morning after, it has not fully settled, so today.
    if m.mentioned(_RECENT_ASTHMA_ATTACK) and m.has(_STILL_TIGHT_OR_WHEEZY):
        return Level.EMERGENCY if severe else Level.SAME_DAY
    # Asthma + Lung UK (what to do after an asthma attack): one dealt with at home by the blue
    # reliever needs a GP or asthma nurse the same day, even once it has settled. Not one
    # already seen in hospital or by paramedics (a follow-up within two working days).
    settled_at_home = m.mentioned(_EASED_BY_THE_RELIEVER) and not m.mentioned(_SEEN_FOR_IT)
    if m.mentioned(_RECENT_ASTHMA_ATTACK) and settled_at_home:
        return Level.SAME_DAY
    if m.mentioned(_RECENT_ASTHMA_ATTACK) and m.mentioned(_SEEN_FOR_IT):
        return Level.SEE_GP
    # NHS (asthma): a wheeze or tight chest that keeps coming with exercise or cold air is for a GP,
    # even though it settles each time.
    wheeze = words(r"wheez\w*")
    # Or told as a tight chest that cold air brings on (NHS asthma: a tight chest, as well as
    # wheezing), in someone with no asthma to explain it.
    cold_tight = m.near(_TIGHT_CHESTED, _COLD_AIR, 20) and not m.has(_ASTHMA_OR_RELIEVER)
    repeated = words(
        r"(?:morning |cold |long |easy |hard )?(?:runs|walks|rides|sessions|workouts)|"
        r"(?:hard |training )+sets|only (?:ever )?when",
        # "I get wheezy in cold air when I run."
        r"when (?:i |he |she )(?:run|jog|exercise|train|cycle|swim)|in (?:the )?cold air",
    )
    keeps_wheezing = (m.has(wheeze) or cold_tight) and (
        m.has(RECURRING) or m.has(SLOW_ONSET) or m.has(repeated)
    )
    if not (severe or named):
        # "My breathing never got fully back" after a clot on the lung: the same left-over
        # breathlessness as below, told without the word.
        left_over_clot = m.mentioned(CLOT_ON_THE_LUNG) and (
            m.has(STILL_MORE_BREATHLESS) or m.mentioned(BREATH_NEVER_BACK)
        )
        return Level.SEE_GP if reliever_often or keeps_wheezing or left_over_clot else None
    # Still more breathless than before, months after a clot on the lung: breathlessness that
    # lingers is for a GP to look into (NHS shortness of breath: see a GP when it lasts), not
    # today; getting worse is read below.
    left_over = not (m.has(_GETTING_WORSE) or m.has(RECENT_ONSET))
    if m.mentioned(CLOT_ON_THE_LUNG) and m.has(STILL_MORE_BREATHLESS) and left_over:
        return Level.SEE_GP
    held_or_chilled = m.mentioned(COLD_WATER) or m.mentioned(_BREATH_HOLD)
    # "Takes a minute or two to recover after each rep" is the effort's; a heart's racing that
    # "takes a minute to settle" is left to the palpitations rule.
    ordinary_effort = (
        (
            m.mentioned(NORMAL_RECOVERY)
            and (m.mentioned(EXERCISE) or held_or_chilled or m.mentioned(_ALTITUDE))
        )
        or (m.mentioned(BRIEF_GASP) and held_or_chilled)
        or (m.mentioned(_BREATH_BACK) and m.mentioned(EXERCISE))
    )
    # Not with lips or a face gone blue or grey, which no effort explains (NHS: 999).
    if ordinary_effort and not (m.has(_STILL_AT_REST) or m.has(_BLUE_LIPS)):
        return Level.SEE_GP if keeps_wheezing and not severe else None
    # Breath lost to a fit of laughing or crying, told as that and nothing beside it: not an
    # asthma attack a laugh set off, which the reliever or a blue lip would tell.
    beside_it = m.mentioned(_ASTHMA_OR_RELIEVER) or m.near(CHEST, PAIN, 8) or m.has(_BLUE_LIPS)
    if m.has(_LAUGHED_OR_CRIED) and not (beside_it or m.has(_STILL_BREATHLESS)):
        return None
    # NHS (pregnancy): getting out of breath on stairs late in pregnancy is common as the baby
    # grows; it matters when sudden, at rest, or with chest pain or a racing heart.
    late_pregnancy = m.mentioned(LATE_PREGNANCY)
    settles = m.has(EXERTIONAL_EASE) and not (
        severe or m.has(SUDDEN) or m.has(BREATHING_IN) or m.has(RACING) or m.near(CHEST, PAIN, 8)
    )
    if late_pregnancy and settles:
        return None
    # Breathlessness a doctor put down to anxiety, told as the usual kind and nothing worse, with
    # nothing beside it that anxiety doesn't explain (NHS: see a GP if it keeps happening).
    if (
        m.mentioned(_ANXIETY_DIAGNOSED)
        and m.mentioned(_THE_USUAL_KIND)
        and not (m.near(CHEST, PAIN, 8) or m.has(_NOT_FROM_ANXIETY) or m.has(BREATHING_IN))
    ):
        return None
    if severe or (named and m.has(SUDDEN)):
        # A spell dated before today and told as passed ("last night ... passed after 20 min"),
        # with nothing told of today: over, it is checked today rather than with 999, as the
        # palpitations rule reads a spell that has stopped (NHS, shortness of breath).
        # Told as passing, not merely dated: "yesterday" alone may be when it began.
        passed = m.mentioned(NORMAL_RECOVERY) or m.mentioned(SETTLED) or m.mentioned(_FINE_SINCE)
        if passed and m.mentioned(BEFORE_TODAY) and not m.mentioned(_TODAY):
            return Level.SAME_DAY
        return Level.EMERGENCY
    # NHS (COPD): a flare-up, more breathless than usual with the phlegm changed colour or the
    # cough worse, is for the GP or 111 today (and the rescue pack, if there is one).
    if m.mentioned(_COPD) and sum(m.has(sign) for sign in _COPD_FLARE) >= 2:
        return Level.SAME_DAY
    # NHS (pulmonary embolism): breathlessness that builds in the weeks after an operation may be
    # a clot in the lungs, even with no chest pain: checked today.
    if (m.has(_RECENT_OPERATION) or m.mentioned(_RECENT_JOURNEY)) and m.has(_GETTING_WORSE):
        return Level.SAME_DAY
    # At altitude, breathlessness new since a day or two is not the effort's even mid-sport: the
    # NHS (altitude sickness) sends it to a doctor, as fluid can gather in the lungs.
    if m.has(RECENT_ONSET) and (
        m.has(TRIVIAL_EFFORT) or not m.mentioned(EXERCISE) or m.has(FEVER) or m.mentioned(_ALTITUDE)
    ):
        return Level.SAME_DAY
    # The stairs at home now taken in stages, which they never needed before: everyday effort,
    # not a workout ("had to stop on the stairs twice" after stair sprints is the sprints).
    if m.has(RECENT_ONSET) and m.has(_STAIRS_IN_STAGES) and m.mentioned(_UNLIKE_BEFORE):
        return Level.SAME_DAY
    # NHS (chest infection): more and more breathless over days with a fever: today.
    if m.has(FEVER) and m.has(_GETTING_WORSE) and not m.mentioned(words(r"weeks|months|years")):
        return Level.SAME_DAY
    # Worse day by day until getting dressed or a few steps bring it on: seen today, not booked.
    if m.has(_WORSE_DAY_BY_DAY) and m.has(TRIVIAL_EFFORT) and not m.has(SLOW_ONSET):
        return Level.SAME_DAY
    # Worse day by day, and a walk managed a few days ago now needs stops: seen today.
    if m.has(_WORSE_DAY_BY_DAY) and m.mentioned(_MANAGED_DAYS_AGO) and not m.has(SLOW_ONSET):
        return Level.SAME_DAY
    # Breathless in a new way over the last days, with a catch on breathing in: a clot on the
    # lung or an infection of it (NHS pulmonary embolism, pneumonia), seen today.
    if m.has(RECENT_ONSET) and m.has(BREATHING_IN) and m.has(_UNLIKE_BEFORE):
        return Level.SAME_DAY
    # A clot on the lung before, and breathless again in the last few days: checked today.
    past_pe = m.mentioned(CLOT_ON_THE_LUNG)
    if past_pe and (m.has(RECENT_ONSET) or m.has(_GETTING_WORSE)):
        return Level.SAME_DAY
    # NHS (pneumonia): breathless with a fever and a sharp pain on breathing in, today. Beside
    # breathlessness and that pain, a bare "temperature" in a list of symptoms is a fever.
    if (m.has(FEVER) or m.has(words(r"temperature"))) and m.has(BREATHING_IN):
        return Level.SAME_DAY
    # NHS (pneumonia): a cough and a fever, and short of breath with them, is an urgent GP
    # appointment or 111.
    if named and m.has(FEVER) and m.has(words(r"cough\w*")):
        return Level.SAME_DAY
    # NHS (chest infection): breathless with a high temperature and coloured phlegm is an urgent
    # GP appointment or 111.
    if m.has(FEVER) and m.has(
        words(
            r"(?:green|yellow|brown|coloured|colored) (?:phlegm|mucus|sputum)",
            r"(?:bringing|coughing|hacking) up (?:\w+ )?(?:green|yellow|brown) "
            r"(?:stuff|gunk|muck|gloop)",
        )
    ):
        return Level.SAME_DAY
    # A spell of breathlessness that took a quarter of an hour or more to pass is no effort's
    # puffing, even straight after a swim: asthma, the throat or the heart, seen today. So is one
    # that came doing nothing at all ("just sat on my bed") and took as long.
    spell = m.mentioned(_A_SPELL) or m.has(TRIVIAL_EFFORT)
    if named and spell and m.mentioned(_LONG_TO_PASS):
        return Level.SAME_DAY
    if keeps_wheezing:
        return Level.SEE_GP
    # "Six flights of stairs carrying the shopping" is no trivial effort.
    big_effort = m.mentioned(
        words(r"(?:\d+|four|five|six|seven|eight|ten|several|many) flights|marathon|\d+ ?k run")
    )
    if m.has(SLOW_ONSET) or (m.has(TRIVIAL_EFFORT) and not big_effort) or reliever_often:
        return Level.SEE_GP
    # Months after an illness or a clot and only slowly coming back: a GP's (NHS, shortness of
    # breath that lasts).
    if m.has(_SLOW_TO_RECOVER):
        return Level.SEE_GP
    return None


_SLOW_TO_RECOVER = words(r"slow(?:ly)? improv\w*")


_TIGHT_CHESTED = words(r"tight ?chest\w*|chest (?:goes |gets |feels |is )?tight")
_COLD_AIR = words(r"cold air|frosty|freezing|icy|winter|cold weather|cold mornings?")
_LAUGHED_OR_CRIED = words(
    r"(?:laugh\w*|crying|cried|sobbing|sobbed)(?: \w+){0,3} so (?:hard|much)",
    r"so hard (?:i|we|he|she) (?:was |were )?(?:laugh\w*|cr(?:y|ied|ying))",
    r"happy tears",
    r"(?:couldnt|could not) (?:breathe|catch (?:my|his|her) breath)(?: \w+){0,3} (?:from |for "
    r"|with )?laugh\w*",
)
_STILL_BREATHLESS = words(
    r"(?:now|still)(?: \w+){0,2} (?:cant|cannot|can not|struggling|gasping|wheezing)"
)
_BLUE_LIPS = words(r"(?:lips?|face|tongue)(?: \w+){0,3} (?:blue|bluish|grey|gray)")
_RELIEVER_OFTEN = words(
    r"(?:inhaler|reliever|puffer)(?: \w+){0,4} (?:[3-9]|three|four|five|six|several)"
    r"(?: (?:or |to )?(?:\d+|four|five|six))? times (?:a|per|each) week",
    r"(?:inhaler|reliever|puffer)(?: \w+){0,3} (?:every day|daily|most days|every night)",
)
_ANXIETY_DIAGNOSED = words(
    r"(?:gp|doctor|doc|consultant|cardiologist|therapist|counsellor|psychologist|psychiatrist|"
    r"respiratory physio|physio|they)(?: \w+){0,6} (?:its|it is|it was|was|said|says|told me|"
    r"diagnosed) (?:just |all )?(?:anxiety|panic|health anxiety|breathing pattern disorder|"
    r"dysfunctional breathing)",
)
_THE_USUAL_KIND = words(
    r"(?:its|it is|the) usual (?:kind|sort|type|thing)|nothing (?:worse|new|different)|"
    r"same as (?:always|ever|usual)"
)
# What anxiety doesn't explain. (`SUDDEN` holds "sitting", at rest, which it does explain.)
_NOT_FROM_ANXIETY = words(
    r"suddenly|sudden|out of nowhere|blue|grey|gray|faint\w*|passed out|collapsed|"
    r"cough\w*(?: \w+){0,2} blood"
)
_ASTHMA_OR_RELIEVER = words(
    r"asthma\w*|inhalers?|relievers?|puffers?|ventolin|salbutamol|blue (?:one|inhaler|puffer)"
)
_RELIEVER_MANY_TIMES_A_DAY = words(
    r"(?:needed|needing|needs|need|used|using|use|taking|take|took|had|having) (?:it|them|"
    r"(?:my|his|her|their|the) (?:\w+ )?(?:one|inhaler|reliever|puffer)) "
    r"(?:about |around |like |maybe |up to )?(?:[4-9]|four|five|six|seven|eight|ten) "
    r"(?:or more )?(?:times|x) (?:a|per|each) day",
    # Counted for the day so far: "used my blue inhaler 4 times today".
    r"(?:needed|needing|used|using|taken|took|had) (?:it|them|(?:my|his|her|their|the) (?:\w+ )?"
    r"(?:one|inhaler|reliever|puffer)) (?:[4-9]|four|five|six|seven|eight|ten) (?:times|x) "
    r"(?:today|already today|so far today)",
    r"(?:inhaler|reliever|puffer|ventolin|salbutamol) (?:about |around |like |maybe |up to )?"
    r"(?:[4-9]|four|five|six|seven|eight|ten) ?(?:times|x) (?:a|per|each) day",
    # A range told as "5 or 6", "4 to 5": its lower end is what counts.
    r"(?:inhaler|reliever|puffer|pump|ventolin|salbutamol)(?: \w+){0,2} (?:about |around |like )?"
    r"(?:[4-9]|four|five|six|seven|eight) (?:or |to )?(?:[5-9]|10|five|six|seven|eight|nine|ten) "
    r"(?:times|x) (?:a|per|each) day",
    # Told against the usual: "using my inhaler way more than normal".
    r"(?:using|needing|needed|used|taking|took) (?:it|(?:my|his|her|their|the) (?:\w+ )?(?:inhaler|"
    r"reliever|puffer|pump)) (?:a lot |way |much |far |loads |so )more (?:than (?:normal|usual)|"
    r"often)",
)
_BREATHS_A_MINUTE = re.compile(
    r"\b(\d{2}) (?:breaths|breath) (?:a|per|each|in a|in one) (?:min|minute)\b"
    r"|\b(?:breathing|respiratory|resp) rate (?:of |is |was |at )?(\d{2})\b"
)
# Under the four hours: "lasts an hour", "works for 20 minutes"; not "works for hours".
_RELIEVER_WEARING_OFF = words(
    r"(?:inhaler|reliever|puffer|ventolin|salbutamol)(?: \w+){0,3} (?:only |barely |just )?"
    r"(?:lasts?|lasting|works?|working|helps?|helping) (?:for )?(?:about |around |maybe )?"
    r"(?:an hour|half an hour|(?:1|one|2|two|3|three) (?:hour|hours|hrs?)|\d+ (?:min|mins|minutes)|"
    r"a (?:couple|few) (?:of )?(?:hours|minutes)|(?:a )?couple (?:of )?hours)",
    r"(?:inhaler|reliever|puffer|ventolin|salbutamol)(?: \w+){0,3} every (?:hour|half hour|"
    r"(?:\d+|one|two|three|couple of) (?:hours?|hrs?|min|mins|minutes))",
    # Counted within an hour or two: "needed the rescue inhaler 4x over an hour".
    r"(?:inhaler|reliever|puffer|ventolin|salbutamol)(?: \w+){0,2} (?:[2-9]|two|three|four|five|"
    r"six) ?(?:times|x) (?:in|over|within) (?:an|the|one|1|two|2|a couple of) (?:\w+ )?"
    r"(?:hour|hours|hrs?)",
    # "Every 3-4 hours" (normalised "every 3 4 hours"): needed at four hours or sooner.
    r"(?:inhaler|reliever|puffer|ventolin|salbutamol)(?: \w+){0,3} every (?:[1-3]|one|two|three)"
    r" (?:or |to )?(?:[2-4]|two|three|four) (?:hours|hrs)",
    # "Inhaler sort of helps for a bit and then it's back".
    r"(?:inhaler|reliever|puffer|ventolin|salbutamol)(?: \w+){0,3} helps? (?:for )?(?:a )?"
    r"(?:little )?(?:bit|while|briefly)(?: \w+){0,2} (?:then|but) "
    r"(?:its |it is |it comes |it came )?back",
    # Less use each day: "her inhaler is helping less each day".
    r"(?:inhaler|reliever|puffer|ventolin|salbutamol)(?: \w+){0,3} (?:helping|working|doing) "
    r"(?:less|less and less|nothing)(?: \w+){0,2} (?:each|every|by the) (?:day|time)",
)
# Puffing at altitude that a rest and a night settle is the thin air.
_ALTITUDE = words(r"altitude|\d,?\d{3} ?(?:m|metres|meters|ft|feet)\b")
_RECENT_OPERATION = words(
    r"(?:since|after) (?:my |her |his |the )?(?:\w+ )?(?:op|operation|surgery|replacement)",
    r"(?:had|having) (?:my |a |an |her |his )?\w+ (?:out|removed|replaced|done)",
    r"post ?op",
)
_RECENT_JOURNEY = words(LONG_HAUL_HOME, r"long ?haul|since (?:my|the) (?:\w+ )?flight")
# Worse within days: "more breathless every day", "worse over the last few days".
_WORSE_DAY_BY_DAY = words(
    r"(?:worse|more \w+)(?: \w+){0,3} (?:each|every) day",
    r"(?:each|every) day (?:\w+ ){0,2}(?:worse|more)",
    r"worse over (?:the )?(?:last|past) (?:few |couple of |\d+ |two |three )?days",
)
_GETTING_WORSE = words(
    _WORSE_DAY_BY_DAY.pattern,
    r"(?:worse|more)(?: \w+){0,4} (?:each|every) day",
    r"(?:getting|got|slowly|steadily|gradually) worse",
    r"more (?:\w+ ){0,4}than (?:i|it|she|he) should",
    r"more and more (?:out of breath|breathless|puffed|short of breath)",
)


_A_SPELL = words(
    r"spell|attack|episode|crisis|bout|fit of|took (?:\w+ ){1,4}to (?:settle|pass|calm|ease|go)"
)
_LONG_TO_PASS = words(
    r"(?:for|lasted|lasting|took|over|(?:passed|went|eased|settled|stopped)(?: off| away)? after) "
    r"(?:about |around |like |nearly |almost |a good |at least )?"
    r"(?:(?:1[5-9]|[2-9]\d) ?(?:minutes|mins|min)|half an hour|an hour|(?:twenty|thirty|forty) "
    r"(?:minutes|mins))",
)


def _peak_flow_share(m: Message) -> float | None:
    """Today's peak flow as a share of the member's best, when both are told in numbers."""
    if not m.mentioned(_PEAK_FLOW):
        return None
    # "60% of my best", told as the share itself.
    told = _PEAK_FLOW_PERCENT.search(m.in_figures.lower())
    if told is not None:
        return int(told.group(1)) / 100
    now = _PEAK_FLOW_NOW.search(m.whole)
    best = _PEAK_FLOW_BEST.search(m.whole)
    if now is None or best is None or int(best.group(1)) == 0:
        return None
    return int(now.group(1)) / int(best.group(1))


_PEAK_FLOW = words(r"peak ?flows?|pefr?")
_PEAK_FLOW_NOW = re.compile(
    r"\b(?:peak ?flows?|pefr?)(?: \w+){0,3}? (?:is |was |of |at |reading |only |down to |now )*"
    r"(\d{2,3})\b"
)
_PEAK_FLOW_PERCENT = re.compile(
    r"\b(\d{1,3}) ?(?:%|percent|per cent) of (?:my |his |her |their |the )?(?:personal )?(?:best|"
    r"usual|normal|predicted)\b"
)
_PEAK_FLOW_BEST = re.compile(
    r"\b(?:best|usual|normal|normally|predicted|personal best|pb)(?: \w+){0,2}? (?:is |was |of |at "
    r"|about |around )*(\d{2,3})\b"
)


def arrhythmia(m: Message) -> Level | None:
    # A strap or watch the member doubts ("flat battery or a new strap?"), with nothing felt: the
    # figure is the device's.
    felt = _felt_with_it(m)
    # Not an alert of atrial fibrillation, which wants a GP's ECG however the device is doubted.
    doubted = m.mentioned(_DEVICE_DOUBT) and not m.has(WATCH_FOUND_AF)
    if doubted and not felt and not m.has(IRREGULAR):
        return None
    level = _rhythm_now(m)
    # Beats a heart check called harmless, no more often since ("holter showed ectopics, the
    # cardiologist said harmless, still notice them"): the GP's question is answered.
    checked = m.mentioned(_CALLED_HARMLESS) and m.mentioned(_A_HEART_CHECK)
    more_often = m.has(MORE_OFTEN) or m.has(_COMING_MORE_OFTEN)
    if level is Level.SEE_GP and checked and not more_often:
        return None
    episode = _recent_racing_episode(m) or _outlasted_the_exercise(m)
    if (level is None or level < Level.SAME_DAY) and episode:
        return Level.SAME_DAY
    # NHS (palpitations): ones that keep coming back or are getting worse are for a GP, even
    # after a check said they were harmless: "far more frequent, dozens a day".
    # So are ones that have gone on for months ("been months", "the last few months"), unless
    # a check has called them harmless and they are no different since.
    for_months = m.mentioned(_MONTHS_OF_IT) or m.mentioned(_BEEN_MONTHS)
    unchecked = for_months and not m.mentioned(_CALLED_HARMLESS)
    if level is None and m.mentioned(_EXTRA_BEATS) and (m.has(_COMING_MORE_OFTEN) or unchecked):
        return Level.SEE_GP
    return level


# Beats felt missing or fluttering: "her heart keeps skipping", "fluttering on and off".
_SKIPPING = words(
    r"(?:heart|pulse)(?: \w+){0,3} (?:skipp\w*|flutter\w*|miss\w* beats?|jump\w*)",
    r"(?:skipped|missed|extra|dropped) beats?|ectopics?|palpitations?|palps",
)
_STOPPED_SINCE = words(
    r"stopped (?:on its own|by itself)|(?:fine|normal|ok|okay|good) (?:now|today|since)"
)
# Told as today's, or as still going.
_TODAY = words(
    TODAY_TIME.pattern,
    r"right now|at the moment|currently|still",
    r"(?:racing|pounding|thumping|fluttering|irregular|fast|going)(?: \w+){0,2} now",
)
_CALLED_HARMLESS = words(r"harmless|benign|nothing to worry about")
_A_HEART_CHECK = words(
    r"holter|ecg|ekg|echo|cardiologist|cardiology|heart (?:monitor|clinic|specialist)|event "
    r"monitor|zio|gp|doctor|doc"
)
_BEEN_MONTHS = words(
    r"been (?:going on )?(?:for )?months", r"(?:last|past) (?:few |couple of )?months"
)


def _felt_with_it(m: Message) -> bool:
    """Dizziness, a faint, breathlessness or chest pain told beside a rhythm or a device's alert."""
    return m.has(DIZZY) or m.has(FAINTED) or m.has(BREATH) or m.near(CHEST, PAIN, 8)


# Grey, clammy, collapsing, muddled or barely able to stand beside a racing heart: the circulation
# failing with it.
_SHOCK_SIGNS = words(
    r"grey|gray|ashen|clammy|fell down|collapsed|keeled over|confus\w*|not making sense",
    r"(?:can|could) (?:barely|hardly|only just) stand|(?:cant|cannot|couldnt) stand (?:up|without)",
    # Not "really pale" after sprints, which many go: pallor past that.
    r"deathly pale|white as a sheet|pale as a ghost",
)
_EXTRA_BEATS = words(
    r"ectopic\w*|palpitations?|palps|(?:skipped|missed|extra|dropped) beats?|flutter\w*"
)
_COMING_MORE_OFTEN = words(
    r"(?:pretty|very|quite|really|far|much|a lot|way) (?:more )?frequent\w*",
    r"(?:far |much |a lot |way )?more (?:often|frequent\w*)",
    r"dozens (?:of times )?(?:a|per|each) day",
)


_STAIRS_IN_STAGES = words(
    r"(?:stop|stopping|rest|resting|pause|pausing|sit down)(?: \w+){0,2} (?:on|up|halfway up|"
    r"partway up|at the top of) (?:the|my|our) stairs",
    r"(?:stairs|staircase)(?: \w+){0,8} (?:stop|rest|pause|sit down)\w*(?: \w+){0,2} "
    r"(?:halfway|partway) up",
)
_UNLIKE_BEFORE = words(
    r"never (?:did|had to|used to|needed to)(?: \w+){0,2} before|didnt (?:use to|used to|have to)",
    r"(?:more|worse|shorter of breath|less) than (?:usual|normal|before|i used to)|not like me",
    # "Had to stop halfway up our stairs, which I've never done in my life".
    r"never (?:\w+ ){0,2}(?:done|had|needed)(?: that| this| to)? (?:in my life|before|ever)",
)
# A usual walk managed days ago, and not now: "3 days ago I could do the park loop no bother".
_MANAGED_DAYS_AGO = words(
    r"(?:\d+|two|three|four|five|a few|a couple of|couple of) days ago (?:i |he |she )?could "
    r"(?:\w+ ){0,6}(?:no bother|no problem|fine|easily|without stopping)",
)


def _outlasted_the_exercise(m: Message) -> bool:
    """NHS (palpitations): palpitations that last a long time need a GP or 111 today. A spell
    that began in exercise and went on after it stopped, or for half an hour or more, is one,
    even told as over: "didn't stop when I stopped, about 40 minutes, normal now"."""
    # The heart named with a beat gone wrong, not any "thumping" ("a thumping headache").
    felt = m.mentioned(_PALPITATIONS_FELT) or (m.mentioned(IRREGULAR) and m.mentioned(HEARTBEAT))
    # A stimulant taken for training counts as the effort: "pre-workout gave me a fluttery
    # heart for an hour".
    effort = m.mentioned(EXERCISE) or m.mentioned(_PRE_WORKOUT)
    return felt and effort and m.mentioned(_WENT_ON_AND_ON)


_PRE_WORKOUT = words(r"pre ?workouts?|preworkouts?")


_PALPITATIONS_FELT = words(
    r"palpitations?|palps|flutters|(?:heart|chest) flutter\w*",
    r"(?:heart|pulse)(?: \w+){0,3} (?:racing|raced|pounding|pounded|hammering|hammered|"
    r"fluttering|fluttered|flipping|flipped|thumping|thumped)",
)
# Went on after the exercise stopped, or for half an hour or more.
_WENT_ON_AND_ON = words(
    r"(?:didnt|did not|wouldnt|would not) (?:stop|settle|slow down|calm down)(?: \w+){0,2} "
    r"(?:when|after|once) (?:i|he|she|we|they) (?:stopped|finished|got off|sat down)",
    r"(?:kept going|carried on|went on|continued)(?: \w+){0,3} (?:after|once|when) "
    r"(?:i|he|she|we|they) (?:had )?(?:stopped|finished|got off|sat down)",
    r"(?:lasted|lasting|went on for|carried on for|kept going for|for) (?:about |around |nearly |"
    r"over |almost |roughly |a good |maybe )?(?:[2-9]\d ?(?:min|mins|minutes)|half an hour|"
    r"an hour|\d+ hours?)",
)


def _rhythm_now(m: Message) -> Level | None:
    irregular = m.has(IRREGULAR)
    racing = (
        m.near(HEARTBEAT, RACING, 6)
        # Or the spells named for the racing alone: "the short racing bursts keep coming back".
        or m.has(words(r"racing heart|heart racing|racing (?:bursts|spells|episodes|attacks)"))
        # Told as an episode within days, it is the recent episode's (below), not one now.
        or (m.has(_RATE_SHOT_UP) and not _recent_racing_episode(m))
    )
    fast_at_rest = _fast_rate_at_rest(m)
    fast_number = fast_at_rest or _slow_rate_with_symptoms(m)
    # BHF: one ICD shock and feeling well, ring the device clinic today; two or more, or a shock
    # and feeling unwell, 999.
    if m.has(ICD_SHOCK):
        if m.mentioned(MORE_SHOCKS) or m.has(DIZZY) or m.has(BREATH) or m.near(CHEST, PAIN, 8):
            return Level.EMERGENCY
        return Level.SAME_DAY
    # Not bare "af": it is gym slang too ("sore af").
    known = m.mentioned(
        words(
            r"svt|afib|a fib|atrial fibrillation|wpw|arrhythmia|pots",
            r"(?:have|has|with|diagnosed with|got|my) af",
        )
    )
    episodes = words(r"episodes?|attacks?|bouts?|runs of|again|x ?\d|\d ?x|\d+ times")
    often = words(r"today|tonight|this week|a day|frequent\w*|more often")
    if known and m.mentioned(episodes) and (m.has(MORE_OFTEN) or m.has(often)):
        return Level.SAME_DAY
    # With the guide's red flags (chest pain, breathlessness, dizziness, fainting, or signs of
    # shock), a racing or uneven heart is read as a 999 call, whatever device or condition the
    # member has.
    red_flags = (
        m.has(_SHOCK_SIGNS)
        or m.has(DIZZY)
        or m.has(FAINTED)
        or m.has(NEAR_FAINT)
        or m.has(BREATH)
        or m.has(SEVERE_BREATH)
        or m.near(CHEST, PAIN, 8)
    )
    # A pacemaker or ICD with a racing or irregular heart: the device team wants to know today.
    # Or a relative's: "mum has a pacemaker".
    own_device = words(
        r"(?:my|ive got an?|i have an?|i got an?|with(?: my| an?)?) (?:pacemaker|icd)",
        r"(?:has|hes got|shes got|theyve got) (?:a |an |got a |got an )?(?:pacemaker|icd)",
    )
    if (irregular or racing) and m.mentioned(own_device):
        return Level.EMERGENCY if red_flags else Level.SAME_DAY
    # A heart muscle or channel condition (BHF: cardiomyopathy, long QT, Brugada) with a spell
    # of palpitations: its specialist team wants to hear the same day.
    spell = m.has(words(r"(?:run|burst|spell)s? of (?:\w+ )?(?:beats|palpitations)|palpitations"))
    if (irregular or racing or spell) and m.mentioned(_HEART_MUSCLE_CONDITION):
        now = (irregular or racing) and not (m.mentioned(SETTLED) or m.mentioned(_OVER_NOW))
        return Level.EMERGENCY if red_flags and now else Level.SAME_DAY
    # Hiccups or a muscle twitching in time with the heart: a pacing wire may have moved.
    device_trouble = words(r"hiccup\w*|twitch\w*(?: \w+){0,3} (?:rhythm|time|beat)")
    if m.mentioned(words(r"pacemaker")) and m.has(device_trouble):
        return Level.SAME_DAY
    if not (irregular or racing or fast_number):
        # A watch or app that reports atrial fibrillation, with nothing felt, or a rate that jumps
        # to 200 and drops back (NHS: palpitations that keep happening; AF needs a GP's ECG).
        jumped = m.has(RATE_JUMPED) and m.mentioned(SUDDEN_SWITCH)
        # NHS (atrial fibrillation): an irregular heartbeat with dizziness, breathlessness or
        # chest pain now is a 999 call; reported by a device, with the feeling at the time, it
        # is checked today.
        if (m.has(WATCH_FOUND_AF) or m.has(RHYTHM_ALERT)) and (
            _felt_with_it(m) or m.has(NEAR_FAINT)
        ):
            return Level.SAME_DAY
        if m.has(WATCH_FOUND_AF) or (m.mentioned(HEARTBEAT) and jumped):
            return Level.SEE_GP
        # NHS (palpitations): skipped or fluttering beats with a near-faint or a fall nearly
        # taken are checked today (urgent GP or 111), even once they have stopped.
        if m.has(_SKIPPING) and m.has(NEAR_FAINT):
            return Level.SAME_DAY
        # A fast heart at rest that is still going days or hours on, with dizziness beside it:
        # one that lasts, with a symptom, is for help today (NHS palpitations).
        hours_on = m.has(_HOURS_ON) and not m.has(_WORE_OFF)
        lasting = m.has(_STILL_RACING) or m.has(RECENT_ONSET) or hours_on
        if _fastish_rate_at_rest(m) and lasting and (m.has(DIZZY) or m.has(NEAR_FAINT)):
            return Level.SAME_DAY
        # NHS (palpitations): a fast heart at rest that keeps coming back is for a GP, even
        # below the rates that need care today; so is one that shoots up with the least effort,
        # for weeks (as after COVID).
        # So is one that has stayed up for hours with nothing else felt ("resting 125 all
        # morning, just feel a bit off"): NHS (palpitations), ones that last a long time.
        if _fastish_rate_at_rest(m) and (m.has(RECURRING) or m.has(SOMETIMES) or lasting):
            return Level.SEE_GP
        if m.has(_RATE_UP_AT_LITTLE) and (m.has(RECURRING) or m.has(SLOW_ONSET)):
            return Level.SEE_GP
        return Level.SEE_GP if m.has(RHYTHM_ALERT) else None
    # The cold shock of a cold-water dip: a gasp and a hammering heart that settle within a
    # minute or two, with no faint and no chest pain.
    # Not a heart that "still" races or "won't slow down" after the swim.
    cold_shock = m.mentioned(COLD_WATER) and m.mentioned(NORMAL_RECOVERY)
    still_going = m.has(_STILL_RACING) or (m.has(_FOR_HOURS) and not m.has(_WORE_OFF))
    if cold_shock and not (m.has(FAINTED) or m.near(CHEST, PAIN, 8) or fast_number or still_going):
        return None
    # So do a pounding heart and breathlessness after a sprint, back to normal in minutes; not
    # palpitations named or uneven, nor spells that keep coming.
    settled_after_effort = m.mentioned(EXERCISE) and m.mentioned(NORMAL_RECOVERY)
    if settled_after_effort and not (
        irregular
        or m.mentioned(_EXTRA_BEATS)
        or m.has(RECURRING)
        or m.has(MORE_OFTEN)
        or m.has(FAINTED)
        or m.has(DIZZY)
        or m.has(NEAR_FAINT)
        or m.has(_RATE_SHOT_UP)
        or m.near(CHEST, PAIN, 8)
        or fast_number
        or still_going
        or m.has(_SHOCK_SIGNS)
    ):
        return None
    if red_flags:
        # A heart racing while a stomach bug dries the member out, dizzy on standing and nothing
        # more: dehydration's signs (NHS diarrhoea and vomiting: 111), not a rhythm's.
        more = m.has(_SHOCK_SIGNS) or m.has(FAINTED) or m.has(BREATH) or m.has(SEVERE_BREATH)
        if m.has(RUNS_OR_SICK) and not (more or m.near(CHEST, PAIN, 8)):
            return Level.SAME_DAY
        # NHS (palpitations): with those signs now, 999; had and now stopped, an urgent GP
        # appointment or 111. A spell dated before today and told as settled is the second.
        # Every sentence that tells the heart's spell dates it before today, and none says today.
        told = [s for s in m.sentences if HEARTBEAT.search(s) or RACING.search(s)]
        dated = all(BEFORE_TODAY.search(s) and not _TODAY.search(s) for s in told)
        over = bool(told) and dated and (m.mentioned(SETTLED) or m.mentioned(_STOPPED_SINCE))
        still = m.has(_STILL_RACING) or m.near(CHEST, PAIN, 8) or m.has(SEVERE_BREATH)
        # Or a rate that shot up and dropped straight back, the spell switched off as it began
        # ("jumped from 150 to 215, felt woozy, then dropped straight back to normal"): had and
        # stopped, the same urgent GP or 111.
        # So does a rate given high that then dropped ("stayed over 200 after I stopped, then
        # suddenly dropped to 90").
        shot_up = m.has(_RATE_SHOT_UP) or fast_at_rest
        switched_off = shot_up and m.has(RATE_DROPPED_BACK) and not still_going
        if (over or switched_off) and not still:
            return Level.SAME_DAY
        return Level.EMERGENCY
    effort = m.mentioned(EXERCISE) or m.mentioned(COLD_WATER)
    if m.mentioned(NORMAL_RECOVERY) and effort and not fast_number and not still_going:
        return None
    if m.mentioned(MUSIC_THUMP) and not fast_number:
        return None
    # A heart racing with excitement or nerves, said with its cause and nothing else; not one
    # that came at rest or won't settle.
    lasting = still_going or m.has(words(r"at rest|resting|out of nowhere"))
    # A heart thumping after an espresso is forceful, not uneven: judged like one racing.
    thumping = irregular and all(
        _THUMP.fullmatch(match.group(0)) for _, _, match in m.live(IRREGULAR)
    )
    uneven = irregular and not thumping
    if (
        (racing or thumping)
        and not uneven
        and not fast_number
        and not lasting
        and m.mentioned(HARMLESS_TRIGGER)
        and not m.mentioned(_NOT_THE_TRIGGER)
        and not m.has(_WEEKS_OF_IT)
    ):
        return None
    # Spells that keep coming back and have for weeks or months, at rest or not, with nothing
    # felt beside them: NHS (palpitations), ones that keep happening are for a GP.
    # Not coming more often, lasting longer, or fast in figures today: those are below.
    growing = m.has(MORE_OFTEN) or m.has(_COMING_MORE_OFTEN) or m.has(_FOR_HOURS)
    steady_spells = m.has(RECURRING) and m.has(SLOW_ONSET) and not growing
    if racing and steady_spells and not (fast_number or _fastish_rate_at_rest(m)):
        return Level.SEE_GP
    if fast_number or (racing and m.has(SUDDEN)):
        return Level.SAME_DAY
    if racing and (m.has(SOMETIMES) or m.has(RECURRING) or m.has(SLOW_ONSET)):
        return Level.SEE_GP
    if irregular and m.has(SOMETIMES):
        brief = (
            m.mentioned(HARMLESS_TRIGGER)
            and not m.mentioned(_NOT_THE_TRIGGER)
            and not (m.has(SLOW_ONSET) or m.has(RECURRING))
        )
        return None if brief else Level.SEE_GP
    if irregular and (m.mentioned(HEARTBEAT) or known):
        # Uneven and over 100 all day: a rhythm like atrial fibrillation just begun, seen today.
        # Not skips felt lying down for a month: a GP's, however they come on.
        # So is one new to the member that has gone on for hours ("since I woke up, never had
        # this before"): NHS palpitations, ones that last a long time need help today.
        # Or told as not slowing since waking: "racing and all over the place since I woke up,
        # not slowing down".
        new_for_hours = m.mentioned(_HOURS_OF_IT) and (
            m.mentioned(_NEVER_BEFORE) or m.has(_NOT_SLOWING)
        )
        # Or uneven since last night with a rate over 100 given: lasting, and fast.
        fast_for_hours = m.mentioned(_HOURS_OF_IT) and any(
            _over_100_outside_exercise(sentence) for sentence in m.sentences
        )
        just_begun = (m.has(SUDDEN) or new_for_hours or fast_for_hours) and not (
            m.has(_WEEKS_OF_IT) or m.has(SLOW_ONSET)
        )
        return Level.SAME_DAY if just_begun or _fastish_all_day(m) else Level.SEE_GP
    if irregular and (m.has(RECURRING) or m.has(SLOW_ONSET)):
        return Level.SEE_GP
    return None


_HEART_MUSCLE_CONDITION = words(r"\w*cardiomyopathy|hcm|long qt|brugada|arvc")
_DEVICE_DOUBT = words(
    r"flat battery|battery (?:is )?(?:low|dying|dead|flat)",
    r"(?:new|replace (?:the|my)|time for a new) (?:chest )?(?:strap|sensor|watch|band)",
    r"(?:strap|watch|sensor|monitor|tracker)(?: \w+){0,3} (?:glitch\w*|faulty|broken|playing up|"
    r"acting up|dodgy)",
    r"device error|picking up (?:my )?cadence",
)
_THUMP = re.compile(r"thump\w*|thud\w*|pound\w*")
# A heart pounding most days for weeks is for a GP (NHS: palpitations that keep coming back),
# whatever the member blames it on.
_WEEKS_OF_IT = words(
    r"most (?:days|evenings|nights|sessions|mornings|afternoons)",
    r"(?:been|for|over) (?:\d+|a few|several|two|three|four|five|six) weeks",
    r"(?:been|for|over) (?:about |nearly |over )?(?:a|one|\d+|a few|several|two|three|four|five|"
    r"six) months?",
)
# The trigger named and then set aside: "not only with the hot flushes", "without any caffeine".
_NOT_THE_TRIGGER = words(
    r"not (?:only|just) (?:with|when|after|from|during|at|on)",
    r"without (?:any |a )?(?:caffeine|coffee|trigger|reason)|at random|(?:for )?no reason",
)
# Still going: "still", "won't slow down", "for an hour".
# Not the mood that lingers: "still buzzing", "still grinning".
_NOT_SLOWING = words(r"(?:not|isnt|wont) (?:slow|settl|com)\w*")
_STILL_RACING = words(
    r"still(?! (?:buzzing|buzzin|hyped|grinning|smiling|laughing|shaking my head))",
    _NOT_SLOWING.pattern,
)
# An hour of it is long, unless it is then told as over: "for an hour, then it wore off".
_FOR_HOURS = words(r"for (?:an|\d+|two|three) (?:hour|hours)")
# Hours of it: "sat at 130 all afternoon".
_HOURS_ON = words(_FOR_HOURS.pattern, r"all (?:afternoon|morning|evening|day|night)")
_WORE_OFF = words(
    r"(?:wore|worn|wearing) off|(?:then|and) (?:it )?(?:settled|passed|calmed down|went away)"
)


# "Pulse jumped to 180 and stayed there", "heart went haywire".
_RATE_SHOT_UP = words(
    # "Jump" for "jumped", as learners write it; not "jumps", a spell that comes and goes.
    r"(?:heart|pulse|hr|rate)(?: \w+){0,3} (?:jumped|jump|shot|spiked|went|goes|going|raced|racing|"
    r"flew) (?:up )?(?:from \d+ )?(?:to )?(?:really |very |super |about |around |like |nearly |"
    r"over |roughly )?"
    r"(?:2\d\d|1[89]\d|through the roof|mad|crazy|"
    r"fast|irregular|haywire|all over the place)"
)


def _recent_racing_episode(m: Message) -> bool:
    """NHS (palpitations): a racing or jumping heart with dizziness, a near-faint, chest pain or
    breathlessness that has now settled still needs a GP or 111 today. Told as over, its sentence
    reads as past; it is looked at anyway when dated within days."""
    # A relative who died young and suddenly is a red flag told anywhere in the message.
    family = m.mentioned(_SUDDEN_DEATH_IN_FAMILY)
    return told_recently(
        m, lambda s: bool(_RACING_EPISODE.search(s) and (family or _RACING_RED_FLAGS.search(s)))
    )


_SUDDEN_DEATH_IN_FAMILY = words(
    r"(?:dad|father|mum|mother|brother|sister|uncle|aunt|auntie|cousin|grandad|grandfather|"
    r"grandma|grandmother|son|daughter)(?: \w+){0,2} died (?:suddenly|young|in (?:his|her) sleep)",
    r"sudden (?:cardiac |unexplained )?death in (?:the|my|our) family|family history of sudden",
)


# A heart that shot up, or raced and was uneven: "his heart was racing and uneven".
_RACING_EPISODE = words(
    _RATE_SHOT_UP.pattern,
    WATCH_FOUND_AF.pattern,
    r"(?:run|burst|spell) of (?:fast |racing )?(?:thumping|pounding|fluttering|beats|palpitations)",
    r"(?:heart|pulse)(?: \w+){0,2} (?:racing|pounding|hammering) and (?:uneven|irregular|all over "
    r"the place|jumpy)",
    # "Her heart pounded irregularly", "raced and skipped really fast", "a fluttery racing
    # heartbeat".
    r"(?:heart|pulse) (?:pounded|pounding|raced|racing|thumped|fluttered|hammered) (?:\w+ )?"
    r"(?:irregularly|unevenly|all over the place|and skipped|and fluttered)",
    r"(?:fluttery|fluttering|pounding|thumping) (?:racing |fast |irregular )?heart ?beat",
    # "His heart skipped and raced".
    r"(?:heart|pulse) (?:skipped|fluttered|jumped|stuttered) and (?:raced|pounded|hammered|"
    r"thumped|went fast)",
    # "Heart did the racing thing again".
    r"(?:heart|pulse) (?:\w+ ){0,2}(?:did|doing|does|done) (?:the|its|that) (?:racing|fast|"
    r"flutter\w*|skipp\w*|funny|pounding) thing",
    # "Heart flipped into a fast run", "kicked into a mad rhythm".
    r"(?:heart|pulse)(?: \w+){0,2} (?:flipped|jumped|switched|kicked|tipped|went) into "
    r"(?:a |some )?(?:fast|racing|rapid|mad|crazy|weird|strange) (?:run|rhythm|beat|rate|gear)",
)
_RACING_RED_FLAGS = words(
    r"dizzy|light ?headed|(?:nearly|almost) (?:fainted|passed out|blacked out|fell|slid|went)|"
    r"went (?:really |very |all )?(?:grey|pale|white)|chest (?:pain|tight\w*)|couldnt breathe|"
    r"breathless|short of breath|"
    r"(?:had|needed) to lie down|"
    r"vision (?:went|goes|going|gone) (?:fuzzy|blurry|dark|grey|black)"
)


def _fast_rate_at_rest(m: Message) -> bool:
    """A heart rate given as a number that is high while resting or won't come down.

    Judged per sentence: "resting rate 62 in the morning, 182 at the end of my ride" gives a
    rate during exercise, which is no warning sign. A number in a sentence of its own takes the
    rest said just before or after it ("On the sofa. Watch says 170.").
    """
    if not m.mentioned(HEARTBEAT):
        return False
    for index, sentence in enumerate(m.sentences):
        if not any(140 <= float(n) <= 260 for n in _NUMBER.findall(sentence)):
            continue
        if _STUCK_HIGH.search(sentence):
            return True
        if _exercising(sentence):
            continue
        # A neighbour's rest counts only when it gives no figure of its own: in "172 during
        # sprints and 64 at rest. Is 172 fine?" the rest belongs to the 64.
        nearby = [
            s
            for s in m.sentences[max(0, index - 1) : index + 2]
            if s == sentence or not _NUMBER.search(s)
        ]
        if any(_AT_REST.search(s) for s in nearby):
            return True
    return False


_RATE_UP_AT_LITTLE = words(
    r"(?:heart ?rate|hr|pulse) (?:\w+ ){0,2}(?:shoots|shot|jumps|jumped|spikes|spiked|rockets|"
    r"races) (?:up )?(?:\w+ ){0,3}(?:doing|with|on|when|from) (?:basic|easy|gentle|light|little|"
    r"simple|minimal|hardly any|the smallest|the least)",
)


def _fastish_rate_at_rest(m: Message) -> bool:
    """A heart rate of 100 to 139 given while sitting or lying, outside exercise."""
    return m.mentioned(HEARTBEAT) and any(
        any(100 <= float(n) < 140 for n in _NUMBER.findall(sentence))
        and _AT_REST.search(sentence)
        and not _exercising(sentence)
        for sentence in m.sentences
    )


# "170ish" is a figure too.
_NUMBER = re.compile(r"\b\d+(?:\.\d+)?(?:\b|(?=ish\b))")
_BREATH_BACK = words(
    r"takes? (?:about |around |like |roughly )?(?:\d+|a|a few|two|three|a couple of) (?:min|mins|"
    r"minute|minutes|seconds|secs)(?: or two)? to (?:recover|get (?:my |his |her )?breath back)"
)
# Held on purpose, by freedivers and breathwork fans: the gasp after it is the hold's.
_BREATH_HOLD = words(
    r"breath ?holds?|held (?:my|his|her|our) breath|breath holding|apnoea|apnea|freediv\w*|"
    r"wim hof|breathwork"
)


def _exercising(sentence: str) -> bool:
    """Exercise named in `sentence`, and not as what the member has not done: a rate "at rest,
    not exercised at all" is a rate at rest."""
    return bool(EXERCISE.search(sentence)) and not _NO_EXERCISE.search(sentence)


_NO_EXERCISE = words(
    r"(?:not|no|havent|hadnt|hasnt|wasnt|werent|didnt|without|never) (?:\w+ ){0,2}(?:exercis\w*|"
    r"train\w*|work(?:ing|ed)? out|workouts?|gym|run|running|ran)",
)
_AT_REST = words(
    r"at rest|resting|sitting|lying|in bed|on the (?:sofa|couch)",
    # "Just sat at the lights", "sat at my desk", not a rate that "sat at 110".
    r"sat (?:down|still|there|quietly|watching|reading|(?:at|on|in) (?:my|the|a|his|her|our))",
    # "Keeps trying to lie on the floor".
    r"lie (?:down|on the (?:floor|ground|sofa|couch|bed))",
    # Yoga's resting poses: "while I was just in child's pose".
    r"childs pose|savasana|corpse pose|in (?:a |the )?rest pose",
    # Asleep is resting too when it woke them: "hit 170 while I slept, woke up dizzy". A
    # device's figure from a night slept through is too often a loose strap to call for care.
    r"(?:asleep|while (?:i|he|she|they) (?:slept|was sleeping|were sleeping)|in (?:my|his|her) "
    r"sleep)(?: \w+){0,8} (?:woke|waking|woken)",
)
_STUCK_HIGH = words(
    r"(?:wont|not|isnt|doesnt|hasnt) (?:come|go|slow|settle|dropp\w*)|still|stuck",
    # Lasting: "around 190 for the last 30 min".
    r"for (?:the )?(?:last|past) (?:\d+|half an|an|twenty|thirty|forty) (?:min\w*|hours?)",
    r"(?:already|for|since|over) (?:\d+|two|three|four|a couple of|several) hours",
    # Still up once the effort stopped, told as beyond the usual: "stayed over 200 even after I
    # stopped". Not "stayed around 150 after I finished", a recovery's first minutes.
    r"stay\w* (?:over|above|at|around) \d+(?: \w+){0,3} (?:even|still) (?:after|once|when) "
    r"(?:i|he|she|we|they) (?:stopped|finished|sat down)",
)


def _fastish_all_day(m: Message) -> bool:
    """A rate of 100 or more that has stayed up for hours: "today it's sat at 110 all day"."""
    return any(
        _over_100_outside_exercise(sentence)
        and (_STUCK_HIGH.search(sentence) or _ALL_DAY.search(sentence))
        for sentence in m.sentences
    )


_ALL_DAY = words(r"all (?:day|morning|afternoon|evening|night)|since (?:i woke|this morning)")


def _over_100_outside_exercise(sentence: str) -> bool:
    """A rate of 100 or more given in a sentence that tells no exercise: "watch says 120"."""
    return any(100 <= float(n) < 260 for n in _NUMBER.findall(sentence)) and not _exercising(
        sentence
    )


def _slow_rate_with_symptoms(m: Message) -> bool:
    """A heart rate under 45 given as a number, with dizziness, tiredness or faintness."""
    if not m.mentioned(HEARTBEAT):
        return False
    # Not a count of something else: "40 spins on the roundabout", "30 reps".
    slow = [float(n) for n in _A_RATE.findall(m.whole) if 20 <= float(n) < 45]
    # "My heart rate in the 40s".
    slow += [float(n) for n in re.findall(r"\bin the ([234]0)s\b", m.whole)]
    return bool(slow) and (
        m.has(DIZZY)
        or m.has(words(r"tired|exhausted|weak|faint\w*|woozy|washed out|wiped out|drained|foggy"))
    )


_A_RATE = re.compile(
    r"\b(\d+(?:\.\d+)?)\b(?! ?(?:spins?|reps?|sets?|mins?|minutes|secs?|seconds|km|k|miles|m|kg|"
    r"kgs|lbs?|laps|steps|times|%|years?|yrs?|yo|weeks?|days?|hours?|hrs?|degrees|c|f)\b)"
)


def _weights_jumped(m: Message) -> bool:
    """Two body weights a few days apart, the later at least 1.5 kg (3 lb) heavier."""
    kilos = [n for n in m.numbers if 35 <= n <= 250]
    if len(kilos) < 2 or not m.mentioned(words(r"kg|kgs|kilos?|lbs?|pounds|weigh\w*|scales?")):
        return False
    gain = kilos[-1] - kilos[0]
    return gain >= (3 if m.mentioned(words(r"lbs?|pounds")) else 1.5)


def _gain_told(m: Message) -> bool:
    """A weight gain told outright, of 1 kg (2 lb) or more, or with no figure: a few hundred
    grams after a big meal is the meal, not fluid building up."""
    for _, _, match in m.live(WEIGHT_GAIN):
        amount = _AMOUNT.search(match.group(0))
        if amount is None:
            return True
        value, unit = float(amount.group(1)), amount.group(2)
        if value >= (2 if unit.startswith(("lb", "pound")) else 1) or unit == "stone":
            return True
    return False


_AMOUNT = re.compile(r"(\d+(?:\.\d+)?) ?(kg|kgs|kilos?|lbs?|pounds?|stone)\b")


def heart_failure(m: Message) -> Level | None:
    has_hf = m.mentioned(HEART_FAILURE)
    if has_hf and (m.has(SEVERE_BREATH) or m.near(CHEST, PAIN, 8)):
        return Level.EMERGENCY
    if breathless_lying_flat(m):
        return Level.SAME_DAY
    # With heart failure, no longer able to lie flat is the breathlessness, even unnamed.
    if has_hf and m.has(_CANT_LIE_FLAT):
        return Level.SAME_DAY
    # Unnamed too, beside waking to sit up or legs gone puffier: heart failure's own pattern
    # (NHS heart failure: breathless lying down, swollen ankles and legs).
    swelling = m.has(_BIGGER_LEGS) or m.near(LEG, SWOLLEN, 10)
    if m.has(_CANT_LIE_FLAT) and (m.has(_WOKEN_TO_SIT_UP) or swelling):
        return Level.SAME_DAY
    # Weighed every morning, as heart failure teams ask: the weights are that check's.
    weighed_daily = m.mentioned(_WEIGHED_DAILY)
    gained = _gain_told(m) or ((has_hf or weighed_daily) and _weights_jumped(m))
    # Swelling said by shoes that didn't fit counts too; not "bloated" after a weekend away.
    if gained and (has_hf or m.near(LEG, SWOLLEN, 10) or m.has(SHOES_TIGHT) or m.has(BREATH)):
        return Level.SAME_DAY
    worse = words(
        r"worse|more|getting|increas\w*|spreading|up to|puffier|this week|(?:last|past) few days",
        # "Swelling from my ankles to my knees over the last 4 days".
        r"(?:last|past) (?:\d|two|three|four|five) days",
        # A learner's "swollen since 3 days"; the water tablets no longer doing their job.
        r"since (?:\d|two|three|four|five) days",
        r"(?:water (?:pill|tablet)s?|diuretics?)(?: \w+){0,2} (?:does not|doesnt|dont|do not|"
        r"isnt|is not|not|no longer|arent) (?:work\w*|help\w*)",
        # "Since Sunday", "which I wasn't last week", "shoes don't fit any more".
        r"since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|wasnt last week|"
        r"(?:dont|do not) fit any ?more",
        # Risen up the leg: "up past his knees now, it was just his ankles last week".
        r"(?:up )?past (?:his |her |my |the |their )?knees?",
        r"(?:just|only) (?:\w+ ){0,2}(?:ankles|feet) (?:last week|a few days ago|before|yesterday)",
    )
    if has_hf and (m.has(SWOLLEN) or m.has(BREATH) or m.has(_BIGGER_LEGS)) and m.has(worse):
        return Level.SAME_DAY
    # Swelling told by shoes that stopped fitting this week, or a new cough at night (NHS heart
    # failure: a cough that may be worse at night): a change for the team today.
    if has_hf and (m.has(SHOES_TIGHT) or m.has(_NIGHT_COUGH)) and m.mentioned(_LATELY):
        return Level.SAME_DAY
    # BHF and NHS: with heart failure, managing less than usual, or legs and ankles growing, is a
    # change to report to the heart failure team or GP the same day.
    if has_hf and m.has(_MANAGING_LESS) and (m.has(SWOLLEN) or m.has(_BIGGER_LEGS)):
        return Level.SAME_DAY
    # With heart failure, breathless at the smallest effort ("walking to the bathroom"): today.
    if has_hf and m.has(BREATH) and m.has(TRIVIAL_EFFORT):
        return Level.SAME_DAY
    # With no swelling or weight to date it, tiring sooner on the usual walks over weeks is still
    # a change for the heart failure nurse or GP to hear about (BHF and NHS: symptoms getting
    # worse), booked rather than today.
    if has_hf and (m.has(_TIRING_SOONER) or m.has(_MANAGING_LESS)):
        return Level.SEE_GP
    return None


_TIRING_SOONER = words(
    r"(?:tire|tires|tiring|tired|knackered|worn out|exhausted|puffed|wiped|flagging|flag)(?: out)?"
    r"(?: \w+){0,2} (?:much |a lot |way |far )?(?:quicker|faster|sooner|more easily|easier)",
    # "The walking has got a bit harder for him over the month".
    r"(?:walk\w*|stairs|rehab|exercise\w*)(?: \w+){0,3} (?:has |have |is |are )?(?:got|gotten|"
    r"getting|become|becoming) (?:a little |a bit |a little bit |a lot |much |way )?(?:harder|"
    r"more difficult|more of a struggle)",
    r"(?:cant|cannot|can not|couldnt) (?:walk|go|manage|get) (?:nearly |anywhere near )?as far",
)


_CANT_LIE_FLAT = words(r"(?:cant|cannot|can not|couldnt) (?:lie|lay|sleep) (?:flat|down)")
# Woken to sit up for air: "wake up after an hour needing to sit up and open the window".
_WOKEN_TO_SIT_UP = words(
    r"(?:wake|waking|woke|woken) (?:up )?(?:\w+ ){0,6}(?:needing|having|have|had) to sit up",
    r"sit up (?:and|to) (?:open the window|get (?:my|some) (?:breath|air))",
)
# New in the last days: said of shoes or a cough, which "more" or "worse" alone can't date.
_LATELY = words(
    r"this week|(?:last|past) (?:few|couple of) (?:days|nights)|since (?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|yesterday|the weekend)|(?:dont|do not) fit any ?more",
    r"(?:has |have |had )?started|lately|recently",
)
_NIGHT_COUGH = words(
    r"cough\w* (?:at|in the|through the|every|each|all) night",
    r"night ?(?:time )?cough\w*",
    r"cough\w* (?:when|as soon as) (?:i|he|she|they) lie",
)
_WEIGHED_DAILY = words(
    r"weigh\w* (?:myself |him |her )?(?:every|each) (?:morning|day)|daily weigh\w*|"
    r"morning weigh ?ins?",
    # "Tracking my weights like the nurse said": the heart failure team's daily check.
    r"(?:tracking|logging|recording|writing down) (?:my |his |her )?weights?(?: \w+){0,3} "
    r"(?:nurse|team|doctor|cardiologist)",
    r"(?:nurse|team|doctor|cardiologist) (?:said|told me|asked me) to (?:log|track|record|weigh)",
)
# Swelling said as size: "my ankles are bigger", "legs look fatter".
_BIGGER_LEGS = words(
    r"(?:ankles?|legs?|feet|calves|shins) (?:\w+ ){0,2}(?:are |is |look |looks |got |getting |have "
    r"got )?(?:bigger|fatter|puffier|fuller|thicker)"
)
# A usual effort that has become too much: "can't finish my usual walk", "easy last week".
_MANAGING_LESS = words(
    r"(?:cant|cannot|couldnt|can no longer|unable to|struggl\w* to) (?:\w+ ){0,2}(?:finish|manage|"
    r"do|complete|get through|walk) (?:\w+ ){0,2}(?:usual|normal|regular|daily|short)",
    r"(?:was|were|used to be) (?:easy|fine|no problem|nothing) "
    r"(?:last week|a week ago|until|before)",
    r"last week (?:i )?(?:was |could )?(?:\w+ ){0,4}fine",
)


def blood_pressure(m: Message) -> Level | None:
    """NHS: 140/90 or more at a clinic, or an average of 135/85 at home, is high blood pressure,
    which rarely causes symptoms and needs a GP to check it."""
    # NHS (low blood pressure): a low reading with dizziness, clamminess or a fast pulse may be
    # dehydration or blood loss: advice today. Low with no symptoms is often just someone's normal.
    readings = bp_readings(m)
    low = any(systolic < 90 for systolic, _ in readings)
    if low and (m.has(DIZZY) or m.has(words(r"clammy|faint\w*|confus\w*"))):
        return Level.SAME_DAY
    # 180/120 or higher with symptoms is for today: the NHS (high blood pressure) sends headaches,
    # blurred vision or chest pain with it to 111, and NICE NG136 asks for a same-day assessment
    # of 180/120 with symptoms such as new confusion or chest pain. Without them, checked within
    # the week, not today.
    very_high = any(systolic >= 180 or diastolic >= 120 for systolic, diastolic in readings)
    if very_high and m.has(_WITH_A_VERY_HIGH_READING):
        return Level.SAME_DAY
    return Level.SEE_GP if high_reading(m) else None


_WITH_A_VERY_HIGH_READING = words(
    r"headach\w*|head (?:is )?(?:pounding|thumping|banging)",
    r"(?:blurr\w*|blurry|double|fuzzy) (?:vision|sight)",
    r"(?:vision|sight) (?:\w+ )?(?:blurr\w*|blurry|fuzzy|funny|strange)",
    r"confus\w*|chest (?:pain|tight\w*|pressure)",
)


def high_reading(m: Message) -> bool:
    """A blood pressure reading at or over the NHS's line for high: 140/90 at a clinic, 135/85
    at home."""
    high, low = (135, 85) if m.mentioned(AT_HOME) else (140, 90)
    if any(systolic >= high or diastolic >= low for systolic, diastolic in bp_readings(m)):
        return True
    # The top number alone, at or over the line, says as much about the top.
    return not m.mentioned(JUST_TRAINED) and any(
        int(match.group(1)) >= high for _, _, match in m.live(BP_TOP_ALONE)
    )


def bp_readings(m: Message) -> list[tuple[int, int]]:
    """The blood pressure readings a message gives now, as (systolic, diastolic). Not one taken
    just after training, when it is meant to be up."""
    if not m.mentioned(BP_CONTEXT) or m.mentioned(JUST_TRAINED):
        return []
    # Written as a reading, not two gym numbers ("150 100 on the machine").
    reading = r"\d{2,3} ?/ ?\d{2,3}|\d{2,3}s?(?: something| odd)? over (?:high |low )?\d{2,3}"
    if not re.search(reading, m.in_figures):
        return []
    readings = [(int(match.group(1)), int(match.group(2))) for _, _, match in m.live(BP_READING)]
    readings = [(s, d) for s, d in readings if 80 <= s <= 260 and 40 <= d < s]
    return readings[-1:] if m.mentioned(RETAKEN) else readings
