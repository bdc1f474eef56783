"""The warning-sign rules: each is a combination of concepts, in the member's own words.

Concepts are word lists written from the guidance pages (NHS, NHS inform, AHA, NICE): what a sign
is called, how people describe it without naming it ("like a weight on my chest", "can't get a
full breath", "leg went white and cold"), and the context that changes its level (during
exercise, at rest, after a flight, in pregnancy). A rule returns the level it supports; the
highest level found is the reply's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.questions.triage.signs import Category, Level
from bot.questions.triage.text import Message, words

# --- where ---------------------------------------------------------------------------------
CHEST = words(
    "chest",
    "sternum",
    "breastbone",
    r"behind (?:my |the |his |her )?(?:ribs|breastbone)",
    r"centre of (?:my|his|her)",
    r"center of (?:my|his|her)",
)
HEART_AS_PLACE = words("heart")
RADIATION_SITE = words(
    "jaw",
    "teeth",
    "neck",
    "throat",
    r"(?:left|right|both|my|his|her) arms?",
    r"arms?",
    r"shoulders?",
    r"shoulder ?blades?",
    r"upper back",
    "back",
    "stomach",
    r"upper (?:belly|tummy|abdomen)",
)
LEG = words(
    "calf",
    "calves",
    "calfs",
    "leg",
    "legs",
    "shin",
    "shins",
    "ankle",
    "ankles",
    "thigh",
    "knee",
    r"behind (?:my|the) knee",
    "foot",
    "feet",
    "toes",
    "lower leg",
)
# --- what it feels like ------------------------------------------------------------------------
PAIN = words(
    r"pains?",
    "painful",
    r"hurt\w*",
    r"aches?",
    "ached",
    "aching",
    "achy",
    "pressure",
    r"tight\w*",
    r"squeez\w*",
    r"crush\w*",
    "heavy",
    "heaviness",
    "burning",
    "burns",
    "discomfort",
    "sore",
    "stabbing",
    "stabs",
    "sharp",
    "weird",
    "strange",
    "funny",
    r"band",
    r"weight",
    r"elephant",
    r"sat on",
    r"sitting on",
    r"vice",
    r"clamp\w*",
    r"grip\w*",
    r"press\w* (?:down|on)",
    r"constrict\w*",
    "agony",
    "killing",
)
LEG_PAIN = words(
    r"pains?",
    "paining",
    "painful",
    r"hurt\w*",
    r"aches?",
    r"ached",
    "aching",
    "achy",
    "sore",
    r"throb\w*",
    "tender",
    "stabbing",
    "sharp",
    "agony",
    r"tight and (?:hard|hot|red|swollen)",
    r"hard and (?:tender|sore|hot|red|painful)",
)
# Pain travelling into the places heart pain spreads to: "going into my jaw", "down my left arm".
SPREADING = words(
    r"(?:pain|ache|aching|pressure|tightness|heaviness|burning)(?: \w+){0,3} "
    r"(?:going|spreading|radiating|moving|shooting|travel\w*|creeping) "
    r"(?:in)?(?:to|up|down|into) (?:my |his |her |the )?(?:jaw|teeth|left arm|arm|neck|throat)",
)
CHEST_SIMILE = words(
    r"(?:weight|elephant|someone|something|brick|band|belt|vice|fist|rope)"
    r"(?: \w+){0,4} (?:on|round|around|across|in|squeezing|crushing|sitting on|pressing)"
    r"(?: \w+){0,2} (?:my |his |her |the )?(?:chest|heart|ribs)",
    r"(?:elephant|weight|ton of bricks|someone|somebody|something)(?: \w+){0,2} "
    r"(?:sat|sitting|standing|pressing|kneeling) on me",
    r"(?:chest|heart)(?: \w+){0,3} (?:like|as if)(?: \w+){0,5} "
    r"(?:squeez\w*|crush\w*|sat|sitting|weight|elephant|vice|clamp\w*|tight\w*|press\w*)",
)
# Muscle soreness after training the chest: its own look-alike.
CHEST_TRAINING = words(
    r"bench\w*",
    r"push ?ups?",
    r"press ?ups?",
    r"fl(?:y|ies|yes)",
    r"dips?",
    r"pecs?",
    "chest day",
    "chest workout",
    "chest exercises?",
    "chest press",
    "pump",
    r"doms",
    r"sore from",
)
# Chest-wall strain: tender to press or twist, after lifting or moving something heavy.
CHEST_WALL = words(
    r"(?:sore|hurts?|tender|pain\w*)(?: \w+){0,3} (?:to|when i|if i) "
    r"(?:press|touch|push|twist|poke)",
)
REFLUX = words(
    r"(?:after|with) (?:a |my )?(?:big |heavy |spicy |large )?(?:meal|curry|eating|food|dinner|"
    r"pizza|takeaway)",
    r"gaviscon|antacids?|rennie|omeprazole|reflux",
)
WARNING_COMPANIONS = words(
    r"sweat\w*",
    "clammy",
    "cold sweat",
    r"grey|gray|pale|ashen|white as",
    r"sick",
    "nausea",
    r"nause\w*",
    r"vomit\w*",
    r"threw up|throw up|throwing up|puk\w*",
    r"light ?headed\w*",
    "dizzy",
    "woozy",
    r"short(?:ness)? of breath",
    r"breathless\w*",
    "out of breath",
    r"(?:cant|cannot|couldnt) (?:breathe|breath|catch)",
    r"(?:felt|feel|feels|feeling) (?:odd|off|awful|terrible|funny|strange|unwell|weird)",
    r"exhausted",
    r"impending doom|going to die|gonna die|feel like im dying",
)
FAINTED = words(
    r"faint(?:ed|ing|s)?",
    r"feint(?:ed|ing)?",
    r"pass(?:ed|ing)? out",
    r"pass out",
    r"black(?:ed|ing)? out",
    "blackout",
    r"collaps\w*",
    "lost consciousness",
    "unconscious",
    r"keel(?:ed)? over",
    r"came (?:round|to|around)",
    r"woke up on the (?:floor|ground|mat)",
    r"(?:went|go|going) down like",
    r"hit the (?:deck|floor|ground)",
    r"dropped to the (?:floor|ground)",
    # Not a limb or the skin going white: that is colour, not a blackout.
    r"(?<!foot )(?<!feet )(?<!hand )(?<!hands )(?<!leg )(?<!toes )(?<!fingers )(?<!skin )"
    r"(?<!lips )(?<!face )(?<!calf )(?<!arm )"
    r"(?:went|everything went|vision went|world went|screen went) (?:black|dark|grey|gray|white)",
    r"out cold",
    r"went out (?:while|when|in bed|lying|cold|like a light)",
    r"(?:was|were) out for",
    r"(?<!they )(?<!it )(?<!swelling )(?<!ankles )(?<!legs )went down"
    r"(?! overnight| by| a bit| a little| after| again)",
    r"(?:ended up|woke up|came to|found (?:myself|him|her|them)) (?:lying )?on the "
    r"(?:floor|ground|deck|mat)",
    r"(?:couldnt|cant|could not|cannot) (?:wake|rouse) (?:him|her|them)",
    "not responding",
    "unresponsive",
)
NEAR_FAINT = words(
    r"(?:nearly|almost|about to|going to|gonna|like i (?:was|might|would)|thought id|would have) "
    r"(?:faint\w*|pass\w* out|black\w* out|collapse|keel over|go down|drop)",
    r"(?:nearly|almost) (?:went down|dropped|hit the)",
    r"(?:might|about to|going to|gonna|could) (?:drop|go down|hit the floor)",
    r"vision (?:went|goes|going|was going) (?:grey|gray|black|dark|fuzzy|tunnel)",
    r"tunnel vision",
    r"(?:had|have|needed) to (?:sit|lie|lay) down (?:or|before) i",
    r"(?:grey|gray|black)(?:ed|ing)? out",
    r"legs (?:gave|giving) (?:way|out)",
    r"(?:really|very|so|super|extremely|proper) (?:light ?headed|dizzy|woozy)(?: \w+){0,6} "
    r"(?:had|have|needed|need) to (?:sit|lie|lay|stop|grab|hold)",
)
DIZZY = words(
    "dizzy",
    r"giddy",
    r"pre ?syncop\w*",
    "dizziness",
    r"light ?headed\w*",
    "woozy",
    r"room (?:was |is )?spinning",
    r"room spins",
    r"head (?:goes|went|going) (?:fuzzy|funny|swimmy|light)",
    "faint",
    "wobbly",
    "off balance",
    r"(?:brief |the room |the world )?spin\w* when (?:i|he|she) (?:roll|turn|tip|look up|lie)",
)
UNRESPONSIVE = words(
    r"(?:couldnt|cant|could not|cannot) (?:wake|rouse) (?:him|her|them)",
    r"not making (?:much )?sense",
    r"(?:fitting|seizure|convuls\w*|jerking)",
    r"(?:not|isnt|wasnt) breathing",
    r"unresponsive|not responding",
    r"(?:wasnt|werent|isnt|not) respond\w*",
)
STANDING_UP = words(r"(?:stand|standing|stood|get|getting|got) up", r"on standing", r"rise|rising")
RECURRING = words(
    r"(?:for|over) (?:a few |several |the last |the past |\d+ )?(?:weeks|months|years|month)",
    r"(?:a few|few|several|couple of) (?:weeks|months)",
    r"keeps?|keeping",
    r"every time|each time|whenever|always",
    r"again and again",
    r"often|lately|regularly",
    r"every (?:\w+ )?(?:run|session|workout|walk|morning|evening|day|night|piece|shift|erg|row|"
    r"ride|swim|game|match|class)",
    r"most (?:mornings|days|nights|sessions|runs)",
    r"(?:several|many|multiple|a few|few|\d+) times (?:a |per )?(?:day|daily|week)",
    r"(?:been|for) ages",
    r"for (?:a|\d+|two|three) weeks? now",
    r"same pattern",
)
EXERCISE = words(
    r"exercis\w*",
    r"workouts?",
    r"work(?:ing|ed)? out",
    r"train(?:ing|ed)?",
    r"session",
    r"sesh",
    r"run(?:ning|s)?",
    "ran",
    r"jog\w*",
    "gym",
    r"lift(?:ing|ed)?",
    r"squat\w*",
    r"lunge\w*",
    r"raises?",
    r"calf raises?",
    r"deadlift\w*",
    r"bench\w*",
    r"leg (?:day|press|curls?|extensions?)",
    "hack squats?",
    "treadmill",
    r"rower|rowing",
    r"spin(?: class)?",
    "hiit",
    "crossfit",
    r"burpees?",
    r"sprint\w*",
    r"interval\w*",
    r"cycl\w*",
    r"bik\w*",
    r"swim\w*",
    r"hike|hiking",
    r"stairs|stair ?master|steps",
    r"sets?",
    r"reps?",
    "cardio",
    "football",
    "match",
    "game",
    "race",
    r"\d+ ?k",
    "marathon",
    "class",
    "zumba",
    "dancing",
    r"circuits?",
    r"boxing|sparring",
    r"walk(?:ing|ed)? (?:up|uphill|fast)",
    r"hill",
    r"uphill",
    r"climb\w*",
    "pb",
    "pr",
)
# --- breath ------------------------------------------------------------------------------------
SEVERE_BREATH = words(
    r"(?:cant|cannot|can not|couldnt|could not|unable to) "
    r"(?:breathe|breath|catch (?:my |his |her )?breath|get (?:my |a |enough )?(?:full )?"
    r"(?:breath|air)|get air)",
    r"(?:struggling|hard|difficult|fighting) (?:to|for) (?:breathe|breath|air)",
    r"(?:difficulty|trouble|problems?) breathing",
    r"gasp\w*",
    "choking",
    r"(?:lips|face|fingers) (?:look |looks |went |are |is |turning |going )?"
    r"(?:a bit |slightly )?(?:blue\w*|bluish|grey|gray|purple)",
    r"(?:\d+|several|lots of|loads of|ten|eight|six) puffs",
    r"(?:cant|cannot|couldnt) (?:finish|get through|say) (?:a |my )?"
    r"(?:sentences?|words|full sentences?)",
    r"(?:only|just) (?:say|get out|manage) (?:\w+ ){0,4}(?:words|sentences?)",
    r"words? (?:at a time|between breaths)",
    r"(?:inhaler|reliever|puffs?|nebuli[sz]er)(?: \w+){0,4} (?:no better|no difference|"
    r"not (?:helping|working)|isnt (?:helping|working)|doesnt help|didnt help|made no difference)",
    r"(?:chest|ribs|neck) (?:is |are )?(?:sucking|pulling) in",
    r"(?:cant|cannot|couldnt) (?:talk|speak) (?:properly )?(?:for|because)",
    r"air hunger",
    r"drowning",
)
BREATH = words(
    r"short(?:ness)? of breath",
    r"breathless\w*",
    "out of breath",
    r"winded",
    r"puffed out",
    r"puffing",
    r"(?:cant|cannot) (?:get|catch) (?:my )?breath back",
    r"breathing (?:is )?(?:hard|heavy|fast|laboured|labored)",
    r"huffing",
    r"sob",
    r"dyspn(?:o)?ea\w*",
    r"panting",
    r"(?:breath|breathing)(?:s| has| is)? (?:\w+ ){0,2}(?:gets?|getting|got|gotten|become) "
    r"(?:a little |a bit |much |even )?worse",
    # "Puffed" is out of breath; "puffed up" is swollen.
    r"puffed(?! up)",
    r"(?:stop|stopping|pause|pausing|rest)(?: \w+){0,6} (?:to )?(?:get|catch|get back) "
    r"(?:my |her |his |their )?breath",
    r"(?:have|has|had|having) to stop (?:on|halfway|half way|part way|at|every)",
    r"(?:cant|cannot|couldnt) (?:keep up|manage) (?:the |a |my |with )",
)
BREATHING_IN = words(
    r"(?:breathe|breath|breathing|take a (?:deep )?breath|deep breath|inhal\w*|cough\w*)"
    r"(?: \w+){0,2} (?:in|hurts?|stabs?|catches|sharp|pain)",
    r"(?:hurts?|pain|sharp|stab\w*|catch\w*)(?: \w+){0,5} (?:when|if|as) (?:i|he|she|you) "
    r"(?:breathe|breath|take a|inhale|cough)",
)
SUDDEN = words(
    r"sudden\w*",
    r"like a (?:switch|light switch|light going off)",
    "out of nowhere",
    "out of the blue",
    "all of a sudden",
    r"(?<!fine )(?<!ok )(?<!okay )(?<!normal )at rest",
    "resting",
    r"(?<!fine )(?<!ok )(?<!okay )(?<!normal )(?:just |while |when |whilst )?(?:sitting|sat|lying|"
    r"laying|watching|reading|gaming|playing)",
    r"lying down|lie down|in bed",
    r"(?:wont|doesnt|does not|isnt|not|hasnt|wouldnt|didnt) "
    r"(?:go away|going away|settle|settling|settled|stop|stopping|ease|easing|eased|calm|slow)",
    r"getting worse",
    r"(?:for|over|about|like) (?:about |like |over |nearly )?(?:\d+|twenty|thirty|forty|half an|an|"
    r"about an) (?:min\w*|hours?|hrs?)(?! (?:after|later|of))",
    r"still (?:there|going|happening|hurts|hurting)",
    "keeps getting worse",
    "worse and worse",
    "wont go",
    "not going",
    r"just now",
    r"right now|rn",
)
NORMAL_RECOVERY = words(
    r"(?:goes|went|go) (?:away|back to normal)(?: \w+){0,3} (?:seconds|a minute|a min|minute|mins|"
    r"minutes|few)",
    r"(?:settles|settled|recover\w*|back to normal) (?:in|within|after) (?:a |about |like )?"
    r"(?:few |couple of |\d+ )?(?:seconds|secs|minute|min|mins|minutes)",
    r"is (?:that|this|it) normal",
    r"(?:could|can|able to) (?:chat|talk|speak)(?: \w+){0,8} (?:within|after|in) "
    r"(?:a |about |like )?(?:minute|min|few|couple)",
    r"back to normal",
    r"(?:settled|recovered|calmed down|came back down)",
    r"normal\?",
)
SLOW_ONSET = words(
    r"(?:from|since) (?:a |the |maybe |about |around )?(?:few|couple of|several|\d+|two|three|"
    r"four|six) (?:weeks|months)",
    r"more and more",
    r"(?:\d+|a few|few|two|three|four|six|several) (?:weeks|months) now",
    r"crept up|creeping up",
    r"(?:a little|a bit|little|bit) worse (?:every|each) (?:week|month)",
    r"(?:every|each) (?:week|month) (?:a little |a bit )?worse",
    r"(?:swelling|swollen|worse|getting|grown|growing|got|creeping) slowly",
    r"slowly (?:getting|got|growing|swelling|worse|increas\w*|creeping)",
    r"(?:over|for|past|last) (?:the )?(?:last |past )?(?:like |about |around |nearly )?"
    r"(?:few |couple of |\d+ |two |three |several )?(?:weeks?|months?)",
    r"lately|these days|recently",
    r"used to",
    r"never (?:used to|did|had)",
    r"gradually",
    r"slowly (?:getting |got )?worse",
    r"bit by bit",
    r"for a while now",
    r"been (?:like |about |around |nearly )?(?:\d+|a few|two|three|four|several) (?:weeks|months)",
)
RECENT_ONSET = words(
    r"since (?:this morning|yesterday|last night|lunch|earlier|today)",
    r"(?:today|this morning|yesterday|overnight|tonight)",
    r"(?:for|over) (?:the )?(?:last |past )?(?:a |one |two |\d+ )?(?:day|days)",
)
# --- legs, clots ---------------------------------------------------------------------------
SWOLLEN = words(
    r"swollen",
    r"o?edema\w*",
    r"swell\w*",
    "puffy",
    r"puff(?:ed)? up",
    r"(?:bigger|fatter|thicker|larger|wider) (?:round )?than (?:the|my|his|her) "
    r"(?:other|left|right)",
    r"(?:\d+ ?cm|a lot|much|noticeably|visibly) (?:bigger|fatter|thicker|larger)",
    r"(?:fatter|thicker|larger) than",
    r"puffier",
    r"more swollen",
    "enlarged",
    r"bloated",
    r"tight and shiny",
    r"(?:like a )?balloon\w*",
    r"like a (?:tight |small )?(?:sock|sleeve|stocking)",
    r"(?:sock|sleeve|stocking)(?: \w+){0,4} too (?:small|tight)",
    r"sock marks|marks from (?:my )?socks",
    r"bigger again|getting bigger",
)
INFLAMED = words(
    "red",
    r"erythema\w*",
    "warmth",
    "angry",
    "redder",
    "redness",
    "warm",
    "warmer",
    "hot",
    "hotter",
    "throbbing",
    "dark",
    "darker",
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
    r"one (?:leg|calf|side|foot|ankle)",
    r"only (?:one|the left|the right|my left|my right|on the left|on the right)",
    r"(?:left|right|lft|rt)",
    r"the other (?:one|leg|calf)",
    "unilateral",
    r"(?:not|isnt|but not) the other",
    r"single",
)
BOTH_SIDES = words(r"both", "bilateral", "equally", r"each (?:leg|calf|ankle)", r"same on both")
CRAMP_PASSED = words(
    r"cramp\w*(?: \w+){0,10} (?:lasted|passed|went|walked it off|eased|stretched it|gone)",
    r"(?:walked|stretched|rubbed) it (?:off|out)",
)
CLOT_RISK = words(
    r"flights?(?! of)",
    "flew",
    r"fl(?:y|ying|own)",
    r"plane",
    r"long (?:drive|haul|car|bus|coach|train|trip|journey|road trip)",
    r"(?:\d+|ten|twelve|eight|six) ?(?:h|hr|hrs|hour|hours) (?:drive|flight|bus|coach|train|trip)",
    r"(?:drove|driving|flew|flying|sat|travelled|traveled)(?: \w+){0,2} (?:\d+|ten|twelve|eight|"
    r"six) ?(?:h|hr|hrs|hour|hours)",
    r"road trip",
    r"surger\w*",
    "operation",
    r"op\b",
    r"post ?op",
    r"replacement",
    r"cast",
    r"(?:walking |moon )?boot",
    "brace",
    r"plaster",
    r"bed ?rest",
    r"bed ?bound",
    r"stuck in bed",
    "hospital",
    r"pregnan\w*",
    r"(?:had|given birth|gave birth|having) (?:a |my |our |the )?(?:baby|birth|c section)",
    r"post ?partum",
    r"c ?section",
    r"(?:weeks|days) (?:after|postpartum|post partum)",
    r"(?:the |contraceptive |combined )?pill",
    "hrt",
    r"hormone",
    r"cancer",
    r"chemo\w*",
    r"(?:previous|past|had a|history of|another) (?:clot|dvt)",
    r"immobil\w*",
    r"(?:sitting|sat|gaming) (?:for|all|in)",
    r"(?:hip|knee|ankle) (?:done|replaced|replacement|op|surgery|operation)",
    r"(?:had|having|after) (?:my|a|an|his|her) (?:\w+ )?(?:op|operation|surgery|procedure)",
    r"stopped (?:\w+ )?(?:blood ?thinn\w*|anticoagula\w*|injections|warfarin|apixaban|"
    r"rivaroxaban|edoxaban)",
    r"(?:train|coach|bus|car|plane) (?:journey|ride|trip|home|back)",
    r"(?:hours?|hrs?) (?:on|in) (?:a|the) (?:train|bus|coach|car|plane)",
    r"(?:weeks?|days?) in bed",
    r"(?:laid|lying) up",
    r"injur\w*",
    r"broke|broken|fracture\w*",
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
CLOT_WORDS = words(
    "blood clot",
    "clot",
    "dvt",
    "deep vein thrombosis",
    "thrombosis",
    "embolism",
    "pe",
)
SUSPECTED_CLOT = words(
    r"(?:think|worried|scared|afraid|pretty sure|sure|convinced|could be|might be|might have|"
    r"may have|could have|probably) (?:\w+ ){0,3}(?:a )?(?:blood clot|clot|dvt|thrombosis)",
)
COUGH_BLOOD = words(
    r"(?:cough\w*|spit\w*|bring\w* up|hack\w*|spat)(?: \w+){0,4} (?:blood|bloody|red|pink)",
    r"blood(?: \w+){0,4} (?:cough\w*|spit\w*|phlegm|mucus|sputum|tissue)",
    r"(?:bloody|pink|red) (?:phlegm|mucus|sputum|spit)",
    "haemoptysis",
    "hemoptysis",
)
# --- heart rhythm --------------------------------------------------------------------------
HEARTBEAT = words(
    "heart",
    "heartbeat",
    "heart beat",
    "pulse",
    "heart rate",
    "hr",
    "bpm",
    "ticker",
    "watch",
    r"smart ?watch",
    r"apple watch",
    "garmin",
    "fitbit",
)
IRREGULAR = words(
    "irregular",
    r"flutter\w*",
    r"flip\w*",
    r"flop\w*",
    r"skip(?:ping|s|ped)? (?:a few |some |several )?beats",
    r"keeps? skipping",
    r"skipping",
    r"miss(?:ing|ed|es)? (?:a )?beats?",
    r"extra beats?",
    r"palpitat\w*",
    r"erratic",
    "out of rhythm",
    "all over the place",
    r"thump\w*",
    r"jump\w* (?:around|about)",
    r"stutter\w*",
    r"(?:fish|bird|butterfl\w*) (?:in|flapping)",
    r"random beats",
    r"thud\w*",
    r"(?:tripped|trips|tripping) over",
    r"misfir\w*",
    r"ectopic\w*",
    r"off beat",
)
RACING = words(
    r"racing",
    r"(?:heart|pulse|heartbeat) (?:\w+ )?races",
    r"pounding",
    r"hammering",
    r"going (?:crazy|mad|nuts|like the clappers|a mile a minute)",
    r"beating (?:really |so |very |super |mega )?(?:fast|hard|quick)",
    r"very fast",
    r"so fast",
    r"too fast",
    r"through my chest",
    r"out of my chest",
    r"wont (?:slow|come) down",
    r"(?:not|isnt) (?:slowing|coming) down",
    r"stuck (?:at|on|above)",
    r"svt",
)
SOMETIMES = words(
    r"occasional\w*",
    "sometimes",
    r"now and (?:then|again)",
    r"once in a while",
    r"every (?:so often|now and then)",
    r"(?:a )?(?:few|couple) times? a (?:week|month)",
    "odd",
    r"here and there",
    r"once a (?:week|month|day|fortnight)",
    r"(?:once|twice|once or twice) a (?:week|month|day|fortnight)",
    r"(?:a few|few|couple of|some|the odd) (?:\w+ ){0,2}a (?:week|month|day)",
    r"(?:few|couple of|several) times a (?:day|week)",
    r"for a (?:second|few seconds|moment)",
)
HARMLESS_TRIGGER = words(
    r"coffee|caffeine|espresso|energy drinks?|pre ?workout|alcohol|wine|beer|nervous|nerves|"
    r"stress\w*|anxious|anxiety|crush|adrenaline",
)
RHYTHM_ALERT = words(
    r"(?:afib|a fib|af|irregular rhythm|irregular heart ?rate) (?:alerts?|warnings?|"
    r"notifications?|notification|flag\w*)"
)
# --- brain ---------------------------------------------------------------------------------
STROKE_SIGNS = words(
    r"(?:face|mouth|smile|lip|eye|eyelid|cheek)(?: \w+){0,2} (?:is |was |has |started |went |"
    r"seems |looks )?(?:droop\w*|dropped|lopsided|sagging|saggy|fallen|crooked|slipped|numb|dead)",
    r"droop\w* (?:face|mouth|smile|eye|lip)",
    r"one side of (?:my |his |her |their |the )?(?:face|body|mouth)",
    r"(?:half|side) (?:of )?(?:my |his |her )?face",
    r"slurr\w*",
    r"(?:sounded|sounds|talking|speaking) (?:drunk|weird|funny|garbled)",
    r"words (?:came out|coming out|are coming out) (?:wrong|jumbled|muddled|garbled)",
    r"(?:cant|cannot|couldnt|trouble|struggling to|unable to) "
    r"(?:speak|talk|get (?:his |her |my |the )?words out|find (?:the |his |her |my )?words|"
    r"understand)",
    r"(?:arm|hand|leg)(?: \w+){0,2} (?:is |went |feels |felt |has gone |gone )?(?:suddenly )?"
    r"(?:weak|numb|dead|floppy|heavy and useless|useless)",
    r"(?:weak|numb|dead|floppy) (?:arm|hand)",
    r"(?:cant|cannot|couldnt) (?:lift|raise|hold up) (?:his |her |my |their )?(?:arm|arms|hand)",
    r"numb\w* (?:on|down) (?:one|the left|the right|his left|her left|my left|my right)",
    r"sudden(?:ly)? confus\w*",
    r"(?:leg|foot)(?: \w+){0,2} (?:is |keeps )?dragg\w*",
    r"(?:suddenly|sudden) (?:seeing double|double vision)",
    r"(?:cant|cannot|couldnt|unable to) walk (?:in )?(?:a )?straight(?: line)?",
    r"(?:speech|words|talking)(?: \w+){0,3} (?:garbled|muddled|slurred)",
    r"(?:couldnt|cant|cannot|unable to) (?:hold|grip|grasp) (?:\w+ ){0,3}(?:in )?"
    r"(?:his |her |my |their )?(?:left |right )?hand",
    r"(?:dropped|dropping) (?:things|\w+) (?:from|out of) (?:his |her |my )?(?:left |right )?hand",
    "stroke",
    r"mini ?stroke",
    r"tia",
)
SEVERE_HEADACHE = words(
    r"worst headache",
    r"thunderclap",
    r"(?:sudden|suddenly|instant)(?: \w+){0,3} (?:headache|head pain|pain in (?:my |the )?head)",
    r"(?:headache|head pain|head)(?: \w+){0,4} (?:like|as if)(?: \w+){0,4} "
    r"(?:hit|kicked|exploded|exploding|bat|hammer|bomb)",
    r"(?:head|headache)(?: \w+){0,3} (?:exploded|exploding|split\w* open)",
    r"(?:worst|most painful|most severe) (?:pain|headache) (?:of my life|ever|ive ever)",
    r"(?:exploding|explosive|bursting) (?:headache|head pain|pain in (?:my |the )?head)",
    r"(?:headache|head pain)(?: \w+){0,3} out of (?:nowhere|the blue)",
    r"headache(?: \w+){0,10} worst (?:ever|of my life)",
)
VISION_LOSS = words(
    r"(?:lost|losing|lose|loss of) (?:my |his |her |the )?(?:sight|vision)",
    r"(?:cant|cannot|couldnt) see (?:out of|from|with|anything)",
    r"(?:vision|sight)(?: \w+){0,6} (?:went|gone|going|turned) "
    r"(?:black|dark|blurry|double|out|blank|grey|gray)",
    r"(?:blind|dark|black|grey|gray) (?:in|out of) (?:one|my left|my right|his|her) eye",
    r"curtain (?:over|coming down)",
    r"double vision",
    r"(?:seeing|see|sees|saw) double",
    r"(?:cant|cannot|couldnt) see (?:the |anything on the |things on the )?(?:left|right) "
    r"(?:half|side)",
    r"(?:suddenly|sudden) (?:blind|blurry|blurred)",
)
NOT_A_STROKE = words(
    r"(?:breast|back|heat|swim\w*|sun|brush|master|pen|key|golf|tennis|rowing|paddle) ?strokes?",
    r"stroke rate|strokes? (?:per|a) minute|spm",
)
# A limb that "went dead" because it was slept, sat or leant on, and came back.
PRESSED_LIMB = words(
    r"(?:sat|sitting|slept|sleeping|lying|lay|lain|leaning|leant|kneeling|knelt) on (?:it|them|"
    r"my (?:arm|hand|leg|foot))",
    r"(?:fine|normal|ok|okay|back) (?:again )?after (?:a (?:minute|few minutes|bit)|shaking)",
    r"pins and needles then fine",
)
# --- other categories ----------------------------------------------------------------------
HEART_FAILURE = words(
    r"heart failure",
    r"hf",
    r"chf",
    r"weak heart",
    r"(?:heart|ejection fraction|ef) (?:is |was )?(?:weak|low|pumping weak)",
    r"cardiomyopathy",
    r"heart valves?",
    r"valve (?:disease|problem|replacement)",
    r"heart condition",
    r"water tablets?",
    r"diuretics?",
    r"furosemide",
)
WEIGHT_GAIN = words(
    r"(?:put on|gained|gain|up|increase\w*|jumped|gone up|went up)(?: \w+){0,3} "
    r"(?:\d+(?:\.\d+)? ?(?:kg|kgs|kilos?|lbs?|pounds?|stone)|(?:two|three|four|five) "
    r"(?:kg|kilos|pounds|lbs))",
    r"(?:\d+(?:\.\d+)? ?(?:kg|kgs|kilos?|lbs?|pounds?)|(?:two|three|four|five) "
    r"(?:kg|kilos|pounds|lbs))(?: \w+){0,3} (?:heavier|up|more|gain\w*|overnight|in (?:a|\d+|two|"
    r"three|four) (?:days?|week))",
    r"weight (?:is |has )?(?:jumped|shot up|gone up|going up|creeping up|up)",
)
LYING_BREATHLESS = words(
    r"(?:breathless|cant breathe|short of breath|out of breath|struggle to breathe|"
    r"struggling to breathe|breathing)(?: \w+){0,4} (?:lying|laying|lie|lay) (?:flat|down)",
    r"(?:lying|laying|lie|lay) (?:flat|down)(?: \w+){0,5} (?:breathless|cant breathe|"
    r"short of breath|out of breath|struggle|gasping|cough\w*)",
    r"(?:extra|more|three|3|four|4|two|2) pillows",
    r"(?:sleep|sleeping|slept) (?:sitting up|upright|in (?:a|the) chair|propped)",
    r"wak\w* up(?: \w+){0,3} (?:gasping|breathless|short of breath|cant breathe|choking|"
    r"coughing|struggling)",
)
DARK_URINE = words(
    r"(?:urine|pee|wee)(?: \w+){0,2} (?:gone|is|turned|looks|went|has gone|very|really) "
    r"(?:really |very |quite )?dark(?! yellow| orange)",
    r"(?:really |very )?dark (?:urine|pee|wee)(?! \w+ (?:yellow|orange))",
    r"(?:dark brown|brown|black|cola|coke|coca cola|tea|rusty|red brown|reddish brown)"
    r"(?: \w+){0,3} (?:urine|pee|wee|piss)",
    r"(?:urine|pee|wee|piss)(?: \w+){0,3} (?:dark brown|brown|black|cola|coke|tea|rusty)",
    r"(?:urine|pee|wee|piss)(?: \w+){0,4} (?:like|looks like|colou?r of) (?:\w+ )?"
    r"(?:cola|coke|tea|coffee)",
)
LITTLE_URINE = words(
    r"(?:barely|hardly|not|havent|hasnt|cant|cannot) (?:peed|peeing|pee|weed|urinat\w*|passed|"
    r"passing|been)(?: any| much)?(?: urine| pee| wee)?",
    r"(?:hardly|barely|not) (?:going|gone) (?:to the toilet)?",
    r"(?:no|little|hardly any|barely any) (?:urine|pee|wee)",
)
SYSTEMIC = words(
    r"vomit\w*|throwing up|threw up|being sick",
    r"confus\w*|muddled|drowsy|not making sense|disorient\w*|out of it",
    r"collaps\w*|faint\w*",
)
MUSCLE_SEVERE = words(
    r"(?:muscles?|legs?|arms?|quads?|thighs?|calves|biceps)(?: \w+){0,4} "
    r"(?:swollen|swelling|rock hard|so sore|agony|killing|excruciating|weak|cant (?:move|bend|"
    r"straighten|lift))",
    r"(?:cant|cannot|couldnt|can barely|can hardly|barely|hardly) "
    r"(?:straighten|bend|lift|move|walk|use|stand|grip)",
    r"agon\w*",
    r"(?:worst|extreme|excruciating|insane|unreal|crazy) (?:pain|soreness|doms)",
    r"(?:way|much) (?:worse|more) than (?:normal|usual) (?:doms|soreness)",
    r"swollen",
    r"hard as (?:a )?(?:rock|wood|stone)",
)
SEVERE_PAIN = words(
    r"(?:severe|agoni\w*|excruciating|unbearable|worst|insane|extreme|intense|terrible|horrendous)"
    r"(?: \w+){0,2} (?:pain|ache|agony)",
    r"(?:pain|ache)(?: \w+){0,3} (?:severe|unbearable|excruciating|getting worse|worse and worse|"
    r"out of proportion)",
    r"agony",
    r"(?:painkillers|paracetamol|ibuprofen)(?: \w+){0,4} (?:nothing|not working|arent|dont|didnt)",
    r"(?:pain|hurts?)(?: \w+){0,4} worse than (?:normal|usual)",
    r"(?:pain|hurts?)(?: \w+){0,3} (?:bad|worse) even (?:at rest|lying|resting|when still|sitting)",
    r"(?:havent|hasnt|wont|not) (?:stopped|eased|settled|gone)(?: \w+){0,4} hours?",
    r"getting worse (?:for|over) (?:hours|the last)",
)
TIGHT_LIMB = words(
    r"(?:tight\w*|hard|swollen|tense|bulging|shiny|rock hard)",
    r"pins and needles",
    r"(?:numb\w*|tingl\w*)",
    r"pressure (?:builds?|building|builds up)",
    r"burst\w*",
    r"rock (?:tight|hard|solid)",
    r"(?:cant|cannot|couldnt) (?:lift|move|flex|point) (?:my |his |her )?(?:foot|toes|fingers)",
    r"(?:cant|cannot) (?:move|wiggle|feel) (?:my |his |her )?(?:toes|foot|fingers)",
)
PASSIVE_STRETCH = words(
    r"(?:hurts?|agony|pain\w*|screams?|kills|killing)(?: \w+){0,4} (?:when|to|if) (?:i |he |she )?"
    r"(?:try to )?"
    r"(?:straighten|move|bend|stretch|wiggle|flex|point) (?:my |his |her )?(?:fingers|toes|foot|"
    r"hand|wrist|ankle)",
    r"(?:moving|bending|straightening|stretching|wiggling) (?:my |his |her )?(?:fingers|toes|foot|"
    r"hand)(?: \w+){0,2} (?:is |are )?(?:agony|excruciating|unbearable|killing)",
)
INJURY = words(
    r"landed on|fell on|dropped on",
    r"took a (?:knee|kick|boot|blow|hit|knock)",
    r"injur\w*",
    r"kick\w*",
    r"tackle\w*",
    r"fell|fall|fallen",
    r"crash\w*",
    r"hit|struck|whacked",
    r"broke|broken|fracture\w*",
    r"cast|plaster|bandage|splint",
    r"crush\w*",
    r"dropped (?:a |the )",
    r"collision|collided",
    r"knock\w*|bang\w*|bash\w*",
)
COLD_PALE = words(
    r"(?:cold|colder|icy|freezing|ice cold|cool)",
    r"(?:pale|paler|white|whiter|blue|bluish|grey|gray|mottled|waxy|purple)",
)
NO_PULSE = words(
    r"(?:cant|cannot|couldnt|unable to) (?:find|feel|get) (?:the |a |any |his |her |my )?pulse",
    r"no pulse",
)
LIMB_LOSS = words(
    r"numb\w*",
    r"(?:cant|cannot|couldnt) (?:feel|move|wiggle)",
    r"weak\w*",
    r"dead",
    r"pain\w*",
    r"hurts?",
    "no pulse",
    r"agony",
    r"sore",
    r"ache\w*",
    r"pins and needles",
    r"tingl\w*",
)
WALK_PAIN_REST = words(
    r"(?:after|with) (?:a )?rest (?:again |its |it is )?(?:ok|okay|fine|good|better|gone)",
    r"(?:goes|go|ease|eases)(?: \w+){0,3} (?:when|if|once|after) (?:i |he |she )?(?:stop|stand|"
    r"rest|sit|pause)\w*",
    r"(?:\d+|few|ten|five|twenty) (?:minutes|mins|min) into (?:a|my|the|every|each) walk",
    r"(?:kicks? in|starts?|comes? on) (?:at|after) (?:about |around )?\d+ ?(?:yards|metres|meters|"
    r"m|steps|minutes|mins)",
    r"relieved by (?:rest\w*|stopping|standing)",
    r"(?:have to|had to|need to|must) (?:stop|stand|rest|sit)(?: \w+){0,4} (?:then|and then|and) "
    r"(?:it )?(?:is )?(?:going|goes|eases|better|fine|ok|okay)",
    r"(?:goes away|eases|disappears|fades|settles|gone|better|stops|passes|resolves)(?: \w+){0,4} "
    r"(?:of|with) (?:rest\w*|stopping|standing)",
    r"(?:stop|stopping|stand still|standing still|rest|resting|pause|sit down|slow down)"
    r"(?: \w+){0,6} (?:goes away|go away|eases|ease|better|fades|disappears|stops|settles|"
    r"goes|fine)",
    r"(?:goes away|eases|disappears|fades|settles|gone|better|stops)(?: \w+){0,4} "
    r"(?:when|if|once|after) (?:i |he |she )?(?:stop|rest|stand|sit|pause)",
    r"(?:every|each) time (?:i |he |she )?walk",
    r"(?:rest|rests|stop|stops|stopping|break|sit)(?: \w+){0,3} (?:it |and it |and its )?"
    r"(?:goes|eases|passes|gone|fine|better)",
    r"(?:goes|eases|better|fine|settles|passes|gone)(?: \w+){0,3} (?:after|with) (?:a )?"
    r"(?:rest\w*|break|minute|sit|stop\w*)",
    r"(?:same|similar) distance",
    r"(?:goes|go|went|wears|eases) off",
    r"(?:then|and) (?:he |she |i )?(?:can|could) (?:carry|keep) on",
    r"(?:stop|stopping|rest|resting)\w*(?: \w+){0,4} (?:ok|okay|fine|good) again",
    r"never at rest|not at rest|only (?:comes on|when) (?:\w+ )?walk\w*|comes on (?:when )?walk\w*",
    r"(?:settle|settles|settled)(?: \w+){0,2} (?:after|with|when)",
    r"after (?:walking )?(?:about |around |like )?(?:\d+|a few|a couple|two|three|hundred)"
    r"(?: \w+){0,2} (?:metres|meters|yards|minutes|mins|blocks|streets)",
)
WALKING = words(
    r"walk\w*",
    r"laps? (?:of|around|round)",
    r"hik\w*",
    r"stairs",
    r"hill",
    r"uphill",
    r"shop\w*",
    r"stroll\w*",
    r"yards|blocks|hundred (?:metres|meters)",
)
VARICOSE = words(r"varicose", r"varicosit\w*", r"veins?", r"vein", r"spider veins?")
BLEEDING = words(
    r"bleed\w*",
    r"bled",
    r"blood (?:everywhere|all over|pouring|spurting|gushing|squirting|pumping)",
    r"(?:spurt|gush|pour|squirt)\w*",
)
PREGNANT = words(
    r"pregnan\w*",
    r"\d+ ?weeks? (?:pregnant|gone|along)",
    r"(?:third|second|3rd|2nd) trimester",
    r"(?:weeks|days) (?:after|since) (?:giving birth|birth|the birth|my baby|having)",
    r"(?:had|gave birth to|delivered) (?:my |the |a |our )?(?:baby|son|daughter|twins)",
    r"post ?partum",
    r"gave birth",
    r"\d+ ?wks? (?:pregnant|gone|along)",
    r"(?:prenatal|antenatal|pregnancy)",
    r"\b(?:2\d|3\d|40|41) ?(?:weeks|wks)\b(?! ago| of| training| into| in)",
    r"pre ?eclampsia",
    r"midwife",
    r"expecting",
    r"bump",
    r"newborn",
)
PE_SIGNS = words(
    r"(?:bad|severe|splitting|awful|pounding|terrible|horrible|wont go|wont shift|"
    r"wont go away)(?: \w+){0,2} headaches?",
    r"headaches?(?: \w+){0,3} (?:wont|not) (?:go|going|shift|ease)",
    r"(?:vision|sight|eyes?)(?: \w+){0,3} (?:blurr\w*|blurry|flashing|flashes|spots|sparkl\w*|"
    r"funny|weird|fuzzy)",
    r"(?:flashing|flashes of) (?:lights?|spots)",
    r"(?:blurr\w*|blurry|fuzzy) (?:vision|sight|eyes)",
    r"seeing (?:spots|stars|flashes|sparkles|flashing)",
    r"(?:pain|ache|hurts?)(?: \w+){0,3} (?:under|below) (?:my |the )?(?:ribs|right ribs|ribcage)",
    r"(?:face|hands|fingers|eyes)(?: \w+){0,3} (?:swollen|swell\w*|puffy|puffed)",
    r"(?:swollen|swelling|puffy) (?:face|hands|fingers|eyes)",
    r"(?:suddenly|sudden) (?:swollen|swelling|puffy)",
    r"blood pressure (?:is )?(?:high|up|raised)",
)
HEAT = words(
    r"heat",
    r"hot (?:day|weather|room|yoga|class|gym)",
    r"sun",
    r"sunny",
    "summer",
    r"sauna",
    r"heatwave",
    r"(?:\d\d) ?(?:degrees|c|celsius|f)",
    r"humid\w*",
    r"marathon",
    r"half marathon",
    r"(?:really|very|so|burning|boiling) hot",
    r"overheat\w*",
    r"heat exhaustion",
    r"festival",
)
HEATSTROKE = words(
    r"confus\w*",
    r"not making sense",
    r"talking (?:nonsense|rubbish|gibberish)",
    r"(?:stopped|stop|not|isnt|no longer) sweating",
    r"hot (?:and )?dry",
    r"dry (?:and )?hot",
    r"fit|fitting|seizure|convuls\w*",
    r"collaps\w*",
    r"unconscious|unresponsive|passed out",
    r"(?:not|isnt) (?:better|improving) after",
    r"(?:cant|cannot) cool (?:down|off)",
    r"\b(?:40|41|42)(?:\.\d)? ?(?:c|degrees)",
    r"stumbl\w*|staggering|disorient\w*",
    r"skins? (?:\w+ )?dry",
    r"(?:cant|cannot|couldnt) think (?:straight|clearly)",
)
ANGINA = words("angina", r"gtn", r"nitro\w*", r"(?:heart|chest) spray", r"my spray")
SPRAY_FAILED = words(
    r"(?:spray|gtn|nitro\w*|tablets?|puffs?)(?: \w+){0,6} (?:nothing|no (?:help|change|"
    r"difference|better)|not (?:helping|working)|didnt (?:help|work)|hasnt (?:helped|worked)|"
    r"barely (?:touched|helped|worked|did))",
    r"(?:twice|two doses|2 doses|second dose|2 sprays|two sprays)(?: \w+){0,6} (?:nothing|"
    r"still|no (?:help|change|better))",
)
EXERTIONAL_EASE = words(
    r"(?:eases|settles|goes|resolves|fades|disappears)(?: \w+){0,3} (?:\d+|a few|few) ?"
    r"(?:min|mins|minutes) (?:after|later|afterwards)",
    r"resolves (?:within|after|with) (?:\w+ ){0,3}(?:rest\w*|stopping)",
    r"(?:stop|stopping|rest|resting|slow down|sit down|stand still|standing still|cool down)"
    r"(?: \w+){0,6} (?:goes away|go away|eases|ease|better|fades|disappears|settles|passes|fine|"
    r"gone|stops)",
    r"(?:goes away|eases|disappears|fades|settles|passes|stops)(?: \w+){0,5} (?:of|after) "
    r"(?:stopping|resting|rest)",
    r"fine (?:by|within|after) (?:the )?(?:evening|an hour|\d+ (?:min|mins|minutes))",
    r"(?:goes away|eases|disappears|fades|settles|passes|gone)(?: \w+){0,4} "
    r"(?:when|if|once|after) (?:i |he |she )?(?:stop\w*|rest\w*|stand\w*|sit\w*|slow\w*|cool\w*)",
    r"(?:only|just) (?:when|on|during) (?:exercise|exertion|effort|hills|stairs|running|walking)",
    r"(?:goes|go|goes off|wears off|eases off|stops|fades)(?: \w+){0,4} (?:when|after) "
    r"(?:i |he |she )?stop\w*",
    r"fine (?:afterwards|after|once i stop)",
    r"(?:every|each) time (?:i|he|she) (?:run|walk|climb|go up|jog|cycle|exercise|train)",
)
MORE_OFTEN = words(
    r"first time in (?:over |more than )?(?:a|\d+|two|three) (?:year|years|months)",
    r"(?:a year|months|years) without (?:needing|using)",
    r"(?:times|x) a day",
    r"this (?:past )?week",
    r"chang\w*",
    r"(?:even|just) (?:walking|sitting|at rest|resting|from)",
    r"more (?:often|frequent\w*|easily)",
    r"(?:even|now) (?:at rest|walking|sitting|with less)",
    r"less (?:effort|exercise|activity)",
    r"(?:spray|gtn|tablets?)(?: \w+){0,4} (?:not|isnt|doesnt|didnt|wont) (?:work\w*|help\w*)",
    r"(?:worse|longer|more) than (?:usual|normal|before)",
    r"getting worse",
    r"new",
)
HAVING_ONE_NOW = words(
    r"(?:having|is having|im having|hes having|shes having|think (?:i|he|she)(?: \w+){0,2} "
    r"(?:having|had)|is this|could this be|am i having|are these)"
    r"(?: \w+){0,3} (?:heart attack|cardiac|stroke|mi)",
)


TRIVIAL_EFFORT = words(
    r"(?:just|even|only) (?:walking|getting up|standing|talking|getting dressed|climbing|going up|"
    r"from|to the)",
    r"walking (?:to|from|around|across) (?:the )?(?:house|room|flat|kitchen|bathroom|toilet|loo|"
    r"car)",
    r"(?:cant|cannot|couldnt) do (?:the |a flight of )?stairs",
    r"getting dressed|housework|chores|showering|doing nothing|one flight",
    r"(?:doing )?(?:small|little|simple|easy|normal) things",
    r"(?:\d+|ten|few|a few) steps",
    r"(?:walk|walking|swim|swimming)(?: \w+){0,3} (?:a little|slowly|a short way|a few|\d+ (?:feet|"
    r"metres|meters|yards))",
    r"(?:very little|slight|minimal|the slightest|any) (?:effort|exertion|exercise)",
)
BLOOD_IN_URINE = words(
    r"blood in (?:my |the |his |her )?(?:urine|pee|wee)",
    r"(?:urine|pee|wee)(?: \w+){0,3} (?:bloody|has blood|with blood|full of blood)",
    r"(?:peeing|passing|weeing) blood",
)
NOT_HEALING = words(
    r"(?:sore|wound|ulcer|cut|blister|graze|scrape|scratch|scab)(?: \w+){0,16} "
    r"(?:not|hasnt|wont|isnt|never|doesnt) "
    r"(?:heal\w*|get\w* better|clos\w*)",
    r"(?:non|not) healing",
    r"(?:sore|wound|ulcer|cut|graze)(?: \w+){0,16} (?:still open|still weeping|still not closed)",
)
ANKLES = words(r"ankles|legs|feet|calves")
SINGLE_LEG = words(r"calf|leg|foot|ankle|shin|thigh")

SNAP = words(
    r"(?:pop|popped|snap|snapped|kicked|shot|hit)(?: \w+){0,6} "
    r"(?:calf|achilles|heel|back of (?:my|the) (?:leg|ankle))",
    r"(?:calf|achilles|heel)(?: \w+){0,6} (?:pop|popped|snap|snapped)",
)


@dataclass(frozen=True)
class Finding:
    category: Category
    level: Level


Rule = Callable[[Message], Level | None]


def _chest_pain(m: Message) -> Level | None:
    chest_words = m.near(CHEST, PAIN, 8) or m.has(CHEST_SIMILE) or m.near(HEART_AS_PLACE, PAIN, 2)
    # NHS: angina that a second dose of the spray doesn't ease needs 999, whatever it is called.
    if m.mentioned(ANGINA) and m.has(SPRAY_FAILED):
        return Level.EMERGENCY
    if not chest_words:
        if m.near(RADIATION_SITE, PAIN, 6) and m.has(WARNING_COMPANIONS):
            return Level.EMERGENCY
        if m.has(SPREADING):
            return Level.EMERGENCY
        if m.has(HAVING_ONE_NOW):
            return Level.EMERGENCY
        if m.has(ANGINA) and m.has(MORE_OFTEN):
            return Level.SAME_DAY
        squeeze = words(
            r"squeez\w*|tight\w*|pressure|heav\w*|pain\w*|ache|aching|burning|band|belt|vice"
        )
        sites = words(r"jaw|throat|neck|left arm")
        if m.near(sites, squeeze, 6) and m.has(EXERTIONAL_EASE):
            return Level.SAME_DAY
        return None
    companions = m.has(WARNING_COMPANIONS) or m.has(CHEST_SIMILE)
    # Soreness in the chest muscles after training them, a strain that hurts when pressed, or
    # heartburn after a meal that an antacid settles, with no companion sign.
    tight_clothes = m.mentioned(
        words(
            r"(?:top|shirt|bra|vest|harness|strap|binder|wetsuit)s?(?: \w+){0,6} (?:too "
            r"(?:small|tight)|size too small|sizes too small)"
        )
    )
    if not companions and (
        m.mentioned(CHEST_TRAINING) or m.has(CHEST_WALL) or m.mentioned(REFLUX) or tight_clothes
    ):
        return None
    # Pain that comes with effort and eases with rest is angina's pattern: see someone today.
    if m.has(EXERTIONAL_EASE) and not companions and not m.has(SUDDEN):
        return Level.SAME_DAY
    return Level.EMERGENCY


def _breathless(m: Message) -> Level | None:
    if m.has(LYING_BREATHLESS):
        return Level.SAME_DAY
    severe = m.has(SEVERE_BREATH)
    named = m.has(BREATH)
    if not (severe or named):
        return None
    ordinary_effort = m.mentioned(NORMAL_RECOVERY) and m.mentioned(EXERCISE)
    if ordinary_effort and not m.has(words(r"at rest|resting|sitting|lying|in bed")):
        return None
    if severe or (named and m.has(SUDDEN)):
        return Level.EMERGENCY
    if m.has(RECENT_ONSET) and (m.has(TRIVIAL_EFFORT) or not m.mentioned(EXERCISE) or m.has(FEVER)):
        return Level.SAME_DAY
    if m.has(SLOW_ONSET) or m.has(TRIVIAL_EFFORT):
        return Level.SEE_GP
    return None


def _risk_before(m: Message) -> bool:
    """A clot risk that has already happened: not "before my flight tomorrow"."""
    for sentence, at in m.spots(CLOT_RISK):
        tokens = m.sentences[sentence].split()
        around = " ".join(tokens[max(0, at - 3) : at + 5])
        if not FUTURE.search(around):
            return True
    return False


def _calves_differ(m: Message) -> bool:
    """Two calf measurements at least 3 cm apart: one calf swollen, said in numbers.

    The Wells score for DVT (Wells et al., Lancet 1997; the score NICE NG158 uses) counts a calf
    more than 3 cm bigger than the other; 3 cm itself counts here too, erring towards care."""
    if not m.mentioned(words(r"calf|calves|leg|legs")):
        return False
    sizes = [float(n) for n in re.findall(r"\b(\d{2}(?:\.\d)?) ?cm\b", m.whole)]
    return len(sizes) == 2 and abs(sizes[0] - sizes[1]) >= 3


def _leg_clot_signs(m: Message) -> bool:
    swollen = m.near_or_next(LEG, SWOLLEN, 12) or _calves_differ(m)
    inflamed = m.near_or_next(LEG, INFLAMED, 12)
    painful = m.near_or_next(LEG, LEG_PAIN, 10) or m.near(LEG, CALF_PAIN_EXTRA, 10)
    if m.has(CRAMP_PASSED) and not swollen:
        return False
    risk = _risk_before(m)
    # "Feet", "ankles", "calves" with no single leg named are both sides.
    plural_only = m.mentioned(ANKLES) and not m.mentioned(ONE_SIDE) and not m.mentioned(SINGLE_LEG)
    one_side = not m.mentioned(BOTH_SIDES) and not plural_only
    healing_bruise = m.mentioned(words(r"bruis\w*")) and m.mentioned(
        words(r"better every day|getting better|improving|fading|on the mend")
    )
    if healing_bruise and not swollen:
        return False
    return (
        (swollen and one_side and (risk or inflamed or painful or m.mentioned(ONE_SIDE)))
        or (inflamed and one_side and (painful or swollen))
        or (painful and risk and one_side and not m.mentioned(words(r"calves|legs|feet|ankles")))
        or (painful and risk and m.has(CLOT_WORDS))
    )


def _dvt(m: Message) -> Level | None:
    if _leg_clot_signs(m):
        return Level.SAME_DAY
    if m.has(CLOT_WORDS) and (m.near(LEG, LEG_PAIN, 10) or m.near(LEG, SWOLLEN, 10)):
        return Level.SAME_DAY
    if m.has(SUSPECTED_CLOT) and m.mentioned(LEG):
        return Level.SAME_DAY
    arm = words(r"arms?|forearm|shoulder|hand")
    if m.near(arm, SWOLLEN, 8) and m.has(words(r"blue\w*|purple\w*|dark\w*|bluey")):
        return Level.SAME_DAY
    line = words(r"picc|central line|cannula|port|portacath|drip")
    if m.near(arm, SWOLLEN, 8) and m.mentioned(line):
        return Level.SAME_DAY
    return None


def _pe(m: Message) -> Level | None:
    if m.has(COUGH_BLOOD):
        return Level.EMERGENCY
    breath = m.has(BREATH) or m.has(SEVERE_BREATH) or m.has(BREATHING_IN)
    if breath and (_leg_clot_signs(m) or _risk_before(m) or m.near(LEG, SWOLLEN, 8)):
        return Level.EMERGENCY
    if m.has(BREATHING_IN) and (m.has(SUDDEN) or m.has(RACING) or m.has(FAINTED)):
        return Level.EMERGENCY
    if (m.has(FAINTED) or m.has(NEAR_FAINT)) and _leg_clot_signs(m):
        return Level.EMERGENCY
    if m.has(BREATHING_IN) and m.near(CHEST, PAIN, 8):
        return Level.EMERGENCY
    return None


SLEEP_NOT_FAINT = words(
    r"(?:passed|crashed|conked) out (?:on|in) (?:the |my )?(?:sofa|couch|bed)(?: \w+){0,8} "
    r"(?:best|good|great|deep|long) (?:sleep|nap)",
    r"by which i mean (?:i )?(?:just )?(?:napp\w*|nap|slept|dozed|fell asleep)",
    r"(?:passed|blacked) out asleep",
)


def _syncope(m: Message) -> Level | None:
    fainted = m.has(FAINTED)
    near = m.has(NEAR_FAINT)
    if not (fainted or near):
        # NHS: dizziness that keeps coming back needs a GP, whatever brings it on.
        if m.has(DIZZY) and (m.has(RECURRING) or m.has(SLOW_ONSET)):
            return Level.SEE_GP
        # Dizzy on standing while taking blood pressure tablets: a GP should review them.
        bp_tablets = words(
            r"(?:blood pressure|bp) (?:meds|tablets|medication|medicine|pills)|amlodipine|ramipril|"
            r"lisinopril|losartan|bisoprolol|doxazosin"
        )
        if m.has(DIZZY) and m.mentioned(STANDING_UP) and m.mentioned(bp_tablets):
            return Level.SEE_GP
        return None
    # "Blacked out on the sofa, by which I mean napped": the writer says it was sleep.
    if m.mentioned(SLEEP_NOT_FAINT) and not m.has(UNRESPONSIVE):
        return None
    if m.has(UNRESPONSIVE):
        return Level.EMERGENCY
    exercise = m.near(FAINTED, EXERCISE, 14) or m.near(NEAR_FAINT, EXERCISE, 14)
    companions = m.near(CHEST, PAIN, 8) or m.has(RACING) or m.has(IRREGULAR) or m.has(BREATH)
    if exercise or companions or m.has(words(r"lying (?:down|in bed)|in bed|asleep")):
        return Level.EMERGENCY
    if fainted:
        return Level.SAME_DAY
    return Level.SEE_GP


def _arrhythmia(m: Message) -> Level | None:
    irregular = m.has(IRREGULAR)
    racing = m.near(HEARTBEAT, RACING, 6) or m.has(words(r"racing heart|heart racing"))
    fast_number = _fast_rate_at_rest(m) or _slow_rate_with_symptoms(m)
    if m.has(words(r"shocked me|(?:icd|defib\w*) (?:went off|fired|shocked)")):
        return Level.EMERGENCY
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
    if not (irregular or racing or fast_number):
        return Level.SEE_GP if m.has(RHYTHM_ALERT) else None
    red_flags = (
        m.has(DIZZY)
        or m.has(FAINTED)
        or m.has(NEAR_FAINT)
        or m.has(BREATH)
        or m.has(SEVERE_BREATH)
        or m.near(CHEST, PAIN, 8)
    )
    if red_flags:
        return Level.EMERGENCY
    if m.mentioned(NORMAL_RECOVERY) and m.mentioned(EXERCISE) and not fast_number:
        return None
    if fast_number or (racing and m.has(SUDDEN)):
        return Level.SAME_DAY
    if racing and (m.has(SOMETIMES) or m.has(RECURRING) or m.has(SLOW_ONSET)):
        return Level.SEE_GP
    if irregular and m.has(SOMETIMES):
        brief = m.mentioned(HARMLESS_TRIGGER) and not (m.has(SLOW_ONSET) or m.has(RECURRING))
        return None if brief else Level.SEE_GP
    if irregular and (m.mentioned(HEARTBEAT) or known):
        return Level.SAME_DAY if m.has(SUDDEN) else Level.SEE_GP
    if irregular and (m.has(RECURRING) or m.has(SLOW_ONSET)):
        return Level.SEE_GP
    return None


def _fast_rate_at_rest(m: Message) -> bool:
    """A heart rate given as a number that is high while resting or won't come down."""
    if not m.mentioned(HEARTBEAT):
        return False
    high = [n for n in m.numbers if 140 <= n <= 260]
    resting = m.mentioned(
        words(
            r"at rest|resting|sitting|lying|in bed|on the (?:sofa|couch)|"
            r"(?:wont|not|isnt|doesnt|hasnt) (?:come|go|slow|settle|dropp\w*)|still|stuck"
        )
    )
    return bool(high) and resting


def _slow_rate_with_symptoms(m: Message) -> bool:
    """A heart rate under 45 given as a number, with dizziness, tiredness or faintness."""
    if not m.mentioned(HEARTBEAT):
        return False
    slow = [n for n in m.numbers if 20 <= n < 45]
    return bool(slow) and (m.has(DIZZY) or m.has(words(r"tired|exhausted|weak|faint\w*|woozy")))


def _stroke(m: Message) -> Level | None:
    signs = m.has(STROKE_SIGNS) and not m.mentioned(NOT_A_STROKE) and not m.mentioned(PRESSED_LIMB)
    if signs or m.has(SEVERE_HEADACHE) or m.has(VISION_LOSS):
        return Level.EMERGENCY
    return None


def _weights_jumped(m: Message) -> bool:
    """Two body weights a few days apart, the later at least 1.5 kg (3 lb) heavier."""
    kilos = [n for n in m.numbers if 35 <= n <= 250]
    if len(kilos) < 2 or not m.mentioned(words(r"kg|kgs|kilos?|lbs?|pounds|weigh\w*")):
        return False
    gain = kilos[-1] - kilos[0]
    return gain >= (3 if m.mentioned(words(r"lbs?|pounds")) else 1.5)


def _hf(m: Message) -> Level | None:
    heart_failure = m.mentioned(HEART_FAILURE)
    if heart_failure and (m.has(SEVERE_BREATH) or m.near(CHEST, PAIN, 8)):
        return Level.EMERGENCY
    if m.has(LYING_BREATHLESS):
        return Level.SAME_DAY
    gained = m.has(WEIGHT_GAIN) or (heart_failure and _weights_jumped(m))
    if gained and (heart_failure or m.near(LEG, SWOLLEN, 10) or m.has(BREATH)):
        return Level.SAME_DAY
    worse = words(r"worse|more|getting|increas\w*|spreading|up to|puffier")
    if heart_failure and (m.has(SWOLLEN) or m.has(BREATH)) and m.has(worse):
        return Level.SAME_DAY
    return None


# Food that colours urine, when it was eaten ("Beetroot? Haven't had any." doesn't count).
FOOD_DYE = words(
    r"(?:ate|eat|eaten|eating|had|having|drank|drink|drinking|some|lots of|loads of) "
    r"(?:\w+ ){0,3}(?:beet\w*|rhubarb|blackberr\w*|dye)",
    r"(?:beet\w*|rhubarb|blackberr\w*)(?: \w+){0,2} (?:juice|shot|salad|smoothie|soup|last night|"
    r"yesterday|for dinner|for lunch)",
    r"(?:vitamins?|b12|multivit\w*)",
)


def _rhabdo(m: Message) -> Level | None:
    dark = m.has(DARK_URINE) or (m.has(LITTLE_URINE) and m.has(MUSCLE_SEVERE))
    if not dark or m.has(FOOD_DYE):
        return None
    # Severe pain or weakness with dark urine needs care at once (the CDC's advice: stop, drink
    # water, seek care straight away); dark urine with ordinary aches, today.
    if m.has(SYSTEMIC) or m.has(LITTLE_URINE) or m.has(MUSCLE_SEVERE):
        return Level.EMERGENCY
    if not (m.has(LEG_PAIN) or m.has(SEVERE_PAIN)):
        return None
    return Level.SAME_DAY


def _compartment(m: Message) -> Level | None:
    if not (m.mentioned(LEG) or m.mentioned(words(r"forearms?|arms?|hands?"))):
        return None
    # NHS: after an injury, pain that is much worse when the limb's fingers or toes are moved.
    # Without the injury it is too often tight calves after raises.
    if m.has(PASSIVE_STRETCH) and m.mentioned(INJURY) and (m.has(TIGHT_LIMB) or m.has(SWOLLEN)):
        return Level.EMERGENCY
    if m.has(SEVERE_PAIN) and m.has(TIGHT_LIMB) and (m.mentioned(INJURY) or m.mentioned(EXERCISE)):
        return Level.EMERGENCY
    recurring = m.has(RECURRING) or m.has(
        words(
            r"same (?:point|time|distance)|after (?:about )?\d+ ?(?:min|mins|minutes|km|k|miles)",
            r"at (?:km|mile|k) ?\d+|at \d+ ?(?:km|k|miles)",
        )
    )
    if recurring and m.has(TIGHT_LIMB) and m.has(EXERTIONAL_EASE):
        return Level.SEE_GP
    return None


def _limb_ischaemia(m: Message) -> Level | None:
    limb = words(r"leg|legs|foot|feet|toes|calf|shin|arm|hand|fingers")
    rewarms = words(
        r"(?<!wont )(?<!cant )(?<!not )(?<!doesnt )warm\w* (?:back )?up",
        r"(?:go|goes|turn|turns) (?:back )?(?:pink|red)",
    )
    # Read as a live mention: "this time it won't warm up" is not Raynaud's passing.
    if m.mentioned(words(r"raynaud\w*")) and m.has(rewarms):
        return None
    if m.near(limb, COLD_PALE, 10) and (m.has(LIMB_LOSS) or m.has(NO_PULSE)):
        cold = m.has(words(r"cold|colder|icy|freezing|ice cold"))
        pale = m.has(words(r"pale|paler|white|whiter|blue|bluish|grey|gray|mottled|waxy|blotchy"))
        no_pulse = m.has(NO_PULSE)
        if (cold and pale) or ((cold or pale) and (m.has(SUDDEN) or no_pulse)):
            return Level.EMERGENCY
    foot = words(r"foot|feet|toes?|heel")
    rest_pain = m.near(foot, LEG_PAIN, 8) and m.has(
        words(r"at night|in bed|dangl\w*|hanging (?:\w+ )?(?:leg|foot|feet) down")
    )
    if rest_pain or m.near(foot, NOT_HEALING, 8):
        return Level.SAME_DAY
    return None


def _claudication(m: Message) -> Level | None:
    leg_pain = (
        m.near(LEG, LEG_PAIN, 10)
        or m.near(LEG, CALF_PAIN_EXTRA, 10)
        or m.has(words(r"buttocks?|bum|hips?"))
        or m.has(words(r"(?:legs?|calf|calves) (?:\w+ ){0,2}(?:seiz\w*|cramp\w*|hurt\w*)"))
    )
    # "Burning" is what calves do on a set of raises; only with walking and rest does it count.
    leg_pain = leg_pain or m.near(LEG, words(r"burn\w*"), 6)
    if leg_pain and m.mentioned(WALKING) and m.has(WALK_PAIN_REST):
        return Level.SEE_GP
    # NHS: with leg pain on walking, hair loss on the legs and cold feet are signs of PAD.
    pad_skin = words(
        r"hair (?:on (?:my |his |her )?(?:shins|legs|feet) )?(?:has )?(?:thinned|gone|fallen out)",
        r"(?:feet|foot|toes)(?: \w+){0,2} (?:feel |are |always )?(?:cold|colder)",
        r"shiny skin",
    )
    if leg_pain and m.mentioned(WALKING) and m.has(pad_skin):
        return Level.SEE_GP
    if m.has(words(r"claudication")) and m.mentioned(WALKING) and leg_pain:
        return Level.SEE_GP
    return None


def _bleeding_vein(m: Message) -> Level | None:
    # NICE CG168: a varicose vein that bleeds needs care at once, however it is described.
    if m.has(VARICOSE) and (m.has(BLEEDING) or m.near(VARICOSE, words("blood"), 14)):
        stopped = m.has(words(r"(?:has |it )?stopped|(?:not|isnt) bleeding (?:now|anymore)"))
        return Level.SAME_DAY if stopped else Level.EMERGENCY
    # One that bled in the past still needs a referral, even long after.
    if m.mentioned(words(r"(?:varicose|varicosit\w*)(?: \w+){0,4} (?:bled|had a bleed)")):
        return Level.SEE_GP
    return None


def _preeclampsia(m: Message) -> Level | None:
    if m.mentioned(PREGNANT) and m.has(PE_SIGNS):
        return Level.SAME_DAY
    return None


def _heat(m: Message) -> Level | None:
    if m.mentioned(HEAT) and m.has(HEATSTROKE):
        return Level.EMERGENCY
    # Hot, dry skin and muddled thinking after effort is heatstroke whatever the weather.
    dry = m.has(
        words(
            r"(?:stopped|stop|not|isnt|no longer) sweating|skins? (?:\w+ )?dry|"
            r"hot (?:to the touch|and dry)"
        )
    )
    muddled = m.has(
        words(
            r"confus\w*|talking (?:nonsense|rubbish|gibberish)|not making sense|"
            r"(?:cant|cannot|couldnt) think (?:straight|clearly)"
        )
    )
    if dry and muddled:
        return Level.EMERGENCY
    if _not_cooling(m):
        return Level.EMERGENCY
    return None


def _not_cooling(m: Message) -> bool:
    """NHS: heat exhaustion that isn't better after 30 minutes of cooling is heatstroke."""
    cooling = m.mentioned(words(r"cool\w*|shade|cold water|ice|fan|heat exhaustion"))
    still = m.has(
        words(r"still|not better|no better|(?:isnt|not) (?:getting )?better")
    ) or m.mentioned(
        words(r"(?:not|isnt|hasnt) (?:really )?(?:perk\w* up|pick\w* up|improv\w*|recover\w*)")
    )
    half_hour = m.mentioned(words(r"half an hour|an hour|hours")) or any(
        30 <= n <= 240 for n in m.numbers
    )
    unwell = m.has(words(r"dizzy|sick|awful|rough|unwell|headach\w*|cramp\w*|faint|vomit\w*"))
    return cooling and still and half_hour and unwell


# --- infection ---------------------------------------------------------------------------
INFECTION = words(
    r"infect\w*",
    r"fever\w*",
    r"temp (?:of )?(?:3[89]|4[01])",
    r"high temp\w*",
    r"temperature",
    r"shiver\w*",
    r"shaking",
    r"cellulitis",
    r"(?:cut|graze|grazed|blister|wound|ulcer|bite|scratch|sore)(?: \w+){0,4} "
    r"(?:went|gone|going|is|looks|getting|turned) (?:red|hot|angry|swollen|black)",
)
SEPSIS_SIGNS = words(
    r"confus\w*|muddled|not making sense|slurr\w*",
    r"(?:blotchy|mottled|blue|bluish|bluey|grey|gray)(?: \w+){0,2} (?:skin|lips|tongue)",
    r"(?:skin|lips|tongue)(?: \w+){0,3} (?:blotchy|mottled|blue|bluish|bluey|grey|gray)",
    r"rash (?:that )?(?:doesnt|does not|wont|didnt) fade",
    r"rash(?: \w+){0,8} (?:glass|press\w*)",
    r"breathing (?:very |really |so )?fast|fast breathing",
    r"(?:feel|feels|feeling) like (?:im|hes|shes|i am|i might be|i could be) "
    r"(?:dying|going to die)",
)
# Written with its negation ("hasn't weed all day"), so read as mentioned, not as denied.
NO_URINE = words(
    r"(?:not|hasnt|havent|hadnt|no|barely) (?:peed|weed|wee|urine|passed (?:any )?urine|been to "
    r"the toilet)(?: \w+){0,2} (?:all day|today|since|in \d+ hours)",
    r"no urine",
)
WOUND = words(r"cut|graze|grazed|blister|wound|ulcer|bite|scratch|sore")


FEVER = words(
    r"fever\w*|feverish|temp\w* (?:of )?(?:3[89]|4[01])|3[89](?:\.\d)? ?(?:c|degrees)",
    r"shiver\w*|shaking chills|chills|rigors|night sweats|fluey|flu like",
)
SPREADING_REDNESS = words(
    r"red streaks?|streak\w* (?:going |running )?up",
    r"redness(?: \w+){0,2} spreading|spreading (?:redness|red)",
    r"red(?: \w+){0,1} hot and swollen|hot(?: \w+){0,1} red and swollen|red and hot|hot and red",
)
INFECTION_SITE = words(
    r"uti|urine infection|kidney infection|chest infection|infected|infection|abscess|cellulitis|"
    r"lymph(?:o)?edema|ingrown"
)
# Conditions where a fever needs a doctor the same day (the member's own team says so).
FEVER_RISK = words(
    r"sickle|(?:mechanical|artificial|metal|replacement|replaced) (?:\w+ )?valve|heart valve|"
    r"valve replacement|splenectomy|no spleen"
)


def _sepsis(m: Message) -> Level | None:
    """NHS: an infection with any sign of sepsis is an emergency; a wound going bad with a fever
    needs advice today."""
    signs = m.has(SEPSIS_SIGNS) + m.mentioned(NO_URINE)
    # A wound or ulcer with two signs of sepsis is enough, even if nobody says "infected".
    if m.mentioned(WOUND) and signs and len(m.spots(SEPSIS_SIGNS)) + m.mentioned(NO_URINE) >= 2:
        return Level.EMERGENCY
    if not (m.mentioned(INFECTION) or m.mentioned(FEVER_RISK) or m.has(SPREADING_REDNESS)):
        return None
    # Chemotherapy weakens the defences against infection: a fever then is an emergency.
    if signs or (m.mentioned(words(r"chemo\w*")) and m.has(INFECTION)):
        return Level.EMERGENCY
    if m.has(FEVER) and (
        m.has(SPREADING_REDNESS) or m.mentioned(INFECTION_SITE) or m.mentioned(FEVER_RISK)
    ):
        return Level.SAME_DAY
    unwell = m.has(words(r"fever\w*|temperature|shiver\w*|shaking|hot and cold|rough|unwell"))
    going_bad = m.has(words(r"oozing|pus|red|hot|swollen|infect\w*|spreading|angry"))
    if m.mentioned(WOUND) and unwell and going_bad:
        return Level.SAME_DAY
    return None


SEIZURE = words(
    r"seizure\w*|having a fit|had a fit|convuls\w*",
    r"(?:is|was|started|keeps|kept|been|hes|shes) fitting(?! in| into| on| well)",
)
SEIZURE_ALARM = words(
    r"(?:past|over|more than|longer than|lasted|lasting) (?:\d+|five|5) (?:min|mins|minutes)",
    r"(?:not|isnt|wont|hasnt) stop\w*",
    r"first (?:ever )?(?:seizure|fit)",
    r"another (?:one|seizure|fit)",
)


def _other(m: Message) -> Level | None:
    # NHS: a seizure lasting over 5 minutes, a first seizure, or one in pregnancy needs 999.
    if m.has(SEIZURE) and (m.has(SEIZURE_ALARM) or m.mentioned(PREGNANT)):
        return Level.EMERGENCY
    # Known seizures or hypos coming more often: the member's team should review it.
    hypo = words(
        r"hypos?|going low|go low|(?:sugar|sugars|glucose|readings?|bg|levels?)(?: \w+){0,3} "
        r"(?:dipping|dropping|down|at|of) (?:to )?[1-3](?:\.\d)?",
        r"woke (?:up )?(?:at|on) [1-3]\.\d",
    )
    often = words(r"this month|this week|more often|keep|keeps|twice|every|again")
    if (m.mentioned(SEIZURE) or m.has(hypo)) and (m.has(MORE_OFTEN) or m.has(often)):
        return Level.SEE_GP
    # Ketones with vomiting (diabetes), or no fluids staying down: a doctor today.
    if m.mentioned(words(r"ketones?")) and m.has(words(r"vomit\w*|being sick|been sick|threw up")):
        return Level.SAME_DAY
    if m.has(
        words(r"(?:cant|cannot|couldnt) keep (?:any )?(?:water|fluids|anything|food|drinks) down")
    ):
        return Level.SAME_DAY
    # NHS: blood in urine needs a GP appointment urgently.
    if m.has(BLOOD_IN_URINE):
        return Level.SAME_DAY
    cant_bear = words(
        r"(?:cant|cannot|couldnt) (?:walk|stand|put weight|tiptoe|stand on)|limp\w*|agony|severe"
    )
    if m.has(SNAP) and m.has(cant_bear):
        return Level.SAME_DAY
    # Swelling of both legs that has lasted weeks, pits when pressed or won't go down overnight.
    # The lasting words belong to the swelling ("ankles puffy for weeks"), not to another
    # sentence ("BP checked last week", "ok to keep swimming?").
    lasting = (
        m.near(SWOLLEN, SLOW_ONSET, 14)
        or m.near(SWOLLEN, RECURRING, 14)
        or m.has(
            words(
                r"(?:leaves|leave|left) (?:a )?(?:dent|mark|dimple)|pitting|not going (?:\w+ )?down"
            )
        )
    )
    if m.near(LEG, SWOLLEN, 10) and lasting and (m.mentioned(BOTH_SIDES) or m.mentioned(ANKLES)):
        return Level.SEE_GP
    skin_changes = words(
        r"skin changes?|staining|stained|eczema|discolou?r\w*|brown(?:ish)? (?:skin|patches|marks)|"
        r"hard(?:ened)? skin|lipodermato\w*"
    )
    if m.mentioned(words(r"varicose|varicosit\w*")) and m.has(skin_changes):
        return Level.SEE_GP
    # "Hasn't healed" carries its own negation, so it is read as mentioned, not as denied.
    if m.mentioned(NOT_HEALING) and (m.mentioned(LEG) or m.mentioned(VARICOSE)):
        return Level.SEE_GP
    return None


BP_CONTEXT = words(r"bp|blood pressure|pressure|readings?|mmhg|monitor|cuff|machine")
BP_READING = re.compile(r"\b(\d{2,3}) (?:over )?(\d{2,3})s?\b")
AT_HOME = words(r"home|monitor|machine|cuff|my own|daily|every (?:day|morning)")
# Blood pressure rises during and just after exercise; such a reading says nothing.
JUST_TRAINED = words(
    r"(?:after|during|straight after|right after|post|mid) (?:my |the |a |an )?(?:workout|run|"
    r"session|training|lifting|gym|set|sprint|class|exercise|lift)"
)


def _blood_pressure(m: Message) -> Level | None:
    """NHS: 140/90 or more at a clinic, or an average of 135/85 at home, is high blood pressure,
    which rarely causes symptoms and needs a GP to check it."""
    if not m.mentioned(BP_CONTEXT) or m.mentioned(JUST_TRAINED):
        return None
    # Written as a reading, not two gym numbers ("150 100 on the machine").
    if not re.search(r"\d{2,3} ?/ ?\d{2,3}|\d{2,3}s? over (?:high |low )?\d{2,3}", m.raw):
        return None
    high, low = (135, 85) if m.mentioned(AT_HOME) else (140, 90)
    for _, _, match in m.live(BP_READING):
        systolic, diastolic = int(match.group(1)), int(match.group(2))
        plausible = 80 <= systolic <= 260 and 40 <= diastolic < systolic
        if plausible and (systolic >= high or diastolic >= low):
            return Level.SEE_GP
    return None


RULES: tuple[tuple[Category, Rule], ...] = (
    (Category.CHEST_PAIN, _chest_pain),
    (Category.BREATHLESS, _breathless),
    (Category.PE, _pe),
    (Category.DVT, _dvt),
    (Category.SYNCOPE, _syncope),
    (Category.ARRHYTHMIA, _arrhythmia),
    (Category.STROKE, _stroke),
    (Category.HF_WORSENING, _hf),
    (Category.RHABDO, _rhabdo),
    (Category.COMPARTMENT, _compartment),
    (Category.LIMB_ISCHAEMIA, _limb_ischaemia),
    (Category.CLAUDICATION, _claudication),
    (Category.BLEEDING_VEIN, _bleeding_vein),
    (Category.PREECLAMPSIA, _preeclampsia),
    (Category.HEAT, _heat),
    (Category.SEPSIS, _sepsis),
    (Category.BLOOD_PRESSURE, _blood_pressure),
    (Category.OTHER, _other),
)

# Topic words: what a question *about* signs names, so an info reply can point to the right guide.
TOPICS: tuple[tuple[Category, re.Pattern[str]], ...] = (
    (Category.CHEST_PAIN, words(r"heart attacks?", "angina", "chest pain", r"cardiac arrest")),
    (Category.STROKE, words(r"strokes?", r"tia", r"mini ?strokes?")),
    (Category.PE, words(r"pulmonary embolism", r"clots? (?:in|to) (?:the|your|my) lungs?", "pe")),
    (Category.DVT, words(r"dvt", r"blood clots?", r"clots?", "deep vein thrombosis")),
    (Category.SYNCOPE, words(r"faint\w*", r"pass(?:ing)? out", r"black(?:ing)? out")),
    # Not "heart rate": questions about it are about zones and fitness, not rhythm.
    (Category.ARRHYTHMIA, words(r"palpitations?", r"irregular heart\w*", r"afib")),
    (Category.HF_WORSENING, words(r"heart failure")),
    (Category.RHABDO, words(r"rhabdo\w*")),
    (Category.COMPARTMENT, words(r"compartment syndrome")),
    (Category.LIMB_ISCHAEMIA, words(r"isch(?:a)?emia", r"blocked arter\w*")),
    (Category.CLAUDICATION, words(r"claudication", r"pad", r"peripheral arter\w*")),
    (Category.BLEEDING_VEIN, words(r"varicose")),
    (Category.PREECLAMPSIA, words(r"pre ?eclampsia")),
    (Category.HEAT, words(r"heat ?stroke", r"heat exhaustion")),
    (Category.SEPSIS, words(r"sepsis", r"septic\w*", r"blood poisoning")),
    (Category.BREATHLESS, words(r"short(?:ness)? of breath", r"breathless\w*")),
)


def findings(message: Message) -> list[Finding]:
    """Every warning sign the rules see in `message`, with the level each supports."""
    found = []
    for category, rule in RULES:
        level = rule(message)
        if level is not None:
            found.append(Finding(category, level))
    return found


def topics(message: Message) -> list[Category]:
    """The categories a message names, live or not (for a question about signs)."""
    return [category for category, pattern in TOPICS if message.mentioned(pattern)]
