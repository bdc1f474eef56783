"""Rules for the legs: DVT and its risk, pulmonary embolism, rhabdomyolysis, compartment
syndrome, limb ischaemia, claudication and a bleeding vein.
"""

from __future__ import annotations

import itertools
import re

from bot.questions.triage.rules.heart import winded_by_a_knock
from bot.questions.triage.signs import Level
from bot.questions.triage.text import CLOT_RULED_OUT, Message, words
from bot.questions.triage.vocabulary.body import (
    CHEST,
    CHEST_WALL,
    DOMS,
    EXERCISE,
    FAINTED,
    LEG,
    LEG_PAIN,
    NEAR_FAINT,
    PAIN,
    RECURRING,
)
from bot.questions.triage.vocabulary.brain import PRESSED_LIMB, PRESSED_NOT_PASSING
from bot.questions.triage.vocabulary.breath import (
    BREATH,
    BREATHING_IN,
    CLOT_ON_THE_LUNG,
    NORMAL_RECOVERY,
    RECENT_ONSET,
    SEVERE_BREATH,
    SLOW_ONSET,
    STILL_MORE_BREATHLESS,
    SUDDEN,
)
from bot.questions.triage.vocabulary.conditions import (
    ANKLES,
    BLEEDING,
    COLD_PALE,
    DARK_URINE,
    FOOD_DYE,
    FRIDGE_COLD,
    HEART_FAILURE,
    INJURY,
    LIMB_LOSS,
    LITTLE_URINE,
    MUSCLE_SEVERE,
    NO_PULSE,
    NOT_HEALING,
    PASSIVE_STRETCH,
    PEE_THEN_ITS_DARK,
    RED_FOOD,
    SEVERE_PAIN,
    SINGLE_LEG,
    SLOW_TO_HEAL,
    SYSTEMIC,
    TIGHT_LIMB,
    VARICOSE,
    WALK_PAIN_REST,
    WALKING,
)
from bot.questions.triage.vocabulary.course import FOR_YEARS, WEEKS, YEARS_OF_IT
from bot.questions.triage.vocabulary.heart import AF, EXERTIONAL_EASE, RACING
from bot.questions.triage.vocabulary.legs import (
    BIGGER_THAN_OTHER,
    BOTH_ANKLES,
    BOTH_SIDES,
    CALF_PAIN_EXTRA,
    CLOT_RISK,
    CLOT_WORDS,
    COUGH_BLOOD,
    CRAMP_PASSED,
    FOR_WEEKS_OR_BY_EVENING,
    FUTURE,
    INFLAMED,
    ONE_SIDE,
    SUSPECTED_CLOT,
    SWOLLEN,
)
from bot.questions.triage.vocabulary.other import (
    BULGING_VEINS,
    CAST,
    DUSKY_TOES,
    VARICOSE_NAMED,
    VOMITING,
)
from bot.questions.triage.vocabulary.situations import (
    A_WOUND,
    ANTICOAGULANT,
    BLEEDING_HARD,
    NOSEBLEED,
    PRESSURE_FAILING,
)


def _risk_before(m: Message) -> bool:
    """A clot risk that has already happened: not "before my flight tomorrow"."""
    for sentence, at in m.spots(CLOT_RISK):
        tokens = m.sentences[sentence].split()
        around = " ".join(tokens[max(0, at - 3) : at + 5])
        # Nor an operation or a journey dated years back ("after the op three years ago"): NICE
        # NG89 counts one in the last 12 weeks or so. A clot before is a risk however long ago.
        after = " ".join(tokens[at : at + 8])
        dated_back = _YEARS_AGO.search(after) and not _A_CLOT_BEFORE.match(after)
        if not FUTURE.search(around) and not dated_back:
            return True
    return False


_A_CLOT_BEFORE = re.compile(r"(?:\w+ ){0,2}(?:dvt|clot|pe\b|embolism|thrombosis)")
_YEARS_AGO = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a few|a couple of) "
    r"years? ago\b|\b(?:a|one) year ago\b|\blast year\b|\bin (?:19|20)\d\d\b"
)


def _calves_differ(m: Message) -> bool:
    """Two calf measurements at least 3 cm apart: one calf swollen, said in numbers.

    The Wells score for DVT (Wells et al., Lancet 1997; the score NICE NG158 uses) counts a calf
    more than 3 cm bigger than the other; 3 cm itself counts here too, erring towards care."""
    if not m.mentioned(words(r"calf|calves|leg|legs")):
        return False
    # "It measures 3 cm bigger than the right": the difference said outright.
    for amount, unit in re.findall(
        r"\b(\d{1,2}(?:\.\d)?) ?(cm|centimet\w*|inch\w*|in) (?:bigger|larger|wider|thicker|"
        r"fatter|more)\b",
        m.whole,
    ):
        if float(amount) * (2.54 if unit.startswith("in") else 1) >= 3:
            return True
    sizes = [float(n) for n in re.findall(r"\b(\d{2}(?:\.\d)?) ?cm\b", m.whole)]
    if len(sizes) == 1:
        # "The right calf is 41 cm and the left is 37": the unit said once.
        sizes += [float(n) for n in _OTHER_SIDE_SIZE.findall(m.whole)]
    if len(sizes) != 2:
        # "left 16.5 inches, right 15": the unit may be said once.
        # "L 36.5, R 40": a log's shorthand for the sides.
        sizes = [
            float(n) for n in re.findall(r"\b(?:left|right|l|r) (\d{1,2}(?:\.\d+)?)\b", m.whole)
        ]
        if len(sizes) == 2 and re.search(r"\binch(?:es)?\b|\bin\b", m.whole):
            sizes = [s * 2.54 for s in sizes]
    return len(sizes) == 2 and abs(sizes[0] - sizes[1]) >= 3


_OTHER_SIDE_SIZE = re.compile(
    r"\bthe (?:left|right|other)(?: one| calf| leg)? (?:is|was|measures|at) "
    r"(\d{2}(?:\.\d)?)\b(?! ?cm)"
)


_LIFELONG = words(
    r"always (?:has been|have been|had|been)|(?:since|from) (?:i was )?(?:a kid|a child|a "
    r"baby|childhood|birth|school)|(?:my )?whole life|all my life",
    # Years of it: "thicker than the right for years", "hasn't changed in years".
    YEARS_OF_IT,
)


def _bruise_healing(m: Message) -> bool:
    """A bruise told as healing: better each day, fading, turning yellow, or its pain or
    swelling going down."""
    return m.mentioned(words(r"bruis\w*")) and (m.mentioned(_HEALING) or m.has(_GOING_DOWN))


_HEALING = words(
    r"better every day|getting better|improving|fading|on the mend|(?:going|gone|turning|turned) "
    r"(?:yellow|green)|yellowing"
)
# Not a swelling "going down into the ankle", which spreads.
_GOING_DOWN = words(
    r"(?:pain|swelling|swollen|bump|lump)(?: \w+){0,2} (?:is |s )?(?:going|coming|gone) down"
    r"(?! (?:to|into|the|my|his|her|towards|through)\b)"
)
_WHERE_THE_BLOW_LANDED = words(
    r"(?:just|only) (?:where|round|around|over|under) the bruise",
    r"(?:where|in the spot) (?:i|he|she|it) (?:got|took|ate|caught|was) (?:\w+ ){0,3}(?:kick\w*|"
    r"hit|knock\w*|whack\w*|struck|booted|kneed|knee|elbow|boot)",
)
_HEALING_SINCE = words(
    r"healed|healing|getting better|improving|on the mend|back to normal|settled|normal size",
    # Or told by the training taken up again: "no clot, a pulled muscle, back to training".
    r"back (?:to|in) (?:training|the gym|running|lifting|football|the pool)",
    # Or by a physio's plan for it: "a torn calf, physio says gentle walking".
    r"physio(?:therapist)?(?: \w+){0,2} (?:says|said|has (?:me|him|her) on|gave (?:me|him|her)|"
    r"started (?:me|him|her) on)",
)
_NEW_TODAY_OR_ELSEWHERE = words(r"today|this morning|tonight|other (?:calf|leg)")


def _leg_clot_signs(m: Message) -> bool:
    differ = _calves_differ(m)
    # Once a leg is named, "the right one" is that leg again ("not the left, the right calf.
    # Sorry. The right one is the swollen one").
    leg = _LEG_OR_ONE if m.mentioned(LEG) else LEG
    swollen = m.near_or_next(leg, SWOLLEN, 12) or differ
    # Wider than the swelling's window: heat is often said at the end of a long sentence about
    # the calf ("calf feels like ... and it's been getting hotter since Thursday").
    inflamed = m.near_or_next(leg, INFLAMED, 16)
    painful = m.near_or_next(leg, LEG_PAIN, 10) or m.near(leg, CALF_PAIN_EXTRA, 10)
    if m.has(CRAMP_PASSED) and not swollen:
        return False
    # A clot before counts however long ago it was dated (the Wells score counts a previous DVT),
    # for something new: not the leg that has ached and puffed up by evening ever since, which is
    # what a clot leaves behind (post-thrombotic syndrome, a GP's).
    clot_before = m.mentioned(_HAD_A_CLOT) and not m.mentioned(_NEVER_A_CLOT)
    risk = _risk_before(m) or (clot_before and not m.mentioned(_LEFT_BY_THE_CLOT))
    # A difference that built over weeks or months, with no heat, pain or clot risk, is for a GP
    # to look at (the swelling rule), not a clot's sudden swelling. Not after a clot: its leg is
    # judged as before.
    # So is one the member has always had: "bigger than my right and always has been".
    slow = (m.has(SLOW_ONSET) or m.mentioned(_LIFELONG)) and not m.mentioned(_HAD_A_CLOT)
    # Years of the same swelling outlast any risk told beside it ("since I broke it"): a clot
    # swells a leg over hours or days.
    risk_now = risk and not m.mentioned(FOR_YEARS)
    if swollen and slow and not (inflamed or painful or risk_now or differ):
        return False
    # "Feet", "ankles", "calves" with no single leg named are both sides.
    plural_only = m.mentioned(ANKLES) and not m.mentioned(ONE_SIDE) and not m.mentioned(SINGLE_LEG)
    # Two calves measured apart are one side swollen, whatever "both" the message says.
    # "Both legs were puffy on the flight but ... the left is still swollen": one, now.
    one_now = m.near(
        words(r"(?:the |my )?(?:left|right)(?: one| leg| calf)?"), SWOLLEN, 4
    ) and m.has(words(r"still"))
    # Read live: "my one calf, not both" denies both sides.
    # One leg said to be bigger than the other is one side, even beside "both ankles puff up".
    bigger = m.has(BIGGER_THAN_OTHER)
    # "DOMS is both legs... mine is only one leg": said against the both.
    only_one = m.has(words(r"only (?:one|the left|the right|my left|my right) (?:leg|calf|side)"))
    # "Nerve damage in both legs... now one thigh is swollen": the swelling's own side.
    one_swollen = m.near(_ONE_LIMB, SWOLLEN, 4)
    one_side = (
        differ
        or one_now
        or bigger
        or only_one
        or one_swollen
        or (not m.has(BOTH_SIDES) and not plural_only)
    )
    # Swollen only where the bruise is, or where the blow landed, and better each day, is the
    # bruise too: "swollen where I took the kicks, better every day".
    local = m.has(_WHERE_THE_BLOW_LANDED)
    if _bruise_healing(m) and (local or not swollen or m.has(_GOING_DOWN)):
        return False
    # An operated knee's swelling going down week by week, as the surgeon said it would.
    settling = m.mentioned(
        words(
            r"smaller every (?:week|day)|(?:going|coming) down (?:every|each) (?:week|day)|"
            r"like the (?:surgeon|physio|doctor|consultant) said",
            # A sprain's swelling nearly gone: "the swelling's almost gone, doing my physio".
            r"(?:swelling|swellings|puffiness)(?: \w+){0,2} (?:is |has |s )?(?:almost|nearly|"
            r"mostly|all but) gone",
        )
    )
    if settling and not (inflamed or painful):
        return False
    # Feet that always puff up on a long flight and go back down by the next morning.
    usual_flight = m.mentioned(words(r"always|every (?:single )?(?:time|flight)")) and m.mentioned(
        words(r"(?:go|goes|went) (?:right |straight )?back down|back to normal (?:by |the )?next")
    )
    if usual_flight and not (inflamed or painful):
        return False
    # Swelling gone within hours, "totally fine" by then: a pump or a long day, never a clot,
    # which does not go down in an hour.
    if m.mentioned(_GONE_WITHIN_HOURS) and not (inflamed or risk):
        return False
    # A blister's red, sore patch on a foot, with no swelling told: the blister. So is a new
    # tattoo's, red round its edges and sore like sunburn while it heals.
    if m.mentioned(words(r"blister\w*|tattoo\w*")) and not (swollen or risk):
        return False
    # Or the red, sore strip a new boot, shin pad or strap rubs ("red where the tongue presses"),
    # with no swelling: whatever the risk, since "boot" also reads as a plaster boot's.
    if m.mentioned(_RUBBED_BY_KIT) and not swollen:
        return False
    # "Calves swollen massively... with gains": muscle grown by training, with no heat or pain.
    if m.mentioned(_MUSCLE_GROWTH) and (not (inflamed or painful) or m.mentioned(NORMAL_RECOVERY)):
        return False
    return (
        (swollen and one_side and (risk or inflamed or painful or m.mentioned(ONE_SIDE)))
        # A one-sided heaviness is the clot's ache in other words ("that leg feels heavier").
        or (inflamed and one_side and (painful or swollen or m.near(LEG, _HEAVY, 6)))
        # Red and warm on one side after a flight or an operation, whatever else is said.
        or (inflamed and one_side and risk and m.mentioned(ONE_SIDE))
        # Not "my legs session": a workout's name is no second leg.
        or (painful and risk and one_side and not m.mentioned(_BOTH_BY_NAME))
        # Not both calves aching, with no swelling or heat, when a clot is only wondered about.
        or (painful and risk and m.has(CLOT_WORDS) and (one_side or swollen or inflamed))
        or (painful and one_side and m.has(_SORE_VEINS) and m.has(words(r"hard|like (?:a )?stone")))
        # A swelling told by the clothes on one leg ("jeans tight on that leg only"), beside a
        # clot risk: not new boots, nor jeans filled out by squats.
        or (risk and m.has(_CLOTHES_TIGHT_ON_ONE_LEG))
        # A vein gone sore, red or hard above the knee, up towards the groin: a clot there can
        # reach the deep veins, so it is scanned urgently (NICE CKS, superficial vein thrombosis).
        or (m.has(_INFLAMED_VEIN) and m.mentioned(_UP_THE_THIGH))
        or (m.has(_FLEX_PAIN) and m.mentioned(ONE_SIDE))
        # Warm, with the veins of that leg standing out more than the other's (NHS: swollen veins).
        or (inflamed and m.has(_VEINS_ON_ONE_SIDE))
        # Or aching, with them standing out on that side only (the Wells score's collateral
        # superficial veins).
        or (painful and one_side and m.has(_VEINS_ON_ONE_SIDE))
    )


_DARK_ORANGE = words(
    r"(?:urine|pee|wee)(?: \w+){0,2} (?:gone|is|was|turned|went) (?:really |very )?dark (?:orange|"
    r"amber)"
)
_QUEASY = words(r"nause\w*|queasy|sick")
_GONE_WITHIN_HOURS = words(
    r"(?:an|one|two|a couple of|\d+) hours? later (?:totally |completely |all |back to )?(?:fine|"
    r"normal|gone)",
    r"(?:fine|normal|gone|down) (?:again )?(?:within|after|in) (?:an|one|two|a couple of|\d+) "
    r"hours?",
)
_BOTH_BY_NAME = words(r"calves|legs(?! (?:day|session|sesh|workout|work|routine))|feet|ankles")
_CLOT_RULED_OUT = words(
    r"no (?:sign of (?:a |any )?)?(?:clots?|dvt|pe|embolism)",
    r"(?:clots?|dvt|pe|embolism) (?:was |were |has been |got )?ruled out",
    r"ruled out (?:a |any )?(?:clots?|dvt|pe|embolism)",
)
_VEINS_ROUND_THE_SHOULDER = words(
    r"veins?(?: \w+){0,4} (?:across|over|on|around|round|under) (?:my |the |his |her )?(?:shoulder|"
    r"chest|collar ?bone|upper chest|armpit|neck)"
)
_ONE_LIMB = words(r"one (?:leg|calf|thigh|ankle|foot)")
_WHOLE_ARM = words(
    r"(?:whole|entire) (?:left |right )?arm",
    r"(?:shoulder|upper arm|elbow)(?: \w+){0,2} (?:down )?to (?:my |the |his |her )?(?:fingers|"
    r"hand|wrist|fingertips)",
    r"(?:forearm|arm) and (?:my |the |his |her )?hand|hand and (?:my |the |his |her )?(?:forearm|"
    r"arm)",
)
_STUNG_OR_BITTEN = words(r"stung|sting\w*|bitten|bite|bites|wasp|bee|insect|mosquito|allerg\w*")
_HAD_A_CLOT = words(
    r"(?:had|have had|history of|previous|after|since) (?:a |an |my |the )?(?:dvt|clot|blood clot)"
)
_NEVER_A_CLOT = words(
    r"(?:never|not|no|havent|hasnt|didnt|dont) (?:\w+ ){0,2}(?:had|have had|history of|"
    r"previous) (?:a |an |any )?(?:dvt|clots?|blood clots?)"
)
_LEFT_BY_THE_CLOT = words(
    r"still|since then|ever since|always|for months|(?:same|like) (?:as )?(?:it has|ever|always|"
    r"before)|by (?:the )?(?:evening|bedtime|night|end of (?:the|a) (?:day|shift))|brown\w*|"
    r"stain\w*|nothing new"
)
_MUSCLE_GROWTH = words(
    r"gains|gainz|hypertroph\w*|pumped up|pumped|muscle growth|the pump (?:is|was)"
)
_CLOTHES_TIGHT_ON_ONE_LEG = words(
    r"(?:jeans|trousers|leggings|sock|boot|shoe|trainer|tights)s? (?:\w+ ){0,2}(?:tight|tighter|"
    r"wont go on|dont fit|digging in)(?: only)? (?:on|round|around) (?:that|this|one|(?:the |my |"
    r"her |his )?(?:left|right)) (?:leg|calf|ankle|foot|side)(?: only)?",
    r"(?:tight|tighter)(?: only)? on (?:that|this|one|(?:the |my |her |his )?(?:left|right)) leg",
)
# "...my left leg has been aching for two days and now it's visibly bigger": "it's" is the leg.
_LEG_OR_ONE = words(LEG.pattern, r"(?:the|my) (?:left|right) one", r"its|it is")
# NHS (DVT): swollen veins that are hard or sore when touched.
_SORE_VEINS = words(
    r"veins? (?:\w+ ){0,4}(?:swollen|hard|sore|tender|lumpy)(?: and (?:hard|sore|tender|painful))?"
)
_INFLAMED_VEIN = words(
    r"(?:red|tender|hard|sore|painful|lumpy|warm)(?: \w+){0,3} (?:cord|line|lump|streak|ridge)"
    r"(?: \w+){0,3} (?:along|in|over|following|down|up) (?:the |a |my |one )?(?:varicose )?vein",
    r"(?:red|tender|hard|sore|painful|lumpy|inflamed) (?:and (?:red|tender|hard|sore|painful|lumpy|"
    r"inflamed|hot|warm) )?(?:varicose )?vein",
)
_UP_THE_THIGH = words(r"thigh|groin|top of (?:my|the|his|her) leg")
_VEINS_ON_ONE_SIDE = words(
    r"veins? (?:\w+ ){0,3}(?:bigger|fatter|stand(?:ing)? out|stick(?:ing)? out|more visible|"
    r"popping|raised|bulg\w*)(?: \w+){0,3} (?:on )?(?:that|this|one|the (?:left|right)|my "
    r"(?:left|right)|the sore) (?:side|leg|calf|one)",
    # The side first: "the veins on that leg stand out more".
    r"veins? (?:on|in|down) (?:that|this|one|the (?:left|right|sore)|my (?:left|right)) (?:side|"
    r"leg|calf)(?: \w+){0,2} (?:look |are |seem )?(?:bigger|fatter|stand(?:ing)? out|stick(?:ing)? "
    r"out|more (?:visible|obvious|noticeable)|popping|raised|bulg\w*)",
)
# A one-sided heaviness or tightness: the clot's ache in other words.
_HEAVY = words(r"heav(?:y|ier)|tight|tighter")
# NHS (DVT): pain worse on bending the foot up towards the knee.
_FLEX_PAIN = words(
    r"(?:hurts?|pain\w*|worse)(?: \w+){0,4} (?:when|if) (?:i |he |she )?(?:pull|bend|flex|lift|"
    r"point) (?:my |his |her )?(?:foot|toes) (?:up|back|towards)"
)
_WALKING_FINE = words(
    # Not "no problem but walking to the bus...": a contrast.
    r"(?:no|not any|never any) (?:issues?|problems?|trouble|pain)(?: (?!but\b)\w+)? walking",
    r"walking(?: \w+){0,3} (?:is|feels) (?:totally |completely |absolutely )?(?:fine|ok|okay|"
    r"no problem)",
    r"(?:fine|ok|okay|no problem) (?:when )?walking",
)
# Not "fine at rest", which is claudication's ease.
_PAIN_AT_REST = words(
    r"(?<!fine )(?<!ok )(?<!okay )(?<!better )(?<!gone )(?<!goes )(?<!eases )(?<!settles )"
    r"(?:(?:sitting|lying) still|at rest|in bed|at night)",
    # "Wakes me up most nights", "the last 3 nights it's woken me".
    r"(?:wakes?|waking|woke) (?:me|him|her) (?:up )?(?:most|every|at|in the) nights?",
    r"nights?(?: \w+){0,4} (?:woken|woke|wakes?|waking) (?:me|him|her)",
)


_LEG_HUNG_DOWN = words(
    r"(?:hang|hanging|hung|dangle|dangling|dangled) (?:my |his |her |the )?(?:leg|foot|feet|legs)"
    r"(?: \w+){0,2} (?:off|over|out of) (?:the )?(?:side|bed|edge)",
)


_MOUTH_BLEEDS = words(
    r"gums?|dentist\w*|hygienist|dental|(?:my |a )?(?:tooth|teeth)|floss\w*|bit (?:my|his|her) "
    r"(?:lip|tongue|cheek)",
    # A knock in the mouth in contact sport: "just my cheek, caught it on my gumshield".
    r"gum ?shield|mouth ?guard|(?:just|only) (?:my|his|her|a) (?:cheek|lip|tongue)",
    r"split (?:my|his|her) lip",
    # A knock to the nose bleeds down the back of the throat and is spat out: "an elbow to the
    # nose". Not a nosebleed that won't stop, which has its own rule.
    r"(?:to|in|on) the nose|back of (?:my|his|her|the) throat",
)
# Blood coughed up, counted out in more words than COUGH_BLOOD's window holds: "coughed up a
# couple of streaks of blood". A little, told so: for a doctor today (NHS, coughing up blood),
# unless the clot rule's 999 readings (breathless with a clot's risk, a sudden pain on breathing
# in) have already called it.
_A_LITTLE_BLOOD_COUGHED = words(
    r"cough\w* up (?:\w+ ){0,6}(?:blood|bloody)\b",
    # Streaks through a cough that has lasted: "coughing for 3 weeks with little blood streaks".
    r"cough\w*(?: \w+){0,6} (?:with )?(?:little |small |tiny |some )?(?:blood streaks|streaks of "
    r"blood)",
)
_COUGHED_BLOOD = words(
    r"cough\w*(?: \w+){0,4} (?:blood|bloody|red|pink\w*)|haemoptysis|hemoptysis|"
    r"(?:bloody|pink\w*|red) (?:phlegm|mucus|sputum|froth\w*)"
)


def dvt(m: Message) -> Level | None:
    # A whole leg suddenly massive, blue or purple and in agony: a clot blocking the leg's
    # veins so fully that the blood supply is at risk, or the artery itself; either way 999, not
    # a same-day clot check.
    if m.has(_WHOLE_LEG_MASSIVE) and m.has(_BLUE_OR_PURPLE) and m.has(SEVERE_PAIN):
        return Level.EMERGENCY
    # A scan that found no clot, the leg told as healing since and nothing new today: the
    # scan's answer stands ("ultrasound clear, it was a strain, all healed now").
    # `cleared` last: most messages tell no scan, and need not weigh it.
    scan_stands = m.mentioned(CLOT_RULED_OUT) and m.mentioned(_HEALING_SINCE) and m.cleared
    if scan_stands and not m.mentioned(_NEW_TODAY_OR_ELSEWHERE):
        return None
    if _leg_clot_signs(m):
        return Level.SAME_DAY
    # A clot wondered about ("DOMS or DVT?") for both calves, no one side named and no clot
    # before: both sore after training is the training.
    both_only = (
        m.mentioned(BOTH_SIDES) and not m.mentioned(ONE_SIDE) and not m.mentioned(_HAD_A_CLOT)
    )
    # A clot named beside the leg: wider than the signs' own window, since "the calf on the side
    # where I had the clot two years ago is sore and swollen again" says where before what.
    near_leg = m.near(LEG, LEG_PAIN, 16) or m.near(LEG, SWOLLEN, 16)
    if m.has(CLOT_WORDS) and near_leg and not both_only:
        return Level.SAME_DAY
    if m.has(SUSPECTED_CLOT) and m.mentioned(LEG) and not (both_only or _bruise_healing(m)):
        return Level.SAME_DAY
    arm = words(r"arms?|forearm|shoulder|hand")
    if m.near(arm, SWOLLEN, 8) and m.has(words(r"blue\w*|bluish|purple\w*|dark\w*|bluey")):
        return Level.SAME_DAY
    # A clot in the arm's deep vein opens the small veins round it: a swollen arm with new veins
    # across the shoulder or chest (NHS DVT: swollen veins; effort thrombosis after overhead work).
    if m.near(arm, SWOLLEN, 8) and m.has(_VEINS_ROUND_THE_SHOULDER):
        return Level.SAME_DAY
    # Or the whole arm swollen and aching with no blow to explain it, often after overhead work
    # (NHS DVT: swelling and throbbing pain, usually in a leg, sometimes an arm).
    # Not both arms pumped after curls.
    if (
        m.near(arm, SWOLLEN, 8)
        and m.has(_WHOLE_ARM)
        and m.has(words(r"ach\w*|heav\w*|throb\w*|pain\w*|sore|tight\w*"))
        and not m.has(words(r"pump\w*|arms|both arms"))
        and not (m.mentioned(INJURY) or m.mentioned(_STUNG_OR_BITTEN))
    ):
        return Level.SAME_DAY
    line = words(r"picc|central line|cannula|port|portacath|drip|hickman|(?:chemo|iv|pick) line")
    # "My left arm, the side with my PICC, has swelled up": a wider window.
    if m.near(arm, SWOLLEN, 12) and m.mentioned(line):
        return Level.SAME_DAY
    return None


_WHOLE_LEG_MASSIVE = words(
    r"(?:whole|entire) leg(?: \w+){0,6} (?:massive|huge|enormous|ballooned|twice (?:the|its) size)",
)
_BLUE_OR_PURPLE = words(r"blue\w*|bluish|bluey|purpl\w*|dusky")


def pulmonary_embolism(m: Message) -> Level | None:
    # Blood spat out after the dentist or brushing is the gums' ("it was my gums, nothing
    # coughed up"), never blood coughed up beside it.
    from_the_mouth = m.mentioned(_MOUTH_BLEEDS) and not m.has(_COUGHED_BLOOD)
    # Streaks coughed up after a nosebleed are the nose's (NHS, coughing up blood: blood from the
    # nose or mouth), when nothing of the lungs or a leg is told beside them.
    lungs_or_leg = (
        m.has(BREATH) or m.has(SEVERE_BREATH) or m.near(CHEST, PAIN, 8) or _leg_clot_signs(m)
    )
    # Nor a faint or pallor beside it, which a bleed that heavy calls 999 for anyway.
    blood_lost = m.has(FAINTED) or m.has(NEAR_FAINT) or m.has(words(r"pale|grey|gray|clammy"))
    from_the_nose = m.mentioned(NOSEBLEED) and not (lungs_or_leg or blood_lost)
    # Red coughed up after red food or drink, never called blood ("coughed up red stuff, then
    # remembered the bag of red sweets"): the food's colour.
    from_food = m.mentioned(_RED_FOOD_EATEN) and not m.mentioned(words(r"blood\w*"))
    if m.has(COUGH_BLOOD) and not (from_the_mouth or from_the_nose or from_food):
        return Level.EMERGENCY
    # Winded by a ball to the chest, and fine a minute later: the knock, not a clot.
    if winded_by_a_knock(m):
        return None
    breath = m.has(BREATH) or m.has(SEVERE_BREATH) or m.has(BREATHING_IN)
    # Puffed on a run after a flight, and back to normal in a minute: unfit, not a clot.
    # Pain on breathing in is no part of being unfit.
    ordinary = (
        m.mentioned(NORMAL_RECOVERY)
        and m.mentioned(EXERCISE)
        and not (m.has(SEVERE_BREATH) or m.has(BREATHING_IN))
    )
    # A clot looked for and not found ("the scan, no clot, only the rib") leaves the risk told
    # beside it as no reason for 999; signs in a leg still are.
    ruled_out = m.mentioned(_CLOT_RULED_OUT)
    # Breath still short since a clot on the lung months ago, told as left over and not new or
    # sudden: the breathlessness rule sends it to a GP, not to 999.
    left_over = (
        m.mentioned(CLOT_ON_THE_LUNG)
        and m.has(STILL_MORE_BREATHLESS)
        and not (
            m.has(SUDDEN)
            or m.has(SEVERE_BREATH)
            or m.has(BREATHING_IN)
            or m.has(RECENT_ONSET)
            or _leg_clot_signs(m)
        )
    )
    if left_over:
        return None
    if breath and (_leg_clot_signs(m) or (_risk_before(m) and not ordinary and not ruled_out)):
        # With only a risk beside it, breathlessness that crept up over weeks is checked today:
        # the NHS's 999 sign is breathlessness that comes on suddenly.
        # Said of the breath ("out of breath ... crept up over weeks"), not of a cast worn "for
        # two weeks"; and never beside pain on breathing in.
        # Or told as no worse than it has been ("still puffing on the stairs, not getting any
        # worse"): not sudden either.
        slow = m.near_or_next(BREATH, _OVER_WEEKS, 10) or m.has(_NO_WORSE)
        crept_up = slow and not (m.has(SUDDEN) or m.has(SEVERE_BREATH) or m.has(BREATHING_IN))
        if crept_up and not _leg_clot_signs(m):
            return Level.SAME_DAY
        return Level.EMERGENCY
    # Both ankles swelling in someone with heart failure is the heart's fluid (its own rule), not
    # one leg's clot.
    hf_both = m.mentioned(HEART_FAILURE) and not m.mentioned(ONE_SIDE)
    # Both ankles swollen for weeks or by each evening, with breath short on effort: the heart's
    # pattern (NHS heart failure: a GP), not a clot's sudden one-sided leg.
    both_slowly = (
        m.has(BOTH_ANKLES)
        and not m.mentioned(ONE_SIDE)
        and (m.has(SLOW_ONSET) or m.has(FOR_WEEKS_OR_BY_EVENING))
        and not m.has(SUDDEN)
    )
    if breath and m.near(LEG, SWOLLEN, 8) and not hf_both and not both_slowly:
        return Level.EMERGENCY
    if m.has(BREATHING_IN) and (m.has(SUDDEN) or m.has(RACING) or m.has(FAINTED)):
        return Level.EMERGENCY
    if (m.has(FAINTED) or m.has(NEAR_FAINT)) and _leg_clot_signs(m):
        return Level.EMERGENCY
    # Sore when the ribs are pressed after burpees, and not breathless: the chest wall.
    short = m.has(BREATH) or m.has(SEVERE_BREATH)
    if m.has(BREATHING_IN) and m.near(CHEST, PAIN, 8) and (short or not m.has(CHEST_WALL)):
        return Level.EMERGENCY
    if m.has(_A_LITTLE_BLOOD_COUGHED) and not (from_the_mouth or from_the_nose):
        return Level.SAME_DAY
    # More breathless than usual, with a pain that catches on breathing in, and nothing sudden:
    # a clot, a pleurisy or a pneumonia to be seen today (NHS, shortness of breath: a pain when
    # breathing beside it), wherever the pain is felt ("under my shoulder blade").
    # Not a stitch or a catch walked off in minutes.
    pleuritic = m.has(BREATHING_IN) and m.has(_A_PAIN) and not m.mentioned(_A_STITCH_PASSED)
    if short and pleuritic and not ordinary and not m.has(CHEST_WALL):
        return Level.SAME_DAY
    # A clot being treated, and more breathless than usual since, with nothing sudden or severe
    # (that is read above): the clot may be moving, so it is checked today.
    if short and m.mentioned(_CLOT_BEING_TREATED) and not ordinary:
        return Level.SAME_DAY
    # The same catch on deep breaths, not breathless, but coming back over weeks: a GP's to look
    # into (nidirect, pleurisy: see a GP with a sharp pain on breathing deeply that lasts). Not a
    # runner's stitch, named as one, nor a pain tests have cleared.
    weeks_of_it = m.has(WEEKS) or m.has(SLOW_ONSET)
    a_stitch = m.mentioned(words(r"stitch\w*"))
    if pleuritic and weeks_of_it and not (ordinary or a_stitch or m.has(CHEST_WALL) or m.cleared):
        return Level.SEE_GP
    return None


_RED_FOOD_EATEN = words(
    r"red (?:sweets|jelly|jellies|lolly|lollies|slush\w*|drink|energy drink|sauce|wine|gummies)|"
    r"beetroot|ketchup|food colou?ring|cherry|cherries|strawberr\w*|raspberr\w*"
)
_NO_WORSE = words(r"not (?:getting )?(?:any )?worse|no worse")
# "Started blood thinners for a leg clot yesterday".
_CLOT_BEING_TREATED = words(
    r"(?:thinners?|anticoagula\w*|apixaban|rivaroxaban|edoxaban|dabigatran|warfarin|heparin|"
    r"injections) (?:\w+ )?for (?:a |the |my |his |her )?(?:\w+ )?(?:clot|dvt)",
)
_A_PAIN = words(r"pain\w*|hurts?|stab\w*|sharp|catch\w*|twinge\w*")
# Over in minutes: "walked it off in 5 mins", "gone after a five minute walk".
_A_STITCH_PASSED = words(
    r"(?:walked|shook|stretched|ran) it off",
    r"(?:gone|fine|better|passed|eased) (?:in|within|after) (?:a |about )?(?:few|couple of|\d+|"
    r"two|three|five|ten) (?:min|mins|minute|minutes)",
)


def rhabdomyolysis(m: Message) -> Level | None:
    # Little urine with swollen or weak muscles is the muscles' only after exertion; otherwise
    # swollen legs and little urine are the kidneys' (little_urine_and_swelling).
    # The urine named in one sentence and its colour in the next ("Looked again: it's reddish
    # brown").
    brown_now = m.mentioned(words(r"urine|pee|peed|peeing|wee|weed|weeing|piss")) and m.has(
        _BROWN_NOW
    )
    sore_muscles = m.has(MUSCLE_SEVERE) or m.has(LEG_PAIN) or m.has(_MUSCLES_ACHE)
    dark = (
        m.has(DARK_URINE)
        or brown_now
        or (m.has(PEE_THEN_ITS_DARK) and sore_muscles)
        or (m.has(LITTLE_URINE) and m.has(MUSCLE_SEVERE) and m.mentioned(EXERCISE))
    )
    # Dark orange is dehydration's colour on its own; after a hard session, with the muscles very
    # sore and feeling sick, it is checked today (CDC, rhabdomyolysis: muscle pain, dark urine,
    # nausea).
    queasy = m.has(_QUEASY) or m.has(VOMITING)
    orange = m.has(_DARK_ORANGE) and sore_muscles and queasy and m.mentioned(EXERCISE)
    if orange and not dark:
        return Level.SAME_DAY
    # Hours on the floor after a fall, or trapped under a weight: the muscles pressed that long
    # break down (Krames patient education, rhabdomyolysis: an older adult who falls and cannot
    # get up), so aches, less urine or dark urine after it are checked today.
    # Muddled, or the limbs swollen, weak or too painful to move after it: care at once, as for
    # dark urine with the same signs (below).
    long_lie = m.has(_LONG_LIE) and (sore_muscles or dark or m.has(LITTLE_URINE))
    if long_lie:
        return Level.EMERGENCY if m.has(SYSTEMIC) or m.has(MUSCLE_SEVERE) else Level.SAME_DAY
    # Beetroot blamed for urine gone brown beside weak, sore muscles: not the beetroot.
    if not dark or (m.has(FOOD_DYE) and not m.has(MUSCLE_SEVERE)):
        # Soreness far beyond the usual after a session, or growing days on when soreness should
        # be easing, with the muscles swollen or weak or the member unwell: the CDC (NIOSH,
        # rhabdomyolysis) sends pain more severe than expected to care, whatever the urine.
        after_a_session = m.mentioned(EXERCISE) or m.mentioned(DOMS)
        swollen_or_weak = (
            m.has(SWOLLEN) or m.has(_WEAK_MUSCLES) or m.has(SYSTEMIC) or m.has(_FEVERISH)
        )
        if after_a_session and m.has(_BEYOND_DOMS) and swollen_or_weak:
            return Level.SAME_DAY
        # Hardly any urine after a long effort, with the limbs aching badly: the kidneys may be
        # struggling with what the muscles let out (CDC), so today, though no colour is told.
        if after_a_session and m.has(LITTLE_URINE) and m.has(_ACHING_BADLY):
            return Level.SAME_DAY
        # Darker each time after a session, then clear: a GP should look for the cause.
        return Level.SEE_GP if m.mentioned(_DARKER_AFTER_EACH_SESSION) else None
    # Severe pain or weakness with dark urine needs care at once (the CDC's advice: stop, drink
    # water, seek care straight away); dark urine with ordinary aches, today.
    if m.has(SYSTEMIC) or m.has(LITTLE_URINE) or m.has(MUSCLE_SEVERE):
        return Level.EMERGENCY
    # Urine the colour of cola or tea after exercise needs care today even without pain (CDC).
    cola = words(r"cola|coke|coca cola|tea|brown\w*|black|rusty|ale|stout|guinness|bovril|marmite")
    # Only dark, never brown, and pale again once the member drank: dehydration's colour, which
    # water clears (NHS, dehydration: dark yellow pee); muscle breakdown's brown does not.
    harmless = not (m.has(cola) or m.has(SEVERE_PAIN) or m.has(_BEYOND_DOMS) or m.has(SWOLLEN))
    if m.has(_PALE_AGAIN) and harmless:
        return None
    # Muscles swollen after the effort are the injury itself ("arms swollen and firm").
    swollen_muscles = m.near(_WORKED_MUSCLES, SWOLLEN, 4)
    # Or sorer or stiffer than the member's usual after the effort, however lightly told.
    beyond_usual = m.has(_SORER_THAN_USUAL) and m.mentioned(EXERCISE)
    if not (
        m.has(LEG_PAIN)
        or m.has(SEVERE_PAIN)
        or m.has(_MUSCLE_CRAMPS_OR_ACHES)
        or swollen_muscles
        or beyond_usual
        or (m.has(cola) and m.mentioned(EXERCISE))
    ):
        return None
    return Level.SAME_DAY


def easing_soreness(m: Message) -> bool:
    """Muscles sore or stiff and said to be easing, or the urine said to be its normal colour,
    with none of rhabdomyolysis's or compartment syndrome's signs: ordinary soreness after
    effort, which the rules read as nothing and the level model should not raise to "today"."""
    sore_muscles = m.near(_WORKED_MUSCLES, _STIFF_OR_SORE, 6) or m.near(_TRUNK, _STIFF_OR_SORE, 6)
    if not (sore_muscles and (m.has(_EASING_OFF) or m.has(_URINE_NORMAL))):
        return False
    # Not after a blow, whose swelling can build under the skin for days; not an ache that comes
    # with walking and eases with rest (claudication's); not beside the chest.
    if m.mentioned(_A_BLOW) or m.has(EXERTIONAL_EASE) or m.mentioned(CHEST):
        return False
    return not m.has(DARK_URINE) and not m.has(_BROWN_NOW) and not _muscle_damage(m)


def urine_coloured_harmlessly(m: Message) -> bool:
    """Urine coloured by a food or a medicine that does it (beetroot, senna: NHS), with no sign
    of muscle damage beside it: the rules read nothing, and the level model, which reads the
    colour alone, should not raise it to "today" either."""
    coloured = m.mentioned(FOOD_DYE) or m.mentioned(RED_FOOD)
    return coloured and not _muscle_damage(m)


def _muscle_damage(m: Message) -> bool:
    """Any sign that muscles are breaking down or under pressure, told as now."""
    damage = (
        LITTLE_URINE,
        MUSCLE_SEVERE,
        SEVERE_PAIN,
        SWOLLEN,
        _TIGHT_MUSCLE,
        _FULL,
        _WEAK_MUSCLES,
        _WEAK_NUMB_OR_DISCOLOURED,
        SYSTEMIC,
        _FEVERISH,
        _BEYOND_DOMS,
        _NOT_SETTLING,
    )
    return any(m.has(sign) for sign in damage)


_STIFF_OR_SORE = words(r"sore|stiff|achy|aching|doms")
_SORER_THAN_USUAL = words(
    r"(?:stiffer|sorer|achier|more sore|more stiff|more achy) than (?:usual|normal|i (?:usually|"
    r"normally) (?:get|am|feel)|ever|(?:ive|i have|i had|id) ever (?:had|been|felt))"
)
_TRUNK = words(r"shoulders?|back|lats|traps|delts|abs|hips?")
_FULL = words(r"full|fuller|bursting")
_WEAK_NUMB_OR_DISCOLOURED = words(
    r"weak\w*|feeble|numb\w*|tingl\w*|pins and needles|black|blue|purple|grey|gray"
)
_EASING_OFF = words(
    r"eas(?:ing|ed)(?: off)?|getting better|improving|less sore|loosen(?:s|ed|ing)? up",
    r"(?:fine|better|ok|okay) once (?:i|im|i am|ive|i have) (?:get |got |been )?(?:moving|going|"
    r"warmed up)",
)
# The CDC's first signs of rhabdomyolysis: "muscle cramps", "muscles aching".
_MUSCLE_CRAMPS_OR_ACHES = words(
    r"muscles? (?:cramps?|cramping|aches?|aching|pains?)|(?:cramps?|cramping|aching) muscles?"
)
# "Had 2 litres and it's pale again".
_PALE_AGAIN = words(
    r"(?:its|it is|its gone|it went|its back to|back to) (?:\w+ )?(?:pale|clear|normal|light|straw)"
    r"(?: colou?r(?:ed)?)? (?:again|now)"
)
_URINE_NORMAL = words(
    r"(?:urine|pee|wee)(?: \w+){0,2} (?:is|looks|has been|was) (?:normal|clear|pale|fine)"
)


_BEYOND_DOMS = words(
    r"(?:way |much |far |a lot |so much )?(?:worse|more|sorer) (?:\w+ )?than (?:any |normal |"
    r"usual |my usual |ordinary |regular |the usual )?(?:doms|soreness|leg day)",
    r"(?:way |far |well )?beyond (?:normal |usual |any |regular )?(?:doms|soreness)",
    # "Sore way beyond normal", "sore way past normal".
    r"sore (?:way |far |well )?(?:beyond|past) (?:normal|usual|anything)",
    r"(?:more sore|sorer|worse|more pain) than (?:i have|ive|i) ever (?:been|had|felt)",
    r"(?:never|not ever) (?:been|felt) (?:this|so) sore",
    r"(?:(?:getting|got|gets) )?worse (?:not|rather than|instead of) better",
    # "2 days later still getting worse".
    r"(?:\d+|two|three|four) days? (?:later|on)(?: \w+){0,2} still (?:getting )?worse",
    r"worse (?:every|each) day",
    # "Agony to straighten my elbows" days on; "can't straighten his arms".
    r"agony to (?:straighten|bend|move|lift)",
    r"(?:cant|cannot|couldnt|unable to) (?:fully )?(?:straighten|bend) (?:my |his |her |their |"
    r"either )?(?:arms?|elbows?|legs?|knees?|them)",
    # Past the two or three days soreness takes to peak: "it is now day 4, arms weaker".
    r"(?:now |its |it is )day (?:4|5|6|7|four|five|six|seven)\b",
)
_FEVERISH = words(r"fever\w*|shivery|temperature")
# Swollen or tight till the skin shines; and hurting past what rest or tablets settle.
_SWOLLEN_SHINY = words(
    r"(?:swollen|swelled|puffy|puffed|tight|tense)(?: and| \w+){0,3} shiny",
    r"shiny and (?:swollen|tight|tense|hard)",
)
_HURTING_BADLY = words(
    r"(?:super|really|very|so|extremely|crazy) (?:tender|sore)|limp\w*|(?:cant|cannot|can barely) "
    r"walk",
    # Painkillers hardly reaching it: "paracetamol barely touching it".
    r"(?:paracetamol|painkillers?|ibuprofen|co codamol)(?: \w+){0,2} (?:barely|hardly|not|isnt|"
    r"arent|wont) (?:touching|touched|helping|helped|working)",
)
# Lying there, not "sat on the floor packing boxes for hours".
_LONG_LIE = words(
    r"(?<!sat )(?<!sitting )(?:on|lying on|lay on|laid on|stuck on) the (?:floor|ground)"
    r"(?: \w+){0,4} (?:for|till|until) "
    r"(?:about |nearly |over |almost )?(?:a few |several |\d+ |some )?(?:hours?|the morning|"
    r"morning|\d+ ?am|i came|we came|someone|my neighbour|the neighbour)",
    r"(?:stuck|trapped|pinned) (?:under|beneath) (?:\w+ ){1,3}for (?:about |around |nearly |over |"
    r"almost )?(?:a few |several |\d+ |some |a couple of )?hours",
    # "On the kitchen floor this morning, been down there since last night"; "slipped Sunday
    # night and it's Tuesday now"; a load on a leg that took hours to lift.
    r"(?<!sat )(?<!sitting )(?:on|lying on|lay on|laid on|stuck on|down on) the (?:\w+ )?"
    r"(?:floor|ground)(?: \w+){0,8} since (?:last night|yesterday|the night)",
    r"(?:slipped|fell|tripped|went down|collapsed)(?: \w+){0,3} (?:on )?(?:\w+day|last) night and "
    r"(?:its|it is) (?:now )?\w+day",
    r"(?:came down|fell|landed|dropped) on (?:my |his |her |their |the )?(?:\w+ )?(?:leg|legs|arm|"
    r"arms)(?: \w+){0,8} (?:\d+|two|three|a few|several|couple of) hours? to (?:get|lift|move)",
)
_SLEPT_ON = words(
    r"(?:slept|sleeping|sat|sitting|lay|lying|leaning|leant) on (?:it|them|my|his|her)"
)
_WEAK_MUSCLES = words(
    r"(?:muscles?|legs?|arms?|quads?|thighs?|calves)(?: \w+){0,4} (?:weak|weaker|feeble|wont work|"
    r"give way|gave way)",
    r"(?:swollen|puffy) and weak|weak and (?:swollen|puffy)",
)
_DARKER_AFTER_EACH_SESSION = words(
    r"(?:every|each) time (?:after )?(?:\w+ ){0,6}(?:urine|pee|wee)(?: \w+){0,3} (?:dark|darker|"
    r"brown)\w*"
)
_MUSCLES_ACHE = words(
    r"muscles?(?: \w+){0,2} (?:ache|aching|hurt|hurting|sore|screaming|killing)(?: \w+){0,2} "
    r"(?:more than|worse than|way more|so much)"
)
_BROWN_NOW = words(
    r"(?:its|it is|its gone|it has gone|it went|it looks) (?:\w+ ){0,2}(?:dark brown|reddish brown|"
    r"red brown|brown|the colou?r of (?:cola|coke|tea)|cola|black)"
)
_WORKED_MUSCLES = words(
    r"muscles?|arms?|biceps|triceps|forearms?|thighs?|quads?|hamstrings?|calf|calves|legs?|glutes"
)


_SWELLING_ROSE = words(
    r"swelling (?:\w+ ){0,2}(?:went up|gone up|got worse|grew|is growing|getting bigger|worse)",
    r"(?:more|even more) swollen (?:today|this morning|overnight|than (?:last night|yesterday))",
)
_PAIN_NOT_EASING = words(
    r"pain (?:is |has )?(?:still|not|isnt|hasnt) (?:\w+ )?(?:high|bad|severe|awful|easing|eased|"
    r"better|gone|settled)",
    r"(?:still|really|very) (?:painful|sore)",
)


# Pain that grows, or that rest has not touched, since the effort stopped.
_NOT_SETTLING = words(
    r"(?:getting|got|gets|going|keeps getting|still getting) worse",
    r"worse and worse",
    r"(?:pain|it|hurting)(?: \w+){0,2} (?:isnt|wont|is not|not|hasnt) "
    r"(?:stop|stopping|stopped|ease|easing|eased)",
    # Rest that has not touched it: "resting does nothing", "rest isn't helping".
    r"(?:rest|resting|rested|sitting down|lying down)(?: \w+){0,2} (?:does|did|is doing|has done) "
    r"nothing",
    r"(?:rest|resting|sitting down|lying down) (?:isnt|doesnt|didnt|hasnt|is not|wont) "
    r"(?:help\w*|eas\w*|touch\w*|chang\w*)",
)
# Stopped minutes or hours ago, not days: DOMS that peaks on day two is not this.
_SINCE_STOPPING = words(
    r"(?:stopped|rested|resting|sat down|finished)(?: \w+){0,3} (?:\d+|an?|half an|twenty|"
    r"thirty|forty) ?(?:min|mins|minutes|hours?|hrs?)",
    r"(?:even though|despite|although|though) (?:i |ive |he |she |hes |shes )?(?:have |has )?"
    r"(?:stopped|rested|resting|stopping)",
    # "Stop run 30 minute ago", in sign-language order.
    r"(?:stop|stopped|finish|finished) (?:\w+ ){0,2}(?:\d+|an?|half an) ?(?:min|mins|minute|"
    r"minutes|hour|hours|hr|hrs) ago",
    # "Since the run ended an hour ago".
    r"(?:since|after) (?:the|my|our|his|her|their) (?:\w+ )?(?:run|session|game|match|class|race|"
    r"workout|shift|training|ride|hike)(?: \w+)? (?:ended|finished|stopped) (?:\d+|an?|half an|"
    r"twenty|thirty|forty) ?(?:min|mins|minutes|hours?|hrs?)",
)
_HARD_OR_NUMB = words(
    r"(?:hard|rock hard|shiny|tense|wooden)",
    r"like (?:wood|a rock|stone)",
    r"numb\w*",
    r"tingl\w*",
    r"pins and needles",
)


_MORE_THAN_IT_SHOULD = words(
    r"(?:pain\w*|its?|hurts?|hurting|sore)(?: \w+){0,4} (?:worse|more) than (?:it |they |that |"
    r"a \w+ )?(?:should|ought to|would|youd|id|you would|i would)(?: be| hurt)?(?: expect)?",
    # "Way worse than it looks", "worse than the break itself was": out of proportion.
    r"(?:pain|it|hurts?|hurting|sore)(?: \w+){0,6} (?:worse|more) than (?:the |my )?(?:break|"
    r"fracture|injury|bruise|knock)",
    # "Pain more than expected", "hurting worse than expected".
    r"(?:pain\w*|hurts?|hurting|sore\w*)(?: \w+){0,2} (?:worse|more) than expected",
    # "More than I'd expect for a dead leg".
    r"more than (?:i|id|youd|you) (?:would )?expect (?:for|from) (?:a |the )?(?:dead leg|bruise|"
    r"knock|kick|corky|charley horse)",
    # "A lot worse than a normal dead leg".
    r"(?:worse|more painful) than (?:a |any )?(?:normal|usual|ordinary|regular) (?:dead leg|bruise|"
    r"knock|kick|corky|charley horse)",
    # "Way worse than it looks": the pain out of proportion to what can be seen.
    r"(?:pain|it|hurts?|hurting|sore)(?: \w+){0,3} (?:worse|more) than (?:it |they )?"
    r"(?:looks?|seems?)",
)


_DIGITS_WONT_MOVE = words(
    r"(?:fingers|toes)(?: \w+){0,5} (?:wont|cant|cannot|wouldnt|couldnt|will not|not|can barely|"
    r"can hardly|barely|hardly) (?:move|wiggle|bend|lift)",
    # "Toes not moving well", "fingers aren't moving properly".
    r"(?:fingers|toes) (?:are not|arent|not) moving (?:well|properly|right|much)",
    r"(?:fingers|toes) (?:are )?(?:barely|hardly) moving",
    r"(?:cant|cannot|couldnt|unable to|can barely|can hardly|barely|hardly) (?:move|wiggle|bend|"
    r"lift) (?:my |his |her |the )?(?:fingers|toes|foot|feet)",
)
_IN_A_CAST = words(r"casts?|plaster|back ?slab|splint")
# Far worse, not only tight: a tight cast with puffy pink fingers is for the fracture clinic
# today (the rules' same-day reading), not 999.
_CAST_PAIN_FAR_WORSE = words(r"screaming|(?:way|much|loads|far) worse|worse and worse")
_DIGITS_NUMB = words(
    r"(?:fingers|toes)(?: \w+){0,8} (?:numb\w*|dead)",
    r"(?:barely|hardly|cant|cannot|can not) feel (?:them|his toes|her toes|my toes|his fingers|"
    r"her fingers|my fingers)",
)
_DIGITS_LOSING_COLOUR = words(
    r"(?:fingers|toes)(?: \w+){0,4} (?:going |gone |turning |turned |look |looks |are |went )?"
    r"(?:pale|white|blue|dusky|grey|gray|purple)",
)
_FOOT_STILL_NUMB = words(
    r"(?:foot|feet|toes)(?: \w+){0,4} (?:numb|tingl\w*)(?: \w+){0,2} (?:since (?:yesterday|last "
    r"night|this morning)|all (?:night|morning)|this morning)",
    r"(?:still|stayed) (?:\w+ ){0,3}numb(?: \w+){0,4} (?:foot|feet|toes)",
    # "My foot's still numb hours after stopping", "a bit numb on top of my foot today".
    r"(?:foot|feet|toes)(?: \w+){0,2} still (?:\w+ )?(?:numb|tingl\w*)",
    r"numb (?:on|in|over) (?:the )?(?:top of )?(?:my |his |her |the )?(?:foot|toes) (?:today|this "
    r"morning|now)",
    r"(?:numb\w*|tingl\w*) (?:on|in|over) (?:the )?(?:top of )?(?:my |his |her |the )?(?:foot|"
    r"toes)(?: \w+){0,8} (?:still|since yesterday)",
)


_EASING_ALREADY = words(
    r"(?:a (?:little|bit|touch) |slightly |much |loads |bit )?(?:better|easier|less sore|less "
    r"tight) (?:today|this morning|than yesterday)",
    r"(?:easing|eased) (?:off )?(?:today|already|this morning)",
    r"(?:today|this morning) (?:a (?:little|bit|lot) |slightly |much |loads |way )?"
    r"(?:better|easier)",
)
# "No knock or injury": the blow denied.
_NO_BLOW = words(
    r"(?:no|without (?:a|any)|didnt|did not|never) (?:\w+ )?(?:knock|blow|injury|impact|bang)\w*"
)
_BLEEDING_DISORDER = words(r"ha?emophili\w*|von willebrand\w*|bleeding disorder")


def compartment_syndrome(m: Message) -> Level | None:
    if not (m.mentioned(LEG) or m.mentioned(_LIMB_PARTS)):
        return None
    # NHS: after an injury, pain that is much worse when the limb's fingers or toes are moved.
    # Without the injury it is too often tight calves after raises.
    if m.has(PASSIVE_STRETCH) and m.mentioned(INJURY) and (m.has(TIGHT_LIMB) or m.has(SWOLLEN)):
        return Level.EMERGENCY
    # A limb in a new cast, the pain far worse, and the fingers or toes numb, changing colour or
    # not moving: the swelling has nowhere to go (NHS, broken arm or leg: go back to A&E if a
    # cast is too tight, with numbness or fingers or toes changing colour).
    in_a_cast = m.mentioned(_IN_A_CAST)
    worse = m.has(SEVERE_PAIN) or m.has(_CAST_PAIN_FAR_WORSE)
    digits = m.has(_DIGITS_NUMB) or m.has(_DIGITS_WONT_MOVE) or m.has(_DIGITS_LOSING_COLOUR)
    if in_a_cast and worse and digits:
        return Level.EMERGENCY
    # Swelling with pain out of proportion that moving the toes makes worse, after a session.
    tense = m.has(TIGHT_LIMB) or (m.has(SWOLLEN) and m.has(PASSIVE_STRETCH))
    # Pain out of proportion in a limb gone hard and tight, with the foot or hand going numb or
    # tingling: the nerve is being pressed (NHS compartment syndrome: A&E now), whatever the
    # blow was called.
    if m.has(SEVERE_PAIN) and m.has(_GONE_HARD) and m.has(_NERVE_PRESSED):
        return Level.EMERGENCY
    # After a session with no blow, pain already easing the next day is the session's soreness:
    # compartment syndrome's pain keeps building (NHS compartment syndrome).
    after_a_session = m.mentioned(EXERCISE) and not m.has(_EASING_ALREADY)
    injured = m.mentioned(INJURY) and not m.mentioned(_NO_BLOW)
    if m.has(SEVERE_PAIN) and tense and (injured or after_a_session):
        return Level.EMERGENCY
    # After a session with no blow, the NHS's two signs together: pain out of proportion, and
    # worse when the toes or fingers are moved, in a limb gone tense. Either alone is too often
    # the tight calves of a hard session.
    if m.mentioned(EXERCISE) and tense and m.has(PASSIVE_STRETCH) and m.has(_MORE_THAN_IT_SHOULD):
        return Level.EMERGENCY
    # Or, in a limb gone rock hard, stretch pain that keeps growing rather than settling.
    if (
        m.mentioned(EXERCISE)
        and m.has(_GONE_HARD)
        and m.has(PASSIVE_STRETCH)
        and m.has(_NOT_SETTLING)
    ):
        return Level.EMERGENCY
    # After a blow, pain out of proportion told in plain words ("hurts way more than a bruise
    # should"). Not after a session: sore, tight calves after leg day are said to hurt like that.
    if m.has(_MORE_THAN_IT_SHOULD) and tense and (m.mentioned(INJURY) or m.mentioned(CAST)):
        return Level.EMERGENCY
    # Fingers or toes that won't move, or going pale or dusky, in a limb gone tense after a blow
    # or in a cast, or both after a session: the blood supply is failing, whether or not it is
    # felt (NHS, compartment syndrome and plaster casts: A&E now). Not colour alone after a
    # session, which the cold gives.
    wont_move, colour = m.has(_DIGITS_WONT_MOVE), m.has(_DIGITS_LOSING_COLOUR)
    # A bleed into the muscle does what a blow does, with no blow at all, in haemophilia or on a
    # blood thinner (Donaldson et al., J Orthop 2015, a review of compartment syndrome in
    # haemophilia).
    blow_or_cast = (
        m.mentioned(INJURY)
        or m.mentioned(CAST)
        or m.mentioned(_BLEEDING_DISORDER)
        or m.mentioned(ANTICOAGULANT)
    )
    if (tense or (m.mentioned(CAST) and m.has(SWOLLEN))) and blow_or_cast and (wont_move or colour):
        return Level.EMERGENCY
    if tense and m.mentioned(EXERCISE) and wont_move and colour:
        return Level.EMERGENCY
    # Or gone rock hard after a session, with the foot numb or fizzing and the toes barely moving:
    # the nerves pressed until the muscles they serve fail (NHS compartment syndrome: A&E now).
    pressed_hard = m.has(_GONE_HARD) and m.has(_NERVE_PRESSED) and wont_move
    if m.mentioned(EXERCISE) and pressed_hard and not m.has(_EASING_ALREADY):
        return Level.EMERGENCY
    # Or gone rock hard after a session, hurting far more when the toes are pulled up, with the
    # foot going numb: the NHS's stretch pain and the pressed nerve together.
    stretched_and_pressed = m.has(PASSIVE_STRETCH) and m.has(_NERVE_PRESSED)
    hard_after_a_session = m.mentioned(EXERCISE) and m.has(_GONE_HARD)
    if hard_after_a_session and stretched_and_pressed and not m.has(_EASING_ALREADY):
        return Level.EMERGENCY
    # In a cast, swelling and pain much worse when the fingers or toes are stretched.
    if m.mentioned(CAST) and m.has(PASSIVE_STRETCH) and (m.has(SWOLLEN) or m.has(TIGHT_LIMB)):
        return Level.EMERGENCY
    # NHS (plaster casts): pain in a cast that keeps getting worse, with toes or fingers numb or
    # not moving, is a trip to A&E now (puffy alone, CAST_TROUBLE, is the same-day rule's).
    if m.mentioned(CAST) and m.has(SEVERE_PAIN) and m.has(TIGHT_LIMB):
        return Level.EMERGENCY
    # NHS (compartment syndrome): pain that goes on and grows after exercise stops, with the
    # limb hard or the foot numb or tingling, is for A&E now; the chronic kind eases with rest.
    # Whatever was stopped (a run, a class, a shift), the pain outlived it.
    if m.has(_NOT_SETTLING) and m.mentioned(_SINCE_STOPPING) and m.has(_HARD_OR_NUMB):
        return Level.EMERGENCY
    # Swollen till the skin shines after a session, and too tender to walk on properly: a limb
    # gone tense, checked today (NHS compartment syndrome), though nothing is numb yet.
    # Or after a blow ("kneed in the calf last night, woke up with it tight, shiny and really
    # sore").
    effort_or_blow = m.mentioned(EXERCISE) or m.mentioned(INJURY)
    if effort_or_blow and m.has(_SWOLLEN_SHINY) and m.has(_HURTING_BADLY):
        return Level.SAME_DAY
    recurring = m.has(RECURRING) or m.has(
        words(
            # Not the easing: "gone after 20 min".
            r"same (?:point|time|distance)|(?<!gone )(?<!goes )(?<!eases )(?<!settles )(?<!fades )"
            r"(?<!fine )(?<!passes )after (?:about )?\d+ ?(?:min|mins|minutes|km|k|miles)",
            # "Around 25 minutes in": the same point of each run.
            r"(?:around|about|roughly|after) \d+ ?(?:min|mins|minutes) in(?:to)?\b",
            # "10 min into runs", "15 min into every run".
            r"\d+ ?(?:min|mins|minutes) into (?:every |each |most |my )?(?:runs|sessions|games|"
            r"walks|classes|run|session)",
            r"at (?:km|mile|k) ?\d+|at (?:about |around )?\d+ ?(?:km|k|miles)",
            # Months of it, run after run: "5 months of calf pain that builds on runs".
            r"(?:\d+|two|three|four|five|six|several|many) months of",
            r"(?:builds?|building|comes on|starts) (?:up )?on (?:my |every |most |long |all )?runs",
            # Told by the sessions it comes in, or the season it has lasted: "on longer runs",
            # "during matches", "all season", "over 12 runs".
            r"(?:on|during|in) (?:the )?(?:longer |long |hard |most |all )?(?:runs|rides|walks|"
            r"sessions|matches|games|races|practices)",
            r"all (?:season|term)",
            r"over (?:\d+|several|many|the last \d+) (?:runs|sessions|walks|rides|matches|games)",
        )
    )
    # Hours after stopping and still tight or numb: this time it has not settled.
    lingering = words(
        r"(?:\d+|two|three|four|several) (?:hours?|hrs?) (?:since|after) (?:i |we )?"
        r"(?:finished|stopped|got back|got home)",
        r"(?:\d+|two|three|four|five|several) (?:hours?|hrs?) later",
        r"(?:\d+|two|three|four|five|six|several) (?:hours?|hrs?) after (?:the|my|his|her) "
        r"(?:session|workout|class|run|game|match|training|race|shift)",
    )
    if m.has(TIGHT_LIMB) and m.has(lingering) and m.has(_STILL_SO):
        return Level.SAME_DAY
    # The member's own pattern broken: a shin that "normally settles 20 min after I stop" has
    # lasted hours, or "didn't settle like it usually does", or has not eased overnight.
    if m.has(TIGHT_LIMB) and m.mentioned(EXERCISE) and m.mentioned(_NOT_SETTLED_AS_USUAL):
        return Level.SAME_DAY
    # A foot still numb the day after a session that left the leg tight: the nerve is still
    # pressed, eased or not, so checked today rather than booked.
    if m.has(TIGHT_LIMB) and m.mentioned(EXERCISE) and m.has(_FOOT_STILL_NUMB):
        return Level.SAME_DAY
    # Hands that puff up on a long walk, rings tight, and go down after: gravity and warmth.
    puffy_hands = words(
        r"(?:hands|fingers)(?: \w+){0,3} (?:puff|swell)\w*|sausage (?:fingers|hands)",
        r"(?:hands|fingers)(?: \w+){0,4} like sausages",
    )
    hands_on_walks = m.mentioned(puffy_hands) and (m.mentioned(words(r"walk\w*|hik\w*")))
    if hands_on_walks and m.mentioned(words(r"both hands|rings?")):
        return None
    # A crush or a blow with swelling that rose overnight and pain that has not eased: a
    # fracture or a compartment filling, checked today even while fingers and toes still move.
    if m.mentioned(INJURY) and m.has(_SWELLING_ROSE) and m.has(_PAIN_NOT_EASING):
        return Level.SAME_DAY
    # A bruise or a lump from a blow, the limb tight or tense and getting worse rather than
    # better the day after, or hurting more than a bruise should: bleeding into the muscle may
    # still be filling it (NHS, compartment syndrome), so checked today.
    blow = m.has(_A_BLOW) or m.has(_BRUISE_OR_LUMP) or m.has(INJURY)
    tense_or_firm = m.has(TIGHT_LIMB) or m.has(_FIRM_SWELLING)
    if blow and tense_or_firm and (m.has(_GROWING_WORSE) or m.has(_MORE_THAN_IT_SHOULD)):
        return Level.SAME_DAY
    # On a blood thinner a blow bleeds on into the muscle: swollen and tight is checked today
    # (compare the emergency branch above, with fingers or toes failing).
    if blow and m.mentioned(ANTICOAGULANT) and m.has(SWOLLEN) and tense_or_firm:
        return Level.SAME_DAY
    # After a blow, pain out of proportion alone, the NHS's first sign ("hurts way more than a
    # bruise should"), before the limb is felt to be tight: today.
    if m.has(INJURY) and m.has(_MORE_THAN_IT_SHOULD):
        return Level.SAME_DAY
    # A limb a session left tight that is still tight, sore or numb hours or a day later, with the
    # foot or hand numb or tingling or the pain severe: the chronic kind settles soon after
    # stopping (NHS compartment syndrome), so one that outlasts the session is checked today.
    # Or a day's hard labour with the arms: "a day on the post driver and chainsaw".
    on_the_move = m.mentioned(EXERCISE) or m.mentioned(WALKING) or m.mentioned(_HARD_LABOUR)
    # "Really painful", not "really sore", which is what DOMS is called.
    bad = (
        m.has(_NERVE_PRESSED)
        or m.has(_PAINFUL_NOT_SORE)
        or m.has(SEVERE_PAIN)
        or (m.has(SWOLLEN) and m.has(words(r"burn\w*|throbb\w*")))
        or m.has(_BEYOND_DOMS)
        or m.has(PASSIVE_STRETCH)
        # "Went rock hard and painful": a muscle gone hard hurts, where DOMS is only sore.
        or m.near(_GONE_HARD, words(r"painful|pain|hurts?|hurting"), 4)
    )
    # Tight said as tight, not the numbness that TIGHT_LIMB also counts (a dentist's jab).
    tight = m.has(_TIGHT_MUSCLE)
    if tight and on_the_move and m.has(_OUTLASTED_THE_SESSION) and bad:
        return Level.SAME_DAY
    # A blow, then swelling with pain that grows through the day: filling, not settling.
    if m.has(_A_BLOW) and m.has(SWOLLEN) and m.has(_WORSE_THROUGH_THE_DAY):
        return Level.SAME_DAY
    # Not a limb that went numb from being slept or sat on, and came back.
    slept_on = m.mentioned(_SLEPT_ON)
    # Nor the pump every climber gets ("the lad I climb with is the same, just pump"), with no
    # numbness or tingling that the chronic kind brings.
    pump = m.mentioned(_JUST_THE_PUMP) and not m.has(_NUMB_OR_TINGLING)
    if recurring and m.has(TIGHT_LIMB) and m.has(EXERTIONAL_EASE) and not (slept_on or pump):
        return Level.SEE_GP
    return None


_JUST_THE_PUMP = words(
    r"just (?:the )?pump|(?:its|it is|thats|that is) (?:just )?(?:the )?pump\b",
    r"(?:i climb|i train|i row|i lift|i run) with (?:is|are|gets?|has) the same",
    r"everyone gets (?:it|this|that)",
)


# How hard it hurts, said with an intensifier: "really painful", "so sore".
_INTENSELY = r"(?:really|very|so|extremely|incredibly)"
_PAINFUL_NOT_SORE = words(rf"{_INTENSELY} painful|agony|agonising")
_TIGHT_MUSCLE = words(r"tight\w*|tense|(?:rock )?hard|solid|swollen|(?:tight )?as a drum")
# A day's hard labour with the arms, the effort a session would be.
_HARD_LABOUR = words(
    r"chainsaw\w*|post (?:driver|rammer|knocker)|sledge ?hammer\w*|jackhammer\w*|pickaxe|"
    r"(?:digging|shovelling|shoveling|hammering)(?: \w+){0,2} (?:all day|for hours)"
)
# Still so hours or a day after the session: "still tense today", "took hours to settle".
_OUTLASTED_THE_SESSION = words(
    r"still (?:\w+ ){0,3}(?:tense|tight|hard|firm|sore|painful|tender|numb|swollen)",
    r"(?:hasnt|not|isnt|didnt|wont|havent) (?:\w+ )?(?:eased|easing|ease|settled|settling|"
    r"settle|gone)(?! (?:at all )?(?:when|once|after|as soon as)\b)",
    r"took (?:hours|ages|(?:about |over |more than )?(?:an|a few|several|\d+|two|three) "
    r"(?:hours?|hrs?)) to (?:settle|ease|go|calm)",
    r"(?:\d+|two|three|four|five|six|several) (?:hours?|hrs?) later",
    # At rest since: "since last night my shin's tight... even sat still".
    r"even (?:sat|sitting|resting|at rest|lying) (?:still|down)?|since (?:last night|yesterday\w*)",
    # The swelling that stays: "pumped and tight since last night, not going down".
    r"(?:not|isnt|hasnt|wont) (?:going|gone|come|go) down",
    # The session dated to yesterday and the limb told as it is now: "rowed 10k yesterday,
    # forearm very tight and swollen".
    r"(?:rowed|ran|climbed|cycled|swam|trained|played|lifted|bouldered)(?: \w+){0,3} yesterday",
)
_WORSE_THROUGH_THE_DAY = words(
    r"(?:pains?|it|its|swelling|sore\w*)(?: \w+){0,2} (?:steadily |gradually |getting |got |even )?"
    r"worse (?:through|during|over|as) the (?:day|evening|afternoon|morning)"
)


_ACHING_BADLY = words(
    r"(?:ache|aches|aching|hurt|hurts|hurting) (?:so )?(?:terribly|badly|awfully|horribly|like mad)"
)
_BRUISE_OR_LUMP = words(r"bruis\w*|(?:big|massive|huge) (?:\w+ )?(?:lump|egg|swelling)")
_A_BLOW = words(
    r"whack\w*|bang\w*|knock\w*|kicked|hit (?:my|his|her|it|the)|came off|fell|fall|crash\w*|"
    r"collisions?|"
    r"tackl\w*|collid\w*|struck",
    # A dead leg from a knee or a boot: "took a knee to the thigh".
    r"dead leg|cork(?:ed|y)|charley horse|kneed|(?:took|got|caught|copped) (?:a |an )?(?:knee|"
    r"boot|elbow|kick|stud\w*|stick|hurl\w*)",
    # Squashed or trapped, or a tumble onto it: "forearm squashed between the bar and the rack".
    r"squashed|crushed|(?:got |was )?trapped|(?:took|had) a tumble|tumbled",
)
_GROWING_WORSE = words(
    r"(?:getting|gets|keeps getting|growing) (?:\w+ ){0,2}(?:tighter|bigger|more painful|"
    r"more swollen|harder|worse)(?! (?:at|with|when|if)\b)",
    r"(?:worse|tighter|more painful|more swollen) (?:today|this morning|overnight)",
    r"worse (?:rather|instead) (?:than|of) better|more painful overnight",
    r"(?:more|even more) (?:sore|painful|swollen) (?:today|this morning)",
    r"(?:hurting|hurts|sore|sorer|painful|swollen|tighter) (?:\w+ )?more,? not less",
    r"more (?:sore|painful|swollen|tender),? not less",
    r"(?:tighter|more painful|sorer|more swollen)(?: \w+){0,4} (?:each|every) day instead of "
    r"(?:better|easing)",
    r"(?:more painful|more sore|sorer|hurts more) than (?:i|id|youd|you) (?:would )?"
    r"(?:expect|have expected)",
    # Against an earlier hour: "tighter now than it was at lunch", "sorer this morning than it
    # was last night", "hurts more than yesterday".
    r"(?:sorer|worse|tighter|bigger|more painful|more swollen|more sore|hurts more|hurting more)"
    r"(?: now| today| this morning)? than (?:it was |they were )?(?:last night|yesterday|this "
    r"morning|at lunch|earlier|before)",
)
# Swelling felt firm or tense, not only seen: "big and firm", "feels tense".
_FIRM_SWELLING = words(
    r"(?:big|swollen|swelling|puffed up) and (?:firm|hard|tense)|firm swelling|feels? (?:tense|"
    r"firm)"
)
# The member's usual pattern: tightness that settles within minutes of stopping.
_USUALLY_SETTLES = (
    r"(?:usually|normally|always)(?: \w+){0,6} (?:settle|settles|ease|eases|fade|fades|go|goes|"
    r"wears? off|calms? down)"
)
_STILL_SO = words(r"still|stays?|staying|stayed|remains?|remained")
_NOT_SETTLED_AS_USUAL = words(
    r"(?:lasted|lasting|gone on|going on for) (?:\d+|two|three|four|five|six|several) "
    r"(?:hours?|hrs?)",
    # Told against the usual minutes: "normally settle ten minutes after, tonight it's been three
    # hours"; "usually fades in half an hour, still rock hard the next morning".
    rf"{_USUALLY_SETTLES}(?: \w+){{0,10}} (?:its |it has |theyve |they have )?been "
    r"(?:\d+|two|three|four|five|six|several|a few|a couple of) (?:hours?|hrs?)",
    rf"{_USUALLY_SETTLES}(?: \w+){{0,12}} still (?:\w+ ){{0,4}}(?:the )?next (?:morning|day)",
    r"(?:didnt|hasnt|not|isnt|wont) (?:\w+ )?(?:settle|settled|ease|eased|go|gone)(?: \w+){0,3} "
    r"(?:like|as) (?:it )?(?:usually|normally|always) does",
    r"(?:not|hasnt|didnt|havent) (?:eased|settled|gone|improved)(?: \w+)? overnight",
    # Against what DOMS does: "it's not easing like normal doms does".
    r"(?:not|isnt|hasnt|didnt|wont) (?:easing|settling|going|eased|settled|gone) (?:off )?(?:like|"
    r"as) (?:normal |usual |my usual |regular )?doms",
    # "Didn't settle for 3 hrs", "didn't ease for a couple of hours after", "stayed hard and
    # painful for hours", the foot "didn't come back for an hour".
    r"(?:didnt|hasnt|not|wont|wouldnt) (?:\w+ )?(?:settle|ease|go|come back)(?: \w+){0,2} (?:for|"
    r"until) (?:about |over |nearly )?(?:\d+|an|one|two|three|a couple of|several|a few) "
    r"(?:hours?|hrs?)",
    r"(?:didnt|hasnt|wouldnt|wont) (?:\w+ )?(?:settle|ease|go)(?: away| off)? for (?:hours|ages)",
    r"took (?:over |more than |about )?(?:an|\d+|two|three|a couple of|several) (?:hours?|hrs?) "
    r"to (?:settle|ease|go|calm)",
    r"stayed (?:\w+ )?(?:hard|tight|tense|painful|numb)(?: and \w+)? for (?:hours|ages|(?:\d+|two|"
    r"three|a few|several) (?:hours?|hrs?))",
)
_GONE_HARD = words(
    r"rock (?:hard|tight|solid)|(?:massively|really|very|so) (?:tight|tense|hard)|"
    r"tight (?:as|like) a drum|hard (?:as|like) (?:a )?(?:rock|stone|wood)|woody|tense",
    # "3 hours later it's hard and tight".
    r"hard and (?:tight|swollen)|(?:tight|swollen) and hard",
)
_NERVE_PRESSED = words(
    r"(?:foot|feet|toes|hand|fingers|leg|shin)(?: \w+){0,3} (?:numb\w*|tingl\w*|pins and needles|"
    r"dead|fizzy|buzzy|fuzzy)",
    r"(?:numb\w*|tingl\w*|pins and needles) (?:in )?(?:my |the |his |her )?(?:foot|feet|toes|hand|"
    r"fingers)",
    r"(?:feels|feel|going|gone|went) (?:\w+ ){0,2}(?:numb|tingly)",
    # "My foot feels funny and I can't feel it properly".
    r"(?:foot|feet|toes|hand|fingers)(?: \w+){0,6} (?:cant|cannot|can not) feel (?:it|them)",
    r"(?:numb\w*|tingl\w*|pins and needles) (?:on|over|across) (?:the )?(?:top|front|side) of "
    r"(?:my |the |his |her )?(?:foot|feet|toes)",
    # A foot that can't be lifted properly, the nerve pressed (foot drop): "my foot was slapping
    # down on the road", "weak lifting it".
    r"(?:foot|feet|toes)(?: \w+){0,3} (?:slapp\w*|flopp\w*|dragg\w*)|foot drop",
    r"(?:weak|cant|cannot|struggl\w*) (?:\w+ )?(?:lifting|to lift|lift) (?:it|my foot|the foot|"
    r"my toes|the front of my foot)",
    # Felt as not one's own: "the top of his foot feels like it isn't his".
    r"(?:foot|feet|toes|hand|fingers)(?: \w+){0,2} (?:feels?|felt) like (?:it|they) (?:isnt|arent|"
    r"wasnt|is not|are not) (?:mine|his|hers|theirs|part of (?:me|him|her))",
)
_TOES_CHANGED = words(
    r"(?:toes?|foot|feet)(?: \w+){0,3} (?:a )?(?:funny|odd|strange|weird) colou?r",
    r"(?:toes?|foot|feet)(?: \w+){0,3} (?:pale|white|blue\w*|bluish|purple\w*|dusky|grey|gray)",
)
# Limbs the leg words leave out: arms, and the big muscles of the thigh by their gym names.
_LIMB_PARTS = words(
    r"forearms?|arms?|hands?|wrists?|fingers|biceps|triceps|hamstrings?|quads?|glutes?|thighs?"
)
_NOT_REWARMING = words(
    r"(?:isnt|is not|not|wont|hasnt|still not) (?:\w+ )?(?:warming|warmed|warm) (?:back )?up"
)
# Come on within the hour, which a colour change over days is not: "in the last 30 minutes".
_WITHIN_THE_HOUR = words(
    r"(?:in|over|within) the (?:last|past) (?:\d+|few|couple of|ten|twenty|thirty) ?(?:min|mins|"
    r"minutes)",
    r"(?:in|over|within) the (?:last|past) (?:half )?hour",
    r"(?:\d+|ten|twenty|thirty|a few) (?:min|mins|minutes) ago",
)
_VERY_PAINFUL = words(rf"{_INTENSELY} (?:painful|sore)")
_PAIN_AWFUL = words(
    r"(?:pain|it)(?: is| s)? (?:awful|unreal|horrendous|unbearable|insane|something else|off the "
    r"(?:scale|charts))",
    r"hurts like (?:nothing else|nothing on earth|hell)",
)
# The purple of a knock: "bit purple where I banged it".
_WHERE_IT_WAS_KNOCKED = words(
    r"where (?:i|he|she|they|it) (?:banged|knocked|bumped|hit|caught|whacked|kicked)"
)
_GONE_BLUE = words(r"(?:dusky |bluey |bluish |dark )?(?:blue|purple|purplish)")
_SINCE_THIS_MORNING = words(
    r"since (?:this morning|i woke|lunch|breakfast|last night)|suddenly|sudden|out of nowhere|"
    r"(?:an|\d+|a few|two|three) hours? ago",
    # "Came on over the last few hours".
    r"(?:over|in) the (?:last|past) (?:few|couple of|\d+|two|three|four) hours",
)
_NO_WEIGHT_ON_IT = words(
    r"(?:cant|cannot|couldnt|unable to) (?:put|take|bear) (?:any )?weight",
    r"(?:cant|cannot|couldnt) stand on it",
    r"(?:can|could) (?:barely|hardly) (?:put|take|bear) (?:any )?weight",
)
_COLDER_THAN_THE_OTHER = words(
    # "Colder and a bit bluish compared to the other".
    r"(?:stone cold|cold|colder|cooler|freezing|icy|ice cold)(?: \w+){0,4} (?:compared (?:to|with)|"
    r"than) "
    r"(?:the |my |his |her )?(?:other|left|right)"
)
_LEG_ARTERY_OPENED = words(
    r"(?:stent|stents|bypass|angioplasty|balloon)(?: \w+){0,3} (?:in|on|to) (?:my |his |her |the )?"
    r"(?:leg|thigh|groin|knee|calf)(?: artery)?",
    r"(?:leg|thigh|groin|femoral|popliteal) (?:artery )?(?:stent|stents|bypass|angioplasty)",
)
_ALL_AT_ONCE = words(r"sudden\w*|out of nowhere|out of the blue|all of a sudden")
_COLD_SURROUNDINGS = words(
    r"raynaud\w*|winter|snow\w*|frost\w*|ski\w*|freezing (?:weather|day|morning|out)|cold "
    r"(?:weather|water|day|morning|outside|out)|swim\w*|dip|ice bath"
)


_KNOCKED_OUT_OF_LINE = words(
    r"(?:pointing|bent|facing|twisted|turned) (?:\w+ )?(?:the )?wrong way",
    r"(?:at )?an? (?:odd|weird|funny|strange|horrible|unnatural) angle",
    r"(?:popped|knocked|come|came) out of (?:place|joint|line)",
)
_COLD_TO_TOUCH = words(r"cold|colder|icy|freezing|ice cold|(?:block of|like) ice", FRIDGE_COLD)


_TOES_BLUE = words(r"(?:toes?|foot)(?: \w+){0,5} (?:blue|bluish|blueish)")
_OTHER_FOOT_NORMAL = words(
    r"(?:the )?other (?:foot|one|side)(?: is| s| looks| feels)? (?:normal|fine|ok|okay)"
)


def limb_ischaemia(m: Message) -> Level | None:
    # "The foot's gone pale" reads "foots". An amputee's stump is a limb with a blood supply too.
    limb = words(
        r"leg|legs|foot|foots|feet|toes|calf|calfs|shin|arm|arms|hand|hands|fingers|"
        r"(?:below|under) the knee|stumps?|residual (?:limb|leg|arm)s?|residuum"
    )
    rewarms = words(
        r"(?<!wont )(?<!cant )(?<!not )(?<!doesnt )warm\w* (?:them |it |my \w+ )?(?:back )?up",
        r"(?:go|goes|turn|turns) (?:back )?(?:pink|red)",
        r"then (?:go |goes |went |turn |turned )?(?:back )?(?:pink|red)",
        # "They were pink and tingly again".
        r"(?:were|was|are|is|went|turned|came back) (?:all )?(?:pink|red)(?: and \w+)? again",
    )
    # Read as a live mention: "this time it won't warm up" is not Raynaud's passing, nor is one that
    # "isn't warming up at all" after hours, whatever the fingers usually do.
    if m.mentioned(words(r"raynaud\w*")) and m.has(rewarms) and not m.has(_NOT_REWARMING):
        return None
    # Cold weather's numb white toes that warmed up and came back: "pink now, feeling all back".
    recovered = words(
        r"(?:pink|warm|toasty|normal|fine) (?:again|now)|(?:feeling|colour|color)(?: is| has)? "
        r"(?:all |come )?back|(?:feeling|colour|color) (?:has )?returned",
        r"(?:pink|warm|normal)(?: and \w+)? (?:within|in) (?:a few|a couple of|\d+) (?:min|mins|"
        r"minutes)",
        # "Then pink and normal once I warmed up".
        r"(?:pink|normal|fine)(?: and \w+)? (?:once|after|when) (?:i |we |he |she |they )?"
        r"warm\w* (?:up|them up|it up)",
        # "Pale and numb for ten minutes, then pink and toasty once the socks went on".
        r"(?:then|now) (?:back )?(?:to )?(?:pink|warm|toasty|normal)(?: and (?:toasty|warm|normal|"
        r"fine))?"
        r"(?: again)?(?: once| after| when| by)?",
        # "Warmed up in the cafe in five minutes and all normal".
        r"warmed (?:them |it |back )?up(?: \w+){0,5} (?:in|within|after) (?:a few|a couple of|\d+|"
        r"two|three|five|ten|fifteen) (?:min|mins|minutes)",
        # "All back to normal now", "came back with warm water and a brew". Not "back to normal
        # colour but still numb", or one hand back and the other not.
        r"all back to normal now|came back (?:with|after) (?:some )?(?:warm|hot) water",
        # "Warm water and they were fine in 5".
        r"(?:fine|normal|pink|ok|okay) (?:again )?(?:in|within|after) (?:\d+|a few|five|ten|a "
        r"couple of)(?: (?:min|mins|minutes))?",
    )
    # Or told by the kit: "holding my poles without gloves". The weather's or the water's cold,
    # not the limb's own ("my foot went cold, pale and numb"), which is the sign itself.
    cold_spell = words(
        r"(?<!pale )(?<!white )(?<!numb )(?<!blue )(?<!pale and )(?<!white and )(?<!numb and )"
        r"(?<!blue and )(?<!went )(?<!gone )(?<!turned )(?<!felt )(?<!feels )cold(?! (?:and )?"
        r"(?:pale|white|numb|blue|grey|mottled))",
        r"ski\w*|snow|frost\w*|freezing|frozen|winter|ice|icy|ice ?baths?|plunge",
        r"(?:no|without|forgot|took off) (?:my |his |her |their )?gloves|gloves off|chairlift",
    )
    if m.mentioned(cold_spell) and m.has(recovered):
        return None
    # A foot sat on goes cold, numb and tingly, and comes back when they stand; asked "sat on
    # it?" and answered "no, three hours and worse", it is no such thing.
    came_back = words(
        r"back to normal|came back|(?:fine|normal|ok|okay) (?:again )?(?:a minute|seconds|a few "
        r"\w+|a moment) after|gone in (?:a|one|\d+|a few) (?:minute|min|mins|minutes|seconds|secs)",
        # "Got up, pins and needles, fine".
        r"(?:got up|stood up|moved)(?: \w+){0,4} (?:fine|ok|okay|normal)$",
        # "After walking it's normal".
        r"after (?:walking|moving|standing|a walk|walking around|moving around)(?: \w+){0,2} "
        r"(?:its|it is|it was|all|everything is|everythings) (?:\w+ )?(?:normal|fine|ok|okay|back)",
        r"(?:walked|shook|stamped|rubbed) (?:it|them) off",
        # "Fine after a wiggle".
        r"(?:fine|ok|okay|normal) (?:again )?after (?:a |some )?(?:wiggle|shake|stamp|rub|stretch)",
        # "Pins and needles from hell then fine", "pink again in 5 min".
        r"(?:pins and needles|tingl\w*)(?: \w+){0,3} (?:then|and then) (?:fine|ok|okay|normal|"
        r"grand)",
        r"(?:pink|normal|fine|warm) again (?:in|within|after) (?:\d+|a few|five|ten|a couple of)",
    )
    # Pressed by sitting on it, or by a shoe or boot laced too tight and then taken off.
    pressed = m.mentioned(PRESSED_LIMB) or m.mentioned(_TOO_TIGHT_ON_THE_FOOT)
    if pressed and m.has(came_back) and not m.has(PRESSED_NOT_PASSING):
        return None
    # Gone white or cold, numb or painful, and come back: as a stroke's signs that pass are still
    # seen (a TIA), a limb's blood supply that failed for minutes is seen today, not by 999 (the
    # limb still losing it, below). In an effort, in someone with atrial fibrillation (whose clots
    # travel to a limb as to the brain), or one foot, leg, hand or arm told alone; away from the
    # cold that whitens both hands, and not a limb still without feeling or movement.
    away_from_cold = not (m.mentioned(_COLD_SURROUNDINGS) or pressed)
    passed = (
        (m.near(limb, _PALE, 6) or m.near(limb, _COLD_LIMB, 6))
        and (m.has(_NUMB_OR_TINGLING) or m.has(_SORE_OR_PAINFUL))
        and (m.has(recovered) or m.has(came_back))
        and (m.mentioned(EXERCISE) or m.mentioned(AF) or m.has(_ONE_LIMB_WHOLE))
    )
    # Not a hand whitened by a grip and back within seconds of letting go.
    gripped = m.has(_BACK_WITHIN_SECONDS)
    if passed and away_from_cold and not (m.has(_STILL_WITHOUT_IT) or gripped):
        return Level.SAME_DAY
    # Or in the next sentence: "feels like it belongs to a marble statue - pale, cold, no feeling".
    if m.near_or_next(limb, COLD_PALE, 10):
        # "Like a block of ice" is cold said as an image.
        # Or by the touch: "like touching something out the fridge".
        cold = m.has(_COLD_TO_TOUCH)
        pale = m.has(_PALE)
        no_pulse = m.has(NO_PULSE)
        lost = m.has(LIMB_LOSS) or no_pulse
        sudden = m.has(SUDDEN) or m.has(_WITHIN_THE_HOUR)
        if lost and ((cold and pale) or ((cold or pale) and (sudden or no_pulse))):
            return Level.EMERGENCY
        # Pain, pallor and cold together are three of acute ischaemia's six signs, even while
        # the foot can still move and feel.
        if cold and pale and (m.has(SEVERE_PAIN) or m.has(_VERY_PAINFUL)):
            return Level.EMERGENCY
        # Gone cold and mottled all at once, away from the cold that whitens fingers (Raynaud's,
        # winter, water): acute ischaemia comes on suddenly, whether or not pain is said.
        if cold and pale and m.has(_ALL_AT_ONCE) and not m.mentioned(_COLD_SURROUNDINGS):
            return Level.EMERGENCY
        # Cold and pale beyond a joint knocked out of shape ("foot pointing the wrong way"): the
        # bone or joint is pressing on the artery, and the limb is losing its blood supply.
        if cold and pale and m.has(_KNOCKED_OUT_OF_LINE):
            return Level.EMERGENCY
    # One limb cold against the other to the touch ("stone cold compared to the right",
    # "freezing compared with the left"), numb or barely moving, come on within hours: acute
    # ischaemia's signs told by the hand that felt them (over days it is the same-day kind below).
    colder = m.has(_COLDER_THAN_THE_OTHER) and m.mentioned(limb) and m.has(LIMB_LOSS)
    awful = m.has(SEVERE_PAIN) or m.has(_VERY_PAINFUL) or m.has(_PAIN_AWFUL)
    within_hours = m.has(SUDDEN) or m.has(_WITHIN_THE_HOUR) or m.has(_SINCE_THIS_MORNING)
    if colder and within_hours:
        return Level.EMERGENCY
    # A leg that has turned blue or purple since this morning, swollen or unable to bear weight,
    # with the pain severe: "suddenly blue and painful", the guide's own words.
    # Not a bruise's purple.
    blue_today = (
        m.near(limb, _GONE_BLUE, 20)
        and m.has(_SINCE_THIS_MORNING)
        and not m.mentioned(words(r"bruis\w*"))
        and not m.mentioned(_WHERE_IT_WAS_KNOCKED)
    )
    if blue_today and awful and (m.has(SWOLLEN) or m.has(_NO_WEIGHT_ON_IT)):
        return Level.EMERGENCY
    # A limb measured much colder than the other ("right foot 24 C, left foot 32 C") that has lost
    # movement or feeling, or came on within hours: the numbers say "cold" for the member.
    if _one_side_much_colder(m) and (
        m.has(LIMB_LOSS) or m.has(SUDDEN) or m.has(words(r"started (?:\d+|an|a few) hours? ago"))
    ):
        return Level.EMERGENCY
    foot = words(r"foot|feet|toes?|heel")
    rest_pain = m.near(foot, LEG_PAIN, 8) and (m.has(_IN_BED) or m.has(_HUNG_DOWN))
    # A leg that aches in bed and eases only hung over the side: the same sign, told of the leg,
    # or of toes told at more length ("toes gone dusky ... and hurt at night, only better hanging
    # them off the bed").
    told_of = m.near(LEG, LEG_PAIN, 8) or m.near(foot, LEG_PAIN, 16)
    rest_pain = rest_pain or (told_of and m.has(_IN_BED) and m.has(_HUNG_DOWN))
    # A foot that "burns" is that pain only beside the hanging down: burning feet at night
    # alone are as often a diabetic's nerves.
    rest_pain = rest_pain or (m.near(foot, _BURNS, 4) and m.has(_HUNG_DOWN))
    # NHS (PAD): pain in the legs even at rest is a complication to ring about at once; in a
    # member with known PAD, pain that now comes sitting still or in bed is that.
    # Or a foot that reddens hanging down and whitens lifted (the circulation's colour change,
    # NICE CG147), with pain now there at rest: critical limb ischaemia's pattern.
    colour_change = m.has(_REDDENS_HANGING_DOWN) and m.has(_WHITENS_LIFTED)
    rest_pain = rest_pain or (colour_change and m.near(LEG_PAIN, _PAIN_AT_REST, 8))
    known_pad = m.mentioned(words(r"claudication|pad|peripheral arter\w*"))
    rest_pain = (
        rest_pain
        or (m.has(words(r"rest pain")) and m.mentioned(LEG))
        or (known_pad and m.near(LEG_PAIN, _PAIN_AT_REST, 8))
    )
    # NHS (PAD): skin on a toe or foot turning black is gangrene's sign; ring today. Not a runner's
    # black toenail, which is a bruise under the nail.
    gangrene = m.has(_BLACKENING) and not m.mentioned(words(r"(?:toe ?)?nails?"))
    # A foot wound only slow to heal is today's with diabetes or a poor blood supply told beside
    # it (NICE NG19: an active diabetic foot problem is referred within a working day); alone, the
    # see-a-GP rule reads it.
    poor_supply = m.mentioned(words(r"diabet\w*|type (?:1|2|one|two)|smok\w*|claudication|pad"))
    slow_foot = m.near(foot, SLOW_TO_HEAL, 8) and (poor_supply or m.has(_COLD_FEET))
    if rest_pain or m.near(foot, NOT_HEALING, 8) or slow_foot or gangrene:
        return Level.SAME_DAY
    # A sore lower down the leg that won't heal, grey or dark at its base, with a poor blood
    # supply told beside it: NICE CG147 counts ulcers that don't heal among critical limb
    # ischaemia's signs, so today too. A graze only slow to heal in a diabetic, with nothing
    # grey about it, is the see-a-GP rule's.
    lower_leg = words(r"shins?|lower legs?|ankles?|calf|calves|stump|residual limb")
    leg_wound = m.near(lower_leg, NOT_HEALING, 10) or m.near(lower_leg, SLOW_TO_HEAL, 10)
    poor_supply_told = (
        m.mentioned(words(r"diabet\w*|claudication|pad|(?:poor|bad) circulation"))
        or m.has(_COLD_FEET)
        or m.near(foot, words(r"pale|paler|white|cold|cool|colder|cooler"), 6)
        or m.has(words(r"skin (?:\w+ ){0,3}(?:is |feels |gone )?(?:cold|icy|pale|white)"))
    )
    if leg_wound and m.has(_WOUND_GREY) and poor_supply_told:
        return Level.SAME_DAY
    # Or one that isn't healing, told beside the leg aching on walking: the same failing supply,
    # told by its pain. Not one only slow to heal, the see-a-GP rule's.
    if m.near(lower_leg, NOT_HEALING, 10) and poor_supply_told and _aches_on_walking(m):
        return Level.SAME_DAY
    # An artery of the leg opened with a stent or bypass, and now the foot colder than the
    # other: the opened artery may be closing again, for the vascular team today.
    treated = m.mentioned(_LEG_ARTERY_OPENED)
    if treated and m.has(_COLDER_THAN_THE_OTHER) and m.mentioned(limb):
        return Level.SAME_DAY
    # Toes gone dusky or purple and cold over days (not suddenly: that is above).
    felt_cold = m.has(_COLD_LIMB)
    if m.has(DUSKY_TOES) and felt_cold:
        return Level.SAME_DAY
    # Or dusky and sore even at rest or in bed, with diabetes or smoking to narrow the arteries:
    # rest pain with the toes' colour changed (NICE CG147, critical limb ischaemia), today.
    if m.has(DUSKY_TOES) and m.has(_PAIN_AT_REST) and poor_supply:
        return Level.SAME_DAY
    # Or blue and cold on one foot only, the other normal, since yesterday with no cold to blame:
    # blue that stays is not the cold's, which comes back within minutes of warming.
    one_foot_blue = m.has(_TOES_BLUE) and m.mentioned(_OTHER_FOOT_NORMAL)
    lasting = m.has(words(r"since (?:yesterday|last night|this morning)"))
    if one_foot_blue and felt_cold and lasting and not m.mentioned(_COLD_SURROUNDINGS):
        return Level.SAME_DAY
    # One foot or hand cold and pale or blue on its own, away from the cold that whitens both:
    # its own blood supply failing (NHS, peripheral arterial disease: a limb gone pale, blue and
    # cold), for today.
    # Or told against the other ("colder and bluish compared to the other since last night").
    # Only when it is new: one foot always a little colder and paler is the see-a-GP kind.
    new_since = lasting or m.has(words(r"overnight"))
    one_sided = m.has(_ONE_SIDE_ONLY) or (m.has(_COLDER_THAN_THE_OTHER) and new_since)
    # New since yesterday, tingling tells the nerves short of blood as well as a colour would.
    starved = m.near(limb, _PALE, 8) or (new_since and m.has(_NUMB_OR_TINGLING))
    one_side = one_sided and felt_cold and starved
    if one_side and away_from_cold:
        return Level.SAME_DAY
    return None


_ONE_LIMB_WHOLE = words(
    r"(?:(?:my|his|her|their|the|a|one|left|right)(?: \w+)? )?(?:left |right )?(?:foot|leg|hand|"
    r"arm)(?: \w+){0,2} (?:went|turned|gone|going|was|were|is|are|looked|became|had)",
)
_COLD_LIMB = words(r"cold|colder|icy|freezing")
_BACK_WITHIN_SECONDS = words(
    r"(?:in|within|after) (?:like |about |a few |just )?(?:\d+|a few|few|ten|twenty|thirty) "
    r"(?:secs?|seconds)",
    r"(?:once|when|as soon as) (?:i|he|she|they) (?:let go|released|put (?:it|them|the \w+) down)",
)
_SORE_OR_PAINFUL = words(r"pain\w*|sore|hurt\w*|ach\w*")
# Still without feeling or movement: the limb is still losing its blood supply.
_STILL_WITHOUT_IT = words(
    r"still (?:cant|cannot|can not|unable to) (?:move|feel|walk|grip)",
    r"still (?:no feeling|no pulse|completely numb|totally numb|dead|useless)",
    # Or still white or cold, whatever "came back" ("the pain came back, it's still white").
    r"(?:is|are|its|theyre|stays?|stayed) still (?:white|pale|cold|icy|freezing|numb)",
    r"still (?:white|pale|cold|icy|freezing|numb) (?:now|and)",
)
# Pale said as an image too: fingers "like candles", "like wax", "chalky".
_PALE = words(
    r"pale|paler|white|whiter|blue|bluish|grey|gray|mottled|marbl\w*|waxy|blotchy|chalky|"
    r"(?:like|as) (?:a )?(?:candles?|wax|chalk)"
)
_NUMB_OR_TINGLING = words(r"numb\w*|tingl\w*|pins and needles|no feeling|(?:cant|couldnt) feel")
# Told as one side's alone: "one foot only", "just my left hand", "the other one's fine".
_ONE_SIDE_ONLY = words(
    r"(?:one|1) (?:foot|hand|leg|arm|side) only|only (?:one|the (?:left|right)|my (?:left|right)) "
    r"(?:foot|hand|leg|arm|side)|just (?:the|my|his|her) (?:left|right) (?:foot|hand|leg|arm)",
    r"(?:the )?other (?:one|foot|hand|leg|arm)s? (?:is |are |feels )?(?:fine|warm|normal|ok|okay)",
)


# Breathlessness that built over weeks: not "flew back last week", which dates the flight.
_OVER_WEEKS = words(
    r"crept up|creeping up|(?:gradually|slowly) (?:got |getting |gotten )?worse",
    r"(?:over|for) (?:the )?(?:last |past )?(?:a few |few |several |\d+ |two |three |four |five |"
    r"six )?(?:weeks|months)",
)
_TOO_TIGHT_ON_THE_FOOT = words(
    r"(?:shoes?|boots?|wellies|laces|socks?|straps?)(?: \w+){0,2} too tight|too tight (?:shoes?|"
    r"boots?|laces)"
)
_IN_BED = words(
    r"at night|in bed|(?:wakes?|woke|waking) (?:me|him|her|them) (?:up )?in (?:the )?night"
)
# Eased by hanging the foot down, or there even sitting still: "hurts even sat in the chair",
# "sleeps with it hanging out of bed".
_HUNG_DOWN = words(
    r"dangl\w*|hanging (?:\w+ )?(?:leg|foot|feet) down|"
    # "Hangs it out of bed", "hangs his foot over the side".
    r"hang\w* (?:it |them |(?:his|her|my|their|the) (?:foot|feet|legs?) )?(?:out of (?:the )?bed|"
    r"over the (?:side|edge)|off the (?:bed|side|edge))|"
    # "Have to hang leg down", a learner's.
    r"hang (?:(?:my|his|her|the|their) )?(?:leg|legs|foot|feet) down|"
    r"(?:leg|foot) hanging down|even (?:sat|sitting|resting|at rest|in (?:the|his|her|my) chair)"
)
_REDDENS_HANGING_DOWN = words(
    r"(?:red|reddish|dusky|purple|purplish)(?: \w+){0,4} (?:when|if|once) (?:(?:it|they|my foot|"
    r"his foot|her foot) )?(?:hangs?|hanging|dangl\w*|is down|are down)"
)
_WHITENS_LIFTED = words(
    r"(?:white|pale|paler|whiter)(?: \w+){0,4} (?:when|if|once) (?:i |he |she |they )?"
    r"(?:lift|raise|put (?:it|them) up|elevate)\w*"
)
_BURNS = words(r"burns?|burning")
# Leg words in the other order, and "tight" (not "tightened up nicely", a stretch's word).
_LEG_GRIPS_IN_OTHER_WORDS = words(
    r"(?:cramp|ache|aching|pain|tightness|burning)s? in (?:my |his |her |the |both |one )?"
    r"(?:left |right )?(?:calf|calves|legs?|shins?|buttocks?)",
    r"(?:calf|calves|legs?) (?:\w+ ){0,2}(?:go|goes|went|get|gets|got|going|feel|feels) "
    r"(?:really |so |all |very )?(?:tight|stiff|solid|hard)",
    # "His calves burn after a few holes": the golf course is walked.
    r"(?:calf|calves|legs?)(?: \w+){0,2} (?:burn|burns|burning)",
)
# A short rest that settles it: "fine resting", "ease off on the bench", "stand a minute".
_EASED_BY_A_SHORT_REST = words(
    r"fine (?:at rest|resting|sitting|after (?:a|the) (?:short |quick |little )?(?:rest|break|"
    r"sit|stop|breather))",
    r"(?:ease|eases|eased|easing) off (?:on|when|once|after|with)",
    r"(?:have|has|had|having) to (?:stand|stop|rest|sit|lean)(?: \w+){0,3} (?:a minute|a moment|"
    r"a bit|a while|and lean|for a (?:minute|bit|while|moment))",
    r"(?:stops?|rests?|stands?) (?:for )?(?:a|a couple of|a few|two) (?:minutes?|mins?|moments?) "
    r"(?:and|then) (?:carries on|walks on|goes on|off again|on again|keeps going)",
    # "Burns on hills, stops when I do".
    r"(?:stops|goes|eases) when (?:i|he|she|we) (?:do|does)",
    # "Need stop every 200m, then ok": the stop told by its distance, and the ease after it.
    r"(?:need|needs|have|has|had) (?:to )?stop (?:every|after) (?:\w+ )?\d+ ?(?:m|metres|meters|"
    r"yards|steps)(?: \w+){0,2} (?:then|and) (?:ok|okay|fine|good|it goes|it eases|carry on)",
)
# Claudication told by its pattern: calf pain on walking.
_WALKING_PAIN_NAMED = words(
    # "Calf pain walking", the walk named with no "when".
    r"walking (?:calf |leg )?pain|(?:calf|leg) pain (?:on |when |while )?walk(?:ing|s)?\b",
    r"(?:calf|leg) pain (?:i |he |she )?gets? (?:on |when |while )?walk\w*",
    r"(?:calf|leg) (?:cramps?|aches?|pains?) (?:on|when|while|during) (?:my |the )?walk\w*",
    # Higher up, or both legs: "buttock and thigh cramping on walks", "both legs ache when walking".
    r"(?:calves|legs|thighs?|buttocks?|hips?)(?: and (?:calf|calves|legs?|thighs?|buttocks?|"
    r"hips?))? (?:cramp\w*|ache|aches|aching|hurt|hurts|hurting) (?:on|when|while|during) "
    r"(?:my |the |his |her |our )?walk\w*",
    r"(?:cramps?|cramping|aches?|aching|pains?) in (?:my |the |his |her )?(?:left |right )?(?:calf|"
    r"leg|calves|legs) "
    r"(?:on|when|while|during) (?:my |the |his |her |i |he |she )?walk\w*",
    # Told by the distance it comes at: "I get calf pain walking about 400m".
    r"(?:calf|leg) (?:pain|ache|cramp)s? (?:on |when |while )?walking (?:about |around )?\d+ ?"
    r"(?:m|metres|meters|yards)\b",
    # Or the verb: "my leg hurts walking 100 metres".
    r"(?:calf|leg|legs|calves) (?:hurts?|aches?|cramps?) (?:on |when |while |after )?walking "
    r"(?:about |around |only |just )?\d+ ?(?:m|metres|meters|yards)\b",
    # Named by its cause, as people say it: "his circulation pain in his legs".
    r"circulation (?:pain|pains|trouble) (?:in )?(?:my |his |her |the |both )?"
    r"(?:legs?|calf|calves)",
    # Told by the distance it used to come at: "used to come after half a mile".
    r"(?:calf|leg) (?:pain|ache|cramp)s?(?: \w+){0,2} (?:used to )?(?:come|comes|start|"
    r"starts|kick in|kicks in) (?:on )?after (?:about )?(?:\d+|half a|a quarter of a|a) "
    r"(?:mile|miles|yards|metres|meters|km)",
)
_BACK = words(r"(?:is|are|has|have|its|it is) (?:\w+ )?(?:back|returned)|(?:come|came|coming) back")
_RUNNING_EFFORT = words(r"(?:hill )?(?:reps|sprints?|repeats|intervals)")
_WALKED_DISTANCE = words(r"(?:after|every|about) \d+ ?(?:m|metres|meters|yards)")
_HILLS = words(r"hills")
# Weeks of it, said in passing: "about 6 weeks", "2 months", or just "weeks".
_WEEKS_SAID_IN_PASSING = words(
    r"(?:\d+|two|three|four|five|six|a few|several|couple of|a couple of) (?:weeks|months)",
    r"(?<!in )(?<!in a few )(?:weeks|months)",
)
# The risks the NHS names for PAD: smoking, diabetes, older age.
_PAD_RISK = words(
    r"smok\w*|cigs?|cigarettes?|\d+ a day|diabet\w*|type (?:2|two)|t2d?",
    r"(?:aged?|im|i am|hes|shes|he is|she is|dad|father|mum|mother|grandad|grandpa|client|"
    r"husband|wife) [5-9]\d\b",
    r"(?:in (?:my|his|her) )?(?:fifties|sixties|seventies|eighties)|older client|pensioner",
    r"(?:just|old) age|getting old",
)


_SHRINKING_DISTANCE = words(
    r"(?:distance|how far)(?: \w+){0,8} (?:before|till|until)(?: \w+){0,6} "
    r"(?:ache|aching|pain|cramp\w*|hurt\w*|seiz\w*)(?: \w+){0,6} (?:shorter|less|shrinking)",
    r"(?:distance|how far) (?:\w+ ){0,5}(?:is )?(?:getting|got|gets) (?:shorter|less)",
    # "Walking distance before the calf pain has gone from about 400m to 50m".
    r"(?:distance|how far)(?: \w+){0,10} (?:gone|went|dropped|fallen|come down|shrunk) from "
    r"(?:about |"
    r"around )?(?:\d+ ?(?:m|metres|meters|yards|k|km|miles?)|(?:half |a quarter of )?a mile) to "
    r"(?:about |around |only |just )?\d{1,3} ?(?:m|metres|meters|yards|steps)\b",
    # "I can walk less far than last year before my calves ache", "used to be 1km, now 400m".
    r"(?:walk|get|go|manage|make it) (?:about |only |maybe )?(?:less far|not as far|half as far|"
    r"shorter distances?) (?:than|before|as (?:i |he |she )?(?:could|used to|did))",
    r"(?:cant|cannot|can not|couldnt) (?:walk|get|go|manage) (?:\w+ )?as far as (?:i|he|she) "
    r"(?:used to|could|did)",
    r"used to (?:be |walk |manage |do |get )?(?:\d+(?:\.\d)? ?(?:k|km|m|miles?|yards)|a mile)"
    r"(?: \w+){0,3} now (?:\w+ )?\d+",
    # "Used to come on after a mile", "only walks 20m now before the cramp, used to be 200".
    r"used to (?:come|start|kick in|come on|hit|begin|set in) (?:on )?(?:at|after) (?:about |"
    r"around )?(?:\d+ ?(?:k|km|m|metres|meters|miles?|yards)|(?:half )?a mile)",
    r"(?:only|barely|just) (?:walk|manage|get|go|do) (?:about |around )?\d{1,3} ?(?:m|metres|"
    r"meters|yards|steps)(?: \w+){0,6} used to be (?:about |around )?\d+",
    # "I could walk 400m before my calf pain, since Tuesday it's 40m".
    r"(?:could|used to) (?:walk|manage|get|do|go) (?:about |around |maybe )?(?:\d+ ?(?:k|km|m|"
    r"metres|meters|miles?|yards)|(?:a|half a) mile)(?: \w+){0,10} (?:now|its|it is|down to|only)"
    r"(?: \w+)? \d+ ?(?:k|km|m|metres|meters|miles?|yards|steps)?",
    # "Dropped from a mile to about 50 yards".
    r"(?:distance|how far)(?: \w+){0,10} (?:dropped|fallen|gone down|come down|shrunk) from ",
    # "Now I'm stopping every 100 metres instead of every 300".
    r"(?:stopping|stop|rest\w*|pause\w*) every \d+ ?(?:m|metres|meters|yards) (?:instead of|rather "
    r"than|not) (?:every )?\d+",
)
_DISTANCE = re.compile(r"\b(\d{2,4}) ?(?:m|metres|meters|yards)\b")


def _distances_shrink(m: Message) -> bool:
    """Three or more distances, each shorter than the last, ending "now"."""
    distances = [int(n) for n in _DISTANCE.findall(m.whole)]
    shrinking = all(a > b for a, b in itertools.pairwise(distances))
    return len(distances) >= 3 and shrinking and m.mentioned(words(r"now"))


_BLACKENING = words(
    r"(?:black|blackened|blackish|dark purple) (?:patch|spot|area|skin|bit|mark)(?: \w+){0,8} "
    r"(?:toes?|foot|feet|heel)",
    r"(?:toes?|foot|heel|skin)(?: \w+){0,3} (?:gone|turned|turning|going|is going) black(?:ish)?",
    # "A toe went purply black at the tip".
    r"(?:toes?|foot|heel)(?: \w+){0,3} (?:went|gone|turned|turning|going) (?:purply|purple|"
    r"dark|bluey|bluish) ?black",
    # "One of my toes is black on the tip", "the tip of one toe is black".
    r"(?:toes?|heel) (?:is|are|looks?) (?:\w+ )?black (?:on|at) the (?:tip|end|edge)",
    r"(?:tip|end) of (?:my |his |her |one |a |the )?(?:big )?toes? (?:is|are|has gone|gone|went|"
    r"turned) (?:\w+ )?black",
)


_SIDE_READING = re.compile(
    r"\b(left|right) (?:foot|leg|hand|toes|calf) (\d\d(?:\.\d)?) ?(?:c|degrees)\b"
)


def _one_side_much_colder(m: Message) -> bool:
    """Skin temperatures read on both sides, 4 degrees or more apart."""
    readings = {side: float(value) for side, value in _SIDE_READING.findall(m.whole)}
    return len(readings) == 2 and abs(readings["left"] - readings["right"]) >= 4


# "A stent in my leg artery", told stent first.
_STENT_IN_A_LEG = words(
    r"stent\w* (?:put )?in (?:my|his|her|their|the) (?:\w+ )?(?:leg|thigh|groin|artery|arteries)"
)
_PAIN_BACK = words(r"(?:come|came|coming) (?:right )?back|returned|back again|is back|its back")
# Now there at rest too: "hurts even resting in bed", "aching just lying here".
_ACHING_EVEN_AT_REST = words(
    r"(?:hurts|aches|aching|pain\w*|there) (?:even|just) (?:when )?(?:resting|at rest|in bed|"
    r"lying|sitting)"
)


def claudication(m: Message) -> Level | None:
    level = _walking_pain(m)
    # The walking pain told, with a sign that the supply is failing even at rest: the pain now
    # in bed or sitting too, a sore that won't heal, a toe going black. NICE CG147 counts each
    # among critical limb ischaemia's signs, an urgent referral, so today rather than a booking.
    # Not the skin signs of a poor supply alone, with no pain on walking: a GP's.
    failing = m.has(_NOW_AT_REST_TOO) or m.has(NOT_HEALING) or m.has(_BLACKENING)
    walking_pain = _aches_on_walking(m) or m.mentioned(_WALKING_PAIN_NAMED)
    if level is Level.SEE_GP and walking_pain and failing:
        return Level.SAME_DAY
    return level


def _aches_on_walking(m: Message) -> bool:
    """A leg told aching beside a walk: the pain a failing supply gives, read beside the signs
    that it is failing further (a sore that won't heal, pain now at rest)."""
    return m.mentioned(WALKING) and m.near(LEG, LEG_PAIN, 10)


# The walking pain now come at rest as well: "now it hurts in bed at night too". Not "no pain
# at rest", nor feet cold "even in bed".
_AT_REST = r"(?:when (?:\w+ )?(?:sits?|sitting|resting|lying)|in bed|at night|at rest)"
_LEG_HURTS = r"(?<!no )(?<!without )(?:hurts?|hurting|aches?|aching|pain|painful|sore)"
_NOW_AT_REST_TOO = words(
    rf"(?:now|also|even)(?: \w+){{0,3}} {_LEG_HURTS}(?: \w+){{0,3}} {_AT_REST}",
    rf"{_LEG_HURTS}(?: \w+){{0,2}} (?:now|also|even|too) (?:\w+ ){{0,2}}{_AT_REST}",
)


def _walking_pain(m: Message) -> Level | None:
    # Known claudication that suddenly comes on after a few steps, or a foot gone cooler: the
    # blood supply may be failing (NICE CG147: urgent referral), so today.
    # Named, or told as its pattern: calf pain on walking that goes when they stop.
    known = (
        m.mentioned(
            words(
                r"claudications?|pad|peripheral arter\w*|(?:leg|artery|arteries) (?:\w+ )?stent\w*"
            )
        )
        or m.mentioned(_STENT_IN_A_LEG)
        or m.mentioned(_WALKING_PAIN_NAMED)
        or (m.mentioned(WALKING) and m.has(WALK_PAIN_REST))
    )
    # Or told as its distance shrinking: "I could walk 400m before the calf pain, now it's 40m",
    # the leg named or the walk ("my walking distance has dropped... before the pain stops me").
    told_of_a_leg = m.mentioned(LEG) or m.mentioned(WALKING)
    known = known or (told_of_a_leg and m.has(_SHRINKING_DISTANCE))
    changed = m.has(
        words(
            r"since (?:yesterday|this morning|last night|monday|tuesday|wednesday|thursday|friday|"
            r"saturday|sunday|the weekend)|suddenly|all of a sudden|come right back|"
            r"(?:much )?worse this week",
            r"(?:in|over) the (?:last|past) (?:two|three|few|couple of|\d) days|since last week",
            r"(?:in|over|within) the (?:last|past) (?:fortnight|week|two weeks|2 weeks|couple of "
            r"weeks)",
            r"(?:all )?this week",
            r"(?:in|over|within) (?:the )?(?:a few|a couple of|few|couple of|\d|two|three) days",
            r"(?:for )?(?:the )?(?:last|past) (?:few|couple of|two|three|\d) days",
            r"worse (?:in|over) (?:a|one|the last|the past|under a) (?:week|fortnight|few days|"
            r"couple of days)",
        )
    )
    much_worse = m.has(
        words(
            r"(?:after|within) (?:only |just )?(?:a few|a couple of|\d{1,2}) (?:steps|yards|metres|"
            r"meters|paces)",
            r"(?:much|way|a lot|loads|far) worse|(?:colder|cooler|paler) than",
            _ACHING_EVEN_AT_REST.pattern,
            r"(?:foot|foots|feet|toes?)(?: \w+){0,3} (?:dusky|purple|bluish|blue|white|whiter|"
            r"pale|paler|colder|cooler)",
            r"(?:foot|feet|toes) (?:is |are |has been |have been )?(?:cold|white|pale) all the "
            r"time",
            r"(?:only )?(?:manage|get|walk|make it|do) (?:about |around |maybe )?(?:\d{1,3}|a few|"
            r"ten|"
            r"twenty|fifty) (?:steps|yards|metres|meters|paces)",
            # "Now after about 50m instead of half a mile", "can barely manage 20 metres".
            r"(?:now )?after (?:about |around |only )?\d{1,3} ?(?:m|metres|meters|yards|steps) "
            r"(?:instead of|rather than)",
            r"(?:barely|hardly) (?:manage|get|walk|make it|do) (?:about |around )?(?:\d{1,3}|"
            r"twenty|fifty) ?(?:steps|yards|metres|meters|m)\b",
            # "Dropped from a mile to about 50 yards", "gone from about 400m to 50m".
            r"(?:dropped|fallen|gone down|gone|went|come down|shrunk) (?:from (?:\w+ ){1,3})?to "
            r"(?:about |around |only |just )?(?:\d{1,3}|ten|twenty|thirty|forty|fifty) ?(?:steps|"
            r"yards|metres|meters|m|paces)\b",
            # "Now it's 50 yards", "down to 50 yards".
            r"(?:now (?:its |it is )?|(?:its |it is )?(?:now )?down to )(?:about |around |only |"
            r"just )?(?:\d{1,2}|ten|twenty|thirty|forty|fifty) (?:steps|yards|metres|meters|paces)",
            # The foot cold or numb at night: rest pain's first signs.
            r"(?:cold|numb)(?: and (?:cold|numb))? at night",
        )
    )
    if known and changed and much_worse:
        return Level.SAME_DAY
    # The walking pain back within days, weeks or months of a stent in a leg artery: the artery
    # may be narrowing again, the same failing supply as a sudden worsening.
    if m.mentioned(_STENT_IN_A_LEG) and changed and m.has(_PAIN_BACK):
        return Level.SAME_DAY
    # Known claudication now there at rest or in bed, with the toes changing colour: the blood
    # supply failing at rest (NICE CG147: critical limb ischaemia, an urgent referral).
    if known and m.has(_PAIN_AT_REST) and m.has(_TOES_CHANGED):
        return Level.SAME_DAY
    # Or aching now even lying still, with nothing else told: rest pain alone is one of critical
    # limb ischaemia's signs (NICE CG147). Not night cramps, which claudicants often have.
    if known and m.has(_ACHING_EVEN_AT_REST):
        return Level.SAME_DAY
    # Or coming on sooner, with a sore on the leg or foot that won't heal: the same failing supply
    # (NICE CG147 counts ulcers that don't heal), so today.
    if known and m.has(_COMING_SOONER) and m.has(_SORE_NOT_HEALING):
        return Level.SAME_DAY
    # Or with such a sore on the leg or foot told on its own, however far the walk: the ulcer is
    # itself one of those signs ("an ulcer on my ankle not healing for a month, leg hurts walking
    # 100 metres"). Not a cut on a finger.
    if known and m.near(_LEG_OR_FOOT, NOT_HEALING, 8):
        return Level.SAME_DAY
    # Pain in bed at night eased by hanging the leg over the side, the classic rest pain of a
    # failing blood supply (NICE CG147), whatever else is told: today.
    if m.has(_PAIN_AT_REST) and m.has(_LEG_HUNG_DOWN):
        return Level.SAME_DAY
    leg_pain = (
        m.near(LEG, LEG_PAIN, 10)
        or m.near(LEG, CALF_PAIN_EXTRA, 10)
        or m.has(words(r"buttocks?|bum|hips?"))
        # The grip of claudication in everyday words: "calf grips like a clamp", "bites".
        or m.has(
            words(
                r"(?:legs?|calf|calves|calfs|shins?|thighs?|buttocks?) (?:muscles? )?(?:\w+ ){0,3}"
                r"(?:seiz\w*|lock\w* up|cramp\w*|hurt\w*|grip\w*|grab\w*|bites?|biting|clamp\w*|"
                r"tighten\w*|"
                r"ache\w* like a vice|"
                r"heavy|"
                r"screams?|screaming|feel like (?:\w+ ){0,4}(?:concrete|lead|cement|a vice)|"
                r"(?:become|becomes|go|goes|went|turn|turns) (?:hard )?like (?:stone|rock|concrete|"
                r"lead|wood)|"
                r"give up|gives up|give out|gives out|pack up|packs up)",
                # The ache as a bare verb ending the sentence: "before his calves 'go'".
                r"(?:legs?|calf|calves) (?:go|goes|went)$",
            )
        )
    )
    # "Stopped for the calf thing again": the ache by its nickname.
    leg_pain = leg_pain or m.has(words(r"(?:the|my|that) (?:calf|leg) (?:thing|issue|problem)"))
    # "Rubs her calf" on the way, a carer's sign of the ache.
    leg_pain = leg_pain or m.has(words(r"rubs? (?:his |her |my )?(?:calf|calves|legs?)"))
    # "Like a vice clamping my calf".
    leg_pain = leg_pain or m.has(
        words(r"(?:vice|clamp\w*|grip\w*) (?:\w+ ){0,2}(?:calf|calves|legs?)")
    )
    # "Burning" is what calves do on a set of raises; only with walking and rest does it count.
    leg_pain = leg_pain or m.near(LEG, words(r"burn\w*"), 6)
    # Tired legs after a whole day on them ("a day round the theme park") are not claudication,
    # which comes at a distance and a pace that repeat.
    whole_day = m.mentioned(
        words(
            r"(?:a|the) (?:whole|long|full|big) day|all day (?:on my feet|walking|stood)",
            # Or hours of it with a load: "cramped after five hours with a heavy rucksack".
            r"(?:after|for) (?:\d+|two|three|four|five|six|seven|eight|several|many) hours",
            # Or sore the day after a long walk: the walk's soreness, not one that repeats.
            r"(?<!same )(?<!every )(?:the )?next day|the day after",
            # Or fine after a rest day, or a first long walk in ages: once, not a pattern.
            r"(?:after|by) (?:a|the) rest day|first (?:\w+ ){0,2}(?:walk|hike|ramble) in (?:ages|"
            r"years|months|a (?:long )?while)",
        )
    )
    # "No issues walking at all" rules walking out; so do hill reps or sprints with no walk told,
    # whose burn any runner feels and a breather settles. The walk back between reps is the
    # breather, not the effort: "gone by the time I walked back down".
    running_effort = m.mentioned(_RUNNING_EFFORT) and not m.mentioned(
        words(r"walk\w*(?! (?:back|it off))")
    )
    walking = m.mentioned(WALKING) and not m.mentioned(_WALKING_FINE) and not running_effort
    # Clipped: "calf pain walking. stop. goes. walk. again."
    # Or the walk taken up again: "stops a minute, carries on".
    stop_goes = m.mentioned(
        words(
            r"(?:stop|rest)\w* (?:it )?(?:goes|eases|gone|settles)",
            r"(?:stop|stops|stopped|rest|rests|rested)(?: for)? (?:a|a few|\d+|one|two) "
            r"(?:minute|min|mins|minutes)(?: or two)? (?:and )?(?:then )?(?:carries|carry|carried|"
            r"goes|go|went|keeps?) on",
        )
    )
    if leg_pain and walking and (m.has(WALK_PAIN_REST) or stop_goes) and not whole_day:
        return Level.SEE_GP
    # The walk before the ache comes getting shorter is claudication's course, told without rest.
    if (m.mentioned(LEG) or known or m.mentioned(words(r"hips?|buttocks?|bum"))) and m.has(
        _SHRINKING_DISTANCE
    ):
        return Level.SEE_GP
    # The same course told as a log: "month one 500 m, month two 300 m, now it's 150 m".
    if m.mentioned(LEG) and m.mentioned(LEG_PAIN) and _distances_shrink(m):
        return Level.SEE_GP
    # NHS: with leg pain on walking, hair loss on the legs and cold feet are signs of PAD.
    pad_skin = words(
        r"hair (?:on (?:my |his |her )?(?:shins?|legs?|feet) )?(?:has |is )?"
        r"(?:thinned|gone|fallen out|stopped growing)",
        r"(?:feet|foot|toes)(?: \w+){0,2} (?:feel |are |always )?(?:cold|colder)",
        r"shiny skin|skin (?:\w+ ){0,2}shiny",
        # NHS: brittle, slow-growing toenails.
        r"toe ?nails? (?:\w+ ){0,6}(?:thick\w*|slow growing|brittle|not growing|stopped growing)",
    )
    if leg_pain and m.mentioned(WALKING) and m.has(pad_skin):
        return Level.SEE_GP
    # Without pain, two of the skin signs of PAD together (NHS: shiny skin, hair loss on the
    # legs, slow-growing toenails, cold feet).
    pad_signs = (
        words(r"shiny (?:skin|legs?|shins?)|(?:skin|legs?|shins?)(?: \w+){0,3} shiny"),
        words(
            # "The hair's stopped growing" reaches here as "hairs stopped growing".
            r"hairless|hairs? (?:\w+ ){0,4}(?:has )?(?:thinned|gone|fallen out|stopped growing)",
            r"lost (?:its |their |the |my |his |her )?hair",
            r"(?:less|no|hardly any|barely any) hair",
        ),
        words(r"(?:toe)?nails? (?:\w+ )?(?:barely|hardly|dont|do not|not|never) (?:\w+ )?grow\w*"),
        words(
            r"(?:feet|foot|toes)(?: \w+){0,2} (?:always |constantly )?(?:cold|freezing)",
            r"cold (?:feet|foot|toes) (?:all the time|always|constantly)",
        ),
        # Pale when raised, dusky when hanging down, slow to pink up: the skin of a poor supply.
        words(
            r"(?:paler|pale|white|whiter)(?: \w+){0,6} when (?:i |you )?(?:lift|raise|elevate)",
            r"(?:dusky|purple|purplish|dark red)(?: \w+){0,8} (?:legs?|feet|foot) (?:down|dangling|"
            r"hanging)",
        ),
        words(r"slow to (?:pink up|go pink|turn pink|colour up|get (?:their|its) colour back)"),
        # A small cut on a cold foot that won't heal.
        _SORE_NOT_HEALING,
        words(r"(?:colder|paler) (?:and (?:colder|paler) )?than the other"),
    )
    if m.mentioned(LEG) and sum(m.has(sign) for sign in pad_signs) >= 2:
        return Level.SEE_GP
    # The walk cut short by the calves, rest, then on again, told in its everyday shape: "can't
    # finish the dog walk without stopping for my calves to settle", "stops every few shops".
    if m.has(_STOPS_FOR_THE_CALVES) and not whole_day and not m.mentioned(_A_LONG_WAY):
        return Level.SEE_GP
    # Walking brings on the leg ache and cycling does not: the pattern of claudication in a
    # cyclist's words (the NHS: pain that comes on walking).
    if m.has(_WALKING_NOT_CYCLING) and (leg_pain or m.has(_LEG_GRIPS_IN_OTHER_WORDS)):
        return Level.SEE_GP
    if m.has(words(r"claudication")) and m.mentioned(WALKING) and leg_pain:
        return Level.SEE_GP
    # The walking pain named as such, that keeps coming or has come back ("the same calf ache on
    # walking is back"): its pattern told in its own words.
    if m.has(_WALKING_PAIN_NAMED) and (
        m.has(RECURRING) or m.has(_WEEKS_SAID_IN_PASSING) or m.has(_BACK)
    ):
        return Level.SEE_GP
    # The same pattern in looser words ("tight", "cramp in my calf", "fine after a short
    # break"), counted only when it repeats over weeks or comes with a risk the NHS names for
    # PAD (smoking, diabetes, age): one steep hill's burn that goes with a breather is not it.
    gripped = leg_pain or m.has(_LEG_GRIPS_IN_OTHER_WORDS)
    eased = m.has(WALK_PAIN_REST) or stop_goes or m.has(_EASED_BY_A_SHORT_REST)
    at_risk = m.mentioned(_PAD_RISK)
    on_foot = walking or m.mentioned(_WALKED_DISTANCE) or (at_risk and m.mentioned(_HILLS))
    lasting = m.has(RECURRING) or m.has(_WEEKS_SAID_IN_PASSING)
    if gripped and on_foot and eased and (at_risk or lasting) and not whole_day:
        return Level.SEE_GP
    # NICE CG147: an ankle brachial pressure index below 0.9 supports a diagnosis of PAD.
    if any(float(index) < 0.9 for index in _ABPI.findall(m.whole)):
        return Level.SEE_GP
    return None


def lump_behind_the_knee(m: Message) -> Level | None:
    """A lump at the back of the knee, often a fluid-filled Baker's cyst: a GP should check any
    lump not known to be harmless (NHS 111 Wales, Baker's cyst). A calf that swells, reddens or
    hurts suddenly beside it may be the cyst burst or a clot: the clot rule reads that today."""
    return Level.SEE_GP if m.has(_LUMP_BEHIND_THE_KNEE) else None


_LUMP_BEHIND_THE_KNEE = words(
    # Not the name alone: "the scan found no clot, it was a Baker's cyst" is a diagnosis made.
    r"(?:lump|bump|swelling|bulge|ball|cyst)(?: \w+){0,4} (?:behind|at the back of|in the back of) "
    r"(?:my |his |her |the |their |your )?(?:left |right )?knees?",
)


def poor_circulation_signs(m: Message) -> Level | None:
    """One foot colder or paler than the other for weeks, or a foot's pulse hard to find, told
    without pain: signs of narrowed leg arteries (NHS, PAD: skin turning pale; NHS England's
    diabetic foot training: pulses that can't be felt, skin cool to touch), for a GP to check."""
    lasting_one_side = m.has(_ONE_FOOT_COLDER) and m.has(_FOR_A_WHILE)
    return Level.SEE_GP if lasting_one_side or m.has(_PULSE_HARD_TO_FIND) else None


# The base or edges of a wound gone grey or dark: tissue short of blood.
_WOUND_GREY = words(
    r"(?:edges?|base|bottom|middle)(?: \w+){0,2} (?:is |are |looks? |looking |gone |going )?"
    r"(?:grey\w*|gray\w*|dusky|black\w*|dark\w*|purpl\w*)",
    # Or the skin round it: "the skin around it looks bluish grey".
    r"skin (?:round|around) (?:it|the \w+) (?:\w+ ){0,2}(?:grey\w*|gray\w*|dusky|black\w*|dark\w*|"
    r"purpl\w*|blu\w*)",
    r"(?:grey\w*|gray\w*|dusky|black\w*) (?:\w+ ){0,2}(?:at|in|round|around) the (?:edges?|base|"
    r"bottom|middle)",
)
_COLD_FEET = words(r"(?:feet|foot|toes)(?: \w+){0,2} (?:always |constantly )?(?:cold|freezing)")
_ONE_FOOT_COLDER = words(
    r"(?:one|left|right|my left|my right|that) (?:foot|leg|feet)s?(?: \w+){0,4} (?:colder|"
    r"cooler|paler)(?: and (?:colder|cooler|paler|shinier))? than (?:the )?(?:other|right|left)",
    r"(?:foot|feet|toes)(?: \w+){0,5} (?:cold|purple|bluish|blue|pale|white)(?: \w+){0,2} "
    r"compared (?:to|with) the other",
)
_FOR_A_WHILE = words(
    r"always|lately|recently|for (?:a while|ages|weeks|months)|(?:few|couple of|\d+) (?:weeks|"
    r"months)|(?:that|this) way|like (?:that|this) for|(?:a while|ages) now|since (?:the )?"
    r"(?:spring|summer|autumn|winter|christmas|january|february|march|april|may|june|july|"
    r"august|september|october|november|december)",
)
_PULSE_HARD_TO_FIND = words(
    r"(?:cant|can hardly|cannot|could not|couldnt|struggl\w* to|hard to|barely|hardly) (?:\w+ )?"
    r"(?:find|feel) (?:the |a |my |his |her |any )?pulses? (?:in|on|at) (?:\w+ ){0,3}(?:foot|"
    r"feet|ankles?|legs?)",
)
_COMING_SOONER = words(
    r"(?:much |a lot |far )?sooner|(?:much |a lot |far )?earlier|(?:shorter|less) (?:distance|far)|"
    r"(?:worse|shorter) (?:each|every) (?:week|month)"
)
# A leg as the rules read it, down to the toe and heel a wound can sit on.
_LEG_OR_FOOT = words(LEG.pattern, r"toe|heels?")
# Stopped or slow, either counts beside a poor supply's other signs.
_SORE_NOT_HEALING = words(NOT_HEALING.pattern, SLOW_TO_HEAL.pattern)
_STOPS_FOR_THE_CALVES = words(
    r"(?:without|have to|has to|had to|having to|need to|needs to) (?:stop\w*|rest\w*|"
    r"pause\w*)(?: \w+){0,3} (?:for|to let) (?:my |his |her |the )?(?:calf|calves|legs?)",
    r"(?:stop|stops|stopping) (?:every|at every) (?:few |couple of |\d+ )?(?:shops|lamp ?posts|"
    r"houses|doors|benches|corners)(?: \w+){0,2} (?:calf|calves|legs?)",
    # Stopped at a distance by them: "has to stop every 200 yards with tight calves".
    r"(?:stop|stops|stopping) every (?:\d+|few|couple of|hundred)(?: \w+)? (?:yards|metres|meters|"
    r"m|steps|paces|holes)(?: \w+){0,3} (?:calf|calves|legs?)",
)
# Calves that need a stop on a walk of twenty miles are tired, not short of blood.
_A_LONG_WAY = words(r"(?:[1-9]\d|\d{3}) ?(?:miles|km|k)|marathon|ultra|long day|all day")
_WALKING_NOT_CYCLING = words(
    r"walk\w*(?: \w+){0,8} (?:but|yet) (?:not|nothing|no pain|fine|ok|none)(?: \w+){0,3} "
    r"(?:on the|riding|on my) (?:bike|spin bike|cycle|turbo)",
    r"(?:walk\w*|treadmill)(?: \w+){0,10} (?:but|yet) (?:i |he |she )?(?:can|could) (?:cycle|"
    r"ride|bike|spin)",
)
_ABPI = re.compile(r"\b(?:abpi|ankle brachial (?:pressure )?index)(?: \w+){0,3} (0\.\d+)\b")


# A vein that a needle found, not one that burst: a sensor, a cannula or a blood test.
_A_NEEDLES_VEIN = words(
    r"sensors?|cannulas?|canulas?|venflons?|needles?|injections?|jabs?|blood (?:tests?|draws?)|"
    r"insertion|infusion|drip|(?:gave|give|giving|donated|donating) blood|blood donation"
)
_A_LITTLE_BLOOD_STOPPED = words(
    r"(?:a |tiny |little |small )(?:bit|drop|dot|spot|bead)s? of blood(?: \w+){0,6} "
    r"(?<!hasnt )(?<!not )stopped",
    # "Oozed a tiny bit when I took the plaster off, stopped after a minute of pressing".
    r"(?:oozed|bled|leaked|dribbled|trickled|seeped) (?:a )?(?:tiny |little |wee )?(?:bit|drop|"
    r"touch)(?: \w+){0,8} (?<!hasnt )(?<!not )stopped",
)
_ARM_VEINS = words(
    r"(?:forearm|arm|bicep|biceps|hand|wrist|neck)s? veins?",
    r"veins? (?:in|on|of) (?:my |his |her |their |the )?(?:forearms?|arms?|biceps?|hands?|wrists?|"
    r"neck)",
)


_OOZING = words(r"ooz\w*|seep\w*")
_WEEPING_SKIN = words(r"eczema|ulcer\w*|sores?|pus|yellow\w*|clear|fluid|crust\w*|scab\w*")
_SKIN_WEARING_THIN = words(
    r"(?:skin|it)(?: \w+){0,4} (?:thin|thinner|shiny|papery|stretched)",
    r"(?:is|are|gone|turned|looks?|got|going) (?:really |very |so )?(?:thin|shiny|papery)\b",
    r"(?:thin|shiny)(?: \w+){0,3} like paper",
    r"(?:thin|shiny|papery)(?: and (?:thin|shiny|papery))? skin",
    r"(?:about|going|ready) to (?:pop|burst)|(?:could|might) (?:pop|burst)",
    r"(?:blue|bluish|purple|dark) (?:\w+ )?(?:blister\w*|spot|bump|bleb)",
    r"blister\w*(?: \w+){0,3} on (?:it|one|the vein)",
    r"brown\w* (?:skin|stain\w*|patch\w*)|skin (?:\w+ ){0,2}(?:gone |turned )?brown\w*",
)


def leg_ulcer(m: Message) -> Level | None:
    """An open sore over the leg's veins: a venous leg ulcer (NHS, leg ulcer), for the GP.

    With signs of infection (a smell, a green discharge, more leaking), the NHS says to contact
    the GP or leg-ulcer nurse as soon as possible: today."""
    leg_vein = m.mentioned(BULGING_VEINS) or m.near(VARICOSE, LEG, 6)
    arm_veins = m.mentioned(_ARM_VEINS) and not m.mentioned(VARICOSE_NAMED)
    if not leg_vein or arm_veins or not m.near(VARICOSE, _OPEN_SORE, 14):
        return None
    return Level.SAME_DAY if m.has(_SORE_INFECTED) else Level.SEE_GP


_OPEN_SORE = words(
    r"ulcer\w*",
    r"weeping (?:patch|sore|skin|area|bit|spot)",
    r"skin (?:\w+ ){0,2}broken|broken skin|open sore",
)
_SORE_INFECTED = words(
    r"smell\w*|smelly|stinks?|stinking|pong\w*|green\w*|pus",
    r"leaking more|more (?:fluid|leaking|discharge|gunk)",
)


# A bleed told by what it does, not named: "it wells straight back up", a floor "like a crime
# scene" (a towel soaked through is BLEEDING_HARD's). Not a vein refilling ("fills up again when
# I stand"), nor eyes that "well up".
_A_BLEED_SHOWN = words(
    r"(?:it|blood|that|which) (?:just |still |keeps )?(?:wells|welling) (?:straight |right )?"
    r"(?:back )?up|welling (?:straight |right )?back up|crime scene",
)


def needle_nick_stopped(m: Message) -> bool:
    """A needle's nick that bled a little and stopped at once ("hit a vein with the sensor, a drop
    of blood, stopped straight away"): no vein has burst. Not a varicose vein named. The bank,
    reading "vein bled", is not asked to overrule it either (`triage._settled`)."""
    return (
        m.mentioned(_A_NEEDLES_VEIN)
        and m.has(_A_LITTLE_BLOOD_STOPPED)
        and not m.mentioned(VARICOSE_NAMED)
    )


# Not a sock "digging in", which is the swelling's own sign.
_RUBBED_BY_KIT = words(
    r"(?:boots?|shoes?|trainers|skates?|shin ?pads?|straps?|tongue|brace)(?: \w+){0,3} "
    r"(?:rubbing|rubbed|rubs|presses|pressing|pressed|digging in|digs in|dug in)",
    r"(?:rubbing|rubbed|rubs|pressing|digging in) (?:from|on|against) (?:the |my |his |her )?"
    r"(?:\w+ )?(?:boots?|shoes?|trainers|skates?|shin ?pads?|straps?|brace)",
)
_VEIN_TREATED = words(
    r"foam (?:injections?|treatment|sclerotherapy)|sclerotherapy|"
    r"(?:laser|radiofrequency|endovenous)(?: \w+)? (?:ablation|treatment)|ablation|"
    r"vein (?:stripping|surgery|op\b|operation)|"
    r"(?:stripped|sealed|removed|closed)(?: \w+){0,2} (?:vein|veins)",
    r"had (?:it|them|the vein|the veins|that vein)(?: \w+){0,3} (?:done|treated|sealed|removed)",
)
# Read as mentioned: the healing is told in the same past as the treatment. Not "not fully healed".
_ALL_HEALED = words(
    r"(?<!not )(?<!never )(?<!isnt )(?<!hasnt )(?:all|fully|completely|totally) healed|"
    r"(?<!not )(?<!never )(?<!hasnt )healed (?:up |fine|well|nicely)|"
    r"no (?:problems|issues|trouble) since|(?:no|not a) (?:\w+ )?bleed since"
)
_GRAZED = words(r"graz\w*|cut|cuts|scrap\w*|skinned|gash\w*|blister\w*")
_VEIN_BY_ITS_LOOK = words(
    r"(?:dark |deep )?(?:blue|purple|bluish|purplish|blue ?black) (?:lump|bump|bulge|knot|bubble|"
    r"blob)s?"
)


_VEINS_BOTHERING = words(
    r"pain\w*|ach\w*|(?:feel|feels|feeling|felt|go|goes|get|gets|legs?) heavy|heaviness|throb\w*|"
    r"(?:getting|got|gone) (?:bigger|worse)|(?:bulging|"
    r"sticking out|standing out|popping out) more"
)


# Called a nick by the member: "just a nick", "was a shaving nick".
_SHAVING_NICK = words(
    r"(?:just|only) a (?:shaving |razor )?nick|(?:shaving|razor) nick",
    # "Nicked a wee thread vein shaving": a thread vein is no varicose vein.
    r"(?:thread|spider) veins?(?: \w+){0,3} (?:shaving|with (?:the|my|a) razor)",
    # Or the shave told first: "nicked my shin shaving over my spider veins".
    r"(?:shaving|razor) (?:over|across|on|near) (?:\w+ ){0,2}(?:thread|spider) veins?",
)


def bleeding_vein(m: Message) -> Level | None:
    if needle_nick_stopped(m):
        return None
    # A vein that bled once and has since been treated, told as healed ("had it done with foam
    # injections, all healed"): its history, not a bleed now. Never one bleeding again.
    treated = m.mentioned(_VEIN_TREATED) and m.mentioned(_ALL_HEALED)
    bleeding_again = words(
        r"(?:bleed\w*|bled|burst|popped)(?: \w+){0,3} again|again(?: \w+){0,2} (?:bleed\w*|bled)|"
        r"reopened|started bleeding|bleeding now"
    )
    if treated and not m.has(bleeding_again):
        return None
    # NICE CG168: a varicose vein that bleeds needs care at once, however it is described.
    # "Popped a blister, it bled for a minute... veins all intact lol": not a vein.
    intact = m.mentioned(
        words(
            r"veins? (?:\w+ )?(?:intact|fine|ok|okay)|nothing to do with (?:my |the )?veins?",
            r"veins? (?:is |are |looks? )?normal",
        )
    )
    # Not "blood red", a colour.
    blood = words(r"blood(?! red| orange)")
    shown = m.has(_A_BLEED_SHOWN) or m.has(BLEEDING_HARD)
    told = m.has(BLEEDING) or m.near(VARICOSE, blood, 14) or shown
    # The veins named are an arm's, standing out after grip work: no varicose vein.
    arm_veins = m.mentioned(_ARM_VEINS) and not m.mentioned(VARICOSE_NAMED)
    # A vein told by its look, not its name: "a dark blue lump on my ankle bled for ages".
    # Not a bump from a knock or a graze that bled.
    hurt = m.mentioned(_A_BLOW) or m.mentioned(_GRAZED)
    vein = m.has(VARICOSE) or (m.has(_VEIN_BY_ITS_LOOK) and not hurt)
    if vein and not (intact or arm_veins) and told:
        # Not "pressing hard hasn't stopped it".
        stopped = m.has(
            words(
                r"(?<!hasnt )(?<!havent )(?<!not )(?<!wont )(?<!didnt )(?:has |it )?stopped|"
                r"(?:not|isnt) bleeding (?:now|anymore)",
                # Timed in seconds and dressed: "bled for 30 secs... plaster on, all good".
                r"(?:bled|bleeding|bleed) (?:\w+ ){0,4}for (?:about |like |maybe )?(?:\d+|a few|"
                r"few|ten|twenty|thirty) (?:secs?|seconds)",
            )
        )
        # A razor's nick over an ordinary vein, seconds of bleeding and a plaster: a cut, not a
        # varicose vein's bleed, unless the vein is named as one.
        nick = m.mentioned(_SHAVING_NICK) and not m.mentioned(VARICOSE_NAMED)
        if stopped and nick:
            return None
        return Level.SAME_DAY if stopped else Level.EMERGENCY
    # An ooze from the vein itself ("varicose vein been oozing a bit") is a small bleed: the same
    # care at once, but nothing pouring that pressure must stop. Not eczema or an ulcer weeping
    # fluid, which the skin-change rules below read.
    oozing = m.near(VARICOSE, _OOZING, 6) and not m.mentioned(_WEEPING_SKIN)
    if m.has(VARICOSE) and not (intact or arm_veins) and oozing:
        return Level.SAME_DAY
    # One that bled in the past still needs a referral, even long after.
    if m.mentioned(words(r"(?:varicose|varicosit\w*)(?: \w+){0,4} (?:bled|had a bleed)")):
        return Level.SEE_GP
    # Thin, shiny or stained skin over one, or a blister on it, that has not bled: the skin
    # changes NICE CG168 refers on, before a knock makes it bleed.
    # Not the forearm veins that stand out after curls.
    leg_vein = m.mentioned(BULGING_VEINS) or m.near(VARICOSE, LEG, 6)
    if leg_vein and not arm_veins and m.near(VARICOSE, _SKIN_WEARING_THIN, 14):
        return Level.SEE_GP
    # Veins in the legs that ache, feel heavy or keep getting bigger: NICE CG168 refers varicose
    # veins that cause symptoms to a vascular service, which starts with the GP.
    if leg_vein and not arm_veins and m.near(VARICOSE, _VEINS_BOTHERING, 14):
        return Level.SEE_GP
    # A leg bleeding heavily that pressure is not stopping, its vein unnamed ("caught my ankle,
    # it's gushing, pressing hard and it's still going"): NICE CG168's care at once, and any
    # bleeding that pressure can't control is a 999 call.
    # A cut or a gash from a blade is a wound, not a vein: the heavy-bleeding rule reads it, and
    # names it so.
    wounded = m.mentioned(A_WOUND)
    if m.mentioned(LEG) and m.has(BLEEDING_HARD) and m.has(PRESSURE_FAILING) and not wounded:
        return Level.EMERGENCY
    return None
