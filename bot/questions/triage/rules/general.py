"""Rules for the rest: fainting, stroke, pre-eclampsia, heat illness, sepsis, and the smaller
signs (seizures, ketones, blood in urine, a snapped tendon, lasting swelling, varicose skin).
"""

from __future__ import annotations

import re

from bot.questions.triage.rules.heart import (
    bp_readings,
    high_reading,
    over_before_today,
    told_recently,
)
from bot.questions.triage.signs import Level
from bot.questions.triage.text import CHANGED_SINCE, Message, words
from bot.questions.triage.vocabulary.body import (
    CHEST,
    CPR_NOT_NOW,
    CPR_UNDER_WAY,
    DIZZY,
    EXERCISE,
    FAINTED,
    LEG,
    NEAR_FAINT,
    OUT_COLD,
    PAIN,
    RECURRING,
    SLEEP_NOT_FAINT,
    STANDING_UP,
    UNRESPONSIVE,
)
from bot.questions.triage.vocabulary.brain import (
    CANT_RAISE_ONE_SIDE,
    COLD_NUMBED,
    DOUBLE_VISION,
    FACE,
    FACE_OR_SPEECH,
    KNOWN_PALSY,
    KNOWN_SEIZURES,
    NOT_A_STROKE,
    NUMBED_ON_PURPOSE,
    PRESSED_LIMB,
    PRESSED_NOT_PASSING,
    SEIZURE,
    SEIZURE_ALARM,
    SEVERE_HEADACHE,
    STROKE_SIGNS,
    VISION_LOSS,
)
from bot.questions.triage.vocabulary.breath import (
    BREATH,
    NORMAL_RECOVERY,
    SEVERE_BREATH,
    SLOW_ONSET,
    SUDDEN,
)
from bot.questions.triage.vocabulary.conditions import (
    ANKLES,
    BLOOD_IN_URINE,
    CONFUSED_MIND,
    HEAT,
    HOT_SPELL,
    NOT_HEALING,
    RED_FOOD,
    SLOW_TO_HEAL,
    SNAP,
    SPUN_ROUND,
    VARICOSE,
)
from bot.questions.triage.vocabulary.course import (
    ASKS_FOR_CARE,
    BP_MEDICINE,
    COMPLAINT,
    FOR_YEARS,
    KNOWN_CONDITION,
    MEDICINE_CHANGE,
    NOT_IMPROVING,
    RECOVERED,
    TRAINING_SPAN,
    WEEKS,
)
from bot.questions.triage.vocabulary.heart import (
    AF,
    BEFORE_TODAY,
    DATED_LONG_AGO,
    IRREGULAR,
    MORE_OFTEN,
    RACING,
    SOMETIMES,
    TODAY_TIME,
)
from bot.questions.triage.vocabulary.infection import (
    EXTREME_SHIVERING,
    FEVER,
    FEVER_RISK,
    INFECTION,
    INFECTION_SITE,
    NO_URINE,
    NON_BLANCHING_RASH,
    SEPSIS_SIGN_KINDS,
    SEPSIS_SIGNS,
    SPREADING_REDNESS,
    WOUND,
)
from bot.questions.triage.vocabulary.legs import BIGGER_THAN_OTHER, BOTH_SIDES, CLOTS, SWOLLEN
from bot.questions.triage.vocabulary.other import (
    AIRWAY,
    BULGING_VEINS,
    CANT_KEEP_DOWN,
    CANT_STAND,
    CAST,
    CAST_TROUBLE,
    HARD_RED_VEIN,
    HEARING_LOST,
    HIVES_WORDS,
    KETONE_READING,
    KIDNEY_SIGNS,
    LITTLE_FLUID_OUT,
    MOUTH_SWELLING,
    RECURRENT_INFECTION,
    SUDDENLY,
    SUGAR_READING,
    SWELLING_TRIGGER,
    US_SUGAR_READING,
    VARICOSE_NAMED,
    VOMITING,
)
from bot.questions.triage.vocabulary.people import PEOPLE
from bot.questions.triage.vocabulary.pregnancy import (
    BP_FOUND_HIGH,
    LATE_PREGNANCY,
    PE_NAMED,
    PE_SIGNS,
    PREGNANT,
)
from bot.questions.triage.vocabulary.situations import (
    AFTER_BIRTH,
    ANTICOAGULANT,
    HEAD_KNOCK,
    KEEPS_NOTHING_DOWN,
    TOLD_TO_SEE_GP,
)


def fainting(m: Message) -> Level | None:
    # A faint told as what led to a diagnosis ("sister diagnosed with a rhythm condition after
    # fainting at netball") is history, unless it has happened again; what is left is a question
    # for the doctor who made it, or a relative's GP (some heart conditions run in families).
    if m.mentioned(_DIAGNOSED_AFTER) and not m.mentioned(_AGAIN):
        return Level.SEE_GP
    fainted = m.has(FAINTED)
    near = m.has(NEAR_FAINT)
    # Slumped where they sit, or lying on the floor, and not answering: unresponsive now,
    # whether or not anyone saw them go (slumped alone is how people sit, so FAINTED leaves
    # chairs out).
    ignoring = m.mentioned(_IGNORING_NOT_UNRESPONSIVE)
    if m.has(_SLUMPED_OR_LYING) and m.has(UNRESPONSIVE) and not ignoring:
        return Level.EMERGENCY
    # CPR being given: the heart has stopped (Resuscitation Council UK: call 999, start CPR).
    if m.has(CPR_UNDER_WAY) and not m.mentioned(CPR_NOT_NOW):
        return Level.EMERGENCY
    # A collapse put on for a laugh: "faked a heart attack during the encore as a bit". Read
    # after the unresponsive and CPR checks, so a joke that turned real still reads.
    if m.mentioned(_PUT_ON):
        return None
    # A faint tests have since cleared ("had the full works, ECG, tilt test, all normal"), with
    # nothing told as changed or new since: the assessment the NHS asks for has been made.
    if (fainted or near) and m.cleared and not m.has(UNRESPONSIVE):
        return None
    # Dizzy since a blood pressure medicine was started or raised, and nearly falling: a fall is
    # the harm (NICE NG136 asks for a standing blood pressure in anyone with falls or postural
    # dizziness, to find a drop on standing), so the prescriber should hear today, not at a
    # routine review.
    nearly_over = m.has(DIZZY) or near or m.mentioned(STANDING_UP)
    # So does one on blood pressure tablets while fasting or drying out.
    drying = m.mentioned(_BP_TABLETS) and m.mentioned(_DRYING_OUT)
    if nearly_over and m.has(_NEAR_FALL) and (_new_bp_medicine(m) or drying):
        return Level.SAME_DAY
    # Or nearly over, or nearly fainting, on getting up: the new medicine's drop on standing
    # told by what it did ("nearly went over twice getting out of the car").
    # Not a faint itself ("today he actually went down"), which is judged below.
    faint_on_rising = m.has(_NEARLY_FAINTED) and m.mentioned(STANDING_UP)
    near_miss = (m.has(_NEAR_FALL) or faint_on_rising) and not m.has(_WENT_OUT)
    if near_miss and _new_bp_medicine(m):
        return Level.SAME_DAY
    # A known condition's usual episode, told as usual and over ("POTS morning, fine after a sit,
    # same as every day"), or light-headedness a snack fixes when a meal is skipped.
    # Not a faint itself: one during exercise is an emergency whatever the condition.
    usual = m.mentioned(_KNOWN_DIZZY_CONDITION) and m.mentioned(_AS_ALWAYS) and not fainted
    hunger = m.mentioned(_FOOD_FIXES_IT) and m.mentioned(_SKIPPED_A_MEAL) and not fainted
    if (usual or hunger) and not m.mentioned(words(r"different|new|worse|never")):
        return None
    # NHS (heat exhaustion): faint in the heat, cooled down and well again within half an hour
    # needs no help. A faint itself, or anything still there, is judged below.
    cooled = m.mentioned(HEAT) and m.mentioned(_COOLED_OFF) and m.mentioned(_WELL_AGAIN)
    felt_faint = (near or fainted) and not m.has(_WENT_OUT)
    if felt_faint and cooled and not m.has(words(r"still|worse|confus\w*")):
        return None
    if not (fainted or near):
        # A faint during exercise, told as over ("came round straight away, fine since") and
        # dated within days: a faint in exertion can be the heart's, so it is seen today, not
        # left at "fine since".
        if told_recently(m, _an_exercise_faint):
            # Earlier today and not checked since: the knowledge base's own advice for a faint
            # while exercising (999, until a doctor has checked) still holds. From yesterday
            # back, or seen since, today.
            today = told_recently(m, _an_exercise_faint_today, TODAY_TIME)
            return Level.EMERGENCY if today and not m.mentioned(_CHECKED_SINCE) else Level.SAME_DAY
        # A faint that is over but new ("never fainted before") still needs assessment (SAFE-03).
        if m.mentioned(FAINTED) and m.mentioned(_NEW_FAINT):
            return Level.SEE_GP
        # NHS: dizziness that keeps coming back needs a GP, whatever brings it on.
        if m.has(DIZZY) and m.has(CANT_STAND) and m.has(VOMITING):
            return Level.SAME_DAY
        # Spun round on a ride or spinning a child: the dizziness of the spin itself.
        if m.mentioned(SPUN_ROUND):
            return None
        # NHS (vertigo): the world spinning with being sick or a bad headache is for 111 now.
        # Not after a night's drinking.
        unwell = m.has(VOMITING) or m.has(_BAD_HEADACHE)
        if m.has(_SPINNING) and unwell and not m.mentioned(_DRINKING):
            return Level.SAME_DAY
        # Not the head rush someone has always had ("happens now and then, always has").
        lifelong = m.mentioned(
            words(
                r"always (?:has|have|had|been)|all my life|since i was|(?:totally )?normal for me|"
                r"(?:like|as|same as) always (?:when|after|if|on|whenever)"
            )
        )
        # Not one spell dated last week and "no issues since": over, not coming on slowly.
        recurs = (
            m.has(RECURRING) or m.has(SLOW_ONSET) or m.has(NOT_IMPROVING)
        ) and not m.mentioned(_WELL_SINCE)
        # Dizzy with falls: a fall with no clear cause is for a GP to look into (NHS Western
        # Isles, falls FAQ).
        if m.has(DIZZY) and (recurs or m.has(_NEAR_FALL)) and not lifelong:
            return Level.SEE_GP
        # Dizzy on standing while taking blood pressure tablets: a GP should review them.
        if m.has(DIZZY) and m.mentioned(STANDING_UP) and m.mentioned(_BP_TABLETS):
            return Level.SEE_GP
        return None
    # "Blacked out on the sofa, by which I mean napped": the writer says it was sleep.
    if m.mentioned(SLEEP_NOT_FAINT) and not m.has(UNRESPONSIVE):
        return None
    # Down again after coming round: not the faint that passes once someone is lying flat.
    if m.has(UNRESPONSIVE) or m.has(_DOWN_AGAIN):
        return Level.EMERGENCY
    if not fainted and m.mentioned(SPUN_ROUND):
        return None
    # Feeling faint after giving blood or a needle, and well again, is the common harmless kind;
    # a full faint, or one with company, is still judged below.
    full_faint = m.has(_FAINTED_OUTRIGHT)
    recovered = words(
        r"(?:fine|normal|ok) (?:now|after (?:a|some) (?:biscuit|drink|squash|cup of tea))",
        r"right as rain|back to normal|(?:juice|squash|tea) and a biscuit",
        # "Legs up and I was fine in 2 mins".
        r"(?:fine|normal|ok|okay) (?:again )?(?:in|within|after) (?:a few |a couple of |\d+ |two |"
        r"five )?(?:min|mins|minutes|seconds|secs)",
    )
    if not full_faint and m.mentioned(_NEEDLE) and m.mentioned(recovered):
        return None
    # Fainting at needles or blood all one's life, once more at a blood test, and well after.
    lifelong_needle_faint = m.mentioned(_NEEDLE) and m.mentioned(
        words(
            # "Since I was a kid", "since I was a pikin", in whatever word for a child.
            r"always|every (?:single )?time|since i was (?:a |an )?\w+|same as ever",
            # "Again, same as last year", "happens to me every time". Not "the nurse said it's
            # common" alone, which is said of a first faint too.
            r"same as (?:last|every) (?:year|time)|happens (?:to me )?(?:every|each) (?:single )?"
            r"time",
        )
    )
    well_after = m.mentioned(
        words(
            r"fine|ok|okay|normal|better|biscuit|cup of tea|all good",
            r"came (?:round|to) (?:in|within|after) (?:a few |a couple of )?seconds|went (?:back )?"
            r"to work",
            # Back at it since: "back on the bike sat".
            r"back (?:on the bike|at work|to work|to training|training|in the gym) (?:on )?"
            r"(?:sat|sun|saturday|sunday|mon|monday|tues?|tuesday|wed|wednesday|thurs?|thursday|fri|"
            r"friday|next day|the day after|since)",
        )
    )
    # Out for minutes, not "fine in 5 minutes".
    others = m.has(
        words(
            # Not a fear that stays: "still hate needles".
            # Nor the ribbing that goes on: "still won't let me forget it".
            r"chest|racing|palpitat\w*|breath\w*|hit my head|still(?! (?:hate|scared|afraid|"
            r"terrified|dread|not keen|dont like|wont let|laugh\w*|jok\w*|teas\w*|mock\w*|rib\w*))",
            r"(?:out|unconscious|down|out cold|unresponsive) for (?:a few |several |\d+ )?minutes",
        )
    )
    # Not faints counted within months ("twice in 2 months"): how often is for a GP to weigh.
    counted = m.mentioned(
        words(
            r"(?:twice|(?:two|three|four|\d+) times) in (?:\w+ ){0,2}(?:weeks?|"
            r"months?|year)"
        )
    )
    if lifelong_needle_faint and well_after and not others and not counted:
        return None
    # A faint at a jab or a blood test, well since: "fainted at his school jabs last month, not
    # a bother since". The needle is a cause the NHS names, so not today; a GP can still say
    # whether a first faint late in life, or another this year, needs more.
    well_since = m.mentioned(_WELL_SINCE)
    # Years back, as a child or a teenager, and never again: history, nothing to book.
    # Or one a doctor has since called the simple, needle kind.
    if m.mentioned(_NEEDLE) and well_since and not others:
        long_ago = m.mentioned(_AS_A_CHILD) and m.mentioned(_NEVER_AGAIN)
        return None if long_ago or m.mentioned(_DOCTOR_CALLED_IT_SIMPLE) else Level.SEE_GP
    # Only nearly fainting, at a needle or the sight of blood, sat down and fine in a minute: the
    # trigger the NHS names (fainting: sit or lie down until it passes), never a faint itself.
    at_a_needle = m.mentioned(_NEEDLE) or m.mentioned(_SIGHT_OF_BLOOD)
    only_nearly = (near or m.has(_FELT_FAINT)) and not m.has(_WENT_OUT)
    if only_nearly and at_a_needle and well_after and not (others or counted):
        return None
    # The session named in the sentence before: "rep 3 of the 400s. Next thing I know I'm on
    # the grass."
    exercise = (
        m.near(FAINTED, EXERCISE, 14)
        or m.near(NEAR_FAINT, EXERCISE, 14)
        or m.near_or_next(EXERCISE, FAINTED, 14)
    )
    companions = _beside_a_faint(m)
    # Faints at the sight of blood, more than once and well straight after: the blood's, even
    # when it is spilt mid-session ("at BJJ when someone's nose got busted"); a GP looks into
    # faints that keep happening after a clear trigger.
    at_blood = m.mentioned(_SIGHT_OF_BLOOD) and m.has(_MORE_THAN_ONCE) and well_after
    if at_blood and not others and not companions:
        return Level.SEE_GP
    # Greyed out for a second or two on standing up, not fallen, and over at once: the blood
    # pressure's dip on rising (NHS dizziness: standing up too quickly), not a faint.
    if _greyed_for_a_second(m) and not (companions or others):
        return None
    # Seen on the spot by the race's medics, who called it the usual collapse past the finish,
    # and well since: the check the advice asks for has been made.
    # Or a faint at a jab, checked over by a clinician there and well in minutes; or one a doctor
    # has since examined and called a simple faint.
    checked_at_the_jab = at_a_needle and m.mentioned(_CHECKED_OVER)
    seen_and_well = (m.mentioned(_MEDICS_CALLED_IT_NORMAL) or checked_at_the_jab) and well_after
    seen = seen_and_well or m.mentioned(_DOCTOR_CALLED_IT_SIMPLE)
    if seen and not (companions or others or m.has(UNRESPONSIVE)):
        return None
    if exercise or companions or m.has(words(r"lying (?:down|in bed)|in bed|asleep")):
        return Level.EMERGENCY
    # NHS: faints that keep happening, each time after a clear trigger (standing long, heat) and
    # well straight after, are for a GP to look into; a first or unexplained one, today.
    if fainted and m.has(RECURRING) and m.mentioned(_FAINT_TRIGGER) and not m.has(SUDDENLY):
        return Level.SEE_GP
    if fainted:
        return Level.SAME_DAY
    return Level.SEE_GP


_DOWN_AGAIN = words(
    # Within the one spell: not "then a year later fainted again".
    r"(?:came round|came to|woke up|got up|stood up|sat up|got him up|got her up)"
    r"(?: (?!(?:later|years?|months?|weeks?|days?|nights?)\b)\w+){0,6} "
    r"(?:went down|passed out|blacked out|collapsed|fainted|keeled over|dropped|conked out) again"
)

_AGAIN = words(r"again|another")
_FELT_FAINT = words(r"(?:felt|feeling|went) (?:a bit |a little |quite |very |really |all )?faint")
_SIGHT_OF_BLOOD = words(
    r"sight of (?:\w+ )?blood|blood everywhere|(?:saw|see|seeing|sees) (?:the |all the |so much )?"
    r"blood"
)
_MORE_THAN_ONCE = words(
    r"twice|(?:two|three|several|a few|\d+) times|every time|each time|always|whenever|again"
)
_DIAGNOSED_AFTER = words(
    r"(?:diagnosed|found to have|picked up|fitted|given)(?: \w+){0,8} (?:after|following) "
    r"(?:\w+ )?(?:faint\w*|pass\w* out|collaps\w*|black\w* ?out)"
)
_FAINT_TRIGGER = words(
    r"standing (?:\w+ ){0,3}(?:long|still|for ages|for hours|a long time)",
    r"stood (?:\w+ ){0,2}(?:for ages|too long|a long time)",
    r"queues?|crowded|the heat|hot (?:room|church|day|and sweaty)",
    r"(?:sight of )?blood|needles?",
)


def _pregnancy_reading_for_today(m: Message) -> bool:
    """In pregnancy, a reading of 140/90 or more, home or clinic: new high blood pressure in
    pregnancy is assessed by the maternity team (NICE NG133), and the midwife or maternity unit
    should hear of it today, not at the next appointment; not the usual reading of a known high
    blood pressure already being treated. After a birth, a reading in the severe range (160/110)
    or a high one with a headache."""
    readings = bp_readings(m)
    raised = any(s >= 140 or d >= 90 for s, d in readings)
    severe = any(s >= 160 or d >= 110 for s, d in readings)
    known = m.mentioned(_KNOWN_AND_TREATED_BP)
    # After the birth a raised reading without symptoms is for the postnatal review (NICE NG133);
    # the severe range, or a headache, is still today's.
    after = m.mentioned(AFTER_BIRTH) or m.mentioned(
        words(
            r"(?:birth|baby|pre ?eclampsia|delivery|c ?section)(?: \w+){0,4} (?:weeks|months) ago"
        )
    )
    return (
        severe
        or (raised and not (known or after))
        or (high_reading(m) and m.has(words(r"headaches?")))
    )


# High blood pressure known before and treated, its readings as usual.
_KNOWN_AND_TREATED_BP = words(
    # Not "a bit higher than normal for me", which says it is up.
    r"as (?:usual|normal|always)|(?<!than )(?:usual|normal) for me|same as (?:always|usual|ever)",
    r"(?:on|taking|take) (?:\w+ )?(?:labetalol|nifedipine|methyldopa)",
    r"(?:chronic|long ?standing|known) (?:high blood pressure|hypertension|high bp)",
)


# Weeks and days of a pregnancy as midwives write them ("32+4"), read on the raw text: the plus
# is gone once the text is normalised.
_GESTATION = re.compile(
    r"\b(?:[12]\d|3\d|4[0-2]) ?\+ ?[0-6]\b(?! ?(?:kg|kgs|lb|lbs|reps?|sets?|x|km|k|mins?)\b)"
)

_NEARLY_FAINTED = words(
    r"(?:nearly|almost) (?:fainted|fainting|passed out|passing out|blacked out)"
)
# Out, not nearly; and, told of the floor, "went down", "hit the deck".
_FAINTED_OUTRIGHT = words(OUT_COLD)
_WENT_OUT = words(OUT_COLD, r"(?<!nearly )(?<!almost )(?:went down|hit the (?:floor|deck|ground))")
_COOLED_OFF = words(
    r"shade|cold shower|cool(?:ed|ing)? (?:down|off)|ice lolly|cold drink|glass of water|"
    r"(?:came|got) out(?: of the (?:sauna|steam room|sun|heat|hot tub))?",
    r"air ?con|air conditioning|in front of (?:a|the) fan",
)
_WELL_AGAIN = words(
    r"(?:completely |totally )?back to normal|(?:fine|ok|okay|better) (?:in|within|after) "
    r"(?:\d+|a few|five|ten|fifteen|twenty) ?(?:min|mins|minutes)|walked home fine|right as rain",
    r"(?:totally|completely|perfectly|100) fine (?:now|again)",
)
_PUT_ON = words(
    r"faked?(?: \w+){0,8} (?:as a (?:bit|joke|prank|gag)|for a laugh|for the (?:crowd|video|"
    r"camera))"
)


def _beside_a_faint(m: Message) -> bool:
    """What makes a faint or a near one the heart's or the brain's: chest pain, a racing or
    uneven heart, breathlessness, confusion."""
    return (
        m.near(CHEST, PAIN, 8)
        or m.has(RACING)
        or m.has(IRREGULAR)
        or m.has(BREATH)
        or m.has(words(r"confus\w*|muddled|not making sense"))
    )


def _greyed_for_a_second(m: Message) -> bool:
    return m.mentioned(_GREYED_FOR_SECONDS) and m.mentioned(STANDING_UP) and m.mentioned(_STAYED_UP)


def greyed_out_on_standing(m: Message) -> bool:
    """Greyed out for a second on standing up, not fallen, with nothing beside it: the rules
    read nothing (NHS dizziness: standing up too quickly), and the bank, which reads "went
    grey" as the faint it says, is not asked to overrule them."""
    return _greyed_for_a_second(m) and not _beside_a_faint(m)


_MEDICS_CALLED_IT_NORMAL = words(
    r"(?:medics?|paramedics?|medical (?:tent|team)|first aid\w*|race doctor)(?: \w+){0,12} "
    r"(?:said|called it|reckoned|told (?:her|him|me|us))(?: it was| its| it is| that)? (?:a |just "
    r"(?:a )?)?(?:normal|common|usual|nothing to worry)",
)
# A doctor who examined them and named the harmless kind: "doc did an ECG and bloods and said
# simple faint", "the GP said it was a vasovagal faint".
_DOCTOR_CALLED_IT_SIMPLE = words(
    r"(?:doc|doctor|gp|a and e|hospital|cardio|cardiologist|consultant|specialist)(?: \w+){0,14} "
    r"(?:said|says|called it|reckoned|told (?:her|him|"
    r"me|us))(?: it was| its| it is| that)? (?:a |just (?:a )?)?(?:simple|vasovagal|common|"
    r"ordinary|normal|classic|typical)(?: needle| blood)? faint",
    # Said common by the nurse who saw it, at a donation or a jab: "the nurse said it happens a
    # lot".
    r"(?:nurse|nurses|doc|doctor|staff)(?: \w+){0,3} (?:said|says|told (?:me|him|her|us)) "
    r"(?:it |this |that )?happens (?:a lot|all the time|loads|to (?:lots|loads|plenty) of "
    r"(?:people|donors))",
)
_CHECKED_OVER = words(
    r"(?:doc|doctor|gp|nurse|medic|medics|paramedics?)s? (?:checked|looked) (?:me|him|her|them|us) "
    r"over",
    # The clinician named a little before: "nurse said classic needle faint, checked me over".
    r"(?:doc|doctor|gp|nurse|medic|medics|paramedics?)s?(?: \w+){1,8} checked (?:me|him|her|them) "
    r"over",
    r"(?:doc|doctor|nurse|nurses|medic|medics|paramedics?) sorted (?:me|him|her|them|us) out",
)
_NEVER_AGAIN = words(r"never (?:happened|done it|fainted|gone|went) (?:again|since)")
_WELL_SINCE = words(
    r"(?:not a bother|fine|nothing|no (?:problems?|issues?|more)|all good|well) (?:ever )?since",
    _NEVER_AGAIN.pattern,
)
_AS_A_CHILD = words(
    r"when (?:i|he|she) (?:was|were) (?:a |an )?(?:teen\w*|kid|child|little|young|at school)|"
    r"as a (?:teen\w*|kid|child)|(?:\d+|many|several|ten|twenty) years ago",
)
_GREYED_FOR_SECONDS = words(
    r"(?:went|go|goes|going|gone|greyed|grayed) (?:grey|gray|fuzzy|dark|out)?(?: \w+){0,2} for "
    r"(?:like |about |literally |only |just )?(?:a|one|a split|a few|a couple of|two|\d) "
    r"(?:second|seconds|secs)\b",
)
_STAYED_UP = words(
    r"(?:didnt|did not|never|without) (?:fall|falling|go down|going down|drop|dropping|pass out|"
    r"passing out|black out|blacking out)|stayed on (?:my|his|her) feet",
)
_NEEDLE = words(
    r"(?:giving|gave|give|donat\w*) blood|blood (?:donation|test|tests|taken)|donation",
    r"(?:took|take|taking|taken) (?:my |his |her )?bloods?|bloods? (?:taken|done|drawn)",
    r"needles?|injections?|jabs?",
    # A line or port put in or used: "fainted at my port access".
    r"port access|(?:accessing|access) (?:my |the )?port|cannula\w*",
)


_CHECKED_SINCE = words(
    r"a ?(?:and )?e|hospital|paramedics?|ambulance|ecg|doctor|gp|medics?|medical (?:tent|team|"
    r"room)|first aid\w*|checked (?:me |him |her |them )?(?:over|out)|cardiolog\w*|physio"
)


def _an_exercise_faint(sentence: str) -> bool:
    return bool(FAINTED.search(sentence) and EXERCISE.search(sentence))


def _an_exercise_faint_today(sentence: str) -> bool:
    """A faint in exercise, not denied ("no blackout") and told in a sentence that dates nothing
    before today ("passed out on my run yesterday, today I feel fine")."""
    return (
        _an_exercise_faint(sentence)
        and not _FAINT_DENIED.search(sentence)
        and not BEFORE_TODAY.search(sentence)
    )


_FAINT_DENIED = words(
    r"(?:no|not|never|didnt|without|wasnt) (?:\w+ )?(?:faint\w*|pass\w* out|black\w* ?out|"
    r"collaps\w*|knocked out)"
)


_NEW_FAINT = words(
    r"never (?:fainted|passed out|blacked out) (?:before|in my life)",
    r"first time (?:ive |i have |i |hes |shes )?(?:ever )?(?:fainted|passed out|blacked out)",
    r"first (?:ever )?faint",
    r"first time ever",
    r"(?:no idea|dont know|not sure) why",
)


_BP_TABLETS = words(BP_MEDICINE)
_CANT_SEE_PROPERLY = words(r"(?:cant|cannot|couldnt) see (?:properly|straight|clearly|right)\b")
_SPINNING = words(
    r"rooms? (?:\w+ ){0,2}(?:spin\w*|spun|whirl\w*|moving|turning|tilt\w*|lurch\w*)",
    # Set off by moving the head: vertigo told by when it comes.
    r"dizz\w*(?: \w+){0,4} (?:when(?:ever)?|every time|each time) (?:i|he|she) (?:turn|move|roll|"
    r"tilt|tip)\w* (?:my|his|her) head",
    r"(?:everything|world) (?:is |keeps )?(?:spinning|turning|whirling)",
    r"head (?:is |keeps )?(?:spinning|turning)(?: round| around)?",
    r"vertigo",
    # "Spinning dizziness since this morning", "dizzy, like the room is on a spin".
    r"spinn(?:ing|y) (?:dizz\w*|feeling|sensation)|dizz\w* (?:and |with )?spinn(?:ing|y)",
)
_BAD_HEADACHE = words(
    r"(?:bad|severe|terrible|awful|pounding|splitting|horrible) headache",
    r"headache(?: \w+){0,2} (?:wont|that wont|doesnt|does not|that does not) (?:stop|go|ease)",
)
# Not a likeness: "like the worst hangover without the fun".
_DRINKING = words(
    r"drunk|hungover|(?<!like the worst )(?<!like a )(?<!like the )(?<!like a bad )"
    r"(?<!like the worst ever )hangover|pints|booze|shots|vodka|tequila|wine|beers|alcohol"
)
_KNOWN_DIZZY_CONDITION = words(r"pots|postural tachycardia|vasovagal|orthostatic hypotension")
_AS_ALWAYS = words(
    r"(?:like|as) (?:always|usual|ever)|same as (?:always|usual|ever|every (?:day|time|morning))"
)
_FOOD_FIXES_IT = words(
    r"(?:a )?(?:snack|food|eating|biscuit|sweets|juice|banana|lunch|breakfast|meal)(?: \w+){0,2} "
    r"(?:fixes|fixed|sorts|sorted|helps|helped|cures|cured) it",
)
_SKIPPED_A_MEAL = words(
    r"(?:skip|skipped|skipping|miss|missed|missing) (?:my )?(?:lunch|breakfast|dinner|tea|a meal|"
    r"meals)",
    r"(?:if|when) i (?:dont|do not|havent) eat",
)
_DRYING_OUT = words(
    r"fasting|dehydrat\w*|not drinking|diarrhoea|vomiting|sweating buckets",
    r"the runs|runny tummy|upset (?:stomach|tummy)|d and v|sickness bug|food poisoning",
)
_NEAR_FALL = words(
    r"(?:nearly|almost) (?:fell|fallen|fall|falling|go over|goes over|went over|gone over|going "
    r"over|toppled|hit the (?:deck|floor))",
    # Saved by the wall: "grabbed the wall twice today".
    r"(?:grab\w*|clutch\w*|caught|catch) (?:hold of )?the (?:wall|door ?frame|banister|rail|"
    r"side|counter|worktop)(?: \w+){0,2} (?:twice|again|(?:\d+|two|three|a few|several) times)",
    r"near falls?",
    # A fall itself, told plainly: "I've had a fall already".
    r"(?:had|have had|ive had) a fall|fell (?:over|down|twice)(?! laughing| giggling)",
    # "Went over and hit my hip", "I've fallen twice this week".
    r"(?:went|gone|toppled|keeled) over (?:and|onto|on to|into)",
    r"fallen (?:over |down )?(?:twice|again|(?:two|three|\d+|a few|several) times)",
    # Dated, so a fall and not "fell asleep": "fell today", "she fell this morning".
    r"fell (?:today|yesterday|this (?:morning|afternoon|evening|week)|last night|earlier)",
)


def _new_bp_medicine(m: Message) -> bool:
    return m.mentioned(_BP_TABLETS) and m.mentioned(
        words(r"new|started|starting|began|changed|increased|upped|doubled|raised|higher dose")
    )


def stroke(m: Message) -> Level | None:
    # NHS (vertigo): the room spinning with the sight gone wrong, suddenly or past standing, is
    # for A&E now; a stroke at the back of the brain can begin that way.
    sight_wrong = m.has(VISION_LOSS) or m.has(_CANT_SEE_PROPERLY)
    if m.has(_SPINNING) and sight_wrong and (m.has(SUDDENLY) or m.has(CANT_STAND)):
        return Level.EMERGENCY
    # A limb slept on comes back: one that is "not wearing off" is not that.
    # Nor an arm and a leg of one side together, which no one way of sitting numbs.
    pressed = (
        m.mentioned(PRESSED_LIMB) and not m.has(PRESSED_NOT_PASSING) and not m.has(_ARM_AND_LEG)
    )
    # "Stroke rate", "breaststroke": only the word itself is set aside, never a sign beside it
    # ("my stroke rate dropped and my face is drooping" is a stroke).
    # "Can a heavy lift cause a stroke?": the word as a topic, never a sign beside it.
    # "Grandad's stroke was ten years ago": the word dated long ago, never a sign beside it.
    # So is "my dad had a stroke at 60".
    named_only = (
        m.mentioned(NOT_A_STROKE)
        or m.mentioned(_STROKE_AS_TOPIC)
        or m.mentioned(_STROKE_LONG_AGO)
        or m.mentioned(_STROKE_IN_THEIR_HISTORY)
    )
    # A sign told as over since a day before today ("last night, ok now") is not today's: the
    # TIA reading below weighs it.
    told = m.live(STROKE_SIGNS)
    over = {index for index, _, _ in told if over_before_today(m.sentences[index])}
    live = [match for index, _, match in told if index not in over]
    if named_only:
        live = [match for match in live if not _THE_WORD_STROKE.fullmatch(match.group(0))]
    # A weakness left by an earlier stroke, "nothing new": what it left, not a new one.
    # Never past a change told beside it: "nothing new there, but today his speech is slurred".
    # So is one "ever since" a stroke dated years ago.
    since_stroke = m.mentioned(
        words(r"(?:since|after|from) (?:her|his|my|their|the) (?:\w+ )?stroke")
    )
    long_ago = m.mentioned(_STROKE_LONG_AGO) and m.mentioned(words(r"ever since|since then"))
    residual = (
        (since_stroke or long_ago)
        and (
            long_ago
            or m.mentioned(
                words(
                    r"nothing new|no change|same as (?:ever|always|before)|as ever|unchanged|"
                    r"new normal|(?:his|her|their|my) baseline"
                )
            )
        )
        and not m.mentioned(_CHANGE_TOLD)
    )
    # A dentist's numbing explains the face and the speech, a known palsy or the cold the face:
    # never an arm or a leg told beside them ("dentist booked... my hand went clumsy").
    if m.mentioned(NUMBED_ON_PURPOSE):
        explained_part: re.Pattern[str] | None = FACE_OR_SPEECH
    # Or the face checked the FAST way and found even: "smiled in the mirror, both sides fine" (a
    # droop seen in a selfie's angle). The face only: an arm or words beside it still count.
    # Or a lip or cheek swollen from a blow, which pulls the smile lopsided.
    elif (
        m.mentioned(KNOWN_PALSY)
        or m.mentioned(COLD_NUMBED)
        # Read in one sentence: "...when he smile. now fine" tells the droop passed, not a smile
        # found even.
        or any(
            _FACE_CHECKED_EVEN.search(m.sentences[i]) for i in m.could_match_in(_FACE_CHECKED_EVEN)
        )
        or m.mentioned(_LIP_OR_CHEEK_SWOLLEN)
    ):
        explained_part = FACE
    else:
        explained_part = None
    if residual:
        live = []
    elif explained_part is not None:
        # Or a one-sided numbness told with the dentist in its own words ("numb on one side
        # after the dentist numbed me").
        live = [
            match
            for match in live
            if not explained_part.search(match.group(0))
            and not NUMBED_ON_PURPOSE.search(match.group(0))
        ]
    elif pressed:
        # "Slept on my arm" explains the arm, never a drooping face beside it.
        live = [match for match in live if FACE_OR_SPEECH.search(match.group(0))]
    # A known carpal tunnel numbs the hand and fingers, never the arm or the face.
    if m.mentioned(_CARPAL_TUNNEL):
        live = [match for match in live if not _HAND_OR_FINGERS.search(match.group(0))]
    # An arm that won't rise after a shoulder injury or a set of raises: the injury or the set.
    if m.mentioned(_ARM_HELD_BACK):
        live = [match for match in live if not _CANT_RAISE.fullmatch(match.group(0))]
    # Both arms too sore to lift after training them: a stroke weakens one side.
    if m.mentioned(_SORE_FROM_TRAINING):
        live = [match for match in live if not _BOTH_ARMS.search(match.group(0))]
    # An arm "dead" after a hundred curls is the set's, words slurred after pints the drink's.
    # A "dead arm" after a jab or a punch is the muscle's bruise: only those words, never an arm
    # told weak or useless.
    worked_out = m.mentioned(_ARM_WORKED_OUT)
    jabbed = m.mentioned(_ARM_JABBED_OR_PUNCHED)
    drink = m.mentioned(_DRINK_TAKEN) and not m.mentioned(_DRINK_DENIED)
    live = [
        match
        for match in live
        if not _spent_or_drunk(match.group(0), worked_out, drink, jabbed=jabbed)
    ]
    # "Gasping, couldn't talk at km 3": speech lost for breath in the middle of an effort is the
    # breathlessness rule's to weigh, never slurred or muddled words beside it.
    # Or told back to normal within minutes of the effort: "cannot talk... back to normal 3 mins
    # later".
    out_of_breath = m.mentioned(EXERCISE) and (
        m.has(SEVERE_BREATH) or m.has(BREATH) or m.mentioned(NORMAL_RECOVERY)
    )
    if out_of_breath:
        live = [match for match in live if not _SPEECHLESS.fullmatch(match.group(0))]
    # Brain freeze: a sharp headache straight after a cold drink or ice cream, gone within
    # minutes (the International Headache Society's ICHD-3, 4.5.2: a primary headache, resolving
    # within 10 minutes). Not one told as lasting, and never a sign beside it.
    brain_freeze = m.mentioned(_BRAIN_FREEZE) and not m.has(_HEADACHE_LASTING)
    if live or (m.has(SEVERE_HEADACHE) and not brain_freeze) or _sight_lost(m):
        return Level.EMERGENCY
    # NICE NG128: a suspected TIA, its signs gone, is seen by a specialist within 24 hours. Told
    # as over ("fully resolved"), its sentence reads as past; a sign in it, dated within days,
    # is that. Only a sign, not the word: "my dad's stroke last week" is his care team's.
    # The NHS (TIA) asks for 999 even when the signs go before the ambulance comes, and an urgent
    # GP appointment for one that passed earlier without advice: signs gone within the day are
    # still the emergency ("an hour ago my arm went useless for ten minutes, fine now"); ones
    # dated yesterday or before are for today.
    explained = pressed or residual
    held_back = m.mentioned(_ARM_HELD_BACK)

    def a_sign(sentence: str) -> bool:
        return _a_stroke_sign(
            sentence,
            explained_part,
            held_back,
            out_of_breath,
            worked_out=worked_out,
            drink=drink,
            jabbed=jabbed,
        )

    # Not a sign dated last night beside a plan for today ("...last night, fine to train today?").
    def a_sign_today(sentence: str) -> bool:
        return a_sign(sentence) and not BEFORE_TODAY.search(sentence)

    if not explained and told_recently(m, a_sign):
        return Level.EMERGENCY if told_recently(m, a_sign_today, TODAY_TIME) else Level.SAME_DAY
    # Or dated further back this week or last ("last week... then it passed"), and over.
    if not explained and any(a_sign(m.sentences[index]) for index in over):
        return Level.SAME_DAY
    # Sight gone in one eye, or a curtain drawn over it, and come back: a passing loss of sight
    # in one eye is a TIA's sign (NICE NG128), for a check today however it is dated, unless
    # told as months or years back.
    if m.mentioned(_ONE_EYE_SIGHT_LOST) and not m.mentioned(DATED_LONG_AGO):
        return Level.SAME_DAY
    return None


def _sight_lost(m: Message) -> bool:
    """Sight lost, dimmed or doubled: not a blur told with sweat, sun cream or pool water in the
    eyes, which is what blurs it."""
    lost = [match.group(0) for _, _, match in m.live(VISION_LOSS)]
    if m.has(_SOMETHING_IN_THE_EYES):
        lost = [found for found in lost if not _BLURRED.search(found)]
    return bool(lost)


_ONE_EYE_SIGHT_LOST = words(
    r"curtain (?:\w+ )?(?:over|coming down|came down|come down|drawn|across)",
    r"(?:lost|losing|loss of|lose) (?:the |my |his |her |all )?(?:sight|vision) (?:in|of|out of|"
    r"from) (?:my |his |her |the |one )?(?:left |right )?eye\b",
    r"(?:sight|vision) in (?:my |his |her |one )?(?:left |right )?eye(?: \w+){0,3} (?:gone|went|"
    r"disappeared|blacked out|went black|went dark)",
    r"(?:blind|dark|black) (?:in|out of) (?:one|my left|my right|his|her) eye",
)
_SOMETHING_IN_THE_EYES = words(
    r"(?:sweat|sun ?cream|suncream|sunscreen|chalk|chlorine|pool water|shampoo|dust|grit)"
    r"(?: \w+){0,3} (?:in|into|got in|getting in) (?:my|his|her|their|the|both) eyes?",
)
_BLURRED = re.compile(r"blurr\w*")
_CARPAL_TUNNEL = words(r"carpal tunnel")
_FACE_CHECKED_EVEN = words(
    r"both sides (?:are |look |looked |were )?(?:fine|the same|same|normal|even|equal|level)",
    # Not a smile told crooked and then "back to normal": that is the sign, passed.
    r"(?:smile|smiled|smiling)(?! (?:\w+ ){0,3}(?:crooked|wonky|lopsided|droop\w*|uneven|slanted))"
    r"(?: \w+){0,4} (?<!back to )(?:even|symmetrical|level|normal|fine)",
)
_LIP_OR_CHEEK_SWOLLEN = words(
    r"(?:lip|lips|cheek|cheeks|gum|gums)(?: is| are| s| was| were| has| have)? (?:gone |got |all |"
    r"really |so |a bit |massively )?(?:swollen|puffy|puffed up|swelled up|fat|split|busted)",
    r"(?:fat|split|busted|swollen|puffy) (?:lip|lips|cheek)",
)
_ARM_WORKED_OUT = words(
    r"(?:\d+|a hundred|hundreds of) (?:\w+ )?(?:curls|reps|push ?ups|press ?ups|dips)|curls? to "
    r"failure|drop sets?|burn ?out sets?",
    # The day given to arms: "too weak to lift my coffee after arm day".
    r"(?:arm|arms|bicep|biceps|bi|gun|guns) day",
    # A bout lost or won: "arm is dead after arm wrestling my brother".
    r"arm ?wrestl\w*",
)
# "Post jab... just a dead arm".
_ARM_JABBED_OR_PUNCHED = words(
    r"(?:flu |covid |booster |tetanus )?(?:jab|vaccine|vaccination|booster|injection)s?",
    r"punch\w* (?:\w+ ){0,2}(?:arm|shoulder)|(?:arm|shoulder) (?:\w+ ){0,2}punch\w*",
)
_A_DEAD_ARM = re.compile(r"(?:(?:a|my|his|her|the) )?(?:left |right )?dead arm|arms? (?:\w+ )?dead")
_AN_ARM_ALONE = re.compile(
    r"(?:my |his |her |the )?(?:left |right )?arms? (?:\w+ )?(?:dead|useless|gone|weak|floppy)|"
    r"(?:a )?(?:left |right )?dead arm"
)
# Drink counted or owned to: "after 4 pints", "I was hammered". Not "acting drunk", which is how
# muddled speech looks, nor drink denied ("he doesn't drink").
_DRINK_TAKEN = words(
    r"(?:\d+|two|three|four|five|six|few|couple of|too many) (?:pints|beers|drinks|bevvies|jars|"
    r"shots|glasses of wine|ciders)",
    r"(?:i|we|he|she|they) (?:was|were|got|am|is|im|hes|shes) (?:a bit |so |well |absolutely )?"
    r"(?:hammered|pissed|tipsy|wasted|steaming)",
)
_DRINK_DENIED = words(
    r"(?:dont|doesnt|didnt|do not|does not|never|hadnt|hasnt|not) (?:\w+ )?drink\w*|sober"
)
_SLURRED = re.compile(r"slurr\w*")


def _spent_or_drunk(sign: str, worked_out: bool, drink: bool, *, jabbed: bool = False) -> bool:
    """An arm alone gone "dead" after a set worked to failure or a jab, or words slurred after
    drink taken: never a face, nor an arm or words beside anything else."""
    return bool(
        (worked_out and _AN_ARM_ALONE.fullmatch(sign))
        or (jabbed and _A_DEAD_ARM.fullmatch(sign))
        or (drink and _SLURRED.search(sign))
    )


_CANT_RAISE = re.compile(CANT_RAISE_ONE_SIDE)
# The arm or shoulder itself hurt, or worked to failure: not a set of calf raises, and never a
# shoulder merely named ("can't lift my left arm, shoulder feels fine").
_ARM_HELD_BACK = words(
    r"(?:shoulder|elbow|collar ?bone|bicep|tricep)s? (?:\w+ )?(?:injury|injured|tear|torn|"
    r"strain\w*|sprain\w*|dislocat\w*|impinge\w*|op|operation|surgery|bursitis|cooked|fried|"
    r"wrecked|destroyed|sore|pain|hurts?)",
    r"rotator cuff|frozen shoulder|dislocat\w*|(?:in a |arm in a )sling|armbar\w*|kimura\w*",
    r"(?:lateral|front|side|overhead) (?:raises|press\w*)|bench press\w*|benching",
    r"(?:arm|wrist) (?:injury|is injured|in a cast)",
    r"(?:tore|torn|broke|broken|fractured|dislocated) (?:my |his |her )?(?:arm|wrist|shoulder|"
    r"collar ?bone)",
)
_SPEECHLESS = re.compile(r"(?:cant|cannot|couldnt|could not|can not|unable to) (?:speak|talk)")
_HAND_OR_FINGERS = re.compile(r"\b(?:hands?|fingers?|thumbs?|wrists?)\b")
_BRAIN_FREEZE = words(
    r"brain ?freeze|ice ?cream headache|cold stimulus headache",
    r"(?:slushie|slush puppy|ice cream|ice lolly|frozen drink|iced drink|cold drink)(?: \w+){0,8} "
    r"(?:headache|head)",
)
_HEADACHE_LASTING = words(
    r"still|(?:for|over|lasted|lasting) (?:an? |\d+ |several |a few |two |three )?(?:hours?|"
    r"days?|minutes|mins)|(?:wont|isnt|not) (?:go|going|gone|easing|shifting)",
)


def _a_stroke_sign(
    sentence: str,
    explained_part: re.Pattern[str] | None = None,
    arm_held_back: bool = False,
    out_of_breath: bool = False,
    *,
    worked_out: bool = False,
    drink: bool = False,
    jabbed: bool = False,
) -> bool:
    return any(
        not (
            _A_STROKE_NAMED.fullmatch(match.group(0))
            or (explained_part is not None and explained_part.search(match.group(0)))
            or (arm_held_back and _CANT_RAISE.fullmatch(match.group(0)))
            or (out_of_breath and _SPEECHLESS.fullmatch(match.group(0)))
            or _spent_or_drunk(match.group(0), worked_out, drink, jabbed=jabbed)
        )
        for match in STROKE_SIGNS.finditer(sentence)
    ) or bool(DOUBLE_VISION.search(sentence))


_SORE_FROM_TRAINING = words(
    r"sore|doms|destroyed|wrecked|battered|chest day|arm day|push day",
    # Arms worked to failure, told by the count: "can't lift my arms after 100 push ups".
    r"(?:after|from|doing) (?:\d+|a hundred|hundreds of) (?:push ?ups|press ?ups|pull ?ups|dips|"
    r"burpees|curls|presses|reps)",
)
_BOTH_ARMS = re.compile(r"\b(?:arms|both arms|shoulders)\b")
_CHANGE_TOLD = words(
    # Not "unchanged today".
    r"but|(?<!unchanged )today|tonight|this (?:morning|afternoon|evening)|suddenly|sudden|"
    r"just now|right now|started|worse",
    # "Weak ever since, now my words come out wrong": a sign told as now is new.
    r"(?<!as ever )(?<!same as ever )now(?! and then| and again)|since (?:lunch|breakfast|dinner|"
    r"tea|yesterday|last night|i woke)",
)
_STROKE_LONG_AGO = words(
    r"stroke (?:\w+ ){0,2}(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|a few|several|many) years ago",
    r"stroke (?:\w+ ){0,2}(?:in|back in) (?:19|20)\d\d",
    r"(?:since|after) (?:my|his|her|their|the) stroke (?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|fifteen|twenty|a few|several|many) years ago",
)
# A stroke told as someone's history, dated by the age it came at or as "before": "my dad had a
# stroke at 60", "his uncle had a stroke young", "she's had a stroke before". The reason for a
# member's worry about their own blood pressure, not a stroke happening now. An age has two
# figures, so a clock's hour is never one ("had a stroke at 6", "at 11 this morning").
_STROKE_IN_THEIR_HISTORY = words(
    r"(?:had|suffered) (?:a |his |her |their )?(?:first |big |massive |major |minor |small )?"
    r"(?:mini ?)?stroke (?:at (?:the age of |age )?[1-9]\d(?! ?(?:am|pm|oclock|this|today|tonight|"
    r"last|yesterday|in the)\b)(?![:.]\d)|at (?:my|his|"
    r"her|their|our|your|that|a young) age|(?:really |quite |very )?young|in (?:his|her|their) "
    r"(?:\d0s|thirties|forties|fifties|sixties|seventies|eighties))",
    r"(?:hes|shes|theyve|ive|has|have) had (?:a |two |three |several )?(?:mini ?)?strokes? before",
)
_ARM_AND_LEG = words(
    r"(?:arm|hand) and (?:\w+ )?(?:leg|foot)|(?:leg|foot) and (?:\w+ )?(?:arm|hand)"
)
_THE_WORD_STROKE = re.compile(r"(?:mini ?)?stroke")
_A_STROKE_NAMED = re.compile(r"(?:mini ?)?stroke|tia")
_STROKE_AS_TOPIC = words(
    r"(?:cause|causes|caused by|lead to|leads to|trigger|triggers|risk of|chance of|prevent|"
    r"prevents|avoid|bring on|brings on|make|makes|give|gives) (?:you |me |a person )?(?:a |an )?"
    r"(?:mini ?)?stroke",
    r"difference between (?:a |an |the )?(?:mini ?)?(?:stroke|tia)",
    # The FAST test itself, asked about: "what's the FAST thing for stroke?".
    r"(?:the )?(?:be )?fast (?:thing|test|acronym|check|rule|method|mnemonic|card|signs?)|what "
    r"(?:does|do) (?:be )?fast stand",
    # "Does BE FAST replace FAST?": the longer mnemonic, named.
    r"be fast",
    r"(?:detect|spot|catch|notice)s? (?:a |an )?(?:mini ?)?stroke",
    # Teaching the signs: "I want our group to know the stroke signs". Not "showing stroke
    # symptoms", which is a report.
    r"(?:know|learn\w*|teach\w*|remember|recogni[sz]e|spot|go over|revise) (?:\w+ ){0,3}(?:the )?"
    r"(?:stroke (?:signs|symptoms|warning signs)|(?:signs|symptoms) of (?:a )?stroke)",
)


def _pregnant(m: Message) -> bool:
    """Pregnancy named, or told by its weeks and days ("36+2")."""
    return m.mentioned(PREGNANT) or bool(_GESTATION.search(m.in_figures))


def ankles_swelling_in_pregnancy(m: Message) -> Level | None:
    """Ankles or feet that swell by evening and go down overnight in pregnancy: common, and
    worth telling the midwife at the next check (NHS, swollen ankles in pregnancy), unless a
    midwife has just checked and called it normal. Sudden swelling, or swelling with a headache
    or changed sight, is the pre-eclampsia rule's."""
    pregnant = _pregnant(m)
    if not (pregnant and m.has(_SWELLS_BY_EVENING)) or m.has(PE_SIGNS):
        return None
    return None if m.mentioned(_MIDWIFE_REASSURED) else Level.SEE_GP


def headaches_in_pregnancy(m: Message) -> Level | None:
    """Mild headaches that keep coming back in pregnancy, with none of pre-eclampsia's signs:
    for the midwife to hear at the next check (NHS Healthier Together, headaches in pregnancy).
    A bad one, or one with changed sight or pain below the ribs, is the pre-eclampsia rule's."""
    pregnant = _pregnant(m)
    if not pregnant or m.mentioned(AFTER_BIRTH) or m.has(PE_SIGNS):
        return None
    # Told of the headaches, not of the walks: "24 weeks and walking every day".
    coming_back = m.near(_HEADACHES, RECURRING, 10) or m.near(_HEADACHES, SOMETIMES, 10)
    if coming_back and not m.mentioned(_MIDWIFE_REASSURED):
        return Level.SEE_GP
    return None


_HEADACHES = words(r"head ?aches?|headachy|migraines?")
_SWELLS_BY_EVENING = words(
    r"(?:ankles?|feet|foot|legs?)(?: \w+){0,4} (?:swollen|swell\w*|puffy|puff up|puffed up|"
    r"fat|bigger)(?: \w+){0,6} (?:by|at|in|towards) (?:the )?(?:evening|evenings|end of the day|"
    r"teatime|night|bedtime)",
    r"(?:ankles?|feet|foot)(?: \w+){0,3} (?:swollen|swell\w*|puffy|puff up|puffed up)(?: \w+){0,4} "
    r"(?:after (?:work|standing|a day|a long)|at the end of (?:the|a) day)",
    r"(?:ankles?|feet|foot|legs?)(?: \w+){0,8} (?:go|goes|gone|going) (?:back )?down (?:overnight|"
    r"at night|in the night)",
    r"(?:ankles?|feet|foot)(?: \w+){0,8} (?:swollen|swell\w*|puffy)(?: \w+){0,8} (?:gone|fine|"
    r"normal|down) by (?:the )?morning",
)
# A midwife has looked and called it ordinary: "midwife checked my BP yesterday, all fine",
# "midwife says it's normal". Not a check weeks back ("BP fine at my last check").
_MATERNITY_FOUND_NORMAL = words(
    r"(?:maternity (?:unit|triage|assessment unit|team)|midwife|midwives|they)(?: \w+){0,2} "
    r"(?:checked|tested|did)(?: \w+){0,8} (?:all |both |came back |were |was )?(?:normal|fine|"
    r"clear)",
)
_SIGN_GONE_SINCE = words(
    r"(?:headache|head|vision|sight|eyes|swelling|pain)(?: \w+)? (?:has |had |is |s )?(?:now )?"
    r"(?:gone|cleared|settled)(?! (?:blurry|fuzzy|funny|worse|up)\b)",
)
_MIDWIFE_REASSURED = words(
    r"midwife (?:\w+ ){0,2}(?:said|says|thinks|told me|reckons)(?: \w+){0,3} (?:normal|ordinary|"
    r"fine|nothing to worry|expected|common|would be)",
    r"(?:like|as) (?:the |my )?midwife (?:said|told me)",
    r"midwife (?:\w+ ){0,2}(?:checked|did|took|tested)(?: \w+){0,6} (?:yesterday|today|this week|"
    r"this morning|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|monday|tuesday|"
    r"wednesday|thursday|friday|last week)",
    # A check told by its date: "BP fine at my midwife visit yesterday", "normal at my check last
    # week", "at every check".
    r"(?:at|from|by) (?:the |my |her )?(?:midwife|check|checkup|appointment|visit|antenatal)"
    r"(?: \w+){0,2} (?:today|yesterday|this week|this morning|last week|(?:on )?(?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday))",
    r"at (?:every|each) (?:check|appointment|visit)",
    # "BP was normal at clinic yesterday".
    r"(?:bp|blood pressure)(?: \w+){0,3} (?:normal|fine|good|ok|okay) at (?:the |my )?"
    r"(?:antenatal )?(?:clinic|midwife|check|appointment)(?: \w+){0,1} (?:today|yesterday|this "
    r"week|this morning|last week)",
    # The date before it: "BP was fine at yesterday's midwife appt".
    r"at (?:yesterdays|todays|this mornings|(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)s) (?:midwife|antenatal|booking)? ?(?:appt|appointment|check|checkup|visit)",
    r"(?:shes|she is|she was|midwifes|midwife(?: is| was)?) happy",
)


def preeclampsia(m: Message) -> Level | None:
    pregnant = _pregnant(m)
    # NHS (pre-eclampsia): its signs with confusion, or a fit, are an emergency (eclampsia). A
    # fit in pregnancy or in the weeks after the birth, however it is told ("what looked like a
    # fit", "her arms started jerking"), is 999 with or without the other signs (NHS, what to do
    # if someone has a seizure). Confusion told by the day lost: "keep losing track of what day
    # it is", or by answers coming slowly.
    muddled = m.has(_MUDDLED)
    around_the_birth = pregnant or m.mentioned(AFTER_BIRTH)
    fitting = m.has(SEIZURE) or m.has(_FIT_AS_SEEN)
    if around_the_birth and (fitting or (muddled and m.has(PE_SIGNS))):
        return Level.EMERGENCY
    # NICE NG133: a reading of 160/110 or more in pregnancy is severe hypertension, for admission;
    # with pre-eclampsia's signs told beside it, that is now. After the birth the same reading is
    # the maternity team's today (below).
    severe_reading = any(top >= 160 or bottom >= 110 for top, bottom in bp_readings(m))
    if pregnant and m.has(PE_SIGNS) and severe_reading and not m.mentioned(AFTER_BIRTH):
        return Level.EMERGENCY
    # Checked by the maternity team and found normal, and the sign since gone ("rang the
    # maternity unit, BP and urine all normal... headache has gone"): the assessment the NHS asks
    # for has been made.
    # Not with anything changed since ("but now my face has swelled up").
    checked = m.mentioned(_MATERNITY_FOUND_NORMAL) and m.has(_SIGN_GONE_SINCE)
    if pregnant and checked and not m.mentioned(CHANGED_SINCE):
        return None
    if pregnant and (m.has(PE_SIGNS) or _pregnancy_reading_for_today(m)):
        return Level.SAME_DAY
    # Protein found in the urine, then a headache or swelling beside it: two of pre-eclampsia's
    # signs together (NHS pre-eclampsia: call the midwife, GP or 111 at once).
    if pregnant and m.mentioned(_PROTEIN_ON_A_DIPSTICK) and m.has(_HEADACHE_OR_SWELLING):
        return Level.SAME_DAY
    # So is a reading found high at a check with protein, a headache or swelling beside it (a
    # high reading alone is for the midwife's recheck).
    found_high = m.has(BP_FOUND_HIGH)
    if (
        pregnant
        and found_high
        and (m.mentioned(_PROTEIN_ON_A_DIPSTICK) or m.has(_HEADACHE_OR_SWELLING))
    ):
        return Level.SAME_DAY
    # So are a headache that has stayed all day and swelling that is growing, told together.
    if pregnant and m.has(_HEADACHE_THAT_STAYS) and m.has(_SWELLING_GROWING):
        return Level.SAME_DAY
    # And swelling new since yesterday with a headache: "swelled a lot since yesterday, plus a
    # headache" is the sudden swelling the NHS names, told by its date.
    if pregnant and m.has(_SWELLING_SINCE) and m.has(_ANY_HEADACHE):
        return Level.SAME_DAY
    # In the weeks after a birth too ("soon after the baby is born", NHS pre-eclampsia): its
    # signs, or a headache beside swelling, told days after the birth.
    after_birth = m.mentioned(AFTER_BIRTH)
    if after_birth and (m.has(PE_SIGNS) or (m.has(_ANY_HEADACHE) and m.has(_SWOLLEN_SOMEWHERE))):
        return Level.SAME_DAY
    # Pre-eclampsia in an earlier pregnancy raises the risk in this one: NICE NG133 advises
    # aspirin from 12 weeks, so the midwife or GP should hear of it before training plans.
    before = words(
        r"(?:last|previous|first|earlier|other|1st) (?:pregnanc\w*|baby|time)",
        r"with (?:my|our|her) (?:first|1st|eldest|last)",
    )
    # Pregnant now, said in words other than the name of the earlier pre-eclampsia itself.
    # Not pregnancies counted since ("two more healthy pregnancies since").
    pregnant_now = any(
        not PE_NAMED.fullmatch(match.group(0)) and not match.group(0).endswith("pregnancies")
        for _, _, match in m.live(PREGNANT)
    ) or m.has(_PREGNANT_AGAIN)
    # Already under care for it ("I'm on aspirin", "BP perfect at every check"): told already.
    # Not aspirin asked about: "should I be on aspirin?", "will they put her on aspirin?".
    asking = m.mentioned(
        words(
            r"(?:should|shall|do|does|will|would|could|can) (?:i|she|we|you|they)(?: \w+){0,3} "
            r"(?:be |go |start\w* )?(?:on|taking) aspirin",
            r"put (?:me|her|us) on (?:the )?aspirin",
            r"ask\w* about (?:the )?aspirin",
        )
    )
    cared_for = not asking and m.mentioned(
        words(r"on aspirin|taking aspirin|perfect at every|consultant led")
    )
    if pregnant_now and m.mentioned(PE_NAMED) and m.mentioned(before) and not cared_for:
        return Level.SEE_GP
    return None


# A fit told by what was seen rather than named: "some kind of fit", "what looked like a fit",
# "shaking all over for about a minute", "arms started jerking", "eyes rolled up".
# Not "sort of fit" (fitness), legs twitching at night, or "eyes up" at the bar.
_FIT_AS_SEEN = words(
    r"(?:what looked like|looked like) a (?:fit|seizure)|(?:some|a) (?:kind|sort) of (?:fit|"
    r"seizure)",
    r"shaking all (?:over|body)(?: \w+){0,4} (?:for )?(?:about |like |around |nearly )?(?:a|one|1|"
    r"two|2|\d+) (?:minute|min|mins|minutes)",
    r"(?:arms?|body) (?:have |has |had )?(?:started |start |been |was |were |are |is |went |gone )?"
    r"(?:jerking|convulsing)|(?:whole )?body (?:\w+ )?twitching",
    r"(?:collapsed|went down|fell)(?: \w+){0,3} (?:and )?(?:twitched|jerked|went stiff)",
    r"eyes (?:rolled|rolling|went|going|gone)(?: \w+)? (?:up|back)",
    # On the floor it is SEIZURE's, read everywhere; on a bed or sofa, only around a birth.
    r"(?:shaking|jerking|twitching) all over on the (?:\w+ )?(?:bed|sofa|couch)",
    r"(?:shes|she is|she s|is) (?:now )?(?:jerking|convulsing)",
)
_MUDDLED = words(
    r"not making (?:much |any )?sense|confus\w*|muddled",
    # "Acting odd", told by someone watching.
    r"acting (?:odd|oddly|strange|strangely|weird|weirdly|confused)",
    r"(?:losing|lost|lose) track of (?:what day|the day|time|where)",
    r"(?:doesnt|does not|dont|didnt) know (?:what day|where (?:she|i) (?:is|am|was))",
    # Slow to answer, or fighting sleep: consciousness slipping, not tiredness.
    r"slow (?:to )?(?:answer\w*|respond\w*)",
    r"(?:struggling|cant|cannot|can not|barely able) (?:to )?stay(?:ing)? awake",
    r"(?:keeps?|keeping) (?:drifting|nodding) off",
)
# Pregnant again, told by the weeks of the next baby: "11 weeks with my second now".
_PREGNANT_AGAIN = words(
    r"(?:\d{1,2}|six|seven|eight|nine|ten|eleven|twelve) (?:weeks?|wks?) (?:with|into) (?:my|our|"
    r"her|the) (?:second|2nd|third|3rd|fourth|4th|next|new one|number two)",
    r"(?:second|2nd|third|3rd) pregnancy",
    # Or hoping to be: "now trying again", "planning a second", "trying for number 2".
    r"trying (?:again|for (?:another|a second|number (?:two|2)|a baby|baby))",
    r"planning (?:another|a second|our second|my second|second baby|baby number)",
)
# Feet, ankles, hands, face or legs told as swollen.
_SWELLING_PLACES = (
    r"(?:feet|ankles|hands|face|fingers|legs)(?: \w+){0,3} (?:swell\w*|swollen|puff\w*)"
)
_HEADACHE_OR_SWELLING = words(r"headaches?", _SWELLING_PLACES)
_HEADACHE_THAT_STAYS = words(
    r"headaches?(?: \w+){0,6} (?:all day|since (?:this )?morning|since (?:i woke|last night|"
    r"yesterday)|most of (?:the day|today)|(?:isnt|not|hasnt|wont) (?:really )?(?:going|gone|go|"
    r"shift\w*|eas\w*))",
    r"(?:all day|since (?:this )?morning|most of (?:the day|today))(?: \w+){0,3} headaches?",
)
_SWELLING_GROWING = words(
    r"(?:feet|ankles|legs|hands|face|fingers)(?: \w+){0,3} (?:more swollen|puffier|bigger|"
    r"fatter|worse) than (?:usual|normal|yesterday|before|last week|this morning)",
    r"(?:feet|ankles|legs|hands|face|fingers)(?: \w+){0,3} (?:swelling|swollen|puff\w*)"
    r"(?: \w+){0,2} (?:more|worse) (?:than|each|every|by the)",
)
_SWOLLEN_SOMEWHERE = words(_SWELLING_PLACES)
# Any headache at all, named: beside new swelling in pregnancy that is enough.
# "A sore head" is a headache in Scotland and Ireland.
_ANY_HEADACHE = words(r"headaches?|(?:a|her|my|his) sore head")
_SWELLING_SINCE = words(
    r"(?:feet|ankles|legs|hands|face|fingers)(?: \w+){0,3} (?:swell\w*|swollen|puff\w*|ballooned)"
    r"(?: up)?(?: \w+){0,2} (?:since (?:yesterday|last night|this morning)|overnight|in (?:a|one) "
    r"day|sudden(?:ly)?(?: today)?|all of a sudden)"
)
# Chemotherapy now, not "finished chemo two years ago".
_ON_CHEMO = words(
    r"(?<!finished )(?<!completed )(?<!ended )(?<!stopped )chemo\w*"
    r"(?!(?: \w+){0,2} (?:(?:\w+ )?years? ago|(?:\w+ )?years back))"
)
_VACCINE = words(r"booster|jab|vaccin\w*|immuni[sz]ation")
_EASING_NOW = words(
    r"(?:already |now )?(?:feeling|getting|much|a lot) better|settling|improving",
    # "Back to normal today and feel fine", "it's going down already".
    r"back to normal (?:today|now|this morning)|(?:its |it is )?going down(?: already| now)?|"
    r"gone (?:today|now|this morning)",
    # "Fever and chills after my booster yesterday, today fine" (a day named, not a bare "now").
    r"(?:today|this morning) (?:all |totally |completely )?(?:fine|ok|okay|good|normal)|"
    r"(?:fine|ok|okay|normal) (?:again )?(?:today|this morning)",
)
_PAIN_BEYOND_THE_WOUND = words(
    r"(?:pain|hurts?|it)(?: \w+){0,4} (?:much |way |far |a lot |so much )?worse than (?:(?:the |a |"
    r"my )?(?:wound|cut|graze|scratch|bite|blister)|it) (?:looks|seems)",
    r"(?:pain|hurts?)(?: \w+){0,4} out of (?:all )?proportion",
)
# NHS (diabetic ketoacidosis): the signs that come later, for A&E at once.
_KETONES_OFF_THE_SCALE = words(
    r"ketones?(?: \w+){0,4} (?:says?|said|reads?|reading|showing|shows) hi\b"
)
_KETONE_BREATH = words(
    r"breath(?: \w+){0,3} (?:smells?|smelt|smelled|smelling) (?:\w+ )?(?:of|like) (?:\w+ )?(?:pear "
    r"drops?|nail varnish|nail polish|acetone)|(?:pear drops?|acetone|fruity) (?:smell\w* )?breath"
)
_DKA_BREATHING = words(
    r"breathing (?:really |very |so )?(?:deep and fast|fast and deep|deep|deeply)|"
    r"(?:deep|big|heavy) (?:fast |sighing )?breaths"
)
_WORSE_SINCE_IT_WAS_SEEN = words(
    r"but (?:now|since|today|this)|since then|spread\w*|worse|bigger|fever\w*|temperature"
)
_STARING_SPELLS = words(
    r"(?:zone|zones|zoning|zoned|blank|blanks|blanking|stares?|staring)(?: \w+){0,8} (?:los\w*|"
    r"miss\w*) (?:a few |some |\d+ |several |a couple of )?(?:seconds|secs|moments)"
)
_HEADACHES_FOR_MONTHS = words(
    r"headaches(?: \w+){0,6} (?:for|over) (?:about |nearly )?(?:a few|a couple of|couple of|"
    r"several|\d+|two|three|four|five|six|the last|the past)(?: few| couple of)? (?:weeks|months)",
    r"(?:weeks|months) of headaches",
)
_EFFORT_HEADACHES = words(
    r"head ?aches?(?: \w+){0,3} (?:every time|whenever|each time) (?:i |he |she |they |we )?"
    r"(?:\w+ ){0,2}(?:lift\w*|deadlift\w*|squat\w*|bench\w*|strain\w*|cough\w*|sneez\w*|run|runs|"
    r"running|train\w*|exercis\w*|sprint\w*|work out|press\w*)"
)
_ANTIBIOTICS = words(
    r"antibiotics?|penicillin|flucloxacillin|fluclox|doxycycline|amoxicillin|cefalexin|"
    r"clarithromycin|erythromycin"
)
_SHRINKING = words(
    r"(?:way |much |a lot |loads |a bit )?smaller|shrinking|shrunk|fading|going down|gone down|"
    r"healing (?:nicely|well|up)"
)
_WORSE_ON_THEM = words(r"worse|bigger|(?:still|now|keeps?) spreading|spreading (?:again|further)")
_NO_INFECTION_FOUND = words(
    r"(?:gp|doctor|doc|nurse|pharmacist|a and e|ae|hospital|physio)(?: \w+){0,3} (?:said|says|"
    r"told (?:me|him|her|us)|found|confirmed)(?: \w+){0,3} no (?:sign of )?infection",
)
_UNWELL_WITH_THE_RASH = words(
    r"stiff neck|neck (?:is |feels )?(?:stiff|sore)|headache|vomit\w*|being sick|been sick|"
    r"throwing up|drowsy|(?:really |very |so )sleepy|confus\w*|(?<!hay )fever\w*|high temp\w*",
    r"(?:light|bright lights?) (?:hurts?|bothers?)",
    # The NHS's other meningitis signs in everyday words: "burning up", "his neck hurts", "hands
    # and feet are freezing".
    r"burning up|(?:a |high )?temperature|neck (?:hurts|is hurting|is painful|pain)",
    r"cold (?:hands|feet|hands and feet)|(?:hands|feet|hands and feet) (?:are |were |feel |felt )?"
    r"(?:icy|freezing|cold|like ice)",
)
_DYING_SKIN = words(
    r"(?:dusky|purple|purplish|black|blackened|dark)(?: \w+){0,2} (?:skin|patch|area)",
    r"skin(?: \w+){0,4} (?:dusky|purple|purplish|black|blackened|going dark)",
)


def jab_reaction_easing(m: Message) -> bool:
    """A sore arm, aches, shivers or a temperature for a day or two after a jab, told as already
    easing or gone, with no sign of sepsis and no spreading redness: the common reaction (NHS,
    vaccine side effects). The rules read nothing, and the bank, which reads "fever" and "arm"
    as written, is not asked to overrule them."""
    # The jab first: sepsis reads this for every message it sees, and most name none.
    if not (m.mentioned(_VACCINE) and m.has(_EASING_NOW)):
        return False
    return not (
        m.has(SEPSIS_SIGNS)
        or m.mentioned(NO_URINE)
        or m.has(SPREADING_REDNESS)
        or m.has(_JAB_REDNESS_GROWING)
    )


def arms_spent_on_training(m: Message) -> bool:
    """Both arms weak or burning after a session given to them ("arms dead after bicep day,
    can't lift my phone"): the set's, as the stroke rule reads it. A stroke weakens one side; the
    bank, which reads "weak" and "can't lift" as written, is not asked to overrule the rules."""
    return m.mentioned(_ARM_WORKED_OUT) and m.mentioned(_BOTH_ARMS)


def early_pregnancy_sickness(m: Message) -> bool:
    """Sickness in the first months of a pregnancy, told as keeping food and drink down, with
    no pain or bleeding: the common morning sickness (NHS, vomiting and morning sickness in
    pregnancy), months before pre-eclampsia can start. The rules read nothing, and the bank,
    which reads "pregnant" and "sick" as written, is not asked to overrule them. Not sickness
    that keeps nothing down, which the NHS sends to a GP or midwife."""
    early = m.mentioned(_EARLY_PREGNANCY) and not m.mentioned(LATE_PREGNANCY)
    if not (early and m.mentioned(_SICKNESS) and m.mentioned(_KEEPING_IT_DOWN)):
        return False
    return not (m.has(KEEPS_NOTHING_DOWN) or m.has(_PAIN_OR_BLEEDING))


_EARLY_PREGNANCY = words(
    r"(?:[4-9]|1[0-9]) ?(?:weeks|wks|wk) (?:pregnant|along|gone)",
    r"(?:first|1st) trimester|early (?:pregnancy|days of (?:my|the|her) pregnancy)",
)
_SICKNESS = words(r"sick|vomit\w*|throw\w* up|threw up|nause\w*|queasy|morning sickness")
_KEEPING_IT_DOWN = words(
    r"(?:still )?(?:eating|drinking|eats|drinks)(?: and (?:eating|drinking))? (?:ok|okay|fine|"
    r"normally|well)",
    r"keeping (?:food|water|fluids|drinks|things|it|most things|meals) down",
)
_PAIN_OR_BLEEDING = words(r"pain\w*|bleed\w*|blood|cramp\w*|faint\w*|dizz\w*|fever|temperature")


def sepsis(m: Message) -> Level | None:
    """NHS: an infection with any sign of sepsis is an emergency; a wound going bad with a fever
    needs advice today."""
    # Shivering, teeth chattering, after a cold plunge, an ice bath or open water, with no
    # temperature and no wound: the cold, not an infection, when no other sign is told, or when
    # the member says they warmed up again (the cold's blue lips and shaking too).
    # A temperature said as a number or a word counts ("shivering" alone is what the cold does).
    if (
        m.mentioned(_CHILLED)
        and not m.mentioned(WOUND)
        and not m.mentioned(_INFECTION_OR_TEMPERATURE)
        and (
            m.mentioned(_WARMED_AGAIN)
            or not any(m.has(kind) for kind in SEPSIS_SIGN_KINDS if kind is not EXTREME_SHIVERING)
        )
    ):
        return None
    signs = m.has(SEPSIS_SIGNS) + m.mentioned(NO_URINE)
    # NHS lists these signs for a 999 call; two of them together (confusion and mottled skin,
    # say) are alarming whether or not anyone has named an infection.
    # Not passing urine all day is one of them (read as mentioned: it is said with its "not").
    if sum(m.has(kind) for kind in SEPSIS_SIGN_KINDS) + m.mentioned(NO_URINE) >= 2:
        return Level.EMERGENCY
    # NICE NG51 (sepsis): a systolic pressure of 90 or less is a high-risk sign; beside an
    # infection told (a temperature, or a wound going red and spreading), it is the emergency.
    spreading = m.has(SPREADING_REDNESS) or sum(m.has(k) for k in _CELLULITIS_SIGNS) >= 2
    infection = m.has(FEVER) or (m.mentioned(WOUND) and spreading)
    if infection and any(systolic <= 90 for systolic, _ in bp_readings(m)):
        return Level.EMERGENCY
    # A wound or ulcer with two signs of sepsis is enough, even if nobody says "infected".
    if m.mentioned(WOUND) and signs and len(m.spots(SEPSIS_SIGNS)) + m.mentioned(NO_URINE) >= 2:
        return Level.EMERGENCY
    if jab_reaction_easing(m):
        return None
    # NHS (necrotising fasciitis): a wound whose pain is far beyond how it looks, with a fever
    # or skin going dusky, purple or black, needs A&E or 999 at once.
    if (
        m.mentioned(WOUND)
        and m.has(_PAIN_BEYOND_THE_WOUND)
        and (m.has(FEVER) or m.has(_DYING_SKIN))
    ):
        return Level.EMERGENCY
    # NICE NG151: during chemotherapy a temperature of 37.5 or more, or feeling unwell, may be
    # neutropenic sepsis; the chemotherapy helpline or A&E at once.
    # Chemotherapy now, not "finished chemo five years ago".
    if m.has(_ON_CHEMO) and (m.has(FEVER) or m.has(_LOW_GRADE_TEMP)):
        return Level.EMERGENCY
    # NHS (cellulitis; cuts and grazes): skin round a cut or bite that turns red, hot, swollen and
    # painful, or weeps pus, needs an urgent GP appointment or 111, fever or not: four of the five.
    # With a sign of sepsis it is the emergency below.
    cellulitis_signs = sum(m.has(k) for k in _CELLULITIS_SIGNS)
    if m.mentioned(WOUND) and not signs and cellulitis_signs >= 4:
        return Level.SAME_DAY
    # An operation's wound (a device's pocket too) red, warm and weeping pus within weeks: NHS
    # (after surgery) asks for the GP, the team or 111 for a wound that is red, hot or oozing.
    if m.mentioned(_OPERATION_WOUND) and not signs and cellulitis_signs >= 3:
        return Level.SAME_DAY
    # NHS (cuts and grazes): a cut that looks infected, with a high temperature, is for 111 or a
    # GP today, whatever else is said ("the cut on her knee looks angry, and she's got a temp").
    if m.has(FEVER) and not signs and m.near(WOUND, _WOUND_LOOKS_INFECTED, 10):
        return Level.SAME_DAY
    # Two of them with a temperature even a little up: the same advice, the fever adding.
    a_temperature = m.has(FEVER) or m.has(_LOW_GRADE_TEMP)
    if m.mentioned(_OPERATION_WOUND) and not signs and cellulitis_signs >= 2 and a_temperature:
        return Level.SAME_DAY
    # NHS (cellulitis, septic arthritis): skin or a joint that is painful, hot and swollen or red,
    # with a high temperature, is an urgent GP appointment or 111.
    inflamed = m.has(FEVER) and m.near(_INFLAMED_SKIN, words(r"pain\w*|sore|tender|hurts?"), 6)
    # Kidney Care UK (vascular access): redness or swelling over a dialysis line or access can be
    # an infection, for urgent review; with a temperature even a little up, today.
    line_site = m.mentioned(words(r"(?:picc|pick|port|central|dialysis|chemo) line|line site"))
    if line_site and m.has(_SITE_GOING_BAD) and (m.has(FEVER) or m.has(_LOW_GRADE_TEMP)):
        return Level.SAME_DAY
    # NHS (meningitis): the rash that doesn't fade under a glass with a headache, a stiff neck,
    # vomiting or drowsiness: 999.
    if m.has(NON_BLANCHING_RASH) and m.has(_UNWELL_WITH_THE_RASH):
        return Level.EMERGENCY
    # NHS (cellulitis): skin that is painful, hot and swollen needs 111 today, and a jab's site can
    # be where it starts. The jab's usual red, sore arm stays put and fades; red that keeps
    # growing and is hot or sore is told here, unless the member says it is going down.
    hot, _, painful = _CELLULITIS_SIGNS[1:4]
    if m.mentioned(_VACCINE) and m.has(_JAB_REDNESS_GROWING) and (m.has(hot) or m.has(painful)):
        return Level.SAME_DAY
    # NHS (sepsis): a high temperature or shivering, feeling much worse, is for 111 or an urgent
    # GP appointment today, whatever the illness is called ("chest cold turned bad"). With a
    # sign of sepsis beside an infection it is the emergency below.
    if m.has(FEVER) and m.has(_MUCH_WORSE) and not signs:
        return Level.SAME_DAY
    # NHS (sepsis; dehydration): a high temperature with hardly any urine passed is for 111
    # today, whatever the illness is called ("flu", "a bug"); with a sign of sepsis, 999.
    drying = m.has(FEVER) and m.has(LITTLE_FLUID_OUT)
    if not (
        m.mentioned(INFECTION)
        or m.mentioned(FEVER_RISK)
        or m.has(SPREADING_REDNESS)
        or m.mentioned(_URINE_INFECTION)
    ):
        # Spots that don't fade under a glass, with nothing else wrong: the NHS's meningitis and
        # sepsis sign, which can also mean too few platelets; a doctor today, 999 if unwell.
        return Level.SAME_DAY if inflamed or m.has(NON_BLANCHING_RASH) or drying else None
    # Chemotherapy weakens the defences against infection: a fever then is an emergency.
    if signs or (m.has(_ON_CHEMO) and m.has(INFECTION)):
        return Level.EMERGENCY
    if drying:
        return Level.SAME_DAY
    if m.has(FEVER) and (
        m.has(SPREADING_REDNESS) or m.mentioned(INFECTION_SITE) or m.mentioned(FEVER_RISK)
    ):
        return Level.SAME_DAY
    # NHS (cellulitis): redness spreading from an infected wound, even without a fever: today.
    # NHS (insect bites and stings): redness spreading from a bite or sting, today.
    # Not once a clinician has looked and found none ("GP said no infection, fading now"), with
    # nothing changed since.
    wound = m.mentioned(WOUND) or m.mentioned(INFECTION_SITE) or m.mentioned(_BITE_OR_STING)
    looked = m.mentioned(_NO_INFECTION_FOUND) and not m.mentioned(_WORSE_SINCE_IT_WAS_SEEN)
    # Nor once antibiotics a clinician gave are shrinking it, with no fever and nothing worse:
    # the treatment is working as the NHS (cellulitis) says it should within days.
    mending = (
        m.mentioned(_ANTIBIOTICS)
        and m.has(_SHRINKING)
        and not (m.has(FEVER) or m.has(_WORSE_ON_THEM))
    )
    if m.has(SPREADING_REDNESS) and wound and not (looked or mending):
        return Level.SAME_DAY
    if inflamed:
        return Level.SAME_DAY
    # An infection and someone "not themselves": a change in how they are, which sepsis can
    # first show as in older people, is for a clinician today.
    if m.has(INFECTION) and m.has(words(r"not (?:her|him|them|my|your)sel(?:f|ves)|not right")):
        return Level.SAME_DAY
    unwell = m.has(FEVER) or m.has(
        words(r"(?<!hay )fever\w*|temperature|shiver\w*|shaking|shakes|hot and cold|rough|unwell")
    )
    going_bad = m.has(words(r"oozing|pus|red|hot|swollen|infect\w*|spreading|angry"))
    if m.mentioned(WOUND) and unwell and going_bad:
        return Level.SAME_DAY
    # NHS (after a birth or an operation, a temperature): an infection's signs with a temperature
    # in the weeks after are for the midwife, GP or team the same day, fever said as a number or not
    # ("4 weeks postpartum, temperature, smelly discharge").
    if m.mentioned(FEVER_RISK) and unwell and m.has(INFECTION_SITE):
        return Level.SAME_DAY
    # NHS (kidney infection): a urine infection with a high temperature and pain in the side or
    # back has reached the kidneys: an urgent GP appointment or 111.
    # Pregnant, a urine infection with a temperature is the same urgency (NHS: a pregnant woman
    # with a urine infection's signs is seen urgently; a kidney infection risks the pregnancy).
    kidney_or_pregnant = m.has(_SIDE_OR_BACK_PAIN) or m.mentioned(PREGNANT)
    if m.mentioned(_URINE_INFECTION) and unwell and kidney_or_pregnant:
        return Level.SAME_DAY
    return None


_URINE_INFECTION = words(
    r"water infection|uti|urine infection|urinary infection|cystitis|bladder infection",
    r"(?:burn\w*|sting\w*|hurts?) when (?:i |he |she )?(?:wees?|pees?|urinates?|pass(?:es)? "
    r"(?:water|urine))",
    # "My wee's been stinging for 3 days".
    r"(?:wee|pee|urine|peeing|weeing)(?: \w+){0,2} (?:stings?|stinging|stung|burns?|burning|burnt)",
    # "Weeing all the time and it burns".
    r"(?:weeing|peeing|wee|pee) (?:all the time|constantly|loads|a lot|every hour)(?: \w+){0,3} "
    r"(?:stings?|stinging|burns?|burning)",
    r"(?:wee|pee|urine)(?: \w+){0,2} (?:is |s )?(?:cloudy|stinks|smelly|smells|foul)",
)
# Feeling much worse than the day before, beside a fever: the NHS's cue for 111 or a GP today.
_MUCH_WORSE = words(
    r"(?:feel|feels|feeling|felt) (?:a lot|much|way|far|so much|loads|heaps) worse",
)


_CHILLED = words(
    r"cold (?:plunge|water|dip|swim\w*|shower|tub)|ice (?:bath|barrel|plunge)",
    r"open water|sea swim\w*",
    # A swim at first light, outdoors: "shivering after our sunrise swim".
    r"(?:sunrise|dawn|early morning|ocean|outdoor|lido) (?:swim\w*|dip)",
    r"(?:wild|winter|lake|river|sea) (?:swim\w*|dip)|cryo\w*|hypotherm\w*|wetsuit",
    # A cold place: "the venue's heating broke", "4 degrees inside", "7am in January".
    r"heating (?:broke|broken|was off|went off|packed up)|(?:[0-5]|zero|minus \d+) degrees|"
    r"in (?:january|february|december)|frosty|freezing (?:cold|morning|out|outside)",
    # A cold, wet effort: "after a cold wet 10k", "soaked through on the ride".
    r"cold(?: and)?(?: wet| rainy| windy)? (?:\d+ ?k|run|race|marathon|parkrun|ride|match|game|"
    r"hike|swim)",
    r"soaked|drenched|wet through|in the (?:rain|sleet|snow)",
)
_INFECTION_OR_TEMPERATURE = words(
    r"infect\w*|(?<!hay )fever\w*|temperature|temp|3[89](?:\.\d)?|40|hot and cold"
)
# Warm again, and said to be: "warmed up after a hot tea", "flask of soup saved me".
_WARMED_AGAIN = words(
    r"warmed (?:back )?up|warm (?:again|now)|(?:after|with) (?:a |some )?(?:hot |warm )?(?:tea|"
    r"soup|curry|shower|bath|drink|blanket|chocolate)|soup saved",
    r"hot choc\w*|(?:hot|warm) (?:shower|bath|drink|car)",
)
_CELLULITIS_SIGNS = (
    words(r"red|redness|reddened|redder"),
    words(r"hot|warm|warmer|hotter"),
    words(r"swollen|swelling|puffed up|puffy"),
    words(r"painful|sore|tender|hurts?|throbbing"),
    # NHS (cuts and grazes): pus is one of the signs that a cut has become infected.
    words(
        r"pus|oozing (?:\w+ ){0,3}(?:yellow|green|gunk)|yellow gunk",
        r"(?:leaking|oozing|weeping) (?:smelly|cloudy|yellow|green)",
        r"smelly (?:discharge|stuff|gunk)",
    ),
)
_WOUND_LOOKS_INFECTED = words(r"red|redder|angry|inflamed|hot|swollen|pus|oozing|weeping")
_OPERATION_WOUND = words(
    r"(?:icd|pacemaker|device|op|operation|surgery|surgical|incision|keyhole|stitches|staples) "
    r"(?:\w+ )?(?:wound|site|scar|cut|pocket)s?",
    # Named by the joint or the operation: "the knee scar", "round the staples".
    r"(?:knee|hip|ankle|shoulder|bunion|acl|achilles|hernia|caesarean|c section) (?:scar|wound|"
    r"incision)s?",
    r"(?:around|round|near|by|under) (?:the |my |his |her )?(?:\w+ )?(?:staples|stitches)",
    r"(?:wound|scar|stitches) (?:from|after) (?:my |the |his |her )?(?:op|operation|surgery)",
)
# Red at a jab's site that grows: "the red patch round it keeps getting bigger", "redness round
# where they injected it is spreading down my arm". Wider than SPREADING_REDNESS, which any
# message reads: here the jab is named.
_JAB_REDNESS_GROWING = words(
    r"red\w*(?: \w+){0,8} (?:spread\w*|keeps? (?:getting bigger|growing|spreading)|getting bigger|"
    r"got bigger|gone bigger|grown|growing|doubled)"
)
_SITE_GOING_BAD = words(r"red|redness|sore|swollen|oozing|pus|hot|angry|weeping")
_BITE_OR_STING = words(r"stung|sting|bitten|bite|tick")
_LOW_GRADE_TEMP = words(r"(?:temp\w*|thermometer)(?: \w+){0,3} 37\.[5-9]|37\.[5-9] ?(?:c|degrees)")
_SIDE_OR_BACK_PAIN = words(
    r"(?:pain|ache|aching)\w* (?:\w+ ){0,3}(?:in|down|along) (?:my |his |her |the )?(?:side|back|"
    r"lower back|loin|"
    r"flank)",
    r"(?:side|back|loin|flank)(?: \w+){0,2} (?:pain|ache|aching|hurts|is sore)",
    # "A backache on one side", "an ache in my lower back on the right".
    r"back ?ache (?:on|down) (?:one|the (?:left|right)|my (?:left|right)) side",
)


# Two of the signs together ("red, hot and painful"): one alone is a calf after spin class.
_INFLAMED_SKIN = words(
    r"(?:red|hot|swollen|inflamed)(?: and| \w+){0,2} (?:red|hot|swollen|inflamed)"
)


# With HOT_SPELL: the warm times of year and trips where ankles swell in the heat.
_WARM_SEASON_OR_TRIP = words(r"heat|hot days?|summer|holiday")
_NOT_PASSING = words(r"but|staying|still")
_GONE_BY_MORNING = words(
    r"(?:gone|goes|go|went|down) (?:down )?by (?:the )?(?:next )?morning",
    r"(?:gone|goes|go|went) down overnight",
)


_ALL_CLEAR = words(r"panic over|false alarm")


def lasting_complaint(m: Message) -> Level | None:
    """A complaint that has lasted weeks, or came with a change of medicine: book a GP."""
    # Over by now ("breathless for weeks with covid, fully recovered now") is history.
    if m.mentioned(RECOVERED):
        return None
    # The weeks in the complaint's sentence or the one after it ("...puffier. Slowly over a few
    # weeks."), not a complaint after some other span ("stuck at 140 for 2 months. A headache"),
    # unless it says the complaint began then ("three weeks ago... Ever since, a sore spot").
    if _complaint_lasted(m):
        return Level.SEE_GP
    if m.near_or_next(WEEKS, COMPLAINT, 14) and m.mentioned(words(r"ever since|since then")):
        return Level.SEE_GP
    # Hurt weeks ago and no better now: "strained my calf 3 weeks ago... it's not getting any
    # better, still sore". The weeks sit in a sentence told in the past, which `WEEKS` as a live
    # mention would miss. NHS (sprains and strains): most feel better after 2 weeks, and one
    # taking longer is for a GP, who can refer to a physio.
    if m.mentioned(_WEEKS_AGO) and m.near(COMPLAINT, _NO_BETTER, 10):
        return Level.SEE_GP
    # Soreness that lasts most of a week after every ordinary session, for weeks or months, far
    # beyond the one to three days of DOMS: muscles that recover too slowly are for a GP to test.
    if m.has(_SORE_FOR_DAYS) and (m.has(RECURRING) or m.mentioned(WEEKS)):
        return Level.SEE_GP
    # "Then remembered the new vitamin tablet... panic over": the member closed it themselves.
    # Nor a change that helped: "the new inhaler is working, breathing better than in years".
    helped = m.mentioned(_BETTER_FOR_IT)
    if (
        m.mentioned(MEDICINE_CHANGE)
        and m.has(COMPLAINT)
        and not (m.mentioned(_ALL_CLEAR) or helped)
    ):
        return Level.SEE_GP
    return None


_SORE_FOR_DAYS = words(
    r"(?:doms|soreness|sore|aching|achy|stiffness|stiff)(?: \w+){0,3} (?:lasting|lasts|lasted|for) "
    r"(?:about |around |like )?(?:(?:[5-9]|five|six|seven|eight|nine|ten)(?: (?:to |or )?"
    r"(?:[6-9]|1[0-4]|six|seven|eight|nine|ten))? days|a week|over a week|a full week)",
)
_WEEKS_AGO = words(
    r"(?:[2-8]|two|three|four|five|six|seven|eight|several|a few|a couple of|couple of) weeks? "
    r"(?:ago|back)",
    r"(?:a|one|two|[12]) months? (?:ago|back)",
)
_NO_BETTER = words(
    r"(?:not|isnt|hasnt|aint) (?:getting |got |gotten |been getting )?(?:any )?better",
    r"no better|not (?:improving|improved|healing|healed)|hasnt (?:improved|healed|settled|eased)",
)
_BETTER_FOR_IT = words(
    r"(?:is|are|has been|have been) working|better than (?:\w+ ){0,4}(?:in|for) (?:years|ages|"
    r"months)|(?:much|loads|so much|way|a lot) better"
)


def _complaint_lasted(m: Message) -> bool:
    """A complaint and a span of weeks that belongs to it: in its sentence, or early in the next
    (past a clipped aside of four words or fewer: "feet fat at night. both of them. a month.").

    A span that follows the training ("doing calf raises for 6 weeks, calves sore today",
    "on the plan for 5 weeks") times the training, not the complaint."""
    training = m.spots(TRAINING_SPAN)
    spans = [
        (sentence, at)
        for sentence, at in m.spots(WEEKS)
        if not any(s == sentence and 0 <= at - start <= 4 for s, start in training)
    ]
    complaints = m.spots(COMPLAINT)
    named = {sentence for sentence, _ in complaints}

    def next_after(cs: int, ws: int) -> bool:
        aside = ws == cs + 2 and len(m.sentences[cs + 1].split()) <= 4
        return ws == cs + 1 or aside

    return any(
        (cs == ws and abs(cw - ww) <= 14) or (next_after(cs, ws) and ww <= 14 and ws not in named)
        for cs, cw in complaints
        for ws, ww in spans
    )


_LIPS_SWOLLEN = words(
    r"(?:lips?|tongue|eyelids?)(?: \w+){0,4} (?:swollen|swelling|swell\w*|puff\w* up|ballooned|"
    r"came up (?:\w+ )?puffy|puffy)",
    r"(?:swollen|puffy) (?:lips?|tongue)",
    # "My tongue feels a bit thick": swelling felt from inside.
    r"tongue (?:feels |is |has gone |went )?(?:\w+ ){0,2}(?:thick|fat|too big|bigger)",
)
_ALLERGY_TRIGGER = words(
    r"new|allerg\w*|sting|stung|bite|bitten|ate|eaten|tablets?|medicine|powder|supplement|nuts?|"
    r"peanuts?|shellfish|antibiotic\w*|ibuprofen|hay ?fever"
)
# What makes a tight throat or a wheeze an allergy: a sting or a food, or hives or an adrenaline
# pen beside it. Narrower than `_ALLERGY_TRIGGER`: not a new tablet (a beta blocker wheezes an
# asthmatic, a same-day matter) nor hay fever.
_ALLERGY_CLUES = words(
    r"stung|stings?|wasps?|bees?|hornets?|peanuts?|nuts|shellfish|prawns?|epi ?pens?|"
    r"anaphyla\w*|allergic reaction|adrenaline|jext|got my pen|hives",
    r"where (?:is )?(?:my |the )?pen",
)
_PEN_USED = words(
    r"(?:used|gave|give|given|jabbed|injected|stabbed|did|had to use|had to give|just used) "
    r"(?:\w+ ){0,3}(?:epi ?pens?|jext|emerade|adrenaline|auto ?injectors?|"
    r"(?:his|her|my|their) pen)",
    r"(?:epi ?pen|jext|emerade|adrenaline pen|auto ?injector)s? (?:\w+ ){0,2}(?:used|went in|"
    r"given|administered)",
)


def allergic_reaction(m: Message) -> Level | None:
    """NHS (anaphylaxis): a serious allergic reaction is a 999 call. A swollen mouth or throat
    that makes breathing or swallowing hard; a tight throat or a wheeze after a sting or a food;
    someone going faint, dizzy, confused or floppy with hives or after one (the blood pressure
    falling). After an adrenaline pen, 999 even if the person feels better: the reaction can
    come back."""
    if m.has(MOUTH_SWELLING) and m.has(AIRWAY):
        return Level.EMERGENCY
    if m.has(AIRWAY) and m.mentioned(_ALLERGY_CLUES):
        return Level.EMERGENCY
    # The NHS lists a swelling throat or tongue among anaphylaxis's signs itself, breathing told
    # or not: "allergic to exercise, my throat swells up and I get hives when I run".
    if m.has(_THROAT_OR_TONGUE_SWELLING) and m.mentioned(_ALLERGY_CLUES):
        return Level.EMERGENCY
    # A faint beside the sting, the food or the hives, not anywhere in a long message ("allergic
    # to wasps; I get dizzy when I stand up too fast"). A face or lips swelling with the breathing
    # fine is `other_signs`' same-day reading (NHS, insect bites and stings; angioedema).
    if m.near_or_next(_ALLERGY_SIGN, _FAINT_OR_FLOPPY, 20):
        return Level.EMERGENCY
    if any(
        not _DATED_AFTER.match(m.sentences[i], match.end()) for i, _, match in m.live(_PEN_USED)
    ):
        return Level.EMERGENCY
    return None


_THROAT_OR_TONGUE_SWELLING = words(
    # Said of the throat or tongue itself: not "lips and tongue normal, just (the eye) swollen".
    r"(?:throat|tongue)s? (?:is |has |feels |started |starting |keeps |going |gone |all )?"
    r"(?:swell\w*|swollen|puff\w* up|blew up|blown up)",
    r"swelling (?:of|in) (?:my |his |her |the )?(?:throat|tongue)",
)
# What a faint is read beside: hives, a sting, an allergy named, or the face or mouth swelling.
# Not a food or an insect alone ("ate a handful of nuts before intervals, dizzy on the hill").
_ALLERGY_SIGN = words(
    *HIVES_WORDS,
    r"stung|stings?|allergic|anaphyla\w*",
    r"(?:face|lips?|tongue|mouth|eyes|eyelids?)(?: \w+){0,3} (?:swell\w*|swollen|puff\w* up|"
    r"ballooned|blown up|blew up)",
)
# NHS (anaphylaxis): suddenly very confused, drowsy or dizzy, fainting, or a child limp or floppy.
# Not a habit told beside it: "I get lightheaded in the heat", "go dizzy whenever I stand".
_FAINT_OR_FLOPPY = words(
    r"(?<!\bget )(?<!\bgets )(?<!\bgo )(?:dizzy|woozy|light ?headed|drowsy)"
    r"(?!(?: \w+){0,3} (?:whenever|every time|each time|if i|when i)\b)",
    r"faint\w*|pass\w* out|black\w* out|collaps\w*|keel\w* over",
    r"floppy|(?:gone|went|going|all|is|looks?) (?:very |really |a bit |all )?limp",
    CONFUSED_MIND,
)
# "Had to use my pen two years ago": dated back, a few words on.
_DATED_AFTER = re.compile(
    r"(?: \w+){0,5} (?:\d+|a|an|one|two|three|four|five|six|few|several|many|couple of) (?:years?|"
    r"months?|weeks?) ago\b|(?: \w+){0,5} last (?:year|summer|spring|autumn|winter|month)\b"
)
_EYE_BLOW = words(
    # A gym's too: "a resistance band flick in the eye".
    r"(?:ball|punch|elbow|finger|thumb|stick|racket|racquet|fist|glove|knee|boot|heel|kick|"
    r"headbutt|shuttlecock|band|strap|cord|rope|branch|twig|flick|lash)(?: \w+){0,4} "
    r"(?:in|to|into) (?:the|my|his|her) eye",
    r"(?:hit|poked|smacked|whacked|caught) (?:in|on) (?:the|my|his|her) eye",
    # "A pickleball hit me in the eye", "the shuttle caught him in the eye".
    r"(?:hit|poked|smacked|whacked|caught|struck) (?:me|him|her|them) (?:in|on) (?:the|my|his|"
    r"her|their) eye",
    r"\w+ball(?: \w+){0,4} (?:in|to|into) (?:the|my|his|her) eye",
    # Something got into it: "chalk and grit got flicked into my eye" (NHS, eye injuries: A&E
    # for any change to the sight, or light hurting, after an eye injury).
    r"(?:grit|dust|chalk|sand|metal|glass|splinter|debris|chemicals?|bleach|cleaner|something)"
    r"(?: \w+){0,4} (?:got |went |flew |flicked |blew |splashed )?(?:in|into) (?:the|my|his|her) "
    r"eye",
)
_EYE = words(r"eyes?")
_RED = words(r"red|redder|bloodshot")
_EYE_PAIN = words(r"pain\w*|hurts?|hurting|sore|agony|aching|throbbing")
_LIGHT_HURTS = words(
    r"lights? (?:is |s )?(?:really |so |properly |just )?(?:hurting|hurts|bothering|killing|"
    r"too bright)",
    r"sensitive to (?:the )?light|photophobi\w*",
)
_SIGHT_CHANGED = words(
    r"blurr\w*|shadow|curtain|cant see|cannot see|double|dark (?:patch|area|spot)|flash\w*|"
    r"floaters?|vision (?:is |has )?(?:gone|changed|worse)"
)
_WITHIN_DAYS = words(
    r"(?:over|in|for) (?:the )?(?:last |past )?(?:two|three|four|2|3|4|a few|few|couple of|"
    r"a couple of) days",
    r"since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|the weekend)",
    r"this week|overnight|(?:two|three|2|3) days ago",
)
_THIS_MORNING = words(r"this morning")
_FROTHY = words(r"froth\w*|foam\w*|bubbl\w*")
_PROTEIN_ON_A_DIPSTICK = words(
    r"(?:dipstick|urine test|strip)(?: \w+){0,4} (?:protein|proteinuria)",
    r"protein (?:in|on) (?:my |the |her |his )?(?:urine|pee|wee|dipstick)",
)
_HEARING_WORSE_ON_ONE_SIDE = words(
    r"hearing (?:on|in|out of) (?:that|one|the left|the right|my left|my right) (?:side|ear) "
    r"(?:is |has |has got |has gone |got |gone |went )?(?:worse|muffled|dull|duller|down)",
)
_DAYS_NOW = words(
    r"(?:\d|two|three|four|five|a few|few|a couple of) days(?: now| ago)?",
    r"since (?:yesterday|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
)
_SUDDEN_HEARING_LOSS = words(
    r"(?:sudden|new|suddenly)(?: \w+){0,2} (?:hearing loss|deaf\w*|lost (?:the |my )?hearing)"
    r"(?: \w+){0,5} (?:since|this|today|yesterday|overnight|last night)",
    # Told by how much went and from which ear: "suddenly lost most of the hearing in my left
    # ear".
    r"(?:sudden|suddenly)(?: \w+){0,2} lost (?:most of |all of |some of |half of |half )?"
    r"(?:the |my |his |her )?hearing (?:in|on|out of) (?:one|both|my|his|her|the) (?:left |right )?"
    r"ears?",
    r"(?:woke|awoke|woken)(?: \w+){0,4} (?:with )?(?:a )?(?:sudden )?(?:hearing loss|loss of "
    r"hearing|deafness)",
    r"(?:woke up|suddenly|overnight)(?: \w+){0,2} (?:deaf|cant hear) (?:in|out of) (?:one|my left|"
    r"my right|the left|the right) ear",
    # Woken to an ear with nothing in it: "woke up with no hearing in my left ear".
    r"(?:woke|woken|awoke)(?: \w+){0,6} (?:with )?no hearing (?:in|on|out of) (?:one|my|his|her|"
    r"the) (?:left |right )?ear",
    # Told as the hearing going: "the hearing in my left ear just went this afternoon".
    r"hearing (?:in|on|out of) (?:one|my left|my right|the left|the right|my|his|her) "
    r"(?:\w+ )?ear (?:just |suddenly |completely |totally |has |had )?(?:went|gone|vanished|"
    r"disappeared|cut out|switched off|dropped out)(?! (?:a bit|bit|muffled|funny|weird|fuzzy|"
    r"blocked|quiet|quieter|dull|odd))",
    r"hearing (?:has )?(?:gone|went) muffled (?:on|in) (?:that|one|my left|my right|the left|the "
    r"right) (?:side|ear)",
    # Muffled in one ear after a spell, and staying so: "hearing's still muffled".
    r"hearing (?:went|gone|is|still|has gone|stayed) (?:\w+ )?muffled(?: \w+){0,12} "
    r"(?:still|hasnt|not) (?:\w+ )?(?:muffled|come back|cleared|better)",
    r"(?:hearing|ear)(?: \w+){0,6} muffled in one ear(?: \w+){0,12} (?:hearings? )?still muffled",
    # Told by what the ear can't do since a date: "ringing in my right ear and I can hardly hear
    # out of it this morning".
    r"(?:cant|can hardly|can barely|cannot|hardly|barely) hear (?:anything )?(?:out of|in|with|"
    r"from) (?:it|that ear|my (?:left|right) ear|one ear|the (?:left|right) ear)(?: \w+){0,3} "
    r"(?:since|this morning|today|overnight|last night|suddenly|out of nowhere)",
    # Woken to one ear gone deaf, dead or flat: "woke up and my left ear is basically deaf".
    r"(?:woke|woken|awoke)(?: \w+){0,8} (?:one|my left|my right|the left|the right|left|right) "
    r"ear (?:is |was |has |had )?(?:gone |went )?(?:basically |totally |completely |just |"
    r"suddenly )?(?:deaf|dead|flat)",
)
_MORE_CONFUSED_THAN_USUAL = words(
    r"(?:more|much more|a lot more|far more) (?:confused|muddled|forgetful and confused) than "
    r"(?:normal|usual|before|she was|he was|they were)(?! (?:about|on|with|by|over)\b)",
)
_DIABETES = words(r"diabet\w*|type (?:1|2|one|two)|t[12]d?")
# Blamed, not asked about: "is it just wax?" is the question the loss raises.
_WATER_OR_WAX = words(
    r"(?<!is it )(?<!is it just )(?<!could it be )(?<!could it be just )(?<!is that )"
    r"(?<!is this )(?:water (?:stuck|in it|in my ear|trapped)|(?:ear ?)?wax|swimmers? ear)"
)
_EVERY_FEW_WEEKS = words(r"every (?:few|couple of|other|\d+|two|three|four|six) (?:weeks|months)")
_FOR_MONTHS = words(r"(?:a|one|\d+|two|three|few|several|couple of) months?(?! ago)")
_SPINNING_OR_RINGING = words(r"spin\w*|vertigo|dizz\w*|ring\w*|buzz\w*|sick|vomit\w*")


def _water_or_wax_alone(m: Message) -> bool:
    """Hearing dulled with water or wax blamed and nothing else told (a pharmacist's); with the
    room spinning or a ringing beside it, the member's guess does not set the loss aside. Water or
    wax denied ("no wax issues", "not water in it") sets nothing aside."""
    return m.has(_WATER_OR_WAX) and not m.mentioned(_SPINNING_OR_RINGING)


_VERY_THIRSTY = words(r"thirst\w*|drinking (?:loads|lots|so much|gallons|litres)")
_PEEING_LOTS = words(
    r"(?:peeing|weeing|urinating) (?:all the time|loads|lots|constantly|so much|a lot)",
    r"up (?:\w+ ){0,2}(?:at night|in the night) to (?:pee|wee)",
    r"(?:peeing|weeing|urinating) every (?:half hour|hour|\d+ ?(?:min|mins|minutes))",
)
_LOST_WEIGHT = words(
    r"(?:lost|losing|dropped) (?:\w+ ){0,2}weight|weight (?:is )?(?:dropping|falling) off",
    # Told by the amount: "dropped half a stone without trying", "lost 4 kg".
    r"(?:lost|losing|dropped|down) (?:about |nearly |over |almost )?(?:half a stone|a stone|"
    r"\d+(?:\.\d)? ?(?:kg|kgs|kilos?|lbs?|pounds|stone))(?: \w+){0,4} (?:without trying|not trying|"
    r"without dieting|for no reason)",
)
_A_CHILD = words(
    r"(?:my|our|his|her) (?:\d+ year old|son|daughter|kid|child|boy|girl|teenager)|\d+ year old",
)
# A hypo's sweat and shakes, told in any sentence; and hypos told as fixed by the sugar.
_HYPO_SWEAT = words(r"sweaty|sweating|clammy|shaky|shaking|trembl\w*")
_HYPO_FIXED = words(
    r"(?:fix|fixes|fixed|sort|sorts|sorted|sorting) (?:it|them|me|him|her)|(?:better|fine|ok|okay) "
    r"(?:after|once|with|within)"
)
_EATING_FIXES_IT = words(
    r"(?:better|goes|gone|settles|fine|ok|okay|sorted|passes)(?: \w+){0,3} (?:after|when|once|as "
    r"soon as) (?:i|he|she|they|we) (?:(?:eat|eats|ate)\b|(?:have|has|had|get|gets) "
    r"(?:something|food|a snack|some \w+|\w+ to eat))",
)
# Treated and still low: "had jelly babies twice and it's still only 2.6".
# Confused or drowsy, or past eating the sugar that would lift it.
_TOO_DROWSY_TO_EAT = words(
    r"confus\w*|drows\w*|muddl\w*|(?:barely|not|isnt|hardly) (?:answering|responding)|"
    r"not making (?:any )?sense|slump\w*",
    r"(?:wont|will not|refus\w*|refusing to) (?:take|eat|drink|swallow) (?:his |her |the |their |"
    r"any )?(?:\w+ )?(?:gel|gels|sweets|jelly babies|sugar|glucose|drink|juice|tablets?)",
    r"(?:cant|cannot|couldnt|unable to) (?:swallow|manage|eat|chew|take|drink) (?:his |her |the |"
    r"their |"
    r"any )?(?:\w+ )?(?:gel|gels|sweets|jelly babies|sugar|glucose|drink|juice|tablets?)",
)
_HYPO_NOT_LIFTING = words(
    r"(?:twice|two|three|2|3|again|second|third)(?: \w+){0,8} (?:still|not|isnt|hasnt|wont) "
    r"(?:\w+ )?(?:only |at |coming up|come up|going up|gone up|rising|risen|shifting|budging|"
    r"[1-3](?:\.\d)?\b)",
    r"still (?:only |at |dropping|falling|going down|low)",
)


_SOMEONE = rf"(?:(?:my|our|his|her) \w+|{PEOPLE})"
_SLUMPED_OR_LYING = words(
    r"slumped (?:\w+ )?(?:in|on|over|against) (?:the |a |his |her |their |my )?(?:\w+ )?(?:chair|"
    r"armchair|seat|wheelchair|sofa|couch|settee|desk|table|steering wheel)",
    # Someone else found on the floor: "dad is lying on the kitchen floor and won't answer me";
    # not the writer flat out after burpees.
    rf"(?:he|she|they|hes|shes|theyre|{_SOMEONE})(?: is| was| s)? (?:just |still )?"
    r"(?:lying|laying|lay|collapsed) (?:\w+ )?on the (?:\w+ )?(?:floor|ground)",
    rf"found (?:him|her|them|{_SOMEONE}) (?:\w+ )?on the (?:\w+ )?(?:floor|ground)",
    # Found by a carer or a warden: "found Mrs K in flat 12 on the lounge floor".
    r"found (?:\w+ ){1,4}on (?:the |her |his |their )?(?:\w+ )?(?:floor|ground)",
    # Gone down where they played, told without tense: "son fall down football pitch".
    rf"{_SOMEONE}s? (?:just |suddenly )?(?:fall|falls|fell|fallen|collapse|collapsed|drop|dropped) "
    r"down (?:on |onto )?(?:the )?(?:\w+ )?(?:floor|ground|pitch|court|track|mat|grass)",
)
# Not answering because busy or joking: a partner deaf to questions from the armchair
# ("typical"), a child on the floor playing who ignores the call for tea.
_IGNORING_NOT_UNRESPONSIVE = words(
    r"typical|as usual|lol|lmao|haha\w*|playing|gaming|ignoring|sulk\w*|in a huff|headphones|"
    r"on (?:his|her|their) (?:phone|ipad|tablet|switch)"
)


# A hypo, told by its name, by a low reading, or by the sweat and shakes of one.
_HYPO = words(
    # Sulfonylureas and insulin cause hypos: shaky and sweaty on them is one.
    r"(?:gliclazide|glipizide|insulin|sulfonylurea\w*)(?: \w+){0,6} (?:shaky|sweaty|hypo\w*)",
    # Type 1 told beside a hypo's sweat: "type 1 rider is sweaty and drowsy".
    r"(?:type (?:1|one)|t1d?)(?: \w+){0,8} (?:sweaty|shaky|clammy|trembl\w*)",
    # "Diabetic teammate's gone wobbly and dizzy after training, sweating".
    r"diabetic(?: \w+){0,8} (?:sweaty|sweating|shaky|wobbly|clammy|trembl\w*)",
    r"hypos?|(?:going|go|goes|gone|went|been|keep going) low|"
    r"(?:sugar|sugars|glucose|readings?|bg|levels?)(?: \w+){0,3} "
    r"(?:dipping|dropping|down|at|of) (?:to )?[1-3](?:\.\d)?",
    r"woke (?:up )?(?:at|on) [1-3]\.\d",
    r"(?:sugar|sugars|glucose|bg|bm|reading)s? (?:is |was |of |at |reads |read )?[1-3]\.\d",
)
# Coming more often, or counted.
_OFTEN = words(
    r"this month|this week|more often|keep|keeps|twice|every|again|"
    r"(?:a few|a couple of|a couple|several|\d+) times a (?:week|month)|each time|"
    # Counted by the month: "a couple of hypos a month".
    r"(?:a few|a couple of|a couple|several|\d+|two|three) (?:hypos|seizures|fits) (?:a|per|each|"
    r"every) (?:week|month)|"
    # Counted: "two seizures today", "gone low four times since yesterday".
    r"(?:two|three|four|five|2|3|4|5|several|multiple) (?:\w+ )?(?:seizures|fits|times)"
)


def other_signs(m: Message) -> Level | None:
    # NHS: a seizure lasting over 5 minutes, a first seizure, or one in pregnancy needs 999.
    # One told with no epilepsy known may be a first: 999 too. A known epilepsy's seizure only
    # with one of those alarms.
    # Known epilepsy as told, not denied ("not epileptic as far as I know").
    alarm = m.has(SEIZURE_ALARM) or m.mentioned(PREGNANT) or not m.has(KNOWN_SEIZURES)
    if m.has(SEIZURE) and alarm:
        return Level.EMERGENCY
    # NHS (angioedema): lips or tongue swelling after something new, with the breathing fine, is
    # an urgent GP appointment or 111, in case the allergy gets worse. Not a sore throat's
    # glands, a cold sore or a split lip.
    # A new piercing or lip filler swells the tongue or lips for days on its own.
    done_to_it = m.mentioned(words(r"piercing|pierced|tongue (?:bar|stud|ring)|(?:lip )?fillers?"))
    if m.has(_LIPS_SWOLLEN) and m.mentioned(_ALLERGY_TRIGGER) and not done_to_it:
        return Level.SAME_DAY
    # NHS (eye injuries): a blow to the eye that changes the sight is for A&E now.
    if m.has(_EYE_BLOW) and m.has(_SIGHT_CHANGED):
        return Level.EMERGENCY
    # NHS (red eye): a red, painful eye that light hurts is seen urgently, not left to drops
    # from the chemist (worse with a contact lens worn in it).
    if m.mentioned(_EYE) and m.has(_RED) and m.has(_EYE_PAIN) and m.has(_LIGHT_HURTS):
        return Level.SAME_DAY
    # NHS (hearing loss): hearing lost suddenly in one or both ears, over hours or a few days,
    # needs an urgent GP appointment or 111: treated early, it can come back.
    if m.has(_SUDDEN_HEARING_LOSS) and not _water_or_wax_alone(m):
        return Level.SAME_DAY
    # The same told as one side's hearing gone worse within the last days, beside the spinning
    # or ringing that often comes with it ("3 days now dizzy... hearing on that side is worse").
    one_side_worse = m.has(_HEARING_WORSE_ON_ONE_SIDE) and m.mentioned(_DAYS_NOW)
    if one_side_worse and not _water_or_wax_alone(m):
        return Level.SAME_DAY
    # Known seizures coming more often: the member's team should review it.
    if m.mentioned(SEIZURE) and (m.has(MORE_OFTEN) or m.has(_OFTEN)):
        return Level.SEE_GP
    # Blank, staring spells that lose a few seconds, noticed by others: possible absence
    # seizures, and a first seizure of any kind is for a GP (NHS, epilepsy).
    if m.has(_STARING_SPELLS):
        return Level.SEE_GP
    # NICE CG150: a headache brought on by exercise, lifting or coughing, again and again, is one
    # a doctor should look into; the sudden, worst-ever kind is the stroke rule's emergency.
    if m.has(_EFFORT_HEADACHES):
        return Level.SEE_GP
    # NHS (headaches): headaches that keep coming back are for a GP; told for weeks or months,
    # they have kept coming back.
    if m.has(_HEADACHES_FOR_MONTHS):
        return Level.SEE_GP
    if m.has(CANT_KEEP_DOWN):
        return Level.SAME_DAY
    # SDCEP: a swollen lip or mouth without trouble breathing still needs urgent care when it
    # follows a new medicine, a sting or a food.
    if m.has(MOUTH_SWELLING) and m.mentioned(SWELLING_TRIGGER):
        return Level.SAME_DAY
    if (
        m.has(DIZZY)
        and m.mentioned(STANDING_UP)
        and (m.mentioned(LITTLE_FLUID_OUT) or m.mentioned(NO_URINE))
    ):
        return Level.SAME_DAY
    if m.has(HEARING_LOST) and not _water_or_wax_alone(m):
        if m.mentioned(SUDDENLY):
            return Level.SAME_DAY
        # NHS (vertigo): the world spinning with hearing lost is for A&E, however it began; not
        # the same two for weeks or months, or spells every few weeks, which the see-a-GP rules
        # read.
        dizzy = m.has(DIZZY) or m.has(_SPINNING)
        told_as_long = (
            m.mentioned(WEEKS)
            or m.has(SLOW_ONSET)
            or m.mentioned(_FOR_MONTHS)
            or m.mentioned(_EVERY_FEW_WEEKS)
        )
        if dizzy and not told_as_long:
            return Level.SAME_DAY
    # NHS (sudden confusion): someone more confused than usual (an infection, a fall, a medicine
    # or dehydration often behind it in older people) needs a doctor today; suddenly and badly
    # confused is the 999 the other rules read.
    if m.has(_MORE_CONFUSED_THAN_USUAL):
        return Level.SAME_DAY
    if m.mentioned(CAST) and m.has(CAST_TROUBLE):
        return Level.SAME_DAY
    # NHS: blood in urine needs a GP appointment urgently.
    if m.has(BLOOD_IN_URINE) and not m.has(RED_FOOD):
        return Level.SAME_DAY
    # Told as over ("once, hasn't happened again", "pinkish after long runs, then normal again"):
    # the NHS still asks for a GP's check, even after a single time.
    if m.mentioned(BLOOD_IN_URINE) and not m.mentioned(RED_FOOD):
        return Level.SEE_GP
    cant_bear = words(
        r"(?:cant|cannot|couldnt) (?:walk|stand|put weight|tiptoe|stand on)|limp\w*|agony|severe",
        r"(?:cant|cannot|couldnt) (?:\w+ ){0,3}on ?(?:to )?(?:my |his |her )?tip ?toes?",
        r"flat footed",
        r"(?:feel|there is|theres|is) a (?:gap|dent|dip|hollow)",
    )
    # A pop at the back of the knee or calf, then a swollen calf with bruising down to the ankle:
    # a calf tear or a burst Baker's cyst, which looks like a clot and needs checking today (NHS).
    bruised_and_swollen = m.has(SWOLLEN) and m.mentioned(words(r"bruis\w*"))
    if m.has(SNAP) and (m.has(cant_bear) or bruised_and_swollen):
        return Level.SAME_DAY
    # NHS (cuts): a deep or gaping wound that may need stitches, an urgent treatment centre today.
    if m.has(_NEEDS_STITCHES):
        return Level.SAME_DAY
    # NHS (cellulitis, sepsis): a red streak spreading up a limb from a wound or scratch, today.
    drawn_on = m.mentioned(words(r"marker|felt tip|(?:biro|pen) mark|paint|lipstick|henna|tattoo"))
    if m.has(_RED_STREAK) and not drawn_on:
        return Level.SAME_DAY
    # NHS (broken bones): a limb that looks out of shape after a fall or a knock needs A&E or an
    # urgent treatment centre today.
    if m.has(_MISSHAPEN) and m.mentioned(words(r"fell|fall|came off|crash\w*|knock\w*|hit|landed")):
        return Level.SAME_DAY
    # NHS (swollen ankles, feet and legs): swelling with skin that is leaking fluid, today.
    if m.has(SWOLLEN) and m.has(_WEEPING):
        return Level.SAME_DAY
    # NHS (septic arthritis): a hot, swollen joint with a temperature, today.
    swollen_joint = m.near(_JOINT, SWOLLEN, 8) or (
        m.mentioned(_JOINT)
        and m.has(
            words(
                r"(?:blew|blown|puffed|swelled) up",
                r"(?:went|gone|come up|came up|blown up) (?:\w+ )?(?:big|massive|huge|fat|like a "
                r"balloon)",
            )
        )
    )
    # The NHS names shivering beside the temperature: "feel shivery" is that fever, felt.
    feverish = m.has(FEVER) or m.has(words(r"shiver\w*|hot and cold"))
    if swollen_joint and feverish and m.has(words(r"hot|warm|red")):
        return Level.SAME_DAY
    # NICE CKS (warfarin): an INR of 5 or more without bleeding means withholding doses and the
    # anticoagulant clinic today.
    inr = [float(n) for n in _INR_READING.findall(m.whole)]
    if inr and max(inr) >= 5:
        return Level.SAME_DAY
    # NHS (sprains): after a twist or fall, a foot or ankle that can't take any weight, or a
    # few steps, needs an urgent treatment centre today.
    if m.mentioned(_TWISTED) and m.has(_CANT_BEAR_WEIGHT):
        return Level.SAME_DAY
    # A CK in the thousands after exercise is rhabdomyolysis on a blood test: today.
    ck = [float(re.sub(r"[ .,]", "", n)) for n in _CK_READING.findall(m.whole)]
    if ck and max(ck) >= 5000:
        return Level.SAME_DAY
    # Swelling of both legs that has lasted weeks, pits when pressed or won't go down overnight.
    # The lasting words belong to the swelling ("ankles puffy for weeks"), not to another
    # sentence ("BP checked last week", "ok to keep swimming?").
    lasting = (
        m.near(SWOLLEN, SLOW_ONSET, 14)
        or m.near(SWOLLEN, RECURRING, 14)
        or m.has(
            words(
                r"(?:leaves|leave|left) (?:a )?(?:dent|mark|dimple)|pitting",
                # NHS: swelling not better after a few days of looking after it at home.
                r"(?:[4-9]|1\d|four|five|six|seven|eight|nine|ten) days (?:ago|now|later)",
                r"not going (?:\w+ )?down",
                r"(?:hasnt|has not|havent|isnt|wont|didnt) (?:gone|going|go|come|coming) "
                r"(?:\w+ )?down",
            )
        )
    )
    # "My legs" are both legs.
    both = (
        m.mentioned(BOTH_SIDES) or m.mentioned(ANKLES) or m.mentioned(words(r"(?:my|his|her) legs"))
    )
    # "Calves are 'swelling' nicely, 2 cm bigger since January": muscle grown on purpose.
    growth = m.mentioned(
        words(
            r"gains|gainz|hypertroph\w*|growth|rep range|bulk(?:ing)?",
            # The leg a sport favours: "from years of kicking with that leg".
            r"dominant (?:leg|side)|from (?:years of )?(?:kicking|football|rugby|hockey|fencing|"
            r"tennis|skating|my sport)",
            # Or the kicking foot and the years at the sport: "right footed, 15 years of rugby".
            r"(?:left|right) ?footed",
        )
    )
    # The midwife or GP already checked it and called it normal, and nothing has changed since.
    changed = m.has(words(r"worse|but now|since then|bigger|spreading|more swollen"))
    growth = growth or (m.mentioned(_CHECKED_NORMAL) and not changed)
    # NHS (swollen ankles): swelling in hot weather is common; gone by the next morning each time,
    # it is the heat's.
    heat_passing = (
        (m.mentioned(HOT_SPELL) or m.mentioned(_WARM_SEASON_OR_TRIP))
        and m.has(_GONE_BY_MORNING)
        and not (changed or m.has(_NOT_PASSING))
    )
    # With frothy urine or a puffy face it is the kidneys' question (below), not the legs'.
    kidneys = m.has(KIDNEY_SIGNS)
    if m.near(LEG, SWOLLEN, 10) and lasting and both and not (growth or heat_passing or kidneys):
        return Level.SEE_GP
    # One leg bigger than the other for years, never explained: a GP (NHS, lymphoedema: swelling
    # in part of the body that lasts). Not one a clinician has called normal or put down to an
    # old break, nor muscle grown on purpose.
    if m.near(LEG, BIGGER_THAN_OTHER, 8) and m.mentioned(FOR_YEARS) and not growth:
        return Level.SEE_GP
    # NHS (sprains): an ankle or knee still swollen weeks after a sprain, not getting better,
    # is for a GP or physio to look at.
    if (
        m.mentioned(words(r"sprain\w*|twist\w*|rolled|went over on"))
        and m.mentioned(LEG)
        and m.has(SWOLLEN)
        and m.has(words(r"still|not (?:really )?(?:improving|getting better)"))
        and m.mentioned(words(r"(?:\d+|two|three|four|six|several|a few) (?:weeks|months)"))
    ):
        return Level.SEE_GP
    # Swelling with frothy urine or a puffy face in the mornings can come from the kidneys.
    if m.has(SWOLLEN) and m.has(KIDNEY_SIGNS):
        # Passing less urine too: the kidneys may be failing, so today. So too when it came on
        # within days: protein leaking fast (nephrotic syndrome) is checked with blood and
        # urine tests promptly, not at a routine appointment; slow swelling waits for a GP.
        # "Puffed up this morning" is quick too when the urine is frothy with it.
        frothy_today = m.has(_THIS_MORNING) and m.has(_FROTHY)
        # A dipstick that already shows the protein: the leak is measured, not suspected.
        measured = m.has(_PROTEIN_ON_A_DIPSTICK)
        quick = m.has(SUDDEN) or m.has(_WITHIN_DAYS) or frothy_today or measured
        return Level.SAME_DAY if m.has(LITTLE_FLUID_OUT) or quick else Level.SEE_GP
    skin_changes = words(
        r"(?:going|turning|gone|turned) (?:a )?(?:brown\w*|darker)(?: colou?r)?",
        r"skin changes?|staining|stained|eczema|discolou?r\w*|brown(?:ish)? (?:skin|patches|marks)|"
        r"hard(?:ened)? skin|lipodermato\w*",
    )
    # NICE CG168: skin changes at the ankles (brown staining, eczema, hardening) are for a
    # specialist, through a GP, with varicose veins or with legs that swell or itch.
    legs_changing = m.mentioned(VARICOSE_NAMED) or (
        m.mentioned(LEG) and (m.has(SWOLLEN) or m.has(words(r"itch\w*|bigger")))
    )
    if legs_changing and m.has(skin_changes):
        return Level.SEE_GP
    # NHS: varicose veins that ache, throb or itch, or a vein that is hard, red and tender
    # (phlebitis), are for a GP.
    # Veins bulging on the arms after a session are the pump, not varicose veins.
    on_legs = m.mentioned(VARICOSE_NAMED) or m.mentioned(LEG)
    if (
        on_legs
        and m.mentioned(BULGING_VEINS)
        and m.has(
            # Not the load: "heavy squats", "fine to squat heavy again?".
            words(
                r"ach\w*|throb\w*|itch\w*|sore",
                r"(?<!squat )(?<!lift )(?<!train )(?<!go )heavy(?! squats?| weights?| lift\w*| "
                r"sets?)",
            )
        )
    ):
        return Level.SEE_GP
    if m.mentioned(VARICOSE) and m.has(HARD_RED_VEIN):
        return Level.SEE_GP
    # NHS: urine infections that keep coming back need a GP to look for a cause.
    if m.mentioned(RECURRENT_INFECTION):
        return Level.SEE_GP
    # "Hasn't healed" carries its own negation, so it is read as mentioned, not as denied.
    # Anywhere with diabetes, which slows healing and hides infection.
    # Anywhere else, a cut still unhealed after weeks: minor wounds start to heal within a few
    # days (NHS inform, cuts and grazes), so one that hasn't is for a GP to look at.
    on_a_leg = m.mentioned(LEG) or m.mentioned(VARICOSE) or m.mentioned(words(r"heels?"))
    slow = m.mentioned(NOT_HEALING) or m.mentioned(SLOW_TO_HEAL)
    # Not one told as healing ("it's healing, a small gap still open"), only slowly.
    healing = m.mentioned(words(r"(?:is|its|it is|s) healing(?! slow)"))
    weeks_unhealed = m.mentioned(_WEEKS_ON) and not healing
    if slow and (on_a_leg or m.mentioned(_DIABETES) or weeks_unhealed):
        return Level.SEE_GP
    # NHS (foot drop): a foot that slaps or drags, or a leg losing strength over weeks, is for a
    # GP; a sudden weakness is the stroke rule's.
    if m.has(_FOOT_DROP) and not m.has(SUDDENLY):
        return Level.SEE_GP
    # NHS (head injury): after a knock to the head, being sick, getting drowsier, a splitting
    # headache, a fit or unequal pupils needs A&E now.
    if m.mentioned(HEAD_KNOCK) and sum(m.has(sign) for sign in _HEAD_INJURY_SIGNS) >= 1:
        return Level.EMERGENCY
    # NHS (Raynaud's): fingers or toes turning white, then blue, then red, again and again, are
    # for a GP to confirm and to rule out a cause.
    usual = m.mentioned(
        words(
            r"usual|as always|as ever|same as (?:every|each|ever|always)",
            r"always (?:warms?|comes?) (?:up|back)|diagnosed",
            # Already named by a doctor: "GP says it's Raynaud's", "doc checked".
            r"(?:gp|doc|doctor|nurse)s?(?: \w+){0,3} (?:said|says|checked|told me)",
        )
    )
    again = m.has(RECURRING) or m.mentioned(_RAYNAUD_AGAIN)
    again = again or (m.mentioned(_IN_THE_COLD) and not m.mentioned(_COLD_WATER_OUTING))
    if m.has(_RAYNAUD_COLOURS) and not usual and again:
        return Level.SEE_GP
    # NHS (lymphoedema): an arm or leg that swells, or stays bigger, after cancer surgery or
    # radiotherapy is for a GP.
    after_cancer = m.mentioned(
        words(
            r"(?:breast )?cancer|mastectomy|lymph nodes?|radiotherapy|lumpectomy",
            r"(?:groin|armpit) nodes? (?:\w+ ){0,2}(?:removed|out)",
        )
    )
    grown = words(
        r"(?:got|gotten|getting|grown|become|gone|felt|feels|feel)(?: \w+){0,3} "
        r"(?:bigger|heavier|fuller)",
        r"(?:rings?|watch strap|sleeve)(?: \w+){0,2} (?:tight|tighter)",
    )
    limb = words(r"arms?|legs?|hand")
    if after_cancer and (m.near(limb, SWOLLEN, 8) or m.near(limb, grown, 8) or m.has(_ONE_LIMB)):
        return Level.SEE_GP
    # NHS (Lyme disease): a spreading red ring after a tick bite is for a GP, for antibiotics.
    if m.mentioned(words(r"tick ?bites?|bitten by a tick")) and m.has(
        words(
            r"(?:red )?(?:ring|circle|bullseye|bulls eye)|rash (?:\w+ ){0,3}(?:spread\w*|expand\w*)"
        )
    ):
        return Level.SEE_GP
    # NHS (unintentional weight loss): losing weight without trying is for a GP to look into,
    # more so with night sweats.
    if m.has(_WEIGHT_LOSS_UNEXPLAINED):
        return Level.SEE_GP
    # A resting pulse that has climbed over weeks with no change in training: a GP check (BHF).
    if m.has(_RESTING_RATE_CLIMBING) and (m.has(RECURRING) or m.has(SLOW_ONSET)):
        return Level.SEE_GP
    # NHS (melanoma): a mole that changes size, shape or colour, or a new dark streak under a
    # nail that no injury explains, is for a GP.
    if m.mentioned(words(r"moles?")) and m.has(_MOLE_CHANGING):
        return Level.SEE_GP
    if m.has(_NAIL_STREAK):
        return Level.SEE_GP
    return None


_MISSHAPEN = words(
    # Not "out of shape", which in a gym means unfit.
    r"misshapen|deformed|(?:bent|wonky|crooked) (?:wrist|arm|finger|leg|ankle)|at a (?:funny|weird|"
    r"strange|odd) angle|bone (?:\w+ )?sticking out"
)
_WEEPING = words(
    r"(?:weeping|leaking|oozing|seeping) (?:\w+ )?(?:fluid|water|liquid)|skin (?:is )?weeping"
)
_JOINT = words(r"knees?|ankles?|elbows?|wrists?|hips?|shoulders?")
_TWISTED = words(
    r"rolled|twisted|sprained|went over on|turned (?:my|his|her) ankle|fell|landed|tripped|"
    r"tackled|stepped on"
)
_CANT_BEAR_WEIGHT = words(
    r"(?:cant|cannot|couldnt|unable to) (?:put (?:any )?weight (?:on|through)|weight ?bear|"
    r"stand on|walk on|take (?:\d+|a|one|two|three|four|more than \w+) steps?)",
)
_INR_READING = re.compile(r"\binr (?:\w+ ){0,3}?(\d{1,2}(?:\.\d)?)\b")
# Thousands written "18,000", "18 000" or "18000" (the comma reaches here as a point).
_CK_READING = re.compile(r"\bck (?:\w+ ){0,3}?(\d{1,3}(?:[ .,]?\d{3})+|\d{4,6})\b")
_HEAD_INJURY_SIGNS = (
    words(
        r"(?:been |being )?sick (?:twice|again|\d+ times)|vomit\w*|throwing up|thrown up|threw up"
    ),
    words(r"(?:getting |more |very |really )(?:sleepy|sleepier|drowsy|drowsier)|cant stay awake"),
    words(r"pupils?(?: \w+){0,4} (?:bigger|smaller|different|uneven)|(?:unequal|different) pupils"),
    words(r"head(?:ache)?(?:s| is)? (?:splitting|pounding|getting worse|worse and worse)"),
    # NHS (head injury): a headache that painkillers don't ease.
    words(
        r"headache (?:that )?(?:\w+ ){0,2}(?:paracetamol|painkillers?|ibuprofen)(?: \w+){0,2} "
        r"(?:isnt|arent|hasnt|havent|not|wont) (?:touching|touched|helping|helped|working|shifting)"
    ),
    # NHS (head injury): memory loss, such as not remembering what happened.
    words(
        r"(?:keeps?|kept|keeping) asking (?:the same|what happened|where (?:he|she|i|they) "
        r"(?:is|am|are|was))",
        r"(?:cant|cannot|doesnt|does not|dont|didnt) remember (?:what happened|the (?:hit|fall|"
        r"knock|crash|bar|lift))|repeating (?:himself|herself|themselves|the same)",
    ),
    # "A fit", not "he's fit".
    words(
        r"(?:a|had|having) fit|fitting|seizure|convuls\w*|"
        r"clear fluid (?:from|out of) (?:his|her|my) "
        r"(?:nose|ear)"
    ),
)
_MOLE_CHANGING = words(
    r"bigger|darker|grown|growing|changed (?:shape|colou?r|size)|changing|bleed\w*|itch\w*|"
    r"crust\w*|uneven|ragged"
)
_NAIL_STREAK = words(r"(?:dark|black|brown) (?:stripe|streak|line|band)s?(?: \w+){0,4} \w*nails?")


_ONE_LIMB = words(r"one (?:arm|leg) (?:\w+ ){0,2}bigger")
# Again and again: "all winter", "been years", "a couple of winters now".
_RAYNAUD_AGAIN = words(
    r"a lot|(?:all|this|the whole|this whole|every) winter|every (?:ride|time|cold day)|"
    r"(?:for |been )years|years now|(?:couple of|few|two|three) winters|since (?:last )?(?:winter|"
    r"year)",
)
# Told as what the cold does to them: "in cold my fingers go white", "washing up in cold water".
_IN_THE_COLD = words(
    r"in (?:the )?cold(?: water| weather)?|when (?:its|it is|it gets) cold",
    # Or by the season it has lasted: "first winter in Winnipeg", "the last winter or two". Not
    # one cold outing ("on the winter hike", "in the freezing wind"), which whitens anyone's
    # fingers.
    r"(?:first|this|every|each) winter|winter or two",
)
# Not one swim or plunge, whose cold whitens anyone's toes for a while.
_COLD_WATER_OUTING = words(
    r"swim\w*|plunge|ice bath|dip|lake|sea|river|loch|open water|cold shower"
)
# White then blue, red as they warm: not every attack shows all three (NHS, Raynaud's).
_RAYNAUD_COLOURS = words(
    r"(?:white|pale)(?: \w+){0,3} (?:then )?(?:blue|bluish|purple|purplish)",
    # Or white and numb, the blood gone from them: "fingertips go white and numb in the cold".
    r"(?:fingers|fingertips|toes)(?: \w+){0,3} (?:go|goes|going|went|turn|turns|turned|gone) "
    r"(?:\w+ )?(?:white|pale) and (?:numb|dead|tingly)",
)
_CHECKED_NORMAL = words(
    r"(?:midwife|gp|doctor|nurse|consultant)(?: \w+){0,8} (?:said|says|told me) "
    r"(?:its|it is|theyre|they are|all|that its|everything is|everythings) (?:\w+ )?"
    r"(?:normal|fine|ok|okay)",
    # What an old break leaves: "ortho and physio both said it's scar tissue".
    r"(?:ortho\w*|physio\w*|surgeon|consultant|specialist|gp|doctor)(?: \w+){0,4} (?:said|says|"
    r"told me|reckon|reckons) (?:its|it is|thats|that is) (?:just |only )?(?:scar tissue|from the "
    r"(?:old )?(?:break|fracture|injury|operation|op)|the old (?:break|fracture|injury))",
)
_NEEDS_STITCHES = words(
    # Not a sore that "won't close" over weeks: that is a wound not healing, for a GP.
    r"gaping|needs? (?:\w+ )?stitch\w*|deep cut|can see (?:the )?(?:fat|bone)",
    # Told by what shows or will not close: "can see yellow thing inside", "a gap like 2cm open",
    # "the edges won't stay together".
    r"(?:can )?see (?:a |some |the )?(?:yellow|white|fatty) (?:thing|stuff|bits?|layer)s? "
    r"(?:inside|in (?:it|there|the cut|the wound))",
    r"(?:gap|split)(?: like| about| around)? \d+ ?(?:cm|mm|inch\w*)(?: \w+)? open",
    # Not a feeling: "felt like they were going to split open".
    r"(?<!to )(?<!gonna )(?<!would )(?<!theyd )(?<!itd )(?<!id )(?<!youd )split (?:my |his |her |"
    r"the )?(?:\w+ )?open(?! (?:again|up again))",
    r"edges (?:wont|dont|do not|will not|cant) (?:stay together|close|meet|come together)",
)
_RED_STREAK = words(
    r"red (?:streak|line|track|stripe)s?(?: \w+){0,4} (?:up|along|going up|spreading|running up|"
    r"tracking)"
)
_WEIGHT_LOSS_UNEXPLAINED = words(
    r"(?:lost|losing|dropped|dropping)(?: \w+){0,5} (?:without (?:trying|dieting|meaning to)|"
    r"for no reason|not trying)",
    r"(?:weight|pounds|kilos|stone)(?: \w+){0,3} (?:falling|dropping) off",
)
_RESTING_RATE_CLIMBING = words(
    r"resting (?:heart rate|hr|pulse|rate)(?: \w+){0,3} (?:crept|creeping|gone|going|risen|rising|"
    r"climbed|climbing|increased|increasing) (?:up )?(?:from )?",
)
_FOOT_DROP = words(
    r"foot ?drop",
    r"(?:foot|feet|toes?) (?:\w+ ){0,2}(?:slaps?|slapping|drags?|dragging|catch\w*|scuff\w*)",
    r"(?:losing|lost|lose) (?:\w+ ){0,2}strength in (?:my |his |her |the )?(?:\w+ )?"
    r"(?:leg|legs|calf|calves|foot|feet|ankle)",
)


# Being sick, as the ketone readings have always read it (narrower than VOMITING).
_BEING_SICK = words(r"vomit\w*|being sick|been sick|threw up")


def diabetes_signs(m: Message) -> Level | None:
    """With diabetes, a hypo that does not lift, DKA's signs or readings out of range; without
    it yet, the thirst and peeing of type 1 (NHS: low and high blood sugar, DKA, type 1)."""
    # NHS (low blood sugar): a hypo that is not getting better after treatment, or with
    # confusion, drowsiness or a fit, is a 999 call.
    if m.has(_HYPO) and (m.has(_HYPO_NOT_LIFTING) or m.has(_TOO_DROWSY_TO_EAT)):
        return Level.EMERGENCY
    # Or a hypo's sweat and muddle told a sentence after the diabetes: "type 1 mate is training
    # fasted. He's gone confused and sweaty and won't take the juice."
    # Not hypos told as a pattern that sugar fixes ("3 times this week, jelly babies fix it"),
    # which the review below is for.
    insulin_kind = m.mentioned(words(r"type (?:1|one)|t1d?|insulin|gliclazide|glipizide"))
    fixed = m.has(_HYPO_FIXED) or m.has(_OFTEN)
    if insulin_kind and m.has(_HYPO_SWEAT) and m.has(_TOO_DROWSY_TO_EAT) and not fixed:
        return Level.EMERGENCY
    # Known hypos coming more often: the member's diabetes team should review it.
    if m.has(_HYPO) and (m.has(MORE_OFTEN) or m.has(_OFTEN)):
        return Level.SEE_GP
    # Shaky and sweaty spells that food puts right, again and again, with or without diabetes
    # (NHS, low blood sugar: see a GP if you keep getting its symptoms).
    again = m.has(RECURRING) or m.has(_OFTEN)
    if m.has(_HYPO_SWEAT) and m.has(_EATING_FIXES_IT) and again:
        return Level.SEE_GP
    # NHS (type 1 diabetes): thirst, peeing a lot, tiredness and weight loss; in a child or with
    # weight falling off, a GP the same day (it can turn to ketoacidosis quickly); else a GP.
    # Not someone who has diabetes already: their readings are judged below.
    # Not "not diabetic as far as I know".
    # Or told by what they measure: sugars and ketones together ("sugars 20+ all day, ketones"),
    # not on a ketogenic diet, whose followers measure both on purpose.
    measures = (
        m.mentioned(words(r"ketones?"))
        and m.mentioned(words(r"sugars?|glucose|bg|bm"))
        and not m.mentioned(words(r"keto|ketogenic|low carb|carnivore|fasting"))
    )
    diabetic = (
        m.mentioned(_DIABETES) or m.mentioned(words(r"insulin|dka")) or measures
    ) and not m.mentioned(words(r"(?:not|never been|isnt|arent) (?:a )?diabetic|no diabetes"))
    thirst_and_pee = m.has(_VERY_THIRSTY) and m.has(_PEEING_LOTS) and not diabetic
    if thirst_and_pee and (m.has(_LOST_WEIGHT) or m.mentioned(_A_CHILD)):
        return Level.SAME_DAY
    if thirst_and_pee:
        return Level.SEE_GP
    # NHS (diabetic ketoacidosis): blood ketones over 3 mmol/L, 999; from 1.6, the diabetes
    # team now. Only with diabetes: people on a ketogenic diet measure 1 to 3 mmol/L on purpose.
    ketones = [float(n) for n in KETONE_READING.findall(m.whole)] if diabetic else []
    if ketones and max(ketones) > 3:
        return Level.EMERGENCY
    # A meter that reads "HI" is above its range, which is above 3; and the NHS's later signs
    # of DKA (breath that smells of pear drops or nail varnish, breathing fast or deep, with
    # vomiting) are for A&E at once, whatever the reading.
    if diabetic and (m.has(_KETONES_OFF_THE_SCALE) or m.has(_KETONE_BREATH)):
        return Level.EMERGENCY
    if diabetic and m.has(_DKA_BREATHING) and m.has(_BEING_SICK):
        return Level.EMERGENCY
    if ketones and max(ketones) >= 1.6:
        return Level.SAME_DAY
    # NHS (high blood sugar): readings over 20 mmol/L with type 1, or any ketones, the diabetes
    # team today.
    # In the United States, readings come in mg/dL ("running 300+"): 18 mg/dL to the mmol/L.
    sugar = (
        [float(n) for n in SUGAR_READING.findall(m.whole)]
        + [int(n) / 18 for n in US_SUGAR_READING.findall(m.whole)]
        if diabetic
        else []
    )
    if sugar and max(sugar) >= 20 and m.mentioned(words(r"type (?:1|one)|t1d?|ketones?")):
        return Level.SAME_DAY
    # HSE and NHS (hyperglycaemia): from about 14 mmol/L ketones need checking, and high readings
    # with thirst and peeing a lot are for the diabetes or maternity team, today when both come.
    if sugar and max(sugar) >= 14 and m.has(_VERY_THIRSTY) and m.has(_PEEING_LOTS):
        return Level.SAME_DAY
    # A strip read in words rather than mmol/L.
    if diabetic and m.has(
        words(
            r"ketones?(?: \w+){0,3} (?:moderate|large|high|raised)|"
            r"(?:moderate|large|high|raised) ketones?"
        )
    ):
        return Level.SAME_DAY
    # Ketones with vomiting (diabetes), or no fluids staying down: a doctor today.
    if m.mentioned(words(r"ketones?")) and m.has(_BEING_SICK):
        return Level.SAME_DAY
    return None


def asks_for_a_check(m: Message) -> Level | None:
    """The member asks whether to have their own complaint or condition seen: yes, by a GP.

    Only with something to see: a known condition, or a complaint that recurs, lasts or
    worsens. "Do I need a doctor for sore calves after leg day?" is not asked here. Someone
    qualified who has already said "see your GP" is taken at their word."""
    if m.has(TOLD_TO_SEE_GP):
        return Level.SEE_GP
    # A known condition's medicine run out or out of date ("run out of his spray", "GTN went out
    # of date"): a repeat from the GP before training on without it.
    if m.mentioned(KNOWN_CONDITION) and m.has(_MEDICINE_RUN_OUT):
        return Level.SEE_GP
    # NHS (heart health checks): heart disease or a stroke young in close relatives, and never a
    # check of one's own, is a reason to book one, asked for or not.
    if m.mentioned(_FAMILY_HISTORY) and m.mentioned(_NEVER_CHECKED):
        return Level.SEE_GP
    # Or two of the heart's risks of one's own, diabetes, smoking or a pressure known to run
    # high, and never a check: the same NHS health check, before training hard.
    own_risks = sum(m.mentioned(risk) for risk in _OWN_HEART_RISKS)
    if own_risks >= 2 and m.mentioned(_NEVER_CHECKED):
        return Level.SEE_GP
    # AF for years and never offered a blood thinner: a GP weighs the stroke risk AF brings and
    # whether one is needed (NHS, atrial fibrillation: anticoagulants lower the risk of stroke).
    if m.mentioned(AF) and m.mentioned(_NO_BLOOD_THINNER) and not m.mentioned(_DECIDED_AGAINST):
        return Level.SEE_GP
    # Or stopped by the member, not by the doctor ("stopped his blood thinner, the GP doesn't
    # know"): the stroke risk is back and no one has weighed it.
    stopped_by_a_doctor = m.mentioned(_STOPPED_BY_A_DOCTOR)
    if m.mentioned(AF) and m.has(_STOPPED_OWN_THINNER) and not stopped_by_a_doctor:
        return Level.SEE_GP
    # A clot before and a long journey ahead: a doctor can advise on stockings or a blood
    # thinner before it (NHS, preventing DVT when you travel: a past DVT is a risk to discuss).
    if m.mentioned(_CLOT_BEFORE) and m.mentioned(_LONG_JOURNEY) and m.mentioned(_JOURNEY_AHEAD):
        return Level.SEE_GP
    # A clot before, one's own or a close relative's, and the pill or HRT about to start: the
    # combined pill is not for someone with that history, so a GP chooses (NHS, combined pill).
    clot_in_the_family = m.mentioned(_FAMILY_HISTORY) and m.mentioned(CLOTS)
    if (m.mentioned(_CLOT_BEFORE) or clot_in_the_family) and m.mentioned(_PILL_OR_HRT_AHEAD):
        return Level.SEE_GP
    # Read anywhere: the question is asked now, even beside "a stent fitted last year".
    if not m.mentioned(ASKS_FOR_CARE):
        return None
    # NHS (heart health checks): heart disease or a stroke young in a close relative is a reason
    # to have cholesterol and blood pressure checked.
    if m.mentioned(KNOWN_CONDITION) or m.mentioned(_FAMILY_HISTORY):
        return Level.SEE_GP
    # One of the heart's risks and never a check, with the check asked about ("smoked 20 a day
    # for years, never had my heart looked at, worth a check?"): the NHS health check.
    if own_risks and m.mentioned(_NEVER_CHECKED):
        return Level.SEE_GP
    if m.has(COMPLAINT) and (m.has(RECURRING) or m.has(WEEKS) or m.has(NOT_IMPROVING)):
        return Level.SEE_GP
    return None


# Not "only two days": a wound is still expected to be healing then.
_WEEKS_ON = words(
    r"(?:\d+|two|three|four|five|six|a few|several|a couple of|couple of) (?:weeks|months)",
    r"(?:1[0-9]|ten|twelve|fourteen) days|a (?:week|fortnight|month)|ages|forever|a long time",
)
_OWN_HEART_RISKS = (
    _DIABETES,
    words(r"smok\w*|\d+ a day|cigs|cigarettes|vap\w*"),
    words(
        r"(?:bp|blood pressure) (?:is |has been |always )*(?:high|up|raised)|high (?:bp|blood "
        r"pressure)|hypertension|cholesterol (?:is )?(?:high|up|raised)|high cholesterol"
    ),
)
_NO_BLOOD_THINNER = words(
    rf"(?:never|not|isnt|wasnt|hasnt|havent|no) (?:\w+ ){{0,3}}(?:any )?{ANTICOAGULANT.pattern}"
)
_STOPPED_OWN_THINNER = words(
    rf"(?:stopped|quit|came off|gave up|stopping) (?:taking )?(?:\w+ ){{0,2}}"
    rf"{ANTICOAGULANT.pattern}"
)
_STOPPED_BY_A_DOCTOR = words(
    r"(?:doctor|doc|gp|cardiologist|consultant|nurse|team|hospital|clinic)s? (?:\w+ )?(?:stopped|"
    r"took (?:him|her|me|them) off|said to stop|told (?:him|her|me|them) to stop)"
)
_DECIDED_AGAINST = words(r"said|says|decided|because|low risk|score|chads\w*|doesnt need")
# A clot before, however long ago: "had a DVT once years ago", "2 clots in the past".
_CLOT_BEFORE = words(
    r"(?<!never )(?<!not )(?<!havent )(?<!hasnt )(?<!no )"
    r"(?:had|have had|history of|previous|past) (?:a |an |my |the |\d |two |three |several )?"
    r"(?:dvt|dvts|clot|clots|blood clots?|pe|pulmonary embol\w*)"
)
_PILL_OR_HRT_AHEAD = words(
    r"(?:go|going|get|getting|start|starting|went|back|come) (?:back )?on(?:to)? (?:the )?"
    r"(?:combined )?(?:pill|hrt)\b",
    r"(?:thinking about|wants?(?: to)?|about to|planning to|considering) (?:\w+ ){0,3}"
    r"(?:the )?(?:combined )?(?:pill|hrt)\b",
    r"(?:start|starting|begin|beginning) (?:on )?(?:the )?(?:combined )?(?:pill|hrt)\b",
)
_LONG_JOURNEY = words(
    r"long ?haul|long (?:flights?|drives?|journeys?|coach trips?)",
    # A far place flown to: "flying to Australia next month".
    r"(?:fly|flying|flight) (?:out )?to (?:australia|new zealand|japan|singapore|thailand|"
    r"the (?:us|usa|states)|america|canada|california|florida|mexico|brazil|south africa)",
    r"(?:\d{1,2}|eight|nine|ten|eleven|twelve) ?(?:hours?|hrs?|h) (?:flights?|drives?|journeys?)",
)
# Ahead or part of life: "a long haul flight next month", "long haul trips twice a month for
# work". Not the flight a past clot followed.
_JOURNEY_AHEAD = words(
    r"(?:next|this coming) (?:week|month|year)|coming up|booked|planning|planned|upcoming|soon",
    r"new job|"
    r"(?:twice|once|three times|every|each) (?:a )?(?:week|month|year)|for work|(?:is|am|are|im) "
    r"(?:starting|going on|off on)|(?:got|has|have|shes got|hes got) a (?:long|\d+)",
)
_MEDICINE_RUN_OUT = words(
    r"(?:run|ran|running|gone|went) out of (?:my |his |her |their |the )?(?:gtn|spray|tablets|"
    r"pills|inhaler|meds|medication|medicine)",
    r"(?:gtn|spray|tablets|pills|inhaler|meds|medication|medicine)(?: \w+){0,3} (?:out of date|"
    r"expired|past (?:its|their) (?:date|use by))",
)
_FAMILY_HISTORY = words(
    # "My mother and her sister both had a thrombose", "father died from heart infarct".
    r"(?:brother|sister|dad|father|mum|mom|mother|uncle|aunt|twin|son|daughter)s?(?: \w+){0,4} "
    r"(?:had|has|have|died of|died from|died with)(?: \w+){0,2} (?:heart attacks?|strokes?|"
    r"cardiac arrests?|sudden death|heart disease|clots?|dvts?|pes|pulmonary embol\w*|mis?|"
    r"(?:heart )?infarct\w*|thrombos\w*)",
    # Named as the family's: "family clot history", "a family history of heart disease".
    r"family (?:clot|dvt|heart|stroke|cardiac) history|family history of (?:\w+ )?(?:clots?|dvts?|"
    r"heart|strokes?|cardiac)",
)
_NEVER_CHECKED = words(
    r"never (?:once )?(?:had|been|got|gotten|done|go|went) (?:my |his |her |a |an |any |for )?"
    r"(?:\w+ ){0,5}(?:checked|looked at|tested|done|checks?|check ?ups?|screen\w*)",
    # A learner's "never check cholesterol or pressure in my life".
    r"never (?:check|checked) (?:my |his |her |any )?(?:anything|cholesterol|bp|blood pressure|"
    r"pressure|heart)",
    # "I never did a check of cholesterol", "never done anything about it".
    r"never (?:did|do) (?:a |any )?(?:check|test)\w*",
    r"never (?:done|did) anything about (?:it|them|that)",
    # "Nobody has checked my bp", "no doctor has ever looked at his heart", "nobody's ever
    # reviewed it with me".
    r"(?:nobody|nobodys|no one|no ones|noone|no doctor|no gp)(?: has| have| had| s)?(?: ever)? "
    r"(?:checked|looked at|reviewed|tested)",
)
