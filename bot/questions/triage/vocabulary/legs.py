"""Legs and clots: swelling, inflammation, one side or both, clot risk factors and clot words."""

from __future__ import annotations

from bot.questions.triage.text import words

# --- legs, clots ---------------------------------------------------------------------------
# Socks that leave rings or dents: swelling said by its marks (a complaint too, course.py).
SOCK_RINGS = r"socks? (?:\w+ ){0,2}leav\w* (?:\w+ ){0,2}(?:rings?|marks?|dents?|grooves?|lines)"
# One limb bigger than the other: swelling said by comparison (a complaint too, course.py).
ONE_LIMB_BIGGER = (
    r"(?:bigger|fatter|thicker|larger|wider|chunkier|bulkier|puffier|more swollen) (?:round )?"
    r"than (?:the |my |his |her )?(?:other|left|right)"
)
# Shoes that no longer fit: swelling said by what it does (heart failure's weights read it too).
SHOES_TIGHT = words(
    r"(?:shoes|boots|slippers|trainers)(?: \w+){0,3} (?:tight|tighter|too small|dont fit|wont fit|"
    r"didnt fit|did not fit)",
    r"(?:cant|cannot|couldnt) get (?:my |his |her )?(?:shoes|boots|slippers|trainers) on",
    r"(?:shoes|boots|slippers|trainers)(?: \w+){0,2} (?:wont|dont|didnt|would not|will not) go on",
)
# One limb bigger than the other, said either way round.
BIGGER_THAN_OTHER = words(
    ONE_LIMB_BIGGER,
    r"(?:bigger|fatter|thicker|puffier)(?: \w+){0,3} compared (?:with|to) the other",
)
SWOLLEN = words(
    r"swollen",
    r"o?edema\w*",
    r"swell\w*",
    "puffy",
    r"puffiness",
    r"puff(?:ed|ing)? (?:right )?up",
    ONE_LIMB_BIGGER,
    # Not "feet look fatter", which heart failure's rule reads as size.
    r"(?:looks|looking|seems) (?:a bit |slightly |much )?bigger",
    r"on (?:that|the same|one) side (?:is |looks |has got |got )?(?:thicker|bigger|fatter|fuller)",
    r"(?:calf|leg|ankle) (?:is |looks |has gone |gone |has been |been |went )?(?:fat|fatter)\b",
    r"(?:gone|got|going) (?:\w+ and |all )?(?:fat|fatter)\b",
    # Grown lately: "got tighter and bigger over the last 2 days" (not months of gains).
    r"(?:got|gotten|getting|grown|gone) (?:\w+ and )?bigger(?= (?:over|since|in) (?:the )?"
    r"(?:last|past|yesterday|this))",
    # "Now that leg is bigger": one leg, pointed at.
    r"(?:that|this|one) (?:leg|calf|ankle|thigh|foot) (?:is|looks|has got|got|has gone|gone) "
    r"(?:a bit |much |way |a lot |noticeably )?bigger",
    # "Same heaviness and it's fatter".
    r"(?:its|it is|it has got|its got|its gone) (?:a bit |much |slightly |visibly )?"
    r"(?:fatter|thicker|puffier)",
    # "Tight, shiny and bigger": bigger said among the signs of a swollen calf.
    r"(?:tight|shiny|hard|hot|warm|red)(?: and)? (?:\w+ (?:and )?)?bigger",
    # Clipped: "one leg bigger."
    r"one (?:leg|calf|ankle|foot) (?:is |looks |got |gone )?(?:bigger|fatter|thicker)",
    r"one (?:fat|fatter|big|bigger|swollen|puffy) (?:leg|calf|ankle|foot)",
    # Gone big, told with its heat or its suddenness: "one ankle's gone big, red and hot".
    r"(?:leg|calf|ankle|knee|foot)s? (?:has |have )?(?:gone|went|got|blown up) (?:all |really |so "
    r"|dead |massively )?(?:big|huge)(?= (?:and )?(?:red|hot|warm|sore|painful|tender|puffy|"
    r"overnight|this morning|today))",
    BIGGER_THAN_OTHER.pattern,
    r"(?:\d+ ?cm|a lot|much|noticeably|visibly) (?:bigger|fatter|thicker|larger)",
    r"(?:fatter|thicker|larger) than",
    r"puffier",
    r"more swollen",
    "enlarged",
    r"(?:twice|double) the size",
    r"bloated",
    r"tight and shiny",
    r"(?:like a )?balloon\w*",
    r"like a (?:tight |small )?(?:sock|sleeve|stocking)",
    r"(?:sock|sleeve|stocking)(?: \w+){0,4} too (?:small|tight)",
    r"sock marks|marks from (?:my )?socks",
    SOCK_RINGS,
    SHOES_TIGHT.pattern,
    r"bigger again|getting (?:a bit |a little |slowly |steadily )?bigger",
    # Not calves, which grow with training: "ankles have slowly got bigger".
    r"(?:ankles?|feet|foot)(?: \w+){0,3} (?:got|gotten|grown|growing) (?:\w+ )?"
    r"(?:bigger|fatter|puffier|thicker)",
    # Skin that keeps a dent when pressed is pitting oedema, whatever it is called.
    r"(?:leaves|leave|left|leaving) (?:a )?(?:dent|dimple|pit)",
    r"(?:blowin|blowing|blown|blew|blows) up|cankles",
    # "Leg still huge since the boot came off"; not "quads look huge after leg day".
    r"(?:leg|calf|ankle|foot)(?: \w+){0,2} (?:is |still |looks |gone |went )*(?:huge|massive)",
)


INFLAMED = words(
    "red",
    "reddish",
    r"erythema\w*",
    "warmth",
    "angry",
    "redder",
    "redness",
    # Not warmed up: "sore at the start of runs, better once warm".
    r"(?<!once )(?<!when )(?<!im )(?<!get )(?<!gets )(?<!getting )(?<!after )warm(?! ?ups?\b)",
    "warmer",
    # Not the water or the weather that was hot: "after a hot shower", "hot yoga".
    r"hot(?! (?:shower|showers|bath|baths|tub|water|weather|day|days|room|yoga|class|drink|tea|"
    r"coffee|sauna|spell|car|summer)\b)",
    r"purple\w*|purplish",
    "hotter",
    "pinker",
    r"skin(?: \w+){0,3} (?:pink\w*|red\w*|darker|blotchy|shiny)",
    "throbbing",
    # Not urine's colour: "pee was dark yellow after the run".
    r"dark(?! yellow| brown| orange| amber| urine| pee| wee)",
    r"darker(?! yellow| brown| orange| amber| urine| pee| wee)",
    "darkened",
    "purple",
    "purplish",
    r"discolou?r\w*",
    r"(?:hard|sore|lumpy|bulging|painful) veins?",
    r"veins? (?:look|looks|are|is|feel|feels) (?:hard|sore|bulging|lumpy|raised)",
    r"hard lump",
    r"shiny",
    r"hard and",
)


CALF_PAIN_EXTRA = words(
    r"cramp\w*",
    r"winces?|wincing|flinch\w*",
    r"(?:thumb|finger|fist|knife|pins|needles)(?: \w+){0,2} (?:pressing|pushing|digging|"
    r"sticking|poking|jabbing)",
    r"(?:pressing|pushing|digging|sticking|poking|jabbing) (?:a |their |his |her |an )?"
    r"(?:thumb|finger|fist|knife|pins|needles)",
    "crampy",
    r"(?:when|if) i (?:pull|point|flex|bend) (?:my )?(?:toes|foot)",
    r"hurts? (?:to|when i) (?:walk|stand|put weight)",
    r"(?:cant|cannot) (?:put weight|walk properly)",
)


ONE_SIDE = words(
    # "Calf on one side's gone red" is read as "one sides".
    r"one (?:lower |upper )?(?:leg|calf|sides?|foot|ankle|thigh)",
    r"one of (?:my|his|her) (?:legs|calves|ankles|feet)",
    r"(?:size|bigger|fatter|thicker|larger) (?:\w+ ){0,2}the other",
    r"only (?:one|the left|the right|my left|my right|on the left|on the right)",
    # "Right" as a side, not the tag of a question ("just size up next time, right?") or "right
    # now": after "my" or "the", or before a body part.
    r"left|lft|rt|(?<=my )right|(?<=the )right|(?<=his )right|(?<=her )right|(?<=their )right|"
    r"(?<=your )right|right(?= (?:leg|legs|calf|calves|foot|feet|ankle|ankles|thigh|shin|knee|"
    r"side|one|arm|hand|groin|hip|toes?)\b)",
    r"the other (?:one|leg|calf)",
    r"one of (?:my|his|her|the) (?:calves|legs|ankles|feet)",
    r"on (?:that|the same) side|(?:more|bigger|thicker) than (?:on )?the other (?:side|foot|ankle)",
    "unilateral",
    r"(?:not|isnt|but not) the other",
    r"single",
)


BOTH_SIDES = words(
    # "Both have / both of us" is two people, not two legs.
    r"both(?! of (?:us|them)| (?:have|had|are|were|got|went|did|flew|do)\b)",
    "bilateral",
    "equally",
    r"each (?:leg|calf|ankle)",
    r"same on both",
)


CRAMP_PASSED = words(
    r"cramp\w*(?: \w+){0,10} (?:lasted|passed|went|walked it off|eased|stretched it|gone)",
    r"(?:walked|stretched|rubbed) it (?:off|out)",
)


# Bones and limbs that break: "broke my ankle", "a broken leg".
_BONES = (
    r"(?:legs?|ankles?|feet|foot|hips?|knees?|tibia|fibula|femur|pelvis|wrists?|arms?|shins?|"
    r"heels?|toes?|bones?|kneecap|leg bone)"
)


# Home from a long-haul trip, told by the place rather than the flight.
LONG_HAUL_HOME = (
    r"(?:got|get|getting|came|come|coming|flew|just|been) back from (?:\w+ ){0,2}(?:australia|"
    r"new zealand|nz|japan|china|india|thailand|singapore|bali|hong kong|dubai|the states|america|"
    r"the us|canada|mexico|brazil|argentina|peru|chile|south africa|kenya|hawaii|california|"
    r"florida|the caribbean|vietnam|the philippines|asia|africa|south america)"
)
CLOT_RISK = words(
    # Not "carried the sofa up three flights": stairs, counted.
    r"(?<!\d )(?<!one )(?<!two )(?<!three )(?<!four )(?<!five )(?<!six )(?<!several )(?<!few )"
    r"flights?(?! of| up| down)",
    r"(?:\d+|two|three|four|several) flights (?=to|from|home|back|across|via|over|last|this)",
    "flew",
    # Not "fly up the hills".
    r"fl(?:y|ying|own)(?! up| through| past| round| by| along| out of)",
    r"plane",
    r"long (?:drive|haul|car|bus|coach|train|trip|journey|road trip)",
    r"(?:\d+|ten|twelve|eight|six) ?(?:h|hr|hrs|hour|hours) (?:drive|flight|bus|coach|train|trip)",
    r"(?:drove|driving|flew|flying|sat|travelled|traveled)(?: \w+){0,2} (?:\d+|ten|twelve|eight|"
    r"six) ?(?:h|hr|hrs|hour|hours)",
    r"(?:drove|driving|drive) (?:\w+ ){0,3}\d{3,4} ?(?:miles|km)",
    r"road trip",
    LONG_HAUL_HOME,
    r"surger\w*",
    "operation",
    r"op\b",
    r"post ?op",
    r"replacement",
    r"cast",
    # Not a blow: "took a boot to the calf", "a boot in the shin".
    r"(?<!took a )(?<!got a )(?<!caught a )(?<!copped a )(?:walking |moon )?"
    r"boot(?! camp| to | in )",
    "brace",
    r"plaster",
    r"bed ?rest",
    r"bed ?bound",
    r"stuck in bed",
    # Laid up with an illness: "stuck on the sofa with covid".
    r"(?:stuck|laid up|laid low|housebound) (?:on the sofa|on the couch|in bed|at home) with",
    # Days in bed with an illness: immobility, as after an operation (NICE NG89).
    r"(?:in|confined to|laid up in) bed (?:for |most of )?(?:a week|a fortnight|the week|\d+ days|"
    r"days|two weeks|several days|a few days)",
    # "After a week in bed with flu": the span first.
    r"(?:a week|a fortnight|\d+ days|days|two weeks|several days|a few days) in bed with",
    # A stay, not a breathing test done there: "spirometry at the hospital normal". (A scan there
    # is often the clot's own, booked: "a scan at the hospital this afternoon".)
    r"(?<!spirometry at the )(?<!tests at the )(?<!test at the )(?<!bloods at the )"
    r"(?<!xray at the )hospital(?! (?:normal|clear|fine|all clear|came back))",
    r"pregnan\w*",
    r"(?:had|given birth|gave birth|having) (?:a |my |our |the )?(?:baby|birth|c section)",
    r"post ?partum",
    r"baby is (?:\w+ ){0,2}(?:days?|weeks?) old",
    r"(?:days|weeks) since (?:the birth|having (?:the |my )?baby)",
    r"c ?section",
    r"(?:weeks|days) (?:after|postpartum|post partum)",
    r"(?:the |contraceptive |combined )?pill",
    "hrt",
    r"hormone",
    r"cancer",
    r"chemo\w*",
    r"(?:previous|past|had a|history of|another) (?:clot|dvt)",
    # "Had my clot in the right leg in 2018": a clot before is a risk however long ago.
    r"had (?:my|his|her|their) (?:first |last )?(?:clot|dvt)",
    # An inherited or acquired tendency to clot (NICE NG158 asks about thrombophilia).
    r"factor (?:v|5|five) leiden|fvl|thrombophilia|antiphospholipid|clotting disorder",
    r"immobil\w*",
    r"(?:sitting|sat|gaming) (?:for|all|in)",
    r"(?:hip|knee|ankle) (?:done|replaced|replacement|op|surgery|operation)",
    # An operation named by what was mended: "ACL repair 12 days ago", "Achilles reconstruction".
    r"(?:acl|achilles|tendon|ligament|meniscus|cartilage|hernia|bunion|knee|hip|ankle|shoulder) "
    r"(?:repair|reconstruction|recon|rebuild|fixation)",
    r"arthroscop\w*|keyhole",
    r"(?:had|having|after) (?:my|a|an|his|her) (?:\w+ )?(?:op|operation|surgery|procedure)",
    r"stopped (?:\w+ )?(?:blood ?thinn\w*|anticoagula\w*|injections|warfarin|apixaban|"
    r"rivaroxaban|edoxaban)",
    r"(?:train|coach|bus|car|plane) (?:journey|ride|trip|home|back)",
    r"(?:hours?|hrs?) (?:on|in) (?:a|the) (?:train|bus|coach|car|plane)",
    r"(?:weeks?|days?) in bed",
    r"(?:laid|lying) up",
    r"injur\w*",
    # A bone, not a lift or an accordion: "the lift's been broken since Monday".
    rf"(?:broke|broken) (?:my |his |her |their |a |the |both )?(?:\w+ )?{_BONES}",
    rf"{_BONES} (?:is |was |got |been |are |were )?(?:broke|broken)",
    r"fracture\w*",
)


FUTURE = words(
    "before",
    "tomorrow",
    "tmrw",
    "next",
    "upcoming",
    r"going on",
    r"about to",
    r"planning",
    r"will be",
    r"im flying",
    "ahead of",
)


_CLOT_NAMES = (
    r"(?:blood )?clot",
    r"dvt",
    r"(?:deep vein )?thrombos\w*",
    r"(?:pulmonary )?embol\w*",
    r"pe",
)
# A clot, named as one: this leg's. Not the plural, a fear in general ("worried about clots").
CLOT_WORDS = words(*_CLOT_NAMES)
# One or several: a family's history is told in the plural as often ("clots run in the family").
CLOTS = words(*_CLOT_NAMES, r"clots|dvts|pes")


SUSPECTED_CLOT = words(
    r"(?:think|worried|scared|afraid|pretty sure|sure|convinced|could be|might be|might have|"
    r"may have|could have|probably) (?:\w+ ){0,3}(?:a )?(?:blood clot|clot|dvt|thrombosis)",
)


COUGH_BLOOD = words(
    # Not a red patch a cough burst in the eye: "burst a blood vessel in my eye coughing".
    r"(?:cough\w*|spit\w*|bring\w* up|hack\w*|spat)(?: \w+){0,4} (?:blood(?! vessel)|bloody|"
    r"red(?! (?:patch|spot|mark|eyes?|face))|pink\w*)",
    r"blood(?! vessel)(?: \w+){0,4} (?:cough\w*|spit\w*|phlegm|mucus|sputum|tissue)",
    # Pink froth is fluid in the lungs (swimming-induced pulmonary oedema among others).
    r"(?:bloody|pink\w*|red) (?:phlegm|mucus|sputum|spit|froth\w*|foam\w*)",
    "haemoptysis",
    "hemoptysis",
)


# Both ankles or legs, and how long they have been swelling: the heart's slow, two-sided
# pattern, told apart from a clot's one leg (NHS heart failure).
BOTH_ANKLES = words(
    r"(?:both|my|his|her|their|mums|dads) (?:ankles|feet|legs)|(?:legs|feet) and ankles|ankles"
)
NEW_THIS_WEEK = words(
    r"(?:this|the) (?:past |last )?week|(?:last|past) (?:few|couple of) days|new this",
    # "Swollen loads over 3 days", "in the last two days".
    r"(?:over|in|within) (?:the )?(?:last |past )?(?:a few|a couple of|[2-6]|two|three|four|five|"
    r"six) days",
)
FOR_WEEKS_OR_BY_EVENING = words(
    r"(?:for|over) (?:the )?(?:last |past )?(?:a few|several|\d+|two|three|four|a couple of) "
    r"(?:weeks|months)|by (?:the )?evening|in the evenings?|(?:by|at) the end of the day|lately"
)
