"""Rules for signs that belong to a situation rather than to one organ: heat, after a dive,
burns, blood thinners, sickle cell, long races, dehydration, a joint that stays out, after a birth
or a treatment, statins, a blood test and the kidneys; and signs outside the heart and legs that
the NHS sends to hospital or to a clinician today (a snake bite, a testicle, toxic shock, the
eye, frostbite, carbon monoxide, appendicitis, a head injury)."""

from __future__ import annotations

import re

from bot.questions.triage.signs import Level
from bot.questions.triage.text import Message, words
from bot.questions.triage.vocabulary.body import FAINTED, LEG, OUT_COLD, RECURRING
from bot.questions.triage.vocabulary.brain import SEIZURE
from bot.questions.triage.vocabulary.conditions import (
    BLEEDING,
    BODY_TEMPERATURE,
    CONFUSED_MIND,
    DARK_URINE,
    FOOD_DYE,
    HEAT,
    HEATSTROKE,
    HOT_PLACE,
    HOT_READING,
    HOT_SPELL,
    INJURY,
    LITTLE_URINE,
)
from bot.questions.triage.vocabulary.course import WEEKS
from bot.questions.triage.vocabulary.heart import IRREGULAR
from bot.questions.triage.vocabulary.infection import FEVER
from bot.questions.triage.vocabulary.legs import SWOLLEN
from bot.questions.triage.vocabulary.other import HIVES, LITTLE_FLUID_OUT, VOMITING
from bot.questions.triage.vocabulary.pregnancy import PREGNANT
from bot.questions.triage.vocabulary.situations import (
    A_LOT_OF_BLOOD_PASSED,
    A_WOUND,
    AFTER_BIRTH,
    AFTER_TREATMENT,
    ANTICOAGULANT,
    BARELY_DRINKING,
    BLACK_STOOL,
    BLEEDING_AGAIN,
    BLEEDING_ALARM,
    BLEEDING_HARD,
    BLISTERED,
    BLOOD_FROM_THE_BOTTOM,
    BLOODY_DIARRHOEA,
    BURN,
    DARK_RED_POO,
    DIVE_NERVES,
    DIVE_SKIN_JOINTS,
    DIVED,
    DRANK_LOTS,
    DRANK_ON_END,
    DRINKING_PLENTY,
    DYSREFLEXIA,
    HARD_TO_STOP,
    HEAD_KNOCK,
    HIGH_CK,
    JOINT_STILL_OUT,
    KEEPS_NOTHING_DOWN,
    LINGERING,
    LONG_EVENT,
    MUSCLE_ACHE,
    NO_WEIGHT,
    NOSEBLEED,
    OXIMETER,
    PAINKILLERS_FAILING,
    PRESSURE_FAILING,
    PRESSURE_SORE,
    RETAKEN,
    RUNS_OR_SICK,
    SERIOUS_BURN,
    SETTLED,
    SICKLE,
    SODIUM_ALARM,
    SODIUM_SIGNS,
    SORE_OPEN,
    SPINAL_INJURY,
    SPURTING,
    STATIN,
    SUN,
    TOLD_TODAY,
    VOMITED_BLOOD,
    WEIGHT_LOST_UNTRIED,
)


def after_diving(m: Message) -> Level | None:
    """Decompression illness: nerve or lung signs after a dive, 999; joints or skin, today."""
    if not m.mentioned(DIVED):
        return None
    if m.has(DIVE_NERVES):
        return Level.EMERGENCY
    if m.has(DIVE_SKIN_JOINTS):
        return Level.SAME_DAY
    return None


def serious_burn(m: Message) -> Level | None:
    """A burn for A&E (not 999): larger than a hand, or the skin white or charred."""
    if m.has(BURN) and m.has(SERIOUS_BURN) and not m.mentioned(SUN):
        return Level.SAME_DAY
    return None


def sunburn(m: Message) -> Level | None:
    """NHS: sunburn that blisters, with a temperature or shivers, needs 111."""
    in_the_sun = m.mentioned(SUN) or m.mentioned(_ASLEEP_IN_THE_SUN)
    if in_the_sun and m.has(BLISTERED) and (m.has(FEVER) or m.has(_SHIVERY_OR_HOT)):
        return Level.SAME_DAY
    return None


# Burnt where the sun is, told without the word: "fell asleep on the beach".
_ASLEEP_IN_THE_SUN = words(
    r"beach|burnt to a crisp|(?:fell|falling) asleep (?:on|by|at) the "
    r"(?:beach|pool|deck)"
)
# The NHS's words for it: "a high temperature, or feel hot and shivery".
_SHIVERY_OR_HOT = words(
    r"shiver\w*|(?:a|with a|got a) (?:high )?temp(?:erature)?\b|hot and "
    r"shivery|chills"
)


def on_blood_thinners(m: Message) -> Level | None:
    """A knock to the head, or bleeding hard to stop, on a blood thinner: advice today."""
    if m.mentioned(ANTICOAGULANT) and (m.has(HEAD_KNOCK) or m.has(HARD_TO_STOP)):
        return Level.SAME_DAY
    # NHS (anticoagulant medicines): pink, red or brown urine on one is bleeding to report; not
    # the colour beetroot leaves.
    if m.mentioned(ANTICOAGULANT) and m.has(_PINK_URINE) and not m.mentioned(FOOD_DYE):
        return Level.SAME_DAY
    # NHS (clopidogrel): on an antiplatelet, bleeding that will not stop or nosebleeds that last
    # are for a doctor or 111 straight away (A&E for one that cannot be stopped, read above).
    # A knock to the head alone is not read here: the head-injury rule reads it.
    if m.mentioned(_ANTIPLATELET) and m.has(HARD_TO_STOP):
        return Level.SAME_DAY
    # A nosebleed on either that stopped and has started again: bleeding that keeps coming back
    # (Rotherham NHS FT, life with anticoagulation: nosebleeds are for the nurse or GP, long
    # ones for A&E).
    thinned = m.mentioned(ANTICOAGULANT) or m.mentioned(_ANTIPLATELET)
    if thinned and m.mentioned(NOSEBLEED) and m.has(_STARTED_AGAIN):
        return Level.SAME_DAY
    return None


def bleeding_more_on_a_thinner(m: Message) -> Level | None:
    """On an anticoagulant, bleeding more easily than before: periods heavier than usual,
    bruising at the lightest knock, or INR readings that swing. The commonest side effect (NHS,
    apixaban), but one for the GP, the anticoagulant nurse or the clinic to hear about (Rotherham
    NHS FT, life with anticoagulation): a booked appointment, not 999. Bleeding that won't stop
    is `on_blood_thinners`'s, today."""
    # Read wherever it is told, as it is often told as a figure ("I bruise if someone looks at
    # me"), unless the thinner has been stopped.
    on_it = m.mentioned(ANTICOAGULANT) and not m.mentioned(_OFF_THE_THINNER)
    return Level.SEE_GP if on_it and m.mentioned(_BLEEDING_MORE_EASILY) else None


_OFF_THE_THINNER = words(
    r"(?:stopped|came off|come off|finished|completed|off) (?:the |my |his |her )?(?:\w+ ){0,3}"
    r"(?:blood thinners?|anticoagula\w*|warfarin|apixaban|rivaroxaban|edoxaban|dabigatran)"
)


_BLEEDING_MORE_EASILY = words(
    r"periods?(?: \w+){0,3} (?:a lot |much |way |really |so )?(?:heavier|heavy|longer)",
    r"(?:heavier|heavy|flooding) periods?|flooding(?: \w+){0,2} (?:through )?(?:pads|tampons)",
    # More than a thinner's usual bruising from knocks (Rotherham: unexplained bruising is for
    # the nurse or GP): "bruise way too easily", "bruise if someone looks at me".
    r"bruis\w* (?:so |really |very |way too |too |far too |much more |more )easily|bruise if "
    r"(?:someone|anyone|you) "
    r"(?:\w+ ){0,3}(?:looks?|touch\w*|brush\w*)",
    r"inr(?: \w+){0,4} (?:all over the place|up and down|unstable|swinging|erratic|jumping "
    r"about)",
)


_STARTED_AGAIN = words(
    r"(?:started|starting|going|bleeding|pouring|dripping|running|off) (?:up )?again",
    r"(?:its|it is|it has|its just|just) (?:\w+ )?(?:restarted|come back)",
)


_ANTIPLATELET = words(r"clopidogrel|plavix|ticagrelor|brilique|prasugrel|aspirin")


_PINK_URINE = words(
    r"(?:pee|pees|wee|wees|urine)(?: \w+){0,3} (?:pink|pinky|pinkish|red|reddish)(?: brown)?"
    r"(?! (?:cheeks|face|eyes))"
)


_BEEN_SICK = words(r"vomit\w*|threw up|throwing up|thrown up|been sick|retch\w*|puk\w*")
_SICK_CAME_UP_RED = words(
    r"(?:vomit\w*|threw up|throwing up|thrown up|been sick|brought up)(?: \w+){0,5} (?:and )?"
    r"(?:its|it is|it was|it came up|came up|all) (?:\w+ )?(?:bright|dark|fresh|blood) red\b"
)
_RED_FOOD = words(
    r"red velvet|wine|ketchup|tomato\w*|cranberr\w*|cherr\w*|strawberr\w*|raspberr\w*|red (?:drink|"
    r"sweets|jelly|slush\w*|gatorade|powerade|lucozade|food colouring|cordial|squash)"
)
_STREAKS_OF_BLOOD = words(
    r"(?:streaks?|flecks?|specks?|traces?|tinge|spots?|threads?) of (?:\w+ )?blood",
    r"blood (?:streaks|flecks|specks)|streaky with blood",
)


def black_stool(m: Message) -> Level | None:
    """Black, tarry stools can be bleeding in the gut, on a blood thinner or not: today. Vomiting
    blood is the NHS's reason to call 999 or go to A&E; so are black stools with a faint or the
    pale, clammy skin of blood lost (NICE CG141: a sudden, severe bleed is an emergency)."""
    if m.has(VOMITED_BLOOD):
        return Level.EMERGENCY
    # The sick told by its colour alone: "just been sick and it's bright red, a lot". Not after
    # beetroot, red wine or a red drink, which colour it too.
    if m.has(_SICK_CAME_UP_RED) and not (m.mentioned(FOOD_DYE) or m.mentioned(_RED_FOOD)):
        return Level.EMERGENCY
    # A few streaks of blood in the sick, told apart from the vomiting ("threw up after the
    # session and there were streaks of blood in it"): still a GP or A&E the same day (NHS 111
    # Wales, vomiting blood), though not the ambulance that a vomit of blood needs.
    if m.mentioned(_BEEN_SICK) and m.has(_STREAKS_OF_BLOOD):
        return Level.SAME_DAY
    if not m.has(BLACK_STOOL):
        return None
    return Level.EMERGENCY if m.has(_BLOOD_LOST_SHOWS) else Level.SAME_DAY


def bleeding_from_the_bottom(m: Message) -> Level | None:
    """Blood from the bottom, as the NHS sorts it (bleeding from the bottom): a lot of it, or not
    stopping, is 999 or A&E; dark red poo or bloody diarrhoea is an urgent GP appointment or 111;
    blood in the poo for three weeks, or again and again, or in a child's, is for a GP, as it can
    be a sign of bowel cancer (NHS, Be Clear on Cancer). A one-off streak is left alone: the NHS
    says a small one-off bleed is not usually serious."""
    told = m.has(BLOOD_FROM_THE_BOTTOM)
    runs = m.has(BLOODY_DIARRHOEA)
    # "The toilet water went bright red after my poo": a lot, told without the word blood.
    # Not after beetroot or a red drink, which colour it too.
    coloured = m.mentioned(_POO) and not m.mentioned(FOOD_DYE)
    if m.has(A_LOT_OF_BLOOD_PASSED) and (told or runs or coloured):
        return Level.EMERGENCY
    if not (told or runs):
        return None
    if m.has(DARK_RED_POO) or runs:
        return Level.SAME_DAY
    if m.has(WEEKS) or m.has(RECURRING) or m.mentioned(_A_CHILDS):
        return Level.SEE_GP
    return None


_POO = words(r"poo\w*|poop\w*|stools?|bowels?|bottom|bum|back passage")
_A_CHILDS = words(r"(?:my|our|his|her) (?:son|daughter|kid|child|toddler|baby|little one)s?")


# A faint itself, or the skin of blood lost. Not a near-faint or dizziness on standing, which
# beside black stools are for today's call.
_BLOOD_LOST_SHOWS = words(OUT_COLD, r"clammy|white as a sheet")


def sickle_crisis(m: Message) -> Level | None:
    """A sickle cell crisis that home painkillers don't touch: the haematology team today."""
    if m.mentioned(SICKLE) and m.has(PAINKILLERS_FAILING):
        return Level.SAME_DAY
    return None


def joint_out(m: Message) -> Level | None:
    return Level.SAME_DAY if m.has(JOINT_STILL_OUT) else None


def after_long_race(m: Message) -> Level | None:
    """Too much water in a long race: swelling, headache, sickness; worse with confusion."""
    event = m.mentioned(LONG_EVENT) or m.mentioned(DRANK_ON_END)
    if not (event and m.mentioned(DRANK_LOTS)):
        return None
    if m.has(SODIUM_ALARM):
        return Level.EMERGENCY
    return Level.SAME_DAY if m.has(SODIUM_SIGNS) else None


def swollen_and_dry_after_race(m: Message) -> Level | None:
    """Puffy and hardly passing urine in the days after a long race: the kidneys, or too much
    water, checked today (NHS: passing little urine with swelling needs advice the same day)."""
    if m.mentioned(LONG_EVENT) and m.has(SWOLLEN) and m.has(LITTLE_URINE):
        return Level.SAME_DAY
    return None


def dehydrated(m: Message) -> Level | None:
    """A stomach upset, hardly drinking, and dark or little urine: advice today."""
    little_out = m.has(DARK_URINE) or m.has(LITTLE_FLUID_OUT)
    # NHS (diarrhoea and vomiting): signs of dehydration, such as dizziness on standing or
    # passing little urine, while unable to drink enough, are a call to 111.
    dizzy = m.has(words(r"dizz\w*|giddi\w*|giddy|light ?headed"))
    if m.has(RUNS_OR_SICK) and m.has(BARELY_DRINKING) and (little_out or dizzy):
        return Level.SAME_DAY
    # Two of those signs together, whatever is going in: dizzy on standing and little or dark
    # urine while the bug goes on.
    if m.has(RUNS_OR_SICK) and little_out and dizzy:
        return Level.SAME_DAY
    # NHS (diarrhoea and vomiting): being sick and unable to keep fluids down is for 111 or an
    # urgent GP appointment; with a fever beside it, the more so.
    if m.has(RUNS_OR_SICK) and m.has(KEEPS_NOTHING_DOWN):
        return Level.SAME_DAY
    # NHS (diarrhoea and vomiting): a child being sick with signs of dehydration, such as peeing
    # less, is for 111 or an urgent GP appointment, drinking or not.
    if m.has(RUNS_OR_SICK) and little_out and m.mentioned(_A_CHILD):
        return Level.SAME_DAY
    # NHS (high temperature in children): a child with a fever who is drinking much less than
    # usual is for an urgent GP appointment or 111.
    if m.has(FEVER) and m.has(BARELY_DRINKING) and m.mentioned(_A_CHILD):
        return Level.SAME_DAY
    # NHS (dehydration): a child peeing little who is drowsy or listless needs 111 or an urgent
    # GP appointment, whatever dried them out.
    if little_out and m.has(_LISTLESS) and m.mentioned(_A_CHILD):
        return Level.SAME_DAY
    # No urine through a night or since the morning, where something dries people out (a weight
    # cut, heat, too little to drink, a stomach bug) or in an older person, who may not feel
    # thirst: NHS Direct Wales lists peeing little among dehydration's signs, and Royal Devon's
    # page sends an older relative with signs of it to 111.
    drying = (
        m.mentioned(_DRIES_OUT)
        or m.mentioned(HOT_SPELL)
        or m.has(BARELY_DRINKING)
        or m.has(RUNS_OR_SICK)
        or m.mentioned(_OLDER_PERSON)
    )
    if m.has(_NO_URINE_FOR_HOURS) and drying:
        return Level.SAME_DAY
    # An older person hardly drinking and dizzy on getting up: signs of drying out in someone who
    # may not feel thirst, whom Royal Devon's page sends to 111.
    older = m.mentioned(_OLDER_PERSON)
    if older and m.has(BARELY_DRINKING) and m.has(words(r"dizz\w*|giddy|light ?headed")):
        return Level.SAME_DAY
    return None


_NO_URINE_FOR_HOURS = words(
    r"(?:not|hasnt|havent|hadnt|didnt|no|barely|hardly) (?:\w+ )?(?:peed|weed|pee|wee|had a "
    r"(?:wee|pee)|been for a (?:wee|pee)|passed (?:any )?urine|urinated)(?: at all)? "
    r"(?:since (?:this morning|last night|yesterday|breakfast|lunch|we got up)|all (?:day|night|"
    r"morning)|last night|overnight|in (?:\d+|eight|nine|ten|twelve) hours)",
)
_DRIES_OUT = words(
    r"(?:water|weight) ?cut\w*|cutting (?:water|weight)|making weight|weigh ?in|sauna suit|"
    r"dehydrat\w*|sweat\w* (?:buckets|loads|a lot|pints)|no water|ran out of water",
)
_OLDER_PERSON = words(
    r"(?:mum|mother|dad|father|nan|gran|granny|grandma|grandad|grandpa|grandfather|grandmother|"
    r"aunt|uncle|neighbour|husband|wife)s? (?:is )?(?:[7-9]\d|1[01]\d)",
    r"(?:[7-9]\d|1[01]\d) (?:year old|yo|years old)|in (?:his|her|their) (?:seventies|eighties|"
    r"nineties)|elderly|care home",
)


_LISTLESS = words(r"lethargic|listless|floppy|drowsy|(?:so|really|very) sleepy|no energy at all")


_A_CHILD = words(
    r"kids?|child(?:ren)?|toddlers?|baby|babys|sons?|daughters?|little ones?|\d+ ?(?:yo|year old)"
)


def dysreflexia(m: Message) -> Level | None:
    spinal = m.mentioned(SPINAL_INJURY) or m.mentioned(words(r"dysreflexia"))
    if not (spinal and m.has(DYSREFLEXIA)):
        return None
    return Level.SAME_DAY if m.has(SETTLED) else Level.EMERGENCY


_PERCENT = re.compile(r"\b([6-9]\d)(?: ?%| per ?cent| percent)")
# A reading given without its % sign, a few words after what measured it ("sats after the walk
# 91"), never a pulse given beside it ("sats 97 hr 88").
_SATS_NUMBER = re.compile(
    r"(?:\b(?:spo2|sp02|sats|saturations?|oxygen(?: levels?| reading| sats)?|"
    r"o2(?: sats?| levels?)?|oximeter|finger (?:clip|probe))"
    r"(?: (?!hr\b|pulse\b|heart\b|bpm\b|rate\b)[a-z]+){0,3}"
    # ...and what it then read: "tightened it and it reads 98 now", "back to 95 sitting".
    r"|(?<!hr)(?<!pulse)(?<!rate) (?:reads?|reading|back (?:up )?to|down to|dropped to|went to)) "
    r"([6-9]\d)\b(?! ?(?:bpm|beats|kg|min|mins|minutes|seconds|secs))"
)
_DEVICE_WORDS = ("spo2", "sp02", "sats", "saturation", "oxygen", "o2", "oximeter", "finger")
_PULSE_WORDS = frozenset(("hr", "pulse", "heart", "rate", "bpm", "heartrate"))


def _sats_without_percent(text: str) -> list[int]:
    """The oximeter's numbers told without a % sign, in order, never one of the few words after
    a pulse ("sats 98, HR went back to 85")."""
    readings = []
    for match in _SATS_NUMBER.finditer(text):
        before = text[: match.start(1)].split()[-4:]
        if match.group(0).lstrip().startswith(_DEVICE_WORDS) or _PULSE_WORDS.isdisjoint(before):
            readings.append(int(match.group(1)))
    return readings


# "Sats 93, which is my normal with COPD": a reading the member knows as their own.
_OWN_BASELINE = words(
    r"(?:my|his|her) (?:usual|normal|baseline)|(?:usual|normal) for (?:me|him|her)|copd|emphysema"
)


def low_oxygen(m: Message) -> Level | None:
    """A pulse oximeter's reading: the lowest percentage said beside one."""
    if not m.mentioned(OXIMETER):
        return None
    readings = [int(n) for n in _PERCENT.findall(m.in_figures.lower())]
    if not readings and not m.mentioned(_OWN_BASELINE):
        # Given without the % sign: the numbers read off the device, in the order told.
        readings = _sats_without_percent(m.whole)
    if not readings:
        return None
    if m.mentioned(RETAKEN):
        # The last reading told, with or without its % sign: "82% on the watch, the finger
        # clip said 98". The bare numbers are all of them only when there are more of them.
        bare = _sats_without_percent(m.whole)
        readings = (bare if len(bare) > len(readings) else readings)[-1:]
    if min(readings) <= 92:
        return Level.EMERGENCY
    return Level.SAME_DAY if min(readings) <= 94 else None


def pressure_sore(m: Message) -> Level | None:
    if not m.has(PRESSURE_SORE):
        return None
    return Level.SAME_DAY if m.has(SORE_OPEN) else Level.SEE_GP


def after_birth(m: Message) -> Level | None:
    """Bleeding that gets heavier again after a birth: today; with faintness or soaking a pad
    an hour, 999."""
    if not (m.mentioned(AFTER_BIRTH) and m.has(BLEEDING_AGAIN)):
        return None
    return Level.EMERGENCY if m.has(BLEEDING_ALARM) else Level.SAME_DAY


def after_treatment(m: Message) -> Level | None:
    """Something lingering or growing since an operation, a stay in hospital, chemotherapy or a
    birth: the GP or the team should see it, not a training plan."""
    if m.mentioned(AFTER_TREATMENT) and m.has(LINGERING):
        return Level.SEE_GP
    return None


def limb_cold_after_a_catheter(m: Message) -> Level | None:
    """A catheter put in through the groin or wrist in the last few days (an angiogram, an
    angioplasty, a stent), and now that leg or arm cold, cooler than the other, blue, numb or
    tingling: the artery it went through may be blocked (Northern Care Alliance NHS, after a
    coronary angiogram: coldness, blueness or numbness in that arm or leg, dial 999)."""
    if not m.has(_CATHETER_LATELY) or not m.has(_LIMB_GONE_COLD):
        return None
    return Level.EMERGENCY


# A heart or artery catheter, not a bladder's: "cardiac catheter", never "catheter" alone.
_CATHETER_LATELY = words(
    r"(?:angiogram|angiography|angioplasty|stent\w*|(?:cardiac|heart) cath\w*|cath lab|ablation)"
    r"(?: \w+){0,6} (?:yesterday|today|this morning|last night|(?:a |one |two |three |\d )days? "
    r"ago|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))",
    r"(?:yesterday|today|this morning|(?:a |one |two |three |\d )days? ago)(?: \w+){0,4} "
    r"(?:angiogram|angiography|angioplasty|stent\w*|(?:cardiac|heart) cath\w*|ablation)",
)
_LIMB_GONE_COLD = words(
    r"(?:leg|foot|arm|hand)(?: \w+){0,6} (?:cold|colder|cooler|icy|blue|bluish|numb|tingl\w*|"
    r"pins and needles|gone white|pale)",
    r"(?:cold|colder|cooler|blue|numb|tingly|pale) (?:\w+ ){0,2}(?:leg|foot|arm|hand)",
)


def statin_aches(m: Message) -> Level | None:
    """Muscle aches on a statin: a GP. With dark urine beside them, muscle breaking down
    (rhabdomyolysis, which can harm the kidneys): today."""
    if not (m.mentioned(STATIN) and m.has(MUSCLE_ACHE)):
        return None
    return Level.SAME_DAY if m.has(DARK_URINE) else Level.SEE_GP


def high_ck(m: Message) -> Level | None:
    return Level.SEE_GP if m.has(HIGH_CK) else None


def little_urine_despite_drinking(m: Message) -> Level | None:
    """Hardly passing urine while drinking plenty: the kidneys may be struggling, so today."""
    little = _little_urine(m)
    # Urine still dark a day on, however much is drunk: not the dehydration that water fixes.
    dark_still = m.has(DARK_URINE) and m.has(words(r"still|despite|even though"))
    return Level.SAME_DAY if (little or dark_still) and m.mentioned(DRINKING_PLENTY) else None


def little_urine_and_swelling(m: Message) -> Level | None:
    """Passing much less urine and newly swollen legs: the kidneys may be failing (NHS acute
    kidney injury leaflets), so advice today."""
    swollen = m.near(LEG, SWOLLEN, 8) or m.near(_FACE_OR_HANDS, SWOLLEN, 6)
    return Level.SAME_DAY if _little_urine(m) and swollen else None


# A face, eyelids or hands gone puffy: fluid the kidneys are not clearing, as with the legs.
_FACE_OR_HANDS = words(r"face|eyelids?|eyes|hands")


def _little_urine(m: Message) -> bool:
    return m.has(LITTLE_URINE) or m.has(LITTLE_FLUID_OUT)


def cannot_bear_weight(m: Message) -> Level | None:
    return Level.SAME_DAY if m.mentioned(INJURY) and m.has(NO_WEIGHT) else None


def hip_broken_in_a_fall(m: Message) -> Level | None:
    """NHS trust page on hip fractures: after a fall, a leg turned outwards or shorter on the
    hurt side, or a hip that can't take weight, may be a broken hip: 999 for an ambulance."""
    fallen = m.mentioned(_A_FALL) or m.mentioned(_THROWN_OFF)
    if not fallen or m.mentioned(_OLD_BREAK) or m.mentioned(_SINCE_A_HIP_OPERATION):
        return None
    # A leg shorter for years is how it has healed, not what today's fall did.
    shorter_now = m.has(_LEG_SHORTER) and not m.near(_LEG_SHORTER, _FOR_YEARS, 10)
    if m.has(_LEG_TURNED_OUT) or shorter_now:
        return Level.EMERGENCY
    return Level.EMERGENCY if m.near(_HIP, NO_WEIGHT, 8) or m.near(_HIP, _CANT_GET_UP, 8) else None


# A fall, not a knee or a foot "turned out" in a squat cue after "I hit a PB".
_A_FALL = words(
    r"fell(?! asleep)|fall(?! asleep| behind| for| apart)|fallen(?! asleep)",
    r"falling (?:down|over|off)",
    r"tripped|slipped|took a tumble|went flying|knocked (?:her|him|me) (?:down|over)|hit by a "
    r"(?:car|van|bike|cyclist)",
)
_HIP = words(r"hips?|groin|top of (?:my|his|her|the) (?:leg|thigh)")
# Only outwards, or "turned out" with no verdict after it: not "the leg turned out fine".
_LEG_TURNED_OUT = words(
    r"(?:leg|foot)(?: \w+){0,4} (?:turned|turning|rolled|rolling|flopped|flopping|twisted|lying) "
    r"(?:out ?wards?|out to the side|out sideways|out(?! (?:to|fine|ok|okay|alright|all right|"
    r"well|great|nothing|not|be|of|for|in|with|that)\b))",
)
_LEG_SHORTER = words(
    r"(?:leg|one leg|that leg|the other leg)(?: \w+){0,3} (?:looks? |is |looking |seems? |now |"
    r"gone )?(?:a bit |slightly |much |noticeably )?shorter",
)
_CANT_GET_UP = words(
    r"(?:cant|cannot|couldnt|unable to) (?:get up|stand up|stand|get off the floor)"
)
_SINCE_A_HIP_OPERATION = words(
    r"(?:since|after) (?:my|his|her|the) (?:new )?hip (?:op|operation|replacement|surgery)"
)
_FOR_YEARS = words(r"ever since|for years|always been|since birth|since i was")


def out_of_shape_after_injury(m: Message) -> Level | None:
    """NHS (broken arm or wrist; broken leg): a limb that is an odd shape after a fall or a blow
    is taken as broken until it is checked, at A&E now; a bone through the skin is a bad break,
    for an ambulance."""
    hurt = m.mentioned(INJURY) or m.mentioned(_THROWN_OFF) or m.mentioned(_PUNCHED)
    if not hurt or m.mentioned(_OLD_BREAK):
        return None
    if m.has(_BONE_THROUGH_SKIN):
        return Level.EMERGENCY
    return Level.SAME_DAY if m.has(_OUT_OF_SHAPE) else None


# A blow given, not taken: "a punch on the bag", "punched the wall".
_PUNCHED = words(r"punch\w*")
# A shape left by a break that has healed: "a funny shape from an old break".
_OLD_BREAK = words(r"(?:an |the )?old (?:break|fracture|injury)|healed (?:like that|crooked|wonky)")
# Thrown from something, not "came off the pill".
_THROWN_OFF = words(
    r"(?:came|come|thrown|flew|fell) off (?:my|the|his|her|their|a) (?:\w+ )?(?:bike|horse|pony|"
    r"board|skateboard|scooter|motorbike|ladder|wall|trampoline|swing|beam|bars|stage|roof)"
)
_BONE_THROUGH_SKIN = words(
    r"bone (?:is |was )?(?:sticking|poking|coming|pushing|stuck) (?:out|through)",
    # Not "went to see my bone specialist".
    r"(?:see|seen|saw|can see) (?:the |his |her |my )?bone(?! (?:density|doctor|specialist|scan|"
    r"clinic|health|man|person))",
)
# Not a knee or an elbow "bent", as joints are in every exercise cue: only the long bones, or
# any limb bent the wrong way or at an odd angle.
_OUT_OF_SHAPE = words(
    r"(?:wrist|forearm|arm|shin|leg|collarbone|finger|ankle|elbow|knee|hand|foot)s?(?: \w+){0,4} "
    r"(?:(?:looks? |looking |is |was )?(?:a |an )?(?:funny|odd|weird|strange|unnatural|wrong) "
    r"(?:shape|angle)|at (?:an|a funny|an odd|a weird|a strange) angle|(?:pointing|facing|bent) "
    r"(?:the wrong way|backwards|sideways)|deformed|misshapen|out of shape)",
    r"(?:wrist|forearm|arm|shin|leg|collarbone)s? (?:is|was|looks?|looking|gone|went|now)"
    r"(?: \w+){0,3} (?:bent|crooked|wonky)",
    r"(?:bent looking|crooked|wonky|deformed|misshapen) (?:wrist|forearm|arm|shin|leg|collarbone)",
    # "My wrist, it's swollen and looks bent": the look told after the swelling.
    r"(?:wrist|forearm|arm|shin|leg|collarbone)s?(?: \w+){0,5} (?:looks?|looking) (?:\w+ ){0,2}"
    r"(?:bent|crooked|wonky)",
    # A knuckle gone from the fist after a punch: the hand bone behind it broken.
    r"knuckles?(?: \w+){0,3} (?:sunk|sunken|dropped|flattened|gone flat|pushed in|caved in|"
    r"missing)",
)


def told_to_be_seen_today(m: Message) -> Level | None:
    """A clinician has already said today: the bot must not suggest waiting."""
    return Level.SAME_DAY if m.has(TOLD_TODAY) else None


def high_potassium(m: Message) -> Level | None:
    """A potassium result of 6.0 or more (UK Kidney Association and NHS primary-care pathways:
    an urgent repeat the same day; 6.5 or more, hospital now), read from the member's own words.
    """
    values = [float(value) for value in _POTASSIUM.findall(m.whole)]
    if any(value >= 6.5 for value in values):
        return Level.EMERGENCY
    # NHS (spironolactone): muscle weakness with an uneven heartbeat on it can be a high
    # potassium: a doctor or 111 straight away.
    weak = m.has(words(r"weak\w*|heavy and weak|floppy|wiped out|washed out"))
    # IRREGULAR holds "thumps" too.
    if m.mentioned(_RAISES_POTASSIUM) and weak and m.has(IRREGULAR):
        return Level.SAME_DAY
    return Level.SAME_DAY if any(value >= 6.0 for value in values) else None


_RAISES_POTASSIUM = words(
    r"spiro\w*|eplerenone|potassium (?:tablets?|supplements?)|sando ?k",
    # A dialysis session missed lets potassium build up until the next one.
    r"(?:ha?emo)?dialysis(?: \w+){0,3} missed|missed (?:\w+ ){0,2}(?:dialysis|(?:ha?emo)?dialysis "
    r"session)|(?:ha?emo)?dialysis(?: \w+){0,6} missed (?:\w+ ){0,2}session",
)


# Named, not "k": "10 k at 6.5 pace" is a run.
_POTASSIUM = re.compile(r"\bpotassium(?: \w+){0,3} ([5-9]\.\d)\b")


def pulsing_lump(m: Message) -> Level | None:
    """A lump that pulses and grows where a line or stent went in (NHS after angiography: a
    swelling at the site that grows is for the team at once) or anywhere else: seen today."""
    return Level.SAME_DAY if m.has(_PULSING_LUMP) else None


_PULSING_LUMP = words(
    r"(?:lump|swelling|bulge)(?: \w+){0,6} (?:that )?(?:pulses|pulsing|pulsates|pulsating|beats)",
    r"(?:pulsing|pulsating|throbbing) (?:lump|swelling|bulge)(?: \w+){0,6} (?:bigger|growing|"
    r"grows)",
    # "A swelling there that's getting bigger and throbs in time with my pulse".
    r"(?:lump|swelling|bulge)(?: \w+){0,12} (?:throbs|throbbing|pulses|pulsing|beats|beating) "
    r"(?:in time )?with (?:my |his |her |the )?(?:pulse|heart ?beat|heart)",
)


def tendon_or_knee_injury(m: Message) -> Level | None:
    """A snapped Achilles (a pop, "like being kicked", can't go up on tiptoe) or a knee that
    ballooned within hours and won't straighten (NHS: urgent treatment centre or A&E today)."""
    achilles = m.has(_POP_OR_KICKED) and m.has(_NO_TIPTOE)
    knee = m.mentioned(words(r"knee")) and m.has(_SWELLED_FAST) and m.has(_KNEE_STUCK)
    return Level.SAME_DAY if achilles or knee else None


_POP_OR_KICKED = words(
    r"(?:heard|felt) (?:a |it )?(?:pop|snap|crack)",
    r"(?:like|as if) (?:someone|somebody|something) (?:had )?(?:kicked|hit|shot|whacked) (?:me|it|"
    r"my)",
)
_NO_TIPTOE = words(
    r"(?:cant|cannot|can not|couldnt|unable to) (?:stand|go up|get up|rise|push up) on (?:my )?"
    r"(?:tip ?toes?|toes|tiptoe)"
)
_SWELLED_FAST = words(
    r"(?:ballooned|blew up|swelled up|puffed up|went huge)(?: \w+){0,2} (?:within|in) (?:an|the|a "
    r"few|\d+|two) (?:hour|hours|minutes)",
)
_KNEE_STUCK = words(
    r"(?:cant|cannot|can not|couldnt|unable to) (?:straighten|bend|fully straighten|put weight on)"
)


def on_methotrexate(m: Message) -> Level | None:
    """Methotrexate with mouth ulcers, a sore throat, a fever or bruising it can't explain (the
    medicine's patient leaflet and the NHS: tell the doctor straight away, as it can lower the
    blood count)."""
    # A fever on methotrexate is the sepsis rule's (FEVER_RISK), which answers the same.
    return _today_on(m, _METHOTREXATE, _METHOTREXATE_WARNINGS)


def _today_on(m: Message, medicine: re.Pattern[str], warnings: re.Pattern[str]) -> Level | None:
    """Today, when a medicine is named and one of its own warning signs is told live."""
    return Level.SAME_DAY if m.mentioned(medicine) and m.has(warnings) else None


_METHOTREXATE = words(r"methotrexate")
_METHOTREXATE_WARNINGS = words(
    r"mouth ulcers?|ulcers? in (?:my|the) mouth|sore throat|bruis\w*|bleeding gums|nose ?bleeds?",
)


def on_clozapine(m: Message) -> Level | None:
    """Clozapine with a sore throat, a cold, flu-like aches or any other sign of infection (an NHS
    clozapine clinic: contact the clinic or the community nurse at once, for an extra blood test,
    as it can lower the white cells), or with days of hard constipation (its gut slows): today.
    A fever on it is also the sepsis rule's, which answers the same."""
    return _today_on(m, _CLOZAPINE, _CLOZAPINE_WARNINGS)


_CLOZAPINE = words(r"clozapine|clozaril|zaponex|denzapine|cloz")
_CLOZAPINE_WARNINGS = words(
    r"(?:sore|scratchy|raw|painful) throat|throat (?:is |feels )?(?:sore|raw|scratchy)|"
    r"mouth ulcers?|flu ?like|"
    r"(?:a|the) flu(?! jab| vaccine| shot)|"
    r"(?:a|got a|have a|caught a|with a) cold\b(?! (?:plunge|shower|bath|water|day|morning|night|"
    r"swim|dip|drink|one|snap))|infection|fever\w*|shiver\w*|chills",
    # A temperature that is up, not "temperature normal".
    r"(?:high|a|got a|running a|have a|has a) temp(?:erature)?\b|temp(?:erature)? (?:of |is |was )?"
    r"(?:3[89]|4[01])",
    r"(?:not|havent|hasnt|couldnt|cant|cannot|no) (?:\w+ ){0,2}(?:pooed|pooped|been to the toilet|"
    r"had a poo|gone for a poo|opened (?:my|his|her) bowels)(?: \w+){0,3} (?:for|in) (?:\d+|a few|"
    r"few|two|three|four|five|several) days",
    r"(?:badly|really|very|so|severely) constipated|constipated (?:for|since) (?:\d+|a few|few|two|"
    r"three|four|five|several) days",
)


def on_lithium(m: Message) -> Level | None:
    """Lithium with the signs of too much of it in the blood (NHS Greater Glasgow and Clyde: a
    coarse tremor, twitching, diarrhoea or being sick, weakness, an unsteady walk or falls, blurred
    sight, drowsiness, muddled speech or thinking), or with a day of vomiting or diarrhoea, which
    can raise the level: the prescriber or a doctor today. Slurred speech or confusion are also
    the stroke rule's, which answers with 999."""
    return _today_on(m, _LITHIUM, _LITHIUM_WARNINGS)


_LITHIUM = words(r"lithium|priadel|camcolit|liskonum|li ?liquid")
_LITHIUM_WARNINGS = words(
    r"(?:coarse|bad|worse|worsening|heavier|big|strong)(?: \w+){0,2} "
    r"(?:tremor|shak\w*|trembl\w*)",
    r"(?:tremor|shak\w*|trembl\w*)(?: \w+){0,3} "
    r"(?:worse|bigger|heavier|stronger|than usual|more than)",
    r"twitch\w*|jerk\w*",
    r"diarrh\w*|vomit\w*|being sick|been sick|throwing up|threw up",
    r"unsteady|wobbly on (?:my|his|her) feet|(?:keep|kept|keeps) (?:falling|stumbling)|staggering",
    r"blurr\w* (?:vision|sight)|(?:vision|sight) (?:\w+ )?blurr\w*",
    r"(?:very|really|so|extremely) (?:drowsy|sleepy)|cant stay awake",
)


def losing_salts(m: Message) -> Level | None:
    """Purging, laxatives, water pills or near-starving (to make weight, or with an eating
    disorder) with muscle weakness, cramps, twitching, a skipping heart or faintness: the signs of
    low potassium and other salts, which the NHS and eating-disorder services ask to be checked
    with a blood test the same day."""
    # Water tablets taken as prescribed (for blood pressure or heart failure) are a GP's question;
    # taken to make weight, they are this.
    salts = m.mentioned(_SALT_LOSS) or (m.mentioned(_WATER_PILLS) and m.mentioned(_MAKING_WEIGHT))
    return Level.SAME_DAY if salts and m.has(_LOW_POTASSIUM_SIGNS) else None


_SALT_LOSS = words(
    # Starving too: "on 500 calories a day for three weeks".
    r"(?:[1-7]\d\d|eight hundred) (?:calories|kcal|cals) (?:a|per) day|barely eating|not eating",
    r"purg\w*|laxatives?|making myself sick|"
    r"(?:been )?(?:sick|vomiting|throwing up) (?:for|all) (?:\d+|two|three|several) days",
)
_WATER_PILLS = words(
    r"water (?:pills?|tablets?)|diuretics?|spiro|spironolactone|furosemide|lasix|"
    r"(?:hydrochloro)?thiazides?"
)
# Weight made for a weigh-in or a physique show: the water and salt cut before it.
_MAKING_WEIGHT = words(
    r"make weight|making weight|cut(?:ting)? weight|weigh ?ins?|drop(?:ping)? water|water cut",
    # Not "cutting down on salt", which heart and blood pressure clinics advise.
    r"peak week|cutting (?:out )?(?:sodium|water)|dry(?:ing)? out",
    # "To get the last bit of water out", "show day", "stage prep".
    r"(?:get|getting|drop|dropping|shed|shedding) (?:the )?(?:last )?(?:bit of )?(?:the )?water "
    r"(?:out|off)|(?:show|stage|comp) (?:day|prep)",
)
_LOW_POTASSIUM_SIGNS = words(
    r"weak\w*|cramp\w*|twitch\w*|palpitations?|heart (?:\w+ ){0,2}(?:skips?|skipping|flutter\w*|"
    r"stopped|thud\w*|stutter\w*)|dizzy|light ?headed|off balance|(?:can|could) barely stand|shaky",
    # "Legs gone like jelly", "big thumps then pauses".
    r"(?:legs?|arms?)(?: \w+){0,2} like jelly|thumps? then (?:a )?pauses?",
)


def cauda_equina(m: Message) -> Level | None:
    """Numbness between the legs or around the bottom, with a bladder that won't work or with back
    pain (NHS, cauda equina syndrome: go to A&E straight away)."""
    if m.has(_SADDLE_NUMB) and (m.has(_BLADDER_TROUBLE) or m.mentioned(_BACK_TROUBLE)):
        return Level.EMERGENCY
    return None


_SADDLE_NUMB = words(
    r"numb\w*(?: \w+){0,3} (?:between (?:my|his|her) legs|around (?:my|his|her) (?:bottom|bum|"
    r"genitals|privates|groin|back passage)|down there|in (?:my|his|her) (?:groin|bum|bottom))",
    r"saddle (?:numbness|area|anaesthesia|anesthesia)",
    r"(?:cant|cannot|can not) feel (?:\w+ ){0,2}(?:when i wipe|down there|my bum|my bottom)",
)
_BLADDER_TROUBLE = words(
    r"(?:cant|cannot|can not|couldnt|unable to|trouble|struggling to) (?:pee|wee|urinate|empty "
    r"my bladder)",
    r"(?:lost|losing|no) control of (?:my )?(?:bladder|bowels?)|wet myself|incontinen\w*",
)
_BACK_TROUBLE = words(r"back (?:pain|ache|hurts|went|gone)|sciatica|slipped disc|disc|lifting")


def snake_bite(m: Message) -> Level | None:
    """Bitten by a snake, whatever kind (NHS 111 Wales, snake bites: call 999 or go to A&E at
    once, and keep the bitten part still)."""
    return Level.EMERGENCY if m.has(_SNAKE_BITE) else None


_SNAKES = r"(?:snake|adder|viper|rattler|rattlesnake|copperhead|cottonmouth|taipan|cobra|mamba)"
# Not "a pint of snakebite": the bite is told as done to someone, or as on a part of the body.
_SNAKE_BITE = words(
    rf"(?:bitten|bit|got bit|nipped) (?:\w+ ){{0,3}}by (?:a |an |the |some )?(?:\w+ )?{_SNAKES}",
    rf"{_SNAKES} (?:just )?(?:bit|bitten|got|has bitten) (?:me|him|her|them|us|my|his|our)",
    rf"{_SNAKES} ?bite (?:on|to) (?:my|his|her|their|the|our)",
)


def animal_bite(m: Message) -> Level | None:
    """A bite from an animal or a person that broke the skin: seen today, before any infection
    shows (nidirect, animal and human bites). Abroad, or a bat, a bite or scratch may carry
    rabies, whose vaccine must start within a day or two (NHS fitfortravel, animal bites)."""
    if not m.has(_BITTEN) or m.mentioned(_SNAKE_BITE):
        return None
    rabies_risk = m.mentioned(_RABIES_RISK)
    # Infected already: red, hot or swollen round it, or spreading (NHS cellulitis: today).
    infected = m.has(_BITE_INFECTED)
    return Level.SAME_DAY if m.has(_SKIN_BROKEN) or rabies_risk or infected else None


_BITERS = (
    r"(?:dog|dogs|sheepdog|collie|terrier|spaniel|labrador|puppy|pup|cat|kitten|monkey|macaque|bat|fox|horse|pony|rat|ferret|hamster|"
    r"rabbit|squirrel|raccoon|goat|pig|camel|donkey|stray|animal|person|kid|child|toddler|"
    r"someone|opponent|he|she)"
)
_BITTEN = words(
    rf"(?:bitten|bit|nipped|got bit|got nipped) (?:\w+ ){{0,4}}by (?:a |an |the |my |our |his "
    rf"|her |some |their )?(?:\w+ ){{0,2}}{_BITERS}",
    rf"{_BITERS} (?:\w+ )?(?:bit|bitten|nipped|has bitten|sank (?:its|his|her) teeth into) "
    r"(?:me|him|her|them|us|my|his|her|our)",
    r"(?:dog|cat|monkey|bat|fox|animal|human) bite",
    # The animal placed first: "a street dog in the square bit my hand".
    r"(?:dog|dogs|cat|cats|monkey|macaque|bat|fox|stray|animal)(?: \w+){1,3} (?:bit|has bitten|"
    r"nipped) (?:me|him|her|them|us|my|his|our)",
    # A person's teeth told as the thing: "a patient's teeth caught my hand", or a knuckle split
    # on someone's teeth in a fight.
    r"(?:teeth|tooth) (?:caught|went into|sank into|broke|cut|grazed|got) (?:my|his|her|their)",
    r"(?:caught|cut|split|opened) (?:my|his|her) (?:knuckles?|hand|fist) on (?:\w+ ){0,2}"
    r"(?:teeth|tooth)",
    # An animal that "had a go at" a hand or "went for" someone: never said of a person here,
    # whose "had a go at me" is a telling-off.
    r"(?:dog|dogs|cat|cats|kitten|puppy|pup|horse|pony|ferret|hamster|rabbit|fox|rat|monkey|"
    r"parrot|goose) (?:\w+ )?(?:had a go at|went for|got hold of) (?:me|him|her|them|my|his|our)",
)
_SKIN_BROKEN = words(
    r"(?:broke|broken|breaking|punctured|pierced|went through|split|tore|torn) (?:\w+ ){0,2}"
    r"(?:the )?skin",
    r"skin (?:is |was )?(?:broken|punctured|torn|open)",
    r"puncture (?:wounds?|marks?|holes?)|teeth (?:went in|marks? (?:are |were )?bleeding)",
    # The teeth's holes seen: "red round the little holes".
    r"(?:little |tiny |two |four )?(?:holes|tooth marks|teeth marks|fang marks)",
    r"(?:drew|draw|drawn) blood|(?:is|was|it|its|keeps?|still) bleed\w*|deep (?:bite|wound|cut)",
)
_BITE_INFECTED = words(r"red|redness|hot|swollen|swelled|swelling|pus|creeping|spreading")
# Rabies: an animal bite or scratch abroad, or any bat (NHS fitfortravel; UKHSA).
_RABIES_RISK = words(
    r"bat|rabies|abroad|on holiday|overseas|stray",
    r"(?:in|at|on) (?:\w+ ){0,2}(?:thailand|bali|india|vietnam|cambodia|indonesia|nepal|morocco|"
    r"turkey|egypt|kenya|mexico|peru|brazil|sri lanka|the philippines|laos|africa|asia)",
)


def icd_shock(m: Message) -> Level | None:
    """A shock from an implanted defibrillator (Liverpool Heart and Chest Hospital NHS, ICD shock
    plan): one shock and feeling well, the device clinic the same day; two or more, or one with
    feeling unwell after it, A&E."""
    # "Had my ICD put in for HCM... until half an hour ago when it shocked me".
    # Dated by "half an hour ago" in a sentence that also tells when the device went in.
    told_as_it = m.mentioned(_AN_ICD) and m.mentioned(_IT_SHOCKED)
    lately = m.mentioned(_JUST_NOW)
    if not (m.has(_ICD_SHOCKED) or ((m.mentioned(_ICD_SHOCKED) or told_as_it) and lately)):
        return None
    repeated = m.has(_SHOCKS_REPEATED)
    unwell = m.has(_UNWELL_AFTER_SHOCK)
    return Level.EMERGENCY if repeated or unwell else Level.SAME_DAY


_ICD = r"(?:icd|s ?icd|defib\w*|device|box)"
_ICD_SHOCKED = words(
    rf"{_ICD}(?: \w+){{0,3}} (?:shocked|zapped|fired|went off|discharged|gave me a (?:shock|jolt)|"
    r"delivered a shock|kicked in)",
    rf"(?:shocked|zapped|jolted) by (?:my |the |his |her )?{_ICD}",
    rf"(?:a |one |first )?shock from (?:my |the |his |her )?{_ICD}",
)
_AN_ICD = words(r"icd|s ?icd|defibrillator")
_IT_SHOCKED = words(r"(?:it|its|it has) (?:just )?(?:shocked|zapped|fired|went off|discharged)")
_JUST_NOW = words(
    r"(?:\d+|a few|few|ten|twenty|half an|an) (?:minutes?|mins?|hours?) ago|just now|today|"
    r"this (?:morning|afternoon|evening)|tonight"
)
_SHOCKS_REPEATED = words(
    r"(?:twice|again|three times|several times|(?:two|three|four|\d) (?:shocks|times))",
    r"(?:another|second|more) shocks?",
)
_UNWELL_AFTER_SHOCK = words(
    r"chest pain|(?:feel|feeling|felt) (?:\w+ )?(?:unwell|awful|faint|dizzy|rough|terrible|ill)",
    r"breathless|short of breath|blacked out|passed out|fainted|collaps\w*",
)


def lung_flare(m: Message) -> Level | None:
    """A long-term lung condition flaring with a fever or changed phlegm: Asthma + Lung UK
    (bronchiectasis flare-ups) says a fever and a change in the phlegm's colour are a flare's
    signs, to be treated quickly; advice today, before antibiotics are late."""
    if not m.mentioned(_LUNG_CONDITION):
        return None
    flaring = m.has(FEVER) or m.has(_FLARE)
    return Level.SAME_DAY if flaring and m.has(_PHLEGM_CHANGED) else None


_LUNG_CONDITION = words(r"bronchiectasis|copd|emphysema|cystic fibrosis|chronic bronchitis")
_FLARE = words(r"flare\w*|exacerbation|infective|chest infection")
_PHLEGM_CHANGED = words(
    r"(?:phlegm|sputum|mucus|spit)(?: \w+){0,3} (?:darker|green\w*|yellow\w*|brown\w*|thicker|"
    r"changed|smelly|foul)",
    r"(?:green|yellow|brown|dark|darker|thick|smelly) (?:phlegm|sputum|mucus)",
    r"(?:more|loads more|lots more) (?:phlegm|sputum|mucus)",
)


def priapism(m: Message) -> Level | None:
    """An erection that has not gone down for four hours or more, or hurts and won't go down
    after an erection tablet: NHS haemoglobinopathy services call four hours an emergency, for
    A&E, as the trapped blood starts to damage the penis."""
    if not m.has(_ERECTION_STUCK):
        return None
    hours = [int(n) for n in re.findall(r"\b(\d{1,2}) ?(?:hours|hrs|h)\b", m.whole)]
    long_enough = any(n >= 4 for n in hours) or m.has(_HOURS_IN_WORDS)
    return Level.EMERGENCY if long_enough or m.has(_PAINFUL) else None


_ERECTION_STUCK = words(
    r"(?:erection|boner|hard ?on|stiffy)(?: \w+){0,3} (?:wont|will not|isnt|not|hasnt|still "
    r"hasnt|doesnt) (?:go|going|gone|went) (?:down|away)",
    r"(?:erection|boner|hard ?on)(?: \w+){0,3} (?:for|lasting|lasted|that has lasted) "
    r"(?:\d+|four|five|six|several|a few) (?:hours|hrs)",
    r"priapism",
)
_PAINFUL = words(r"painful|agony|hurts?")
_HOURS_IN_WORDS = words(r"(?:four|five|six|seven|eight|several|a few|many) hours|all (?:night|day)")


def testicle_pain(m: Message) -> Level | None:
    """Sudden, severe pain in a testicle: it may be twisted (torsion), which can lose the testicle
    within hours; NHS trusts' advice is hospital straight away, A&E or 999. Pain that came and
    went can be a twist that undid itself, and may come back: checked today."""
    # After a knock too: a testicle sitting higher than the other, or pain there with vomiting.
    knocked = m.mentioned(_TESTICLES) and (
        m.has(_RIDING_HIGH) or (m.has(VOMITING) and m.has(_HURTS))
    )
    if not (m.has(_SUDDEN_TESTICLE_PAIN) or knocked):
        return None
    return Level.SAME_DAY if m.has(_PASSED) else Level.EMERGENCY


_PASSED = words(r"gone now|went away|eased off|settled|fine now|back to normal|passed")
# "Nut" only with its side: a nut is food too.
_TESTICLE = r"(?:testicles?|testes|testis|balls?|nuts|(?:left|right|one) nut|bollocks?|scrotum)"
_TESTICLES = words(_TESTICLE)
_HURTS = words(r"pain\w*|hurts?|agony")
_RIDING_HIGH = words(
    r"(?:one side|one of them|one|it|testicle|ball)(?: \w+){0,4} (?:sitting|sits|riding|pulled|"
    r"gone) (?:higher|high|up)"
)
_SUDDEN_TESTICLE_PAIN = words(
    # "Sudden pain in one of my balls": "of" too.
    rf"(?:sudden|suddenly|agonising|agonizing|excruciating|severe|terrible|unbearable|awful|"
    rf"horrendous|horrific|horrible)"
    rf"(?: \w+){{0,3}} (?:pain|agony|ache)(?: \w+){{0,2}} (?:in|to) (?:one |of |his |my |the |a "
    rf"|left |right )*{_TESTICLE}",
    rf"{_TESTICLE}(?: \w+){{0,3}} (?:suddenly|all of a sudden) (?:\w+ )?(?:hurt\w*|agony|"
    rf"killing|swoll\w*|painful)",
    r"testicular torsion|twisted (?:testicle|ball)",
)


def testicle_lump(m: Message) -> Level | None:
    """NHS (lumps and swellings in the testicles): most are not serious, but a lump or swelling
    in a testicle should always be checked by a GP; the few that are cancer are treated best
    early. Sudden pain there is `testicle_pain`'s."""
    return Level.SEE_GP if m.has(_TESTICLE_LUMP) else None


_TESTICLE_LUMP = words(
    rf"(?:lump|swelling|bump|nodule)(?: \w+){{0,2}} (?:on|in) (?:one |of |my |his |the |a |left "
    rf"|right )*{_TESTICLE}",
    rf"{_TESTICLE}(?: \w+){{0,2}} (?:has|have|has got|has grown|grew) (?:a |an )?(?:\w+ ){{0,2}}"
    r"(?:lump|swelling|bump)",
)


def lump_that_stays(m: Message) -> Level | None:
    """NHS (lumps): most lumps are harmless, but one that gets bigger, or a swelling on the side
    of the neck, in an armpit or on a breast that has not gone down in two weeks, is for a GP to
    look at. A groin lump that comes and goes is `hernia`'s; one in a testicle is
    `testicle_lump`'s."""
    growing = m.has(_LUMP_GROWING)
    stays = m.near(_LUMP, _GLAND_PLACE, 6) and (m.has(_WEEKS_OF_IT) or m.has(WEEKS))
    return Level.SEE_GP if growing or stays else None


_LUMP = words(r"lumps?|swelling|swollen gland|swollen glands|nodule|bump")
_GLAND_PLACE = words(
    r"neck|throat|armpits?|under (?:my |his |her |the )?(?:arm|jaw|chin)|breasts?|collarbone"
)
_WEEKS_OF_IT = words(
    r"(?:been there|had it|there|noticed it|since)(?: \w+){0,3} (?:a month|months|a few weeks|"
    r"(?:2|3|4|5|6|two|three|four|five|six|several|couple of) weeks|a fortnight)",
    r"(?:for|over) (?:about |around |nearly |over )?(?:a month|months|a few weeks|(?:2|3|4|5|6|"
    r"two|three|four|five|six|several|couple of) weeks|a fortnight)",
)
# "The lump is getting bigger": a lump still growing, anywhere.
_LUMP_GROWING = words(
    r"(?:lump|nodule|bump)(?: \w+){0,4} (?:getting|gotten|got|grown|growing|grew) (?:a bit |a lot "
    r"|much )?(?:bigger|larger)",
    r"(?:lump|nodule|bump)(?: \w+){0,3} (?:is |has been |keeps )?growing",
)


def hives_that_keep_coming_back(m: Message) -> Level | None:
    """NHS (hives): hives usually settle by themselves within days; see a GP if they keep coming
    back (something may be setting them off: exercise can), or have not improved after 2 days.
    With a tight throat, swelling or a faint beside them, `allergic_reaction` calls 999."""
    if not m.has(HIVES):
        return None
    return Level.SEE_GP if m.mentioned(RECURRING) or m.mentioned(_AGAIN_OR_DAYS) else None


# Beyond `RECURRING`'s weeks and "every time": "again", "every gym session", "for 4 days".
_AGAIN_OR_DAYS = words(
    r"again|every (?:\w+ )?(?:run|session|workout|class|game|match|week|day)|most (?:runs|sessions|"
    r"days|weeks)",
    r"(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time",
    r"(?:for|over) (?:the )?(?:last |past )?(?:\w+ )?(?:days|week|month)",
    r"since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week|the weekend)",
)


def hernia(m: Message) -> Level | None:
    """A lump in the groin or at the belly button that comes out on lifting, coughing or
    straining and goes back on lying down or with a push is most likely a hernia: see a GP
    (NHS, inguinal hernia). A hernia that has gone firm or tender, won't go back, or comes with
    sudden severe pain or being sick may have trapped bowel and cut off its blood supply: A&E
    (NHS Scotland's referral guidance), read as today's like the head-injury rule's A&E."""
    named = m.has(_HERNIA)
    # Or in the next sentence: "the bulge in my groin again - pops out when I pull".
    lump = m.near_or_next(_BULGE_THERE, _COMES_AND_GOES, 14)
    if not (named or lump):
        return None
    if m.has(_HERNIA_STUCK) or m.has(VOMITING):
        return Level.SAME_DAY
    return Level.SEE_GP if lump else None


_HERNIA = words(r"hernias?")
_BULGE_THERE = words(
    # "Groan" as a phone hears "groin": only after a lump in one, where no groan is meant.
    r"(?:lump|bulge|bump|swelling|ball)(?: \w+){0,4} (?:in|near|by|at|on|above) (?:my |his |her |"
    r"the )?(?:(?:left|right|lower) )?(?:groin|groan|belly button|tummy button|navel|"
    r"lower (?:belly|tummy|abdomen)|crease (?:of|at) (?:my |the )?(?:thigh|leg))",
    r"(?:groin|belly button|navel)(?: \w+){0,2} (?:lump|bulge|bump|swelling)",
    r"(?:belly button|tummy button|navel)(?: \w+){0,3} (?:sticking|sticks|poking|pokes|popping|"
    r"pops|bulging|bulges) out",
)
_COMES_AND_GOES = words(
    r"pops? (?:out|up|back)|popping (?:out|up)|pokes? out|poking out|comes? out|sticks? out|"
    r"sticking out|(?:when|if) (?:i|he|she) (?:do|does|am doing) (?:\w+ )?(?:crunches|sit ?ups|"
    r"planks?)|"
    r"(?:goes|go|went|slips?|pops?) back|disappears?|(?:goes|went) away when",
    r"push(?:es|ed)? (?:it )?back|(?:when|if) (?:i|he|she) (?:cough|lift|strain|deadlift|squat|"
    r"stand|sneeze|laugh|push|brace)\w*",
)
# Stuck out, firm or sore now: what NHS Scotland's guidance sends to A&E.
_HERNIA_STUCK = words(
    r"(?:cant|cannot|couldnt|wont|will not|wouldnt|doesnt|does not|not) (?:\w+ ){0,2}(?:go|push|"
    r"pop|get it|going) back",
    r"(?:takes?|taking|took) (?:\w+ )?(?:longer|ages|a while|forever) to (?:push|go|pop|get) "
    r"(?:it )?back",
    r"(?:gone|going|gotten|got|turned|become|becoming|now) (?:\w+ )?(?:hard|firm|tender|sore|"
    r"painful|red|purple|dark)",
    r"(?:is|its|it is|feels|felt) (?:\w+ ){0,2}(?:tender|sore|painful|firm)",
    r"(?:harder|hard|difficult|tricky) to (?:push|get|pop) (?:it )?back",
    r"stuck (?:out|there)|(?:sudden|severe|agonising|agonizing) (?:\w+ )?pain",
)


def frostbite(m: Message) -> Level | None:
    """Frostbite (NHS, frostbite: it is treated in hospital; go to A&E when skin exposed to
    the cold goes hard and white, blue or blotchy, swells or blisters): skin that stayed white
    and hard or numb after the cold, or blistered once thawed. Not "frostnip", which passes."""
    # Named, of a part of the body: not "got frostbite in minecraft".
    named = m.has(_FROSTBITE_NAMED) and m.mentioned(_FROSTBITE_PART)
    if named or (m.mentioned(_IN_THE_COLD) and m.has(_FROZEN_SKIN)):
        return Level.SAME_DAY
    # Told the day after, thawed: "went white and numb on the climb, now blistered and dark".
    went_white = m.has(_WENT_WHITE) and m.mentioned(_FROSTBITE_PART)
    if m.mentioned(_IN_THE_COLD) and went_white and m.has(_THAWED_BADLY):
        return Level.SAME_DAY
    return None


_FROSTBITE_NAMED = words(r"frost ?bit\w*|frost ?bite")
_WENT_WHITE = words(r"(?:went|gone|turned|were|was) (?:\w+ ){0,2}(?:white|waxy|grey|gray)")
_THAWED_BADLY = words(
    r"now (?:\w+ )?(?:blistered|blistering|going dark|gone dark|dark|black\w*|purple)",
    # "They've warmed up but now blisters are coming up".
    r"now (?:\w+ )?blisters? (?:are |is )?(?:coming up|forming|appearing|on)",
)
_IN_THE_COLD = words(
    r"cold|winter|snow\w*|ice|icy|freez\w*|frozen|frost\w*|chairlift|sub ?zero|minus \d+|"
    r"blizzard|climb\w*|mountain|thaw\w*|glaciers?|ski(?:s|ing|er|ers)?"
)
_EXPOSED = (
    r"(?:fingers?|finger ?tips?|fingertips?|tips of (?:\w+ ){0,2}fingers|toes?|ears?|nose|"
    r"cheeks?)"
)
_FROSTBITE_PART = words(rf"{_EXPOSED}|feet|foot|hands?|skin|face")
_FROZEN_SKIN = words(
    # Stayed pale and hard or numb: "one fingertip has stayed white and numb for 3 hours".
    rf"{_EXPOSED}(?: \w+){{0,3}} (?:stayed|still|went|gone|turned|are|is|look) (?:white|grey|gray|"
    rf"waxy|blue|blotchy) and (?:hard|solid|numb|waxy)(?: \w+){{0,3}} (?:for|since|hours|now|"
    rf"and|its|it is|starting)",
    rf"{_EXPOSED}(?: \w+){{0,3}} (?:went|gone|turned) (?:white|grey|waxy) and (?:hard|solid)",
    # Blistered once thawed; not toes, which boots and socks blister too.
    r"(?:fingers?|finger ?tips?|fingertips?|tips of (?:\w+ ){0,2}fingers|ears?|nose|cheeks?)"
    r"(?: \w+){0,6} (?:blistered|blistering|blisters)",
)


def carbon_monoxide(m: Message) -> Level | None:
    """Headaches, dizziness or sickness that come beside a fuel-burning heater, boiler or stove
    and ease away from it, or with a carbon monoxide alarm (NHS, carbon monoxide poisoning:
    get into fresh air and get medical advice; A&E for high exposure)."""
    burner = m.mentioned(_FUEL_BURNER)
    signs = m.has(_CO_SIGNS)
    # NHS: others in the home, pets too, ill the same way is a sign of it.
    together = m.mentioned(_HOUSEHOLD_ILL)
    if burner and signs and (m.has(_BETTER_AWAY) or m.mentioned(_CO_NAMED) or together):
        return Level.SAME_DAY
    return None


_FUEL_BURNER = words(
    # "The gas fire's been on" reads "gas fires".
    r"gas (?:heater|fire|stove|boiler|cooker)s?|paraffin heater|patio heater|(?:calor|propane|"
    r"butane|kerosene) (?:gas |heater)?|generator|(?:wood|log) ?burner|boiler|(?:bbq|barbecue) "
    r"(?:indoors|inside|in the tent)|carbon monoxide|co (?:alarm|detector)"
)
_CO_NAMED = words(r"carbon monoxide|co (?:alarm|detector)")
_HOUSEHOLD_ILL = words(
    r"(?:all|both|the rest) of us|every ?(?:one|body) (?:in the (?:house|flat|home|family)|here)|"
    r"(?:whole|entire) (?:family|household|house)",
    r"(?:the |our )?(?:dog|dogs|cat|cats|pets?)(?: \w+){0,2} (?:is |are |s )?(?:\w+ )?(?:sleepy|"
    r"drowsy|unwell|sick|poorly|lethargic)",
)
_CO_SIGNS = words(
    r"headaches?|head (?:is )?(?:pounding|thumping|banging)|dizz\w*|light ?headed|(?:feel\w*|"
    r"felt) sick|nause\w*"
)
_BETTER_AWAY = words(
    r"(?:better|fine|clears|lifts|goes away|eases) (?:\w+ ){0,2}(?:when|once|after|as soon as) "
    r"(?:i |we |he |she )?(?:go|get|step|went|got|leave|left|am) (?:\w+ )?(?:out|outside|away)",
    r"(?:better|fine|clears|goes away|eases) (?:\w+ )?(?:outside|in the fresh air|away from)",
    r"fresh air (?:helps|makes it better|sorts it)",
)


def toxic_shock(m: Message) -> Level | None:
    """A tampon or menstrual cup in, with a high temperature and a rash like sunburn, sickness,
    dizziness or fainting (NHS, toxic shock syndrome: call 999 or go to A&E, and take the tampon
    out)."""
    if m.mentioned(_TAMPON) and m.has(FEVER) and m.has(_TOXIC_SHOCK_SIGNS):
        return Level.EMERGENCY
    return None


_TAMPON = words(r"tampons?|menstrual cup|moon ?cup|period cup|diva ?cup|contraceptive sponge")
_TOXIC_SHOCK_SIGNS = words(
    r"rash|sunburn\w*|vomit\w*|being sick|been sick|throwing up|threw up|dizz\w*|faint\w*|"
    r"confus\w*|diarrh\w*"
)


def dental_abscess(m: Message) -> Level | None:
    """A tooth or gum with the face or jaw swelling and a temperature (NHS, dental abscess: an
    urgent dental appointment or 111; 999 if the swelling makes it hard to breathe, which the
    breathing rules read)."""
    # A temperature told as one, or as feeling hot and shivery.
    feverish = m.has(FEVER) or m.has(_HOT_AND_SHIVERY)
    if m.mentioned(_TOOTH) and m.has(_FACE_SWELLING) and feverish:
        return Level.SAME_DAY
    return None


_TOOTH = words(r"tooths?|teeth|wisdom|gum|gums|molar|dental|dentist|abscess")
_HOT_AND_SHIVERY = words(r"hot and (?:shivery|cold)|shiver\w*|chills|rigors")
_FACE_SWELLING = words(
    # "My cheek's swelled up" reaches here as "cheeks swelled up".
    r"(?:faces?|cheeks?|jaws?|gum|gums|chin|under my eye)(?: \w+){0,3} (?:swell\w*|swollen|puff\w* "
    r"up|ballooned|blown up|up like)",
    r"(?:swollen|swelling|puffy) (?:face|cheek|jaw|gum|gums)",
)


def appendicitis(m: Message) -> Level | None:
    """Tummy pain that began around the belly button and moved to the lower right (NHS,
    appendicitis: an urgent GP appointment or 111; A&E if it gets suddenly worse)."""
    if m.has(_PAIN_MOVED_LOW_RIGHT):
        return Level.SAME_DAY
    # Or pain low on the right that walking or a cough makes worse, as the NHS page describes it,
    # told without where it began.
    if m.has(_TUMMY_PAIN_LOW_RIGHT) and m.has(_WORSE_ON_WALKING_OR_COUGHING):
        return Level.SAME_DAY
    return None


_PAIN_MOVED_LOW_RIGHT = words(
    r"(?:round|around|near|by|in the middle of|at) (?:my |his |her |the )?(?:belly ?button|navel|"
    r"tummy button)(?: \w+){0,6} (?:moved|moving|gone|went|shifted|travelled|settled)(?: \w+){0,2} "
    r"(?:to |into |down to )?(?:the |my |his |her )?(?:bottom|lower) right",
)


_TUMMY_PAIN_LOW_RIGHT = words(
    r"(?:tummy|stomach|belly|abdominal|abdomen|gut) (?:pain|ache|cramps?)(?: \w+){0,2} (?:low "
    r"down |lower |down )?on the (?:bottom |lower )?right",
    r"(?:pain|ache)(?: \w+){0,2} (?:in|on) (?:the |my |his |her )?(?:bottom|lower) right (?:of|"
    r"side of|part of) (?:my |his |her |the )?(?:tummy|stomach|belly|abdomen)",
)
_WORSE_ON_WALKING_OR_COUGHING = words(
    r"worse (?:when|if|as|whenever) (?:i |he |she |you |they )?(?:walk|cough|move|press|jump)\w*"
)


def dehydrated_baby(m: Message) -> Level | None:
    """A baby or toddler with fewer wet nappies, or a baby with a sunken soft spot on the head
    (NHS, dehydration; NICE NG143, a feverish child's amber signs: seen the same day)."""
    if m.mentioned(_A_BABY) and (m.has(_FEW_WET_NAPPIES) or m.has(_SUNKEN_SOFT_SPOT)):
        return Level.SAME_DAY
    return None


_A_BABY = words(
    r"baby|babys|babies|newborn|infant|toddlers?|(?:\d{1,2}|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve) (?:month|mth|week) old|(?:\d{1,2}|six|eight|nine|ten) ?"
    r"(?:months?|mths?)"
)
_FEW_WET_NAPPIES = words(
    r"(?:fewer|less|hardly any|not many|no) wet nappies",
    r"only (?:had )?(?:one|1|two|2|three|3) wet napp(?:y|ies)",
    r"(?:no|not a|not one) wet nappy",
)
_SUNKEN_SOFT_SPOT = words(
    r"(?:soft spot|fontanelle)(?: \w+){0,8} (?:sunken|sunk|dipped|sinking|dips? in)",
    r"sunken (?:soft spot|fontanelle)",
)


def ectopic_pregnancy(m: Message) -> Level | None:
    """Early in a pregnancy, tummy pain low down on one side (NHS, ectopic pregnancy: a GP, the
    early pregnancy unit or 111 straight away); with pain in the tip of a shoulder, a faint, or
    dizziness, it may be bleeding inside: 999 or A&E."""
    if not (m.mentioned(PREGNANT) and m.mentioned(_EARLY_PREGNANCY)) or m.mentioned(AFTER_BIRTH):
        return None
    if not m.has(_PAIN_LOW_ON_ONE_SIDE):
        return None
    inside = m.has(_SHOULDER_TIP) or m.has(FAINTED) or m.has(_DIZZY_OR_PALE)
    return Level.EMERGENCY if inside else Level.SAME_DAY


# The first weeks: "about 7 weeks pregnant", "just found out I'm pregnant".
_EARLY_PREGNANCY = words(
    r"(?:[4-9]|1[0-2]|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:weeks?|wks?)"
    r"(?: pregnant| gone)?",
    r"(?:just )?(?:found out|finding out) (?:im|i am|shes|she is|were|we are) pregnant",
    r"positive (?:pregnancy )?test|early pregnancy|first trimester",
)
_PAIN_LOW_ON_ONE_SIDE = words(
    r"(?:pain|ache|aching|cramp\w*|stabbing|twinge)(?: \w+){0,3} (?:low down )?on (?:one|the "
    r"(?:left|right)|my (?:left|right)) side",
    r"(?:left|right|one) sided (?:tummy |stomach |pelvic |belly )?pain",
    r"(?:pain|ache) low down (?:in (?:my|her|the) )?(?:tummy|stomach|belly)(?: on (?:one|the "
    r"left|the right) side)?",
)
_SHOULDER_TIP = words(r"shoulder ?tip|tip of (?:my|her|the) shoulder")
_DIZZY_OR_PALE = words(r"(?:very |really |so )?(?:dizzy|light ?headed|woozy)|(?:very |really )pale")


def head_injury(m: Message) -> Level | None:
    """A knock to the head followed by a headache that won't go, being sick, drowsiness,
    confusion or dizziness (NHS, head injury and concussion: go to A&E); followed by trouble
    staying awake, a fit, sight gone wrong, fluid or blood from an ear or the nose, or not
    knowing where they are, walking or talking (the same page: call 999)."""
    if not m.mentioned(HEAD_KNOCK):
        return None
    if m.has(_AFTER_A_HEAD_KNOCK_999):
        return Level.EMERGENCY
    # A knock weeks ago with headaches or dizziness that linger, no worse: the same page's
    # GP appointment for symptoms that last more than two weeks.
    lingering = m.mentioned(_KNOCK_WEEKS_AGO) and m.has(_LINGERING_AFTER_A_KNOCK)
    if lingering and not m.has(_WORSE_AFTER_A_KNOCK):
        return Level.SEE_GP
    return Level.SAME_DAY if m.has(_AFTER_A_HEAD_KNOCK) else None


def knock_told_harmless(m: Message) -> bool:
    """A knock to the head with two or more of the NHS's reasons for A&E told as absent ("no
    headache, not sick, didn't black out") and none told as present, not on a blood thinner: the
    rules read nothing, and the bank (which reads "head", "knock" and "brain bleed" as written)
    is not asked to overrule them. NHS (head injury and concussion): most knocks are not serious
    and can be watched at home."""
    on_a_thinner = m.mentioned(ANTICOAGULANT) or m.mentioned(_ANTIPLATELET)
    if not m.mentioned(HEAD_KNOCK) or m.has(_AFTER_A_HEAD_KNOCK) or on_a_thinner:
        return False
    return len({match.group(1) for match in _A_HEAD_SIGN_DENIED.finditer(m.whole)}) >= 2


_A_HEAD_SIGN_DENIED = re.compile(
    r"\b(?:no|not|didnt|did not|never|without|wasnt|isnt) (?:\w+ )?(headache|sick|vomit|confus|"
    r"black|knocked out|drows|dizz|sleepy)"
)
_KNOCK_WEEKS_AGO = words(
    r"(?:\d+|two|three|four|five|six|a few|few|several|a couple of|couple of) (?:weeks?|wks?|"
    r"months?) (?:ago|since|after)|(?:a|one|last) month ago",
)
_LINGERING_AFTER_A_KNOCK = words(r"headaches?|dizz\w*|foggy|groggy|fuzzy headed")
_WORSE_AFTER_A_KNOCK = words(
    r"(?:getting|got|gets|is|are) worse|worse and worse|vomit\w*|being sick|drows\w*|confus\w*"
)
_AFTER_A_HEAD_KNOCK_999 = words(
    r"(?:cant|cannot|can not|struggling to|hard to) (?:stay awake|keep (?:his|her|my|their) eyes "
    r"open)|keeps? (?:nodding|drifting|dropping) off|(?:hard|impossible) to (?:wake|rouse)",
    r"(?:had|having|has had) (?:a )?(?:fit|seizure)|fitting|seizing|convuls\w*",
    r"seeing double|double vision|(?:cant|cannot|can not) see (?:properly|straight|clearly)",
    r"clear (?:fluid|liquid|water)(?: \w+){0,3} (?:from|out of|coming out of) (?:his|her|my|their|"
    r"the|one) (?:nose|ears?)",
    r"(?:blood|bleeding)(?: \w+){0,2} (?:from|out of) (?:his|her|my|their|the|one) ears?",
    r"(?:doesnt|does not|didnt|did not|dont|cant|cannot) know where (?:he|she|i|they) (?:is|was|am|"
    r"are|were)",
    r"(?:doesnt|does not|didnt|did not|cant|cannot) (?:know|remember) (?:what|which) day",
    r"(?:cant|cannot|can not) (?:walk|stand) (?:straight|up)|keeps? falling over",
    r"(?:words|speech) (?:are |is |all )?(?:slurr\w*|jumbled|coming out wrong)|slurring",
    # The same page's trouble understanding or speaking: "now being sick and not making sense".
    r"(?:not|isnt|wasnt|stopped) making (?:any )?sense|talking (?:nonsense|gibberish|rubbish)",
)
_AFTER_A_HEAD_KNOCK = words(
    r"headaches?(?: \w+){0,4} (?:(?:hasnt|not|wont|isnt|doesnt) (?:\w+ )?(?:gone|go|going|"
    r"eas\w*|shift\w*|budg\w*|touch\w*|help\w*|work\w*)|still|getting worse|all day)",
    r"vomit\w*|been sick|being sick|was sick|sick once|threw up|thrown up|throwing up|drowsy|"
    r"sleepy|confus\w*|dizz\w*|cant remember|doesnt remember",
    # "Chucked up twice today".
    r"chuck\w* up|puk\w*|spew\w*",
    # Muddled thinking that has lasted: "still foggy today", "still groggy and dazed".
    r"still (?:\w+ )?(?:foggy|groggy|dazed|fuzzy headed|spaced out|not with it)",
    r"still (?:\w+ ){0,2}(?:a |the )?headaches?",
    r"(?:feels?|feeling|felt) (?:\w+ )?(?:foggy|groggy|dazed|spaced out|not with it)",
    # The room spinning, a headache growing: "headache that is getting a bit worse".
    # Not a spinning class.
    r"(?:room|world|everything|head) (?:is |keeps |was |has been |been )?(?:spins|spinning)|"
    r"unsteady|off balance",
    r"headaches?(?: \w+){0,4} (?:getting|got|gets) (?:a bit |a little |much |even )?worse",
    # Told short: "today headache worse".
    r"headaches? (?:is |now )?worse",
    r"(?:a bit|bit|kinda|kind of|quite|really|very|weirdly|so) (?:foggy|groggy|dazed|fuzzy headed|"
    r"spaced out|spinny)",
    # Or told the day after: "feel a bit foggy today", "groggy since".
    r"(?:foggy|groggy|dazed|fuzzy headed|spaced out|not with it)(?: \w+){0,2} (?:today|this "
    r"morning|since|now)",
)


def floaters_or_flashes(m: Message) -> Level | None:
    """Floaters or flashes of light in the eye that came on suddenly (NHS, floaters and flashes:
    an urgent optician appointment, or A&E or 111 if there is none): the retina may be tearing."""
    return Level.SAME_DAY if m.has(_NEW_FLOATERS_OR_FLASHES) else None


_NEW_FLOATERS_OR_FLASHES = words(
    r"(?:shower|burst|cloud|load|loads|lots|bunch|swarm|rush) of (?:new |black |dark )?floaters",
    r"(?:new|sudden|suddenly|loads of new|lots of new)(?: \w+){0,2} floaters",
    r"floaters(?: \w+){0,4} (?:suddenly|appeared|started|out of nowhere|all of a sudden)",
    # New since a blow, or with a shadow coming over the sight (NHS: a dark curtain or shadow
    # is an A&E sign).
    r"(?:now|since) (?:\w+ ){0,3}(?:got |have |seeing |see )?(?:some )?floaters",
    r"(?:shadow|curtain|veil)(?: \w+){0,4} (?:over|across|at the edge of|in the corner of|coming "
    r"over|in) (?:my|one|his|her|the) (?:left |right )?(?:eye|vision|sight)",
    # Not "hot flashes": flashes seen, in an eye or in the vision.
    r"(?:flash\w*|sparks?|streaks?) of light(?: \w+){0,4} (?:in|at the edge of|in the corner "
    r"of) (?:my|one|his|her|the) (?:left |right )?(?:eye|vision)",
    r"(?:flashes|flashing|flashing lights)(?: \w+){0,3} in (?:my|one|his|her|the) "
    r"(?:left |right )?(?:eye|vision)",
    # "Flashes in the corner of my eye", "a shadow creeping in from one side", "a shower of
    # little black dots and cobwebby floaters".
    r"(?:flash\w*|sparks?)(?: \w+){0,3} (?:in|at) the (?:corner|edge|side) of (?:my|one|his|her|"
    r"the) (?:left |right )?(?:eye|vision)",
    r"(?:shadow|curtain|veil)(?: \w+){0,2} (?:creeping|coming|moving|spreading|closing) (?:in|"
    r"across|over|down)",
    # "A dark shadow in one corner of my right eye".
    r"shadow(?: \w+){0,4} (?:corner|edge|side) of (?:my|one|his|her|the) (?:left |right )?(?:eye|"
    r"vision|sight)",
    r"(?:shower|burst|cloud|swarm|rush) of (?:\w+ ){0,3}(?:dots|specks|cobwebs|floaters)",
)


def unexplained_bleeding(m: Message) -> Level | None:
    """Bruises that came with no knock, beside tiny red spots or bleeding gums or nose (NICE
    NG12: unexplained bruising, bleeding or petechiae need a blood count within 48 hours): ring
    the GP today. Bruising alone that has gone on for weeks: a GP appointment."""
    if not m.has(_UNEXPLAINED_BRUISES):
        return None
    if m.has(_BLEEDING_SIGNS):
        return Level.SAME_DAY
    # Bruising alone, going on for weeks or lately: a GP, who can check a blood count (NICE NG12
    # counts unexplained bruising on its own). Not on an anticoagulant (its own rule reads that),
    # nor bruising a clinician said a medicine would bring.
    lasting = m.has(RECURRING) or m.has(WEEKS)
    explained = m.mentioned(ANTICOAGULANT) or m.mentioned(_WARNED_OF_IT)
    return Level.SEE_GP if lasting and not explained else None


_WARNED_OF_IT = words(
    r"(?:doctor|gp|nurse|pharmacist|consultant|cardiologist)(?: \w+){0,2} (?:explained|warned|"
    r"said it would|told me it would|said to expect)"
)


_UNEXPLAINED_BRUISES = words(
    r"bruis\w*(?: \w+){0,6} (?:with |for )?(?:no |without (?:any |an? )?)(?:injury|knock|reason|"
    r"bump|fall|cause)",
    r"bruis\w*(?: \w+){0,4} (?:out of nowhere|from nowhere|for no reason)",
    r"(?:unexplained|random|mystery) bruis\w*",
    r"bruis\w*(?: \w+){0,8} (?:i|we|he|she|they) (?:cant|cannot|can not) explain",
    # "Bruises up my arms and I genuinely haven't banged anything".
    r"bruis\w*(?: \w+){0,16} (?:havent|have not|hasnt|has not|didnt) (?:\w+ )?(?:banged|knocked|"
    r"bumped|hit|walked into) (?:anything|myself|himself|herself|themselves)",
    # Told by how little it takes: "bruising really easily", "bruises I don't remember getting".
    r"bruis\w* (?:really |very |so |dead |super |way too |far too |too )?eas(?:ily|y)",
    r"bruis\w*(?: \w+){0,4} (?:i|we|he|she) (?:dont|do not|cant|cannot|doesnt) remember "
    r"(?:getting|doing|how)",
    r"bruis\w*(?: \w+){0,3} from (?:nothing|barely|hardly|the slightest)",
    # "Bruising like crazy lately, huge purple marks from barely bumping the bar".
    r"bruis\w* like (?:crazy|mad|nobodys business)",
    r"(?:bruis\w*|marks)(?: \w+){0,8} from (?:barely|hardly|the slightest) (?:\w+ing|touching|a "
    r"knock|a tap)",
)
_BLEEDING_SIGNS = words(
    r"(?:tiny|little|small|pinpoint|pin ?prick) (?:red|purple|dark) (?:spots|dots)|petechiae",
    r"gums? (?:\w+ ){0,2}(?:bled|bleed|bleeds|bleeding)|bleeding gums",
    r"nose ?bleeds?|nose (?:\w+ ){0,2}(?:bled|bleeding|bleeds)",
)


def shingles(m: Message) -> Level | None:
    """NHS (shingles): an urgent GP appointment or 111 for shingles, whose medicine works best
    started within three days of the rash; near an eye it can harm the sight. Named, or told as a
    blistering rash on one side."""
    named = m.has(_SHINGLES) and not m.mentioned(_SHINGLES_BEFORE)
    # Painful, not rubbed: "heat rash with blisters where the strap rubs" is chafing.
    one_sided = (
        m.near(_A_RASH, _BLISTERS, 8)
        and m.has(_ONE_SIDE)
        and m.has(_RASH_HURTS)
        and not m.mentioned(_RUBBED)
    )
    return Level.SAME_DAY if named or one_sided else None


def hot_swollen_joint(m: Message) -> Level | None:
    """NHS (gout): sudden severe pain in a joint with hot, swollen, red skin over it is for a GP
    (a first attack, or one the usual treatment is not helping); with the pain getting worse, a
    very high temperature, or feeling sick and off food, an urgent GP appointment or 111, as the
    joint may be infected. Not after a knock, which the injury rules read, unless the member
    feels unwell with it: a joint, or the lump over one, red and hot with shivers or a fever may
    be infected however it started ("elbow came up in a lump from leaning on it, now red and
    warm and I'm shivery")."""
    unwell = m.has(FEVER) or m.has(_HOT_AND_SHIVERY) or m.has(_OFF_FOOD)
    if unwell and m.near(_A_JOINT, _INFLAMED_JOINT, 16):
        return Level.SAME_DAY
    if not (m.near(_A_JOINT, _INFLAMED_JOINT, 8) and m.has(_SUDDEN_OR_SEVERE)):
        return None
    if m.mentioned(INJURY) or m.mentioned(_KNOCKED):
        return None
    worse = m.has(words(r"(?:getting|got|gets) worse|worse and worse"))
    return Level.SAME_DAY if worse else Level.SEE_GP


_A_JOINT = words(
    r"(?:big )?toe(?: joint)?|ankle|knee|wrist|elbow|knuckle|finger joint|joint",
)
# Two of red, hot, swollen and shiny together: one alone is a knee after a long run.
_INFLAMED_JOINT = words(
    r"(?:red|hot|warm|swollen|shiny|puffed up|inflamed)(?:,| and|,? \w+){0,3} (?:red|hot|warm|"
    r"swollen|shiny|purple|inflamed)",
)
_SUDDEN_OR_SEVERE = words(
    r"overnight|suddenly|out of nowhere|woke (?:me|up)|agon\w*|excruciating|unbearable",
    r"(?:cant|cannot|couldnt) (?:bear|stand) (?:the )?(?:sheet|duvet|covers|bedsheet|anything)",
)
_KNOCKED = words(r"knocked|banged|twisted|rolled|stubbed|sprain\w*|kicked|landed on")
_OFF_FOOD = words(r"(?:cant|cannot|couldnt) eat|off (?:my|his|her) food|(?:feel|feeling) sick")


# Had by someone now, not asked about: "is shingles contagious?" is a question.
_SHINGLES = words(
    r"(?:i|ive|he|she|hes|shes|they|theyve|mum|dad|\w+s) (?:have |has |got |have got |has got |"
    r"(?:\w+ )?(?:think|thinks|reckon|reckons|said|says) (?:i|he|she|its|it is|it s) (?:have |has |"
    r"got |might have |may have |ve got |s got )?|(?:been )?diagnosed with |came down with |"
    r"coming down with )shingles",
    r"shingles (?:rash|blisters|on (?:my|his|her)|round (?:my|his|her)|across|came up|has come up)",
)
# A jab, or shingles long gone with its nerve pain left ("had shingles in 2019").
_SHINGLES_BEFORE = words(
    r"shingles (?:jab|vaccine|vaccination|injection|booster)",
    r"had shingles (?:in|back in|last|years|a few|\d+|once|before|as)",
    r"shingles (?:\w+ ){0,2}(?:years?|months?) ago|(?:after|since) (?:my |the |his |her )?shingles",
    r"post ?herpetic",
)
_RASH_HURTS = words(r"pain\w*|burn\w*|tingl\w*|sting\w*|sore|hurts?|throbb\w*")
_RUBBED = words(r"rub|rubs|rubbed|rubbing|chaf\w*|friction|heat rash|sweat rash|prickly heat")
_A_RASH = words(r"rash|spots")
_BLISTERS = words(r"blister\w*|weeping|crusting|fluid filled")
_ONE_SIDE = words(
    r"(?:on |down |along )?(?:just |only )?(?:the )?(?:one|1) side(?! effects?)|one sided",
    r"(?:left|right) side (?:of|only)|(?:left|right) half|the (?:left|right) of (?:my|his|her|the)",
)


def fever_after_travel(m: Message) -> Level | None:
    """A fever, sweats or shivers after a trip to a place with malaria (NHS: malaria can start up
    to a year after the trip and needs a doctor urgently): seen today."""
    return Level.SAME_DAY if m.has(FEVER) and m.mentioned(_MALARIA_TRIP) else None


# A trip to a region where malaria is common, said as travel ("back from Ghana", "trip to India").
_MALARIA_TRIP = words(
    r"(?:back|home|returned|flew back|got back|came back|trip|travel\w*|holiday|visit\w*|safari|"
    r"been) (?:\w+ ){0,3}(?:from|to|in) (?:\w+ ){0,2}(?:africa|nigeria|ghana|kenya|uganda|"
    r"tanzania|malawi|zambia|mozambique|congo|cameroon|sierra leone|sudan|ethiopia|gambia|senegal|"
    r"india|pakistan|bangladesh|papua|the amazon|the tropics)",
)


def baby_moving_less(m: Message) -> Level | None:
    """NHS (your baby's movements): movements that slow down or stop in pregnancy need the
    midwife or maternity unit straight away, not waiting until the next day."""
    return Level.SAME_DAY if m.mentioned(PREGNANT) and m.has(_FEWER_MOVEMENTS) else None


_FEWER_MOVEMENTS = words(
    r"(?:baby|babys|bub|bubs|he|she|hes|shes|they|theyre)(?: is)? (?:\w+ )?(?:moving|kicking|"
    r"wriggling) (?:much |a lot |way )?less",
    # Not "no bowel movements".
    r"(?:fewer|less|reduced|no|not many|hardly any) (?:(?!bowel)\w+ )?(?:kicks|movements|moves|"
    r"wriggles)",
    r"(?:hasnt|havent|hadnt|not) (?:felt|feeling|noticed) (?:\w+ ){0,2}(?:move|moving|kick|"
    r"kicking)",
    r"(?:baby|he|she)(?: \w+){0,2} (?:hasnt|has not|havent|not) (?:moved|kicked)",
    # "Baby's been much quieter today", "only 2 kicks since lunch"; a change, not "quieter when
    # I'm walking", which is how babies are.
    r"(?:baby|babys|bub|bump)(?: \w+){0,3} (?:much |a lot |really |very |way |so )?(?:quieter|"
    r"stiller|less active|not as active|not as wriggly) (?:\w+ )?(?:today|tonight|since|all day|"
    r"this (?:morning|afternoon|evening)|than (?:usual|normal|yesterday|before))",
    r"(?:only|just|maybe|about) (?:[1-4]|one|two|three|four|a couple of) (?:kicks|movements|moves|"
    r"wriggles) (?:since|all|today|this)",
)


def bleeding_in_pregnancy(m: Message) -> Level | None:
    """Bleeding from the vagina in pregnancy: the maternity unit straight away; an ambulance when
    a lot of blood is lost (a flow, clots) with severe or constant tummy pain or a tummy gone
    hard, or with faintness (NHS Shropshire, Telford and Wrekin, bleeding in pregnancy; the
    placenta coming away brings constant pain). After the birth, the after-birth rule reads it."""
    if not m.mentioned(PREGNANT) or m.mentioned(AFTER_BIRTH):
        return None
    # Blood told without its place ("bright red blood") may be a nosebleed's or the gums', common
    # in pregnancy and read by their own rules; bleeding told from below is read whatever else
    # bleeds beside it.
    elsewhere = m.has(NOSEBLEED) or m.mentioned(_MOUTH_BLEEDS_IN_PREGNANCY)
    # Or told bare beside the bump gone hard or the pain that won't let up ("her bump's rock
    # hard and she's bleeding"): the placenta's bleeding, whatever place is left unsaid.
    bare = m.has(_BLEEDING_BARE) and m.has(_BAD_TUMMY) and not elsewhere
    if not (m.has(_BLEEDING_FROM_BELOW) or (m.has(_BRIGHT_RED_BLOOD) and not elsewhere) or bare):
        return None
    heavy = m.has(_LOSING_A_LOT)
    if heavy and (m.has(_BAD_TUMMY) or m.has(BLEEDING_ALARM)):
        return Level.EMERGENCY
    return Level.SAME_DAY


_BLEEDING_FROM_BELOW = words(
    r"vaginal(?:ly)? bleed\w*|(?:bleed\w*|blood) (?:\w+ ){0,3}(?:from )?(?:down below|down there|"
    r"(?:my |her )?vagina|(?:my |her )?front bottom)",
    r"(?:bleeding|blood)(?: \w+){0,2} (?:when (?:i|she) wipes?|on (?:my|her) pad|in (?:my|her) "
    r"(?:pants|knickers))",
    # Not a spotter at the bench: "she's spotting me".
    r"spotting(?! (?:me|him|her|them|us|for|someone|a|the|my|his)\b)",
)
_BLEEDING_BARE = words(r"(?:im|i am|shes|she is|she s|ive been|shes been) bleeding")
_BRIGHT_RED_BLOOD = words(
    r"(?:a )?gush of (?:bright |fresh )?(?:red|blood)|bright red (?:blood|bleeding)"
)
_MOUTH_BLEEDS_IN_PREGNANCY = words(r"gums?|brushing (?:my |her )?teeth")
_LOSING_A_LOT = words(
    r"a lot|loads|lots|heavy|heavily|pouring|gushing|clots?|soak\w*|running down|flowing"
)
_BAD_TUMMY = words(
    r"(?:tummy|stomach|belly|bump|abdomen|womb)(?: \w+){0,3} (?:rock hard|hard as|really hard|"
    r"gone hard|constant\w*|agony|severe\w*)",
    r"(?:severe|constant|agonising|agonizing|terrible|awful) (?:\w+ )?(?:tummy|stomach|belly|"
    r"abdominal|bump) pain",
)


def headache_after_a_spinal_needle(m: Message) -> Level | None:
    """A headache after an epidural, a spinal anaesthetic or a lumbar puncture that is worse
    sitting or standing and eases lying down: fluid leaking from the needle's hole (NHS hospital
    leaflets on post-dural puncture headache: the anaesthetic team should review it, so the
    midwife or hospital team hears of it today)."""
    if m.mentioned(_SPINAL_NEEDLE) and m.has(_HEADACHE) and m.has(_HEADACHE_BY_POSTURE):
        return Level.SAME_DAY
    return None


_SPINAL_NEEDLE = words(r"epidural|spinal (?:block|anaesthetic|anesthetic|tap)|lumbar puncture")
_HEADACHE = words(r"headach\w*|head (?:is )?(?:pounding|killing|splitting)")
_HEADACHE_BY_POSTURE = words(
    r"(?:when|if|once|as soon as) (?:i )?(?:sit|stand|get up)\w*",
    r"(?:goes|eases|better|gone|settles)(?: \w+){0,3} (?:when|if|once) (?:i )?(?:lie|lay)",
    r"(?:lying|laying) (?:flat|down) (?:helps|eases|fixes)",
)


def heavy_bleeding(m: Message) -> Level | None:
    """A wound bleeding hard wherever it is: a 999 call when pressure is not stopping it, when
    the blood spurts or pumps out (an artery), or with the bleeder going pale or faint
    (Portsmouth's NHS-signposting page: severe bleeding that cannot be stopped, blood coming out
    in spurts; St John: call an ambulance for severe bleeding that won't stop). A leg's with no
    wound named is read first by the bleeding-vein rule; a nose's by its own."""
    if not m.has(BLEEDING_HARD):
        return None
    if m.has(PRESSURE_FAILING) or m.has(SPURTING):
        return Level.EMERGENCY
    # Pale or faint beside a wound or a surgical drain: not someone fainting at the sight of
    # another's nosebleed.
    # On a blood thinner, a knock's bleeding is as much a wound's.
    beside = m.mentioned(A_WOUND) or m.mentioned(_DRAIN) or m.mentioned(ANTICOAGULANT)
    if m.has(_GOING_INTO_SHOCK) and beside:
        return Level.EMERGENCY
    return None


_DRAIN = words(r"drains?")
_GOING_INTO_SHOCK = words(
    r"(?:going|gone|went|turning|turned|looks?|looking) (?:very |really |so |a bit )?(?:pale|grey|"
    r"gray|white)",
    r"faint\w*|dizzy|light ?headed|woozy|floaty|swimmy|spacey|spaced out|shaky and (?:cold|"
    r"clammy|pale|grey)",
    # "Sitting and sweaty, says the room is moving".
    r"(?:room|world)(?: is| s)? (?:moving|spinning|swaying)|sweaty|clammy",
)


def nosebleed(m: Message) -> Level | None:
    """NHS (nosebleed): A&E when one lasts longer than 10 to 15 minutes, when a lot of blood is
    being swallowed, or with feeling weak or dizzy; a GP for nosebleeds that keep coming back."""
    if not m.has(NOSEBLEED):
        return None
    still = m.has(_STILL_BLEEDING)
    minutes = [int(n) for n in _MINUTES.findall(m.whole)]
    long = m.has(_HALF_AN_HOUR) or (bool(minutes) and max(minutes) >= 15)
    if m.has(_SWALLOWING_BLOOD) or (still and (long or m.has(_FAINT_OR_WEAK))):
        return Level.EMERGENCY
    if m.has(_NOSEBLEEDS_RECUR):
        return Level.SEE_GP
    return None


def swelling_after_an_operation(m: Message) -> Level | None:
    """The operated part swelling up fast in the first days, tight, hard or going purple: blood
    collecting under the wound (a haematoma), which the surgical team or NHS 111 should see the
    same day (NHS, after surgery: swelling and bruising that get worse rather than settle)."""
    if not m.mentioned(_DAYS_AFTER_AN_OPERATION):
        return None
    tense = m.has(words(r"tight|firm|hard|tense|purple|black|bruis\w*"))
    return Level.SAME_DAY if m.has(_SWELLING_FAST) and tense else None


_DAYS_AFTER_AN_OPERATION = words(
    r"(?:\d+|one|two|three|four|five|six|a few|a couple of) days? (?:post|after|since) "
    r"(?:my |the |a |her |his )?(?:\w+ ){0,2}(?:surgery|op|operation|procedure)",
    r"(?:surgery|op|operation|procedure|implant|fitting)(?: was| were)? (?:\d+|one|two|three|"
    r"four|five|a few|a couple of) days? ago",
)
_SWELLING_FAST = words(
    r"swollen up|swelled up|swelling up|ballooned|(?:much |a lot |way )more swollen",
    r"(?:swollen|swelling)(?: \w+){0,6} (?:since this morning|overnight|getting bigger|growing|"
    r"by the hour)",
)


def jaundice(m: Message) -> Level | None:
    """NHS (jaundice): skin or the whites of the eyes turning yellow can be a sign of something
    serious and needs urgent medical help: an urgent GP appointment or 111, today. Not a fading
    bruise, a fake tan or a newborn's, which the midwife watches."""
    if m.mentioned(_NOT_JAUNDICE):
        return None
    return Level.SAME_DAY if m.has(_YELLOW_EYES_OR_SKIN) else None


_YELLOW_EYES_OR_SKIN = words(
    r"(?:whites? of (?:my|his|her|their|the) eyes|eyes|skin)(?: \w+){0,3} (?:look |looks |are |is |"
    r"have |has |gone |going |turned |turning |went )+(?:a bit |slightly |quite |very |a little )?"
    r"yellow\w*",
    r"yellow(?:ish|y)? (?:tinge )?(?:to )?(?:my |his |her |the )?(?:skin|eyes|whites of)",
    r"jaundic\w*",
)
# Not a bruise going yellow as it fades, a tan, turmeric, or a newborn's (the midwife's).
_NOT_JAUNDICE = words(
    r"bruis\w*(?: \w+){0,5} yellow\w*|yellow\w*(?: \w+){0,3} bruis\w*",
    r"fake tan|spray tan|tanning|turmeric|newborn|highlighter",
)


def alcohol_withdrawal(m: Message) -> Level | None:
    """NHS (alcohol misuse): stopping suddenly after heavy daily drinking brings withdrawal
    (shaking, sweating, a racing heart, seeing things), which needs medical help to come through
    safely; a fit or delirium tremens (seeing things, confusion) is an emergency."""
    # Or stopped "cold turkey" beside a day's heavy drinking told in another sentence.
    cold_turkey = m.mentioned(words(r"cold turkey")) and m.mentioned(_A_DAYS_DRINK)
    if not (m.mentioned(_STOPPED_DRINKING) or cold_turkey):
        return None
    if m.has(SEIZURE) or m.has(_SEEING_THINGS) or m.has(words(r"confus\w*|delirium|dts")):
        return Level.EMERGENCY
    # Withdrawal comes in the first days, after drinking heavily: not "quit a year ago".
    recent_or_heavy = m.mentioned(_DAYS_SINCE) or m.mentioned(_HEAVY_DRINKING)
    withdrawing = sum(m.has(sign) for sign in _WITHDRAWAL_SIGNS) >= 2
    return Level.SAME_DAY if recent_or_heavy and withdrawing else None


_DAYS_SINCE = words(
    r"(?:\d|a|one|two|three|four|five|a couple of|a few) days? ago",
    r"yesterday|last night|this morning",
    r"since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|yesterday)",
)
_HEAVY_DRINKING = words(
    r"every (?:day|night)|daily|a (?:bottle|litre) (?:of \w+ )?a day|heav(?:y|ily)|for years"
)


# Heavy daily drinking told by the amount: "10 cans a day for 2 years".
_A_DAYS_DRINK = words(
    r"(?:\d+|a|one|two|three|four|five|six|eight|ten|twelve) (?:cans|pints|bottles|units|shots)"
    r"(?: of \w+)? (?:a|per|every) (?:day|night)",
)
_STOPPED_DRINKING = words(
    r"(?:stopped|quit|gave up|given up|cut out|came off|come off) (?:the )?(?:drinking|drink|booze|"
    r"alcohol)(?! (?:water|coffee|tea|fizzy|energy|protein|milk|juice|pop|cola|coke|shakes?)\b)",
    r"cold turkey(?: \w+){0,3} (?:drink\w*|booze|alcohol|vodka|cider|wine|beer)|"
    r"(?:drink\w*|booze|alcohol)(?: \w+){0,3} cold turkey",
    r"detox\w* (?:from|off) (?:the )?(?:drink|booze|alcohol)",
)
_SEEING_THINGS = words(
    r"seeing (?:things|stuff|bugs|insects|spiders|people|shapes)(?: \w+){0,3} (?:that )?"
    r"(?:arent|are not|isnt|is not|werent) (?:there|real)",
    r"hallucinat\w*|seeing things",
)
_WITHDRAWAL_SIGNS = (
    words(r"shak\w*|shaky|tremor\w*|the shakes|trembl\w*"),
    words(r"sweat\w*|clammy"),
    words(r"racing|pounding|heart(?:s| is)? going"),
    words(r"dizzy|light ?headed|sick|vomit\w*|throwing up"),
    words(r"(?:cant|cannot|couldnt) sleep|anxious|panick\w*|on edge"),
)


def dialysis_access_bleeding(m: Message) -> Level | None:
    """Kidney Care UK (controlling bleeds from a fistula or graft): blood from a dialysis
    fistula or graft is under an artery's pressure and can become life-threatening very
    quickly; one that pressing does not stop is a 999 call. One that stopped with pressure, as
    after a session, is not told here."""
    bleeding = m.has(BLEEDING) or m.has(BLEEDING_HARD)
    going_on = m.has(_STILL_BLEEDING) or m.has(PRESSURE_FAILING)
    if m.mentioned(_DIALYSIS_ACCESS) and bleeding and going_on:
        return Level.EMERGENCY
    return None


_DIALYSIS_ACCESS = words(r"fistulas?|(?:av|dialysis|access) graft|dialysis (?:line|access)")
_STILL_BLEEDING = words(
    # "Pressing on it and it keeps pumping".
    r"keeps? (?:pumping|spurting|gushing|pouring)",
    r"still (?:bleeding|pouring|going|gushing|dripping|running|coming|pumping|spurting|oozing)",
    # "A nosebleed for 45 mins now".
    r"(?:for|over) (?:about |nearly |almost )?(?:[2-9]\d|\d{3}) ?(?:min|mins|minutes) now",
    # "...that's been going for 25 minutes even though I've been pinching".
    r"been (?:going|bleeding|pouring|running) (?:for|over|nearly|about|almost|\d+)",
    r"(?:wont|will not|hasnt|has not|isnt|not|cant get it to) stop\w*",
)
_MINUTES = re.compile(r"\b(\d{1,3}) ?(?:min|mins|minutes)\b")
_HALF_AN_HOUR = words(r"(?:half an|an|over an|more than an) hour|(?:fifteen|twenty|thirty) minutes")
_SWALLOWING_BLOOD = words(
    r"swallow\w* (?:so much|loads of|lots of|a lot of|a load of) blood",
    # Running back into the throat: "pouring down the back of my throat".
    r"(?:pouring|running|streaming|going) down (?:the back of )?(?:my|his|her|their|the) throat",
)
_FAINT_OR_WEAK = words(r"faint\w*|dizzy|light ?headed|woozy|weak")
_NOSEBLEEDS_RECUR = words(
    r"nose ?bleeds? (?:\w+ ){0,3}(?:every|most|a) (?:day|week|few days)",
    r"(?:regular|frequent|lots of|loads of|constant|recurring) nose ?bleeds",
    r"nose ?bleeds?(?: \w+){0,4} (?:two|three|four|several|\d) (?:or (?:two|three|four|\d) )?"
    r"(?:times )?a week",
    r"(?:keep|keeps|kept) (?:getting|having) nose ?bleeds",
)


def paracetamol_twice_over(m: Message) -> Level | None:
    """Two medicines that both hold paracetamol (a cold and flu remedy beside paracetamol or
    co-codamol) taken together: the NHS warns this risks an overdose, and more than the day's
    dose is for A&E. Taken that way for days or around the clock, or with the member unwell
    since (sick, pain under the ribs), it is A&E now; otherwise 111 today, to work out what was
    taken."""
    if not (m.mentioned(_PLAIN_PARACETAMOL) and m.mentioned(_COLD_REMEDY)):
        return None
    if not (m.mentioned(_TAKEN_TOGETHER) or m.mentioned(_KEPT_UP)):
        return None
    liver = m.has(VOMITING) or m.has(_SICK_OR_RIB_PAIN)
    return Level.EMERGENCY if m.mentioned(_KEPT_UP) or liver else Level.SAME_DAY


_PLAIN_PARACETAMOL = words(
    r"paracetamol|co ?codamol|cocodamol|co ?dydramol|solpadeine|panadol|calpol|migraleve"
)
_COLD_REMEDY = words(
    r"lemsips?|beechams|night ?nurse|day ?nurse|cold and flu|flu (?:tablets|capsules|sachets|"
    r"remedy|drinks?)|max strength (?:cold|flu)|sinus (?:tablets|relief)"
)
_TAKEN_TOGETHER = words(
    r"on top|as well|alongside|together|at the same time|with (?:the|my|her|his|a) (?:\w+ )?"
    r"(?:lemsip|paracetamol|co ?codamol|cocodamol|beechams|night ?nurse)",
    r"both (?:have|had|contain|contained|got) paracetamol",
)
# Day after day, or dose after dose: more than the day's safe amount between them.
_KEPT_UP = words(
    r"every (?:few|couple of|\d+|two|three|four) hours|(?:four|4|five|5|six|6) times a day",
    r"all (?:week|weekend|day)|for (?:days|a week|the (?:last|past) (?:few )?days)",
    r"(?:round|around) the clock|to keep on top of it",
)
_SICK_OR_RIB_PAIN = words(
    r"(?:feel\w*|felt) (?:really |very |a bit )?sick|nause\w*",
    r"pain (?:under|below|beneath) (?:her|his|my|the) (?:right )?ribs",
    r"yellow (?:eyes|skin)|(?:eyes|skin)(?: \w+){0,2} yellow",
)


def poisoned_by_a_fat_burner(m: Message) -> Level | None:
    """DNP with the body overheating: a fever, drenching sweat, a racing heart (the Food Standards
    Agency and the National Poisons Information Service: the signs of poisoning, which can kill
    even with the best hospital care; help at once). With any drug or none, a body burning up
    with confusion is 999 too (NHS, heatstroke and sepsis)."""
    overheating = m.has(FEVER) or m.has(_OVERHEATING)
    if m.mentioned(_DNP) and (overheating or m.has(_DRENCHED) or m.has(_HEART_RACING)):
        return Level.EMERGENCY
    if m.has(_OVERHEATING) and m.has(_CONFUSED):
        return Level.EMERGENCY
    return None


_DNP = words(r"dnp|dinitrophenol|2 4 dinitrophenol")
# Said of a person: not "the car is overheating".
_OVERHEATING = words(
    r"(?:im|i am|hes|he is|shes|she is|theyre|they are|feels?|felt|feeling|body is|body was) "
    r"(?:absolutely |literally |totally )?(?:burning up|boiling up|roasting from the inside|"
    r"overheating)",
    r"(?:body )?temp(?:erature)? (?:is |has )?(?:sky ?high|through the roof|soaring)",
)
_DRENCHED = words(r"(?:soaked|drenched|dripping|pouring) (?:in|with) sweat|sweating buckets")
_HEART_RACING = words(r"(?:heart|pulse)(?: \w+){0,2} (?:racing|pounding|hammering)|racing heart")
_CONFUSED = words(r"confus\w*|not making sense|talking (?:nonsense|rubbish|gibberish)|muddled")


def too_much_stimulant(m: Message) -> Level | None:
    """Far more of a stimulant than one dose (scoops of pre-workout with pills on top, caffeine
    tablets) and the body showing it: a racing heart, overheating, agitation, twitching,
    confusion (MedlinePlus, caffeine overdose: seek medical help right away). With confusion,
    chest pain, overheating or a fit, 999; with two of the milder signs, today."""
    if not m.has(_TOO_MUCH_STIMULANT):
        return None
    severe = any(m.has(sign) for sign in _STIMULANT_DANGER)
    milder = sum(m.has(sign) for sign in _STIMULANT_STRAIN)
    if severe and milder >= 1:
        return Level.EMERGENCY
    return Level.SAME_DAY if milder >= 2 else None


_STIMULANT = r"(?:pre ?workout|preworkout|caffeine|fat burners?|energy)"
_TOO_MUCH_STIMULANT = words(
    rf"(?:two|three|four|five|double|triple|\d+|extra) (?:\w+ )?(?:scoops?|servings?|doses?|"
    rf"sachets?) (?:of )?(?:\w+ )?{_STIMULANT}",
    rf"{_STIMULANT}(?: \w+){{0,2}} (?:plus|and|with|on top of) (?:some |a few |a couple of |two |"
    r"\d+ )?(?:\w+ )?(?:pills|tablets|caffeine|fat burners?|energy drinks|diet pills)",
    r"(?:caffeine|fat burner|diet|energy|pre ?workout) (?:pills|tablets)",
    rf"(?:took|taken|had|drank|downed|necked) (?:way )?too much {_STIMULANT}",
)
_STIMULANT_DANGER = (
    words(r"confus\w*|halluc\w*|seeing things|not making sense|seizure\w*|fitting"),
    words(r"chest (?:pain|hurts|tight\w*|pressure)"),
    words(
        r"(?:really|very|so|boiling|burning) hot|burning up|overheating|temp(?:erature)? "
        r"(?:is )?(?:high|sky ?high|\d\d)"
    ),
)
_STIMULANT_STRAIN = (
    words(r"(?:heart|pulse)(?: \w+){0,2} (?:racing|pounding|hammering|going mad)|racing heart"),
    words(r"agitat\w*|cant sit still|wired|panick\w*"),
    words(r"twitch\w*|trembl\w*|tremor\w*|shak(?:ing|y)|jitter\w*"),
    words(r"vomit\w*|being sick|threw up|throwing up"),
)


def left_before_results(m: Message) -> Level | None:
    """Left A&E before a repeat test the doctors asked for (a troponin, an ECG): the question
    it was to answer is still open, so today."""
    return Level.SAME_DAY if m.mentioned(_LEFT_BEFORE_RESULTS) else None


_LEFT_BEFORE_RESULTS = words(
    r"self ?discharged|discharged (?:myself|himself|herself)",
    r"(?:left|walked out of) (?:a and e|ae|the hospital|hospital) before (?:the |my |his |her )?"
    r"(?:\w+ )?(?:results?|repeat|second|bloods|test|ecg|troponin)",
)


def leaking_urine(m: Message) -> Level | None:
    """Urine leaking by accident, on jumping, running, lifting, coughing or sneezing (stress
    incontinence), or with a sudden urge: common, and treatable; NHS inform says to speak to the
    GP practice about any of it. Not "nearly wet myself laughing", which is a figure."""
    return Level.SEE_GP if m.has(_LEAKING_URINE) else None


_LEAKING_URINE = words(
    r"(?:leak|leaks|leaking|leaked|dribbl\w*) (?:a (?:bit|little|drop) of |some |a bit |a little )?"
    r"(?:wee|pee|urine)",
    # Not the Scots "a wee leak in my bottle".
    r"(?<!a )(?<!the )(?:wee|pee|urine) (?:leaks?|leaking|leaked|comes out|escapes?)",
    r"(?:wet|wee|pee|peed|weed) (?:myself|herself|themselves) (?:a (?:bit|little) )?(?:when|every "
    r"time|whenever|if|as soon as) (?:i |she |they )?(?:jump|skip|run|cough|sneeze|lift|squat|land|"
    r"do|go)",
    r"stress incontinence|leaky bladder|bladder leaks?",
)


def possible_broken_bone(m: Message) -> Level | None:
    """A fall or a blow to an arm or a leg, with the member asking or fearing that it is broken:
    a minor break and a sprain are hard to tell apart, so it is treated as a break until an
    X-ray says otherwise, at a minor injuries unit or A&E today (NHS 111 Wales, broken arm or
    wrist). Not a break already seen and set, nor one dated back."""
    if not (m.has(_THINKS_IT_BROKEN) and m.mentioned(_LIMB_BONE)):
        return None
    hurt = m.mentioned(INJURY) or m.mentioned(_FELL_OR_CAME_OFF)
    return Level.SAME_DAY if hurt and not m.mentioned(_BREAK_SEEN) else None


_THINKS_IT_BROKEN = words(
    r"(?:could|might|may|would) (?:it |that |this )?be (?:broke|broken|fractured|a fracture|a "
    r"break|cracked)\b",
    r"(?:think|reckon|worried|scared|wonder(?:ing)? if|feels like) (?:i|ive|i have|hes|shes|he has|"
    r"she has|its|it is|it might be|it could be|they|theyve) (?:\w+ )?(?:broken|broke|fractured|"
    r"cracked)\b",
    r"(?:is|if) (?:it|its|my \w+|his \w+|her \w+) (?:is )?(?:broken|broke|fractured)\b",
)
_LIMB_BONE = words(
    r"arms?|forearms?|wrists?|hands?|elbows?|collar ?bone|legs?|shins?|ankles?|foot|feet|"
    r"thumbs?|fingers?"
)
# Beside `INJURY` (which has "landed on", "slipped", "tripped"): how a fall is told.
_FELL_OR_CAME_OFF = words(
    r"(?:fell|fallen|came|come|coming|got thrown|thrown|flew) (?:off|over|down|onto|on to|from)|"
    r"(?:had a|took a|nasty) (?:fall|tumble|spill|crash)|crashed|stacked it|"
    r"landed (?:awkward\w*|badly)",
)
_BREAK_SEEN = words(
    r"(?:x ?ray|xray|cast|plaster|splint|fracture clinic)(?: \w+){0,4} (?:showed|said|was|came "
    r"back|confirmed|on)|in (?:a |my |his |her )?(?:cast|plaster|splint)",
)


def migraine_aura_on_the_pill(m: Message) -> Level | None:
    """Migraine with aura (zigzags, flashing lights or a blind patch before the headache) on the
    combined pill, patch or ring: together they raise the small risk of a stroke, so the
    contraception needs changing with a doctor or clinic (Patient.info, migraine and the
    contraceptive pill). Not once a doctor has already moved the member off it, nor on the
    progestogen-only pill, which doesn't carry the same risk."""
    if not (m.mentioned(_COMBINED_CONTRACEPTION) and m.has(_MIGRAINE_AURA)):
        return None
    return None if m.mentioned(_OFF_THE_COMBINED_PILL) else Level.SEE_GP


_COMBINED_CONTRACEPTION = words(
    r"(?<!mini )(?<!progestogen only )(?<!progesterone only )(?:the |combined |contraceptive |"
    r"my )pill\b|microgynon|rigevidon|yasmin|cilest|contraceptive (?:patch|ring)|nuvaring|evra",
)
_MIGRAINE_AURA = words(
    r"(?:migraines?|headaches?) (?:\w+ ){0,2}(?:with|and) (?:an |the )?aura",
    r"auras?|zig ?zags?|zigzag\w*|flashing lights? (?:\w+ ){0,4}(?:before|then) (?:\w+ ){0,3}"
    r"(?:migraine|headache)",
)
_OFF_THE_COMBINED_PILL = words(
    r"(?:took|taken|switched|moved|changed|put) (?:me|her) (?:off|onto|on to) (?:the )?(?:mini|"
    r"pop|progestogen|progesterone|implant|coil)",
    r"(?:took|taken) (?:me|her) off (?:the |it)",
    r"(?:came|come|coming|stopped|stopping) (?:off )?(?:the )?(?:combined )?pill",
    r"mini ?pill|progestogen only|progesterone only|\bpop\b",
)


def weight_lost_untried(m: Message) -> Level | None:
    return Level.SEE_GP if m.has(WEIGHT_LOST_UNTRIED) else None


def heat_illness(m: Message) -> Level | None:
    body_hot = m.has(HOT_READING) and (m.mentioned(BODY_TEMPERATURE) or not m.mentioned(HOT_PLACE))
    if m.mentioned(HEAT) and (m.has(HEATSTROKE) or body_hot):
        return Level.EMERGENCY
    # Hot, dry skin and muddled thinking after effort is heatstroke whatever the weather.
    dry = m.has(
        words(
            r"(?:stopped|stop|not|isnt|no longer) sweating|skins? (?:\w+ )?dry|dry skin|"
            r"hot (?:as )?(?:to (?:the )?touch|and dry)"
        )
    )
    muddled = m.has(
        words(
            CONFUSED_MIND,
            r"(?:talking|babbling|spouting|speaking) (?:nonsense|rubbish|gibberish)|"
            # "Stumbling like he's drunk": drunk said as what it looks like.
            r"(?:like|as if) (?:hes|shes|he is|she is|theyre|they are|he was|she was|i was|im) "
            r"drunk|"
            r"(?:not|isnt|wasnt) making (?:any |much )?sense|"
            r"(?:cant|cannot|couldnt) think (?:straight|clearly)|acting drunk|"
            r"(?:doesnt|didnt|does not|dont) know where (?:he|she|they|i) (?:is|was|are|am)",
            # Or the day lost: "doesn't know what day it is".
            r"(?:doesnt|didnt|does not|dont) know what day (?:it is|it was)",
            # Or the same question over and over.
            r"(?:keeps?|kept) asking (?:me )?(?:where|what day|who|the same)",
        )
    )
    if dry and muddled:
        return Level.EMERGENCY
    # A body measured at 40 or more and muddled, hot weather named or not ("she's 40.5 and
    # confused after the run"): heatstroke, or an infection's (NHS: 999 for either).
    if m.has(HOT_READING) and m.mentioned(BODY_TEMPERATURE) and muddled:
        return Level.EMERGENCY
    if _not_cooling(m):
        return Level.EMERGENCY
    # NHS: heat exhaustion you are struggling to treat, or feeling better but with a worry, is a
    # call to 111. Still being sick or a headache hours later is that, however cool they got.
    still_unwell = m.has(VOMITING) or m.has(_STILL_UNWELL)
    if m.mentioned(words(r"heat ?(?:exhaustion|stroke)")) and still_unwell:
        return Level.SAME_DAY
    # NHS (heatwave advice): someone unwell through hot weather, weak or dizzy and not drinking,
    # needs 111 the same day; two such signs, so one dizzy moment on a hot run is not it.
    # Not the same every summer ("dizzy and headachey in the heat every time"): a GP's.
    # NHS (heat exhaustion): cooled, drinking and better within 30 minutes needs no more help;
    # told as over ("shade and water sorted it in 20 min, fine all week since"), it is not today's.
    recovered = _well_within_minutes(m)
    if (
        (m.mentioned(HOT_SPELL) or m.mentioned(_HOT_DAY_WORKED))
        and sum(m.has(sign) for sign in _HEAT_STRAIN) >= 2
        and not m.has(_EVERY_HOT_SPELL)
        and not recovered
    ):
        return Level.SAME_DAY
    # NHS (heat exhaustion): after heat or hard work in it, still dizzy, sick, headachy or
    # cramping hours later despite cooling and drinking: 111 today.
    # Barely passing urine after the effort is the drying out itself, hot day or not.
    hot = m.mentioned(HEAT) or m.mentioned(_COOLED_DOWN) or m.has(_EXHAUSTION[5])
    lingering = m.has(
        words(
            r"still|all day|on and off|hours later|(?:ever )?since then|since (?:yesterday\w*|"
            r"last night)|ever since|(?:a few|several|\d+|(?:a )?couple of|two|three|four) hours",
            r"today (?:also|too|again)|also today|since this morning",
            # "Heat exhaustion at this morning's race... tonight, cramps and dark pee".
            r"tonight|this evening",
            # "...barely weed since": nothing passed from then to now.
            r"(?:peed|weed|pee|wee|drunk|drank|eaten)(?: much| anything| at all)? since\b",
            r"(?:not|isnt|no) (?:much |any |getting )?better",
            # "The headache's getting worse", "a bit better but can't shake the headache".
            r"(?:getting|got|gets) worse|(?:cant|cannot|couldnt) shake",
            # Days of it: "a fair few days working in the heat, cramps and dizzy today".
            r"(?:few|several|couple of|\d+|two|three|four|five) days (?:\w+ ){0,3}(?:in|under) the "
            r"(?:heat|sun)",
            # "Cooled off and better now, but my pee's dark": something has stayed.
            r"(?:better|fine|ok|okay)(?: now)? but",
        )
    )
    # Two of its signs, one of them dizziness, a headache or sickness: "still weak and crampy
    # the day after the marathon" is the marathon.
    # Or little or dark urine, which is the drying out itself.
    signs = [m.has(sign) for sign in _EXHAUSTION]
    if hot and lingering and sum(signs) >= 2 and (any(signs[:3]) or signs[5]):
        return Level.SAME_DAY
    return None


def cooled_and_well(m: Message) -> bool:
    """Hot in the sun or a hot room, cooled, and well again within minutes, with nothing said
    to have stayed ("got a bit hot on the run, water in the shade, fine in 10"): NHS (heat
    exhaustion), cooled and better within 30 minutes needs no more help. The rules read nothing
    then, and the bank, which reads "hot" and "sweating" as written, is not asked to overrule
    them. Any sign of heatstroke beside it is still the rules' to read."""
    hot = (
        m.mentioned(HEAT)
        or m.mentioned(HOT_SPELL)
        or m.mentioned(_COOLED_DOWN)
        or m.mentioned(_GOT_HOT)
    )
    return hot and _well_within_minutes(m)


def _well_within_minutes(m: Message) -> bool:
    """Told well again within minutes, with nothing said to have stayed since."""
    return m.mentioned(_BETTER_WITHIN_MINUTES) and not m.mentioned(_SOMETHING_STAYED)


_GOT_HOT = words(
    r"(?:got|felt|was|went) (?:a )?(?:bit |little |really |very |so )?(?:hot|overheated)",
    # The room or the day: "the hall was roasting".
    r"(?:was|is|were) (?:absolutely |so |really )?(?:baking|roasting|boiling|sweltering)",
)
_BETTER_WITHIN_MINUTES = words(
    r"(?:fine|better|ok|okay|back to normal|recovered|right as rain|sorted(?: it| me)?|chirpy "
    r"again|(?:himself|herself|themselves|myself) again)"
    r"(?: \w+){0,2} (?:within|in|after) (?:about |around |like |under )?(?:\d+|ten|fifteen|twenty|"
    r"half an hour|a few|thirty) ?(?:mins?|minutes)?\b",
    # Told by what they are back to: "20 min later he's back kicking a ball about".
    r"(?:\d+|ten|fifteen|twenty|thirty|a few) ?(?:mins?|minutes) later (?:\w+ )?(?:hes|shes|theyre|"
    r"im|he is|she is|i was|he was|she was) (?:back|up and) (?:\w+ing|about|running|playing)",
)
# "Fine within 20 minutes, but I've had a headache since": something stayed.
_SOMETHING_STAYED = words(
    r"but|still|ever since|since then|(?:had|got|felt|been)(?: \w+){0,6} since"
)
_EVERY_HOT_SPELL = words(
    r"every (?:time|summer|year|season|session)|each time|whenever|always|all summer",
    r"every (?:hot|warm) (?:day|spell)",
)
_COOLED_DOWN = words(
    r"cold shower|cool(?:ed|ing)? (?:down|off)|loads of (?:fluids|water)|rehydrat\w*|overheat\w*"
)
_EXHAUSTION = (
    words(r"dizzy|light ?headed|woozy|wobbly|unsteady"),
    words(r"headach\w*|(?:pounding|thumping|banging) head|head (?:is )?(?:pounding|thumping)"),
    words(r"queasy|nause\w*|sick|throw\w* up|vomit\w*"),
    words(r"cramp\w*"),
    words(r"weak|exhausted|wiped out"),
    words(
        r"(?:hardly|barely|not|havent|hasnt|didnt) (?:\w+ )?(?:peed|weed|peeing|weeing)|dark "
        r"(?:pee|wee|urine)",
        r"(?:pee|wee|urine)(?: \w+){0,3} dark\b",
        r"(?:peed|weed|peeing|weeing) (?:barely|hardly) (?:anything|at all|any)",
    ),
    words(r"(?:wont|isnt|not|hardly|barely) (?:\w+ )?(?:drink|drinking)"),
)


# A day's heat worked or walked in: "worked in the garden at 35 degrees".
_HOT_DAY_WORKED = words(
    # Not a body's: "temp at 38 degrees".
    r"(?<!temp )(?<!temp is )(?<!temperature )(?<!temperature is )(?:at|in) (?:3[2-9]|4[0-6]) ?"
    r"(?:degrees|c)\b(?! (?:fever|temp\w*))",
    r"(?:in|out in) the (?:sun|heat) (?:all day|for hours)",
    # "Out all day at the beach camp".
    r"(?:out|outside) all day (?:at|on|in) (?:the |a )?(?:\w+ )?(?:beach|sun|heat|festival|park|"
    r"pitch|fields?)",
)
_HEAT_STRAIN = (
    # NHS (heat exhaustion): tiredness and weakness are among its signs.
    words(
        r"(?:very|so|really|too) weak|weak and|and weak|no (?:energy|strength)",
        r"(?:very|so|really|extremely) tired",
        # Drowsier than usual, as an older person shows it ("more sleepy than usual"). Placed at
        # "sleepy", so a denial three words back stays with what it denies ("not eating and more
        # sleepy").
        r"(?:sleepy|drowsy|sleepier|drowsier) than (?:usual|normal)|"
        r"(?:very|so|really|unusually) (?:sleepy|drowsy)",
    ),
    words(r"dizzy|light ?headed|woozy|faint"),
    words(
        r"(?:barely|hardly|not|nothing) (?:\w+ )?(?:eaten|eating|drunk|drinking|drink)",
        r"off (?:his|her|my|their) food",
        r"(?:drinks|drinking|drank) (?:almost |nearly |next to )?nothing",
        DARK_URINE.pattern,
        r"(?:isnt|not|hardly|barely) (?:\w+ )?(?:peeing|weeing|peed|weed|passing (?:much |any )?"
        r"(?:urine|water))",
        r"only (?:taking |having |managing )?(?:sips|a few sips)",
    ),
    # Heat exhaustion's own signs (NHS: cramps, a headache, feeling or being sick).
    words(r"cramp\w*"),
    words(r"headach\w*|head(?:s| is)? (?:pounding|thumping|banging)"),
    words(r"nause\w*|being sick|been sick|sick (?:twice|again|\d+ times)|throw\w* up|vomit\w*"),
)


# Beside VOMITING: sickness said as going on, and a headache that has stayed.
_STILL_UNWELL = words(
    r"still (?:sick|sicky|queasy|nauseous)|thrown up|sick (?:twice|again|\d+ times)",
    # "Today still a headache and nausea", "still got a headache".
    r"still (?:a |have a |got a |with a |having )?(?:headache|nausea|feeling sick)",
    r"(?:had|got|still have|still got) (?:a |this )?(?:\w+ )?headache(?: \w+){0,4} since",
    # "Recovered after cooling, but I keep feeling hot, shaky and sick today".
    r"(?:keep|keeps|still) feel\w* (?:\w+ ){0,2}(?:hot|shaky|sick|queasy|dizzy|faint|rough|awful)",
    # Named heat exhaustion and still barely passing urine: the drying out has not been made up.
    r"still (?:\w+ )?(?:barely|hardly|not) (?:\w+ )?(?:peeing|weeing|passing (?:much )?(?:urine|"
    r"water))",
    # "Been dizzy and off all day today": a day on, not the hour after.
    r"(?:been|still|keep|keeps) (?:\w+ )?(?:dizzy|light ?headed|woozy)(?: \w+){0,4} (?:all day|"
    r"today|since)",
)


def _not_cooling(m: Message) -> bool:
    """NHS: heat exhaustion that isn't better after 30 minutes of cooling is heatstroke."""
    cooling = m.mentioned(
        words(
            r"cool\w*|shade|cold water|ice|fan|heat exhaustion|ac|air ?con\w*|aircon|cold "
            r"(?:shower|bath|towels?|flannels?)|"
            r"(?:rest\w*|sitting|lying) (?:inside|indoors)"
        )
    )
    still = m.has(
        # "Dizzy for over an hour even after resting in the shade".
        words(r"still|not better|no better|(?:isnt|not) (?:getting )?better|even after")
    ) or m.mentioned(
        words(
            r"(?:not|isnt|hasnt) (?:really )?(?:perk\w* up|pick\w* up|improv\w*|recover\w*)",
            # "Two hours in the cool hasn't made much difference".
            r"(?:hasnt|havent|didnt|did not|has not|not) (?:really )?(?:helped|made "
            r"(?:much |any |a )?(?:difference|dent))",
        )
    )
    half_hour = m.mentioned(words(r"half an hour|an hour|hours")) or any(
        30 <= n <= 240 for n in m.numbers
    )
    # Or "still not right, getting confused"; not shivering, which an ice bath brings on.
    unwell = m.has(
        words(
            r"dizzy|sick|awful|rough|unwell|headach\w*|cramp\w*|faint|vomit\w*|not right|"
            r"out of it|muddled",
            CONFUSED_MIND,
        )
    )
    return cooling and still and half_hour and unwell


def young_baby_fever(m: Message) -> Level | None:
    """A baby under three months with a temperature of 38 or more (NHS Greater Glasgow and
    Clyde, Royal Hospital for Children: a fever at that age is far more often a serious infection,
    A&E or 999), unless it came within two days of the baby's vaccinations."""
    if not (m.mentioned(_UNDER_THREE_MONTHS) and m.has(FEVER)):
        return None
    if m.has(_JABS_LATELY):
        return None
    return Level.EMERGENCY


# "7 weeks old", "our 7 week old", "6-day-old", "newborn"; not "7 weeks into my plan".
_UNDER_THREE_MONTHS = words(
    r"newborn|new born|(?:a|one|\d|1[0-2]|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve) (?:wk|wks|week|weeks) old",
    r"(?:a few|[1-9]|[12]\d|3[01]) days? old|(?:a|one|two|1|2) months? old",
)
# Vaccinations just given: a fever within two days of them is expected.
_JABS_LATELY = words(
    r"(?:jabs?|vaccin\w*|immuni[sz]ations?|injections?)(?: \w+){0,4} (?:yesterday|today|this "
    r"morning|last night|earlier|(?:a day|two days|1 day|2 days) ago)",
    r"(?:yesterday|today|this morning)(?: \w+){0,3} (?:jabs?|vaccin\w*|immuni[sz]ations?)",
    r"after (?:her|his|their|the) (?:\w+ )?(?:jabs?|vaccin\w*|immuni[sz]ations?)",
)


def heat_on_a_medicine(m: Message) -> Level | None:
    """Heat coped with worse, or sweat gone, on a medicine that can change how the body handles
    heat (beta blockers, water tablets, some antidepressants and antipsychotics): a medicines
    review with a pharmacist or GP (West Yorkshire Health and Care Partnership's medicines page).
    Heatstroke's signs are read by the heat rule above, whose level is the higher."""
    return Level.SEE_GP if m.mentioned(_HEAT_MEDICINE) and m.has(_HEAT_TROUBLE) else None


_HEAT_MEDICINE = words(
    r"beta ?blockers?|bisoprolol|atenolol|propranolol|metoprolol|nebivolol",
    r"water (?:tablets|pills)|diuretics?|furosemide|bendroflumethiazide|indapamide|bumetanide",
    r"anti ?depressants?|sertraline|fluoxetine|citalopram|escitalopram|paroxetine|amitriptyline|"
    r"nortriptyline|venlafaxine|mirtazapine",
    r"anti ?psychotics?|quetiapine|olanzapine|risperidone|lithium|oxybutynin",
    # "New tablets for my mood", "since the new meds": a medicine told by when it began.
    r"(?:new|started|starting|since the|since my) (?:\w+ )?(?:tablets|tabs|meds|medication|pills)",
)
_HEAT_TROUBLE = words(
    # Not a machine: "overheated my laptop".
    r"overheat\w*(?! (?:my |the |his |her )?(?:laptop|phone|car|van|engine|pc|computer|console|"
    r"oven|pan|kettle|battery))",
    r"(?:cope|coping|copes|struggle|struggling|struggles|handle|handling|deal) (?:\w+ ){0,3}"
    r"(?:with )?(?:the |this )?(?:heat|hot weather|warm weather)",
    r"(?:cant|cannot|can not) (?:stand|take|handle|cope with) (?:the )?(?:heat|hot weather)",
    r"heat intolerance",
    r"(?:hardly|barely|dont|do not|stopped|not) sweat\w*(?! (?:the small stuff|it)\b)",
    r"sweat\w* (?:much |a lot |way )?less",
)
