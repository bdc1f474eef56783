"""Where it is and what it feels like: body places, pain and its similes, fainting and dizziness,
and the words that say a member was exercising.
"""

from __future__ import annotations

from bot.questions.triage.text import words

# --- where ---------------------------------------------------------------------------------
CHEST = words(
    # Not an illness or furniture named by it: "a week in bed with a chest infection, calf sore".
    r"chest(?! infections?\b| bug\b| of drawers\b)",
    "sternum",
    # Written as two words too, as learners often do: "behind the breast bone".
    r"breast ?bone",
    r"behind (?:my |the |his |her )?(?:ribs|breast ?bone)",
    r"centre of (?:my|his|her)",
    r"center of (?:my|his|her)",
    r"middle of (?:my|his|her)",
    # Old slang for the heart, said of pain: "my ticker's playing up".
    r"tickers?",
)


# Not the name of a condition or a service: "heart failure, weight steady" is no weight on it.
HEART_AS_PLACE = words(
    r"heart(?! (?:failure|rate|rates|disease|condition|valve|health|team|nurse|clinic|rehab|"
    r"monitor|scan|surgeon|specialist))"
)


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
    # Said or dictated as "calve", a real word the corrector leaves alone: "my right calve".
    r"(?<=my )calve|(?<=left )calve|(?<=right )calve|(?<=the )calve|(?<=his )calve|"
    r"(?<=her )calve",
    # Not the session: "fingers puffed up after leg day".
    r"leg(?! days?\b)",
    "legs",
    "shin",
    "shins",
    "ankle",
    "ankles",
    r"thighs?",
    "knee",
    r"behind (?:my|the) knee",
    "foot",
    # Not a slow committee's: "the council's still dragging its feet on the lights".
    r"(?<!dragging its )(?<!dragging their )(?<!dragged its )(?<!dragged their )feet",
    "toes",
    "lower leg",
    # What is left of an amputated leg: "my stump", "the residual limb". Not a tree's or a
    # cricket wicket's.
    r"(?<=my )stump|(?<=his )stump|(?<=her )stump|(?<=their )stump|(?<=left )stump|"
    r"(?<=right )stump|residual limb",
    # Or named first, as its owner does: "Stump has swollen up".
    r"(?<!tree )(?<!the )stump(?= (?:has|is|was|keeps|feels|looks|gets|got|went|swell\w*|swollen|"
    r"sore|hurts|aches)\b)",
)


# --- what it feels like ------------------------------------------------------------------------
PAIN = words(
    r"pains?",
    # "My chest is paining me": the verb, as much of the world's English uses it.
    r"pain(?:ing|ed)",
    "painful",
    r"hurt\w*",
    r"aches?",
    "ached",
    "aching",
    "achy",
    "pressure",
    r"tight\w*",
    r"squeez\w*",
    # Not "my crush just walked in".
    r"crush\w*(?! (?:just|walked|came|is|was|looked|smiled|texted|messaged|liked|arrived|waved|"
    r"on|said)\b)",
    # The heart attack that feels like indigestion: only ever counted beside the chest's words.
    r"indigestion|heartburn",
    # Not "holiday heart after heavy drinking" or "heavy sets".
    r"heavy(?! (?:drink\w*|drinker|night|session|lift\w*|weights?|sets?|squats?|deadlifts?|load|"
    r"bag|rain|traffic))",
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
    # A band round the chest; not the kit: "under the BFR band", "resistance bands".
    r"(?<!bfr )(?<!resistance )(?<!occlusion )(?<!booty )(?<!loop )(?<!mini )band",
    r"weight",
    r"elephant",
    r"sat on",
    r"sitting on",
    r"vice",
    r"clamp\w*",
    r"grip\w*",
    r"press\w* (?:down|on)",
    r"(?:a )?pressing (?:feeling|sensation|ache|pain)",
    r"constrict\w*",
    "agony",
    "killing",
    r"playing (?:me )?up",
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
    "crampy",
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
    r"(?:pain|ache|aching|pressure|tightness|heaviness|burning|squeez\w*)(?: \w+){0,3} "
    r"(?:going|went|goes|spreading|spread|radiating|moving|shooting|travel\w*|creeping) "
    r"(?:(?:up|down) )?(?:in)?(?:to|up|down|into) (?:my |his |her |the )?(?:jaw|teeth|left arm|arm|"
    r"neck|throat)",
    # "Getting stronger, spreading into my neck": the pain already named.
    r"(?:spreading|radiating) (?:in)?(?:to|up|down|into) (?:my |his |her |the )?(?:jaw|teeth|"
    r"left arm|neck|throat)",
    # "Indigestion" that spreads to the neck, jaw or arm is the heart attack that feels like it
    # (NHS); heartburn rising into the throat is not, so the throat is left out here.
    r"(?:indigestion|heartburn)(?: \w+){0,4} (?:going|went|goes|spreading|spread|radiating|"
    r"moving|shooting|travel\w*|creeping) (?:(?:up|down) )?(?:in)?(?:to|up|down|into) (?:my |his "
    r"|her |the )?(?:jaw|teeth|left arm|arms?|neck|shoulders?)",
)


CHEST_SIMILE = words(
    # Not an injury's "something": "pulled something in my ribs", "tweaked something in my chest".
    r"(?<!pulled )(?<!tweaked )(?<!strained )(?<!popped )(?<!twanged )(?<!tore )(?<!torn )"
    r"(?<!hurt )(?<!done )(?<!did )"
    # "Someone's parked a car on my chest": the possessive's "s" left on.
    r"(?:weight|elephant|someones?|somebodys?|something|brick|band|belt|vice|fist|rope)"
    r"(?: \w+){0,4} (?:on|round|around|across|in|squeezing|crushing|sitting on|pressing)"
    r"(?: \w+){0,2} (?:my |his |her |the )?(?:chest|heart|ribs)",
    r"(?:elephant|weight|ton of bricks|someone|somebody|something)(?: \w+){0,2} "
    r"(?:sat|sitting|standing|pressing|kneeling) on (?:me|him|her|them)\b",
    # Anything's weight told as a likeness: "feels like a tup's stood on my chest", "like
    # someone's kneeling on it" is read above from "chest ... like".
    # Or said as it: "says it's like a 4 tonner parked on his chest".
    # "Standin": the dropped "g" of a word the word list also has ("a stand-in").
    r"(?:feels?|felt|feeling|its|it is|it was) like (?:\w+ ){1,4}(?:stood|standing|standin|sat|"
    r"sitting|kneeling|knelt|parked|stepped|stamping|stamped|dropped|put|left)"
    r"(?: (?:a|an|the|some)(?: \w+){1,2})? on "
    r"(?:my |his |her |the )?(?:chest|heart|ribs)",
    r"(?:chest|heart)(?: \w+){0,3} (?:like|as if)(?: \w+){0,5} "
    # Not "heart pounding like crazy when my crush walked in".
    r"(?:squeez\w*|(?<!my )(?<!his )(?<!her )crush\w*|sat|sitting|weight|elephant|vice|clamp\w*|"
    r"tight\w*|press\w*|"
    r"kneel\w*|stood|standing|stand\w* on|"
    # "Like someone's parked a kart on it", "like a car's been dropped on it".
    r"parked|parking|dropped|dumped|leaning|lean\w* on|lying on|laid on|strapped|gripp\w*|grabb\w*|"
    r"wrapped|"
    # A thing done up round it: "like someone's done a belt up round it".
    r"(?:belt|band|strap|corset|rope)s? (?:\w+ )?(?:up )?(?:round|around|across))",
)


# Muscle soreness after training the chest: its own look-alike.
CHEST_TRAINING = words(
    # The press, not a park bench ("sitting on the bench").
    r"bench ?press\w*|benching|benched|(?:heavy|flat|incline|decline|db|dumbbell) bench",
    r"(?:did|doing|do|hit|hitting|after)(?: that| the| my| this)? bench|bench (?:day|session|sets?|"
    r"pb|pr|max|emom|amrap|wod|supersets?|workout|circuit)",
    r"push ?ups?",
    r"press ?ups?",
    r"fl(?:y|ies|yes)",
    r"dips?",
    r"pecs?",
    "chest day",
    "chest workout",
    "chest exercises?",
    "chest press",
)
# Delayed-onset muscle soreness, by its gym name.
DOMS = words(r"doms")
# Training soreness in general: it excuses chest pain only said of the chest ("chest is sore from
# push-ups"), not of other muscles in the same message ("calves sore from raises").
TRAINING_SORENESS = words(
    r"pump",
    r"doms",
    r"sore from",
    # "A sore chest and arms after his first gym session".
    r"after (?:\w+ ){0,3}(?:gym|weights|circuits?|bootcamp|crossfit|wod) (?:session|class|workout)",
)


# A blow to the chest in sport: "took a football square in the chest", "an elbow to the chest".
CHEST_KNOCK = words(
    r"(?:ball|football|elbow|knee|shoulder|hit|knock|boot|kick)(?: \w+){0,3} "
    r"(?:square |right |smack )?(?:in|to|on) (?:the|my) (?:chest|stomach|gut|belly|ribs|"
    r"solar plexus)",
    r"winded|(?:wind|breath) (?:was )?(?:knocked|taken) out of (?:me|him|her)",
    # Combat sports: "liver shot knocked the wind right out of me".
    r"(?:liver|body) shot",
    r"(?:wind|breath) (?:\w+ ){0,2}(?:knocked|taken) (?:\w+ )?out of (?:me|him|her)",
)


# Chest-wall strain: tender to press or twist, after lifting or moving something heavy.
CHEST_WALL = words(
    r"(?:sore|hurts?|tender|pain\w*)(?: \w+){0,3} (?:to|when i|if i) (?:\w+ or )?"
    r"(?:press|touch|push|twist|poke)",
    # A jab that lasts a second when slumped, gone on sitting up: the chest wall's catch. Or a
    # tightness of a second under the bar: "felt tight for a sec on my first rep".
    r"(?:jab|stab|twinge|catch|tight|pinch)\w*(?: \w+){0,8} for (?:literally |only |just |about )?"
    r"(?:a |one )?(?:second|sec|split second|split sec|second or two|few seconds|few secs|couple "
    r"of seconds|(?:[1-5]|two|three) (?:seconds|secs))",
    # A rib that took a blow: "only where I got elbowed", "it came from my rib, I broke it".
    r"(?:where|since|after) (?:i|he|she|they) (?:got|was|were|had been) (?:\w+ ){0,2}(?:elbowed|"
    r"kicked|kneed|punched|tackled|knocked|hit)",
    r"(?:came|comes|coming) from (?:my|the|his|her) ribs?",
    r"(?:broke|broken|bruised|cracked|fractured) (?:\w+ ){0,2}ribs?|ribs? (?:is |are |was |were )?"
    r"(?:broken|bruised|cracked|fractured)",
    # "A rib I cracked falling on the ice".
    r"ribs? (?:i|he|she|they|we) (?:had )?(?:broke|bruised|cracked|fractured)",
)


# An antacid that didn't touch it: no longer a reason to think it was heartburn.
ANTACID_FAILED = words(
    r"(?:gaviscon|antacids?|rennies?|omeprazole)(?: \w+){0,3} (?:no change|no better|no "
    r"difference|nothing|didnt (?:help|work|touch it|do anything)|hasnt (?:helped|worked)|not "
    r"(?:helping|working)|made no difference|still)",
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
    r"threw up|throw up|throwing up|thrown up|puk\w*",
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
    # Sign-language word order and plain images: "breath short", "body cold wet", "soaked
    # through my shirt" (in a sentence with the pain, which the rules ask for).
    r"breath (?:very |so |really )?short",
    r"(?:body|skin) (?:\w+ )?(?:cold (?:and )?wet|wet (?:and )?cold)",
    r"(?:soak\w*|drench\w*) (?:right )?through (?:my|your|his|her|their) (?:shirt|top|tee|clothes|"
    r"t ?shirt)",
)


# What else goes down: "the swelling has gone down in two days", "my sugars have gone down at
# last" tell of a swelling or a number easing, not of someone dropping.
_NOT_A_PERSON = "".join(
    rf"(?<!{thing} )"
    for thing in (
        "it",
        "swelling",
        "swellings",
        "puffiness",
        "bump",
        "lump",
        "bruise",
        "bruising",
        "redness",
        "pain",
        "ache",
        "ankle",
        "ankles",
        "leg",
        "legs",
        "calf",
        "calves",
        "foot",
        "feet",
        "knee",
        "knees",
        "pressure",
        "bp",
        "sugar",
        "sugars",
        "weight",
        "rate",
        "hr",
        "temperature",
        "temp",
        "fever",
        "readings",
        "numbers",
        "score",
        "price",
        "inflammation",
    )
)

# Out, not nearly: "fainted", "passed out", "keeled over"; never "nearly passed out".
OUT_COLD = r"(?<!nearly )(?<!almost )(?:fainted|passed out|blacked out|collapsed|keeled over)"

FAINTED = words(
    # Not "I used to faint at the sight of blood": a habit outgrown.
    # Nor faint as a look: "some faint brown marks left", "a faint line".
    r"(?<!used to )faint(?:ed|ing|s)?(?! (?:brown|red|pink|white|yellow|grey|gray|blue|purple|"
    r"lines?|marks?|scars?|smell|sound|trace|hint|outline|glow|tinge|stains?|rash|patch|bruis\w*)\b)",
    # "Slumped off the bike", "got knocked out in sparring" (not "knocked out of the cup").
    r"slump(?:ed|s)? (?:off|over|down|to the (?:floor|ground))",
    # "Went limp and didn't respond".
    r"(?:went|goes|go|gone) (?:all )?limp",
    # "Went out for a second just after getting off the bike".
    r"went out (?:like a light|cold|for a (?:second|sec|moment|few seconds))",
    # Slang for out cold, told as brief: "zonked out for a few seconds", "went spark out",
    # "conked out at the finish and came round". Not "zonked out on the sofa", asleep.
    r"(?:zonked|conked|spark|sparked) out (?:\w+ ){0,4}(?:for (?:a|a few|\d+) (?:second|seconds|"
    r"secs?|moment)|(?:and|then) (?:came round|came to|woke up))",
    r"(?:went|was|is|goes) spark out",
    # A learner's "fell down, was away maybe 1 min" (gone from himself): timed, of a person.
    r"(?:fell|fell down|went down|dropped|collapsed)(?: \w+){0,6} (?:was|were|is) away (?:for )?"
    r"(?:maybe |about |around |like |nearly |almost )?(?:\d+|a|one|two|few|a few|some) "
    r"(?:sec|secs|seconds|min|mins|minute|minutes|moment)",
    # "Whited out and woke up on the verge".
    r"whit(?:ed|e) out(?: \w+){0,3} (?:woke|came round|came to)",
    r"(?:woke|came round|came to) (?:up )?(?:on|in) the (?:verge|floor|ground|grass|track|road|"
    r"pavement)",
    # Not a team knocked out of a competition: "we got knocked out in the semis".
    r"(?<!we )(?<!they )(?<!team )(?<!side )(?:got|was|been|is|were|being) knocked out(?! of)",
    # Choked unconscious in a roll: "got choked out".
    r"(?:got|was|been|is|were|being) choked out",
    r"feint(?:ed|ing)?",
    # Not asleep on a limb: "passed out on it after the late shift".
    r"pass(?:ed|ing)? out(?! on (?:it|them|my (?:arm|hand|leg))\b)",
    r"pass out",
    # Not "blacked out the whole screen": something blanked, not someone.
    r"black(?:ed|ing)? out(?! (?:the|my|his|her|its|all|everything|them|those|that|this|bits|"
    r"parts|names?|windows?|screens?)\b)",
    r"blackouts?",
    # Found on the floor with no memory of the fall.
    r"(?:cant|cannot|doesnt|dont|didnt|can not) (?:remember|recall) (?:falling|going down|the fall|"
    r"hitting the (?:floor|ground))",
    # Not a lung: "a stitch so bad I thought my lung had collapsed" is no faint.
    r"(?<!lung )(?<!lungs )(?<!lung had )(?<!lungs had )(?<!lung has )collaps\w*",
    "lost consciousness",
    # A clinician's shorthand: "a syncopal episode", "brief LOC".
    r"syncop\w*",
    r"loss of consciousness",
    r"(?:brief|short|with|a|some) loc",
    "unconscious",
    r"keel(?:ed)? over",
    # "Goes down and comes back round".
    r"(?:goes|went|go|going) down and (?:comes?|came|coming) (?:back )?round",
    # Not a visit or a trip: "my mate came round for a brew", "she came to the gym with me",
    # "the foreman came round the corner", "a kid came to me with a splinter".
    r"came (?:round|to|around)(?! (?:me|him|her|us|them|you|the|a|an|my|our|his|their|your|see|"
    r"visit|watch|help|"
    r"stay|for|here|there|mine|ours|yours|pick|collect|get|check|fix|meet|join|town|work|school|"
    r"church|dinner|lunch|tea|training|class|practice|gym|after (?:work|school|lunch|dinner|tea|"
    r"training|class)|\w+ (?:class|session))\b)",
    r"(?:woke|wake|wakes|waking|woken) up on the (?:\w+ )?(?:floor|ground|mat|grass|pavement)",
    # Not "slumped on the sofa", which is how people sit.
    r"slumped (?:over|forward|onto|on)(?! (?:the |a |my )?(?:sofa|couch|settee|bed|chair))",
    r"no memory of (?:minute|the|a|what)",
    r"(?:went|go|going) down like",
    # Not feet that touched the ground: "came right as soon as her feet hit the floor".
    r"(?<!feet )(?<!foot )(?<!boots )(?<!toes )hit the (?:deck|floor|ground)",
    r"dropped to the (?:floor|ground)",
    # "Just dropped mid sprint": fell where they stood, in the middle of something.
    r"(?:just |suddenly )?(?:dropped|went down|collapsed) (?:mid|midway|halfway|half way|"
    r"in the middle of|during) \w+",
    # Or with the place first: "just dropped on the track at the Y mid lap". Not a thing that
    # dropped ("the phone dropped on the floor during the set").
    r"(?<!phone )(?<!bar )(?<!barbell )(?<!weight )(?<!weights )(?<!plate )(?<!ball )(?<!it )"
    r"(?:just |suddenly )?(?:dropped|went down|collapsed) on the (?:\w+ ){1,5}(?:mid|midway|"
    r"halfway|half way|in the middle of|during) \w+",
    r"dropped like a (?:stone|sack)",
    # Slang for going down all at once: "folded like a deckchair", "crumpled to the floor".
    r"folded (?:up )?like a (?:deck ?chair|cheap suit|house of cards|accordion|paper \w+)",
    r"crumpled (?:to|onto|on) the (?:\w+ )?(?:floor|ground|mat|deck)",
    # "Dropped on the rower beside me and isn't moving": a fall told by what came after it, not
    # "dropped off the pace" or "my heart rate dropped", a face that dropped (the stroke's), or a
    # quarrel ("fell out last week, she's not answering me"). "Properly" is left out for a limb
    # "not moving properly", not for answers: "fell down on the treadmill, not answering properly".
    r"(?<!rate )(?<!hr )(?<!pressure )(?<!sugar )(?<!weight )(?<!price )(?<!face )(?<!mouth )"
    r"(?<!smile )(?<!lip )(?<!eye )(?<!side )"
    r"(?:dropped|went down|fell|hit the \w+)(?! (?:out(?! of)|behind|apart|for)\b)(?: \w+){0,8} "
    r"(?:and )?(?:is |was |hes |shes )?"
    r"(?:isnt|wasnt|not|hasnt|stopped|wont|still not) (?:(?:moving|breathing|responding|waking|"
    r"getting up|answering)(?! (?:much|well|properly|his|her|their|it|my|texts|messages|calls|"
    r"the phone|for a (?:bit|second|sec|moment)))|answering properly)",
    # Not a limb or the skin going white: that is colour, not a blackout.
    r"(?<!foot )(?<!feet )(?<!hand )(?<!hands )(?<!leg )(?<!toes )(?<!fingers )(?<!skin )"
    r"(?<!lips )(?<!face )(?<!calf )(?<!arm )"
    # Nor urine or a toenail gone dark: "my pee went dark yellow on the hike".
    r"(?<!pee )(?<!wee )(?<!urine )(?<!nail )(?<!toenail )(?<!bruise )(?<!sky )"
    r"(?:went|everything went|vision went|world went|screen went) (?:black|dark|grey|gray|white)",
    # A learner's "then everything black, I was on the floor".
    r"(?:then|and) everything (?:black|dark)(?: \w+){0,3} (?:i|he|she) (?:was|woke up) on the "
    r"(?:floor|ground|mat)",
    # Not "came out, cold shower" once the comma is gone.
    r"out cold(?! (?:shower|showers|water|bath|plunge|tub|drink|drinks|beer|brew|one|air|dip))",
    # "I've gone down three times", not swelling that has gone down.
    r"(?:ive|i have|hes|he has|shes|she has|theyve|they have) (?:\w+ )?gone down",
    _NOT_A_PERSON + r"(?:has|have) (?:just )?gone down (?:on|in|at|during|mid|halfway)",
    # Counted: "she's gone down twice this year", "has gone down three times".
    _NOT_A_PERSON
    + r"(?:has|have) gone down (?:twice|again|(?:\d+|two|three|four|a few|several) times)",
    # Down where they stood: "recruit gone down on the parade square", not a swelling.
    r"gone down on the (?:\w+ )?(?:floor|ground|deck|mat|square|track|pitch|field|court|grass|"
    r"pavement|road|course)",
    r"went out (?:while|when|in bed|lying|cold|like a light)",
    r"(?:was|were) out for",
    # "He's been out a couple of mins now and isn't coming round": out, and not back; not "he's
    # been out 20 mins at the shop".
    r"(?:hes|shes|theyve|he has|she has|they have|has) been out (?:cold )?(?:for )?(?:about |"
    r"nearly |over |more than |almost )?(?:a minute|a (?:couple|few) (?:of )?(?:min|mins|minutes)|"
    r"\d+ (?:min|mins|minutes|secs?|seconds))(?: now)? and (?:still )?(?:isnt|is not|not|hasnt|"
    r"has not) (?:coming round|come round|coming to|woken|waking|responding)",
    # "Only gone a second or two, they say", not a burn "gone a few seconds after I stop".
    r"(?:only|just) gone (?:for )?(?:a|about a|maybe a) (?:second|sec|moment)s?(?: or two)?",
    r"next thing (?:i knew|i know|the \w+ (?:was|were)|i was|im on|i was on)",
    # Told by whoever saw it: "my wife says I was gone maybe 10 seconds", "out 5-10 sec".
    r"(?:i|he|she|they) (?:(?:was|were) (?:gone|out|unconscious|away|not awake|not conscious)|"
    r"(?:wasnt|werent) (?:awake|conscious))(?: for)? "
    r"(?:maybe |about |around |like |roughly |for )?(?:\d+|a few|few|ten|five|twenty)(?: \d+)? ?"
    r"(?:sec\w*|s|min\w*)",
    r"(?<!they )(?<!it )(?<!swelling )(?<!ankles )(?<!legs )(?<!left )(?<!right )(?<!one )"
    r"(?<!calf )(?<!ankle )(?<!leg )(?<!foot )went down"
    # Swelling going down: "went down within a day", "went down in two days", "in 20 minutes".
    r"(?! overnight| by| a bit| a little| after| again| within| in (?:a|an|\d+|one|two|three|a few|"
    r"a couple of|ten|twenty|thirty|half an) (?:day|days|hour|hours|week|weeks|min|mins|minutes)"
    r"| with (?:rest|ice|elevation|a walk|(?:my |his |her )?feet up|(?:my |his |her )?legs up)"
    r"| (?:the )?next day| by (?:the )?morning)"
    # Down a way, not to the floor: "went down the stairs backwards".
    r"(?! the (?:stairs|steps|road|hill|slope|lane|street|ladder|pub|shops|gym))",
    r"(?:ended up|woke up|came to|found (?:myself|him|her|them)) (?:lying )?on the "
    r"(?:floor|ground|deck|mat)",
    r"(?:couldnt|cant|could not|cannot) (?:wake|rouse) (?:him|her|them)",
    "not responding",
    "unresponsive",
    # "Breathing weird and not answering": out, and breathing oddly (not a fit's jerking, nor the
    # drowsiness of heat or a fever, which their own rules read).
    r"breathing (?:\w+ ){0,2}(?:and|but) not answering",
)


NEAR_FAINT = words(
    r"(?:nearly|almost|about to|going to|gonna|like i (?:was|might|would)|thought id|would have) "
    r"(?:faint\w*|pass\w* out|black\w* out|collapse|keel over|go down|drop)",
    # Not "nearly dropped my dates": something held, not the member.
    r"(?:nearly|almost) (?:went down|going down|goes down|go down|dropped(?! (?:my|his|her|the|a|"
    r"it|them)\b)|hit the)",
    # "Nearly went over twice in the kitchen" (not "nearly went over the bars").
    r"(?:nearly|almost) (?:went|goes|go|going|gone|keeled) over(?! (?:the|a|my|his|her|it|them|"
    r"budget|time|\d)\b)",
    r"(?:might|about to|going to|gonna|could) (?:drop|go down|hit the floor)",
    r"vision (?:went|goes|going|was going) (?:grey|gray|black|dark|fuzzy|tunnel)(?:ish|y)?\b",
    # "My vision greyed at the edges", "sight blacked round the edges".
    r"(?:vision|sight|eyesight) (?:greyed|grayed|blacked|darkened|dimmed|closed in|tunnelled)",
    r"tunnel vision",
    r"(?:everything|world|room|it all) (?:went|goes|going|gone|turned|became|becomes) (?:dim|grey|"
    r"gray|dark|black|"
    r"fuzzy|blurry)",
    # "The world goes far away for a moment and I feel I'm going to go".
    r"(?:everything|world|room|it all|voices|sounds?) (?:went|goes|going|gone|seems?|seemed) "
    r"(?:very |all )?(?:far away|distant|far off)",
    # Not "going to go for a PB": the phrase ends there, or runs on to what came of it.
    r"(?:feel|felt|feeling) (?:like )?(?:i|he|she) (?:was|were|am|is|m|s)? ?(?:going|about) to go"
    r"(?= *$| (?:and|but|so|then|down|over|for a (?:moment|second|sec))\b)",
    r"(?:had|have|needed) to (?:sit|lie|lay) down (?:or|before) i",
    r"(?:grey|gray|black)(?:ed|ing)? out(?! (?:the|my|his|her|its|all|everything|them|those|that|"
    r"this|bits|parts|names?|windows?|screens?)\b)",
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
    r"head ?rush\w*",
    r"(?:see|seeing|saw) stars",
    r"room (?:was |is )?spinning",
    r"(?:going|spinning|turning|moving) (?:round|around)(?: and (?:round|around))?",
    r"room spins",
    # "The room swims", "my head is turning", "everything turning", "the floor feels like it's
    # moving", "unsteady on my feet".
    r"room (?:\w+ )?(?:swims|swimming|tilts|tilting|spun|moves|moving|whirl\w*|reels|reeling|"
    r"turns|turning)",
    # Spells named for the spinning, and vertigo; not the fear of heights that shares its name.
    r"spinning (?:spells?|attacks?|episodes?|fits?)",
    # Only as spells, or set off by a move: "vertigo is real" on a ladder, or the film, is not.
    r"vertigo (?:spells?|attacks?|episodes?|bouts?)",
    r"vertigo(?: \w+){0,3} (?:when|whenever|every time|each time) (?:i|he|she|they) (?:roll|turn|"
    r"lie|lay|get up|stand|sit up|look up|bend)",
    r"(?:keep|keeps|kept) (?:getting|having) vertigo",
    r"(?:goes|go|went|going) (?:all |a bit |a wee bit |bit )?swimmy|rocking feeling",
    r"like (?:im |i am )?(?:still )?on (?:a|the) boat",
    r"head (?:\w+ ){0,2}(?:turning|turns|swimming|swims)",
    r"everything (?:is )?(?:turning|spinning|swimming|moving|tilting)",
    r"(?:floor|ground) (?:\w+ ){0,4}(?:moving|rocking|swaying|tilting)|floor is a boat",
    r"unsteady",
    # A learner's words: "I have a light head", "I feel unstable".
    r"(?:have|had|has|got) a light head|(?:feel|feels|felt|feeling) unstable",
    r"(?:feel|feels|felt|feeling|go|goes|went) light in (?:the|my|his|her) head",
    # "My head a spin likkle bit", "head spinning when I get up".
    r"head (?:\w+ )?spin(?:s|ning)?",
    r"head (?:goes|went|going) (?:fuzzy|funny|swimmy|light)",
    r"(?<!used to )faint",
    "wobbly",
    "off balance",
    r"(?:get|got|gets|have|had) a (?:quick |short |brief )?(?:spin|spinning feeling|dizzy spell)",
    r"(?:brief |the room |the world )?spin\w*(?: spells?| attacks?| episodes?| fits?| feeling|"
    r" sensation)? (?:when|every time|whenever|each time) "
    r"(?:i|he|she) (?:roll|turn|tip|look up|lie)",
)


# Someone being given CPR now: their heart has stopped, whatever else is told. Not a course,
# a dummy or a story of a loss (read by `CPR_NOT_NOW`).
CPR_UNDER_WAY = words(
    r"(?:doing|giving|performing|started|starting|begun|began) (?:\w+ )?(?:cpr|chest "
    r"compressions)(?! (?:course|class|training|refresher|practice|module|cert\w*)\b)",
    r"(?:cpr|chest compressions) (?:is |are )?(?:in progress|under way|underway|ongoing|going on)",
    # "Get the defib", "using the AED on him"; not "our club got a defib donated".
    r"(?:getting|got|fetching|using|grab|get|fetch) the (?:defib|defibrillator|aed)"
    r"(?! (?:course|training|class|box|cabinet|fund\w*|installed|fitted|donated)\b)"
    r"(?! on the wall)",
)
CPR_NOT_NOW = words(
    # Only words that say so outright: a real call may mention a first aid course, "yesterday"
    # or "what should I do" beside CPR being given now.
    r"dumm(?:y|ies)|manikins?|mannequins?|resusci",
    r"(?:cpr|resus) (?:course|class|training|refresher|session|module|cert\w*)",
    r"didnt make it|passed away|died|funeral|years ago|last (?:week|month|weekend|year)|recovering",
    # Fiction, the screen and what-ifs: "writing a story where...", "watching a drama where
    # they're doing CPR", "would people know to start CPR?".
    r"stor(?:y|ies)|novel|fiction|would (?:they|people|anyone) (?:know|bother|stop)",
    # Not "watching them do CPR on my dad", which is now.
    r"watching (?:a|an|the|this|that) (?:\w+ )?(?:drama|programme|show|film|movie|episode|series|"
    r"video|clip)|drama|soap opera",
    # Shown to others: "got the defib out to show the new volunteers".
    r"(?:to )?show (?:the|them|us|you|new)|demonstrat\w*|induction",
)
UNRESPONSIVE = words(
    r"(?:couldnt|cant|could not|cannot) (?:wake|rouse) (?:him|her|them)",
    r"not making (?:much )?sense",
    r"(?:fitting|seizure|convuls\w*|jerking)",
    r"(?:not|isnt|wasnt) breathing",
    r"unresponsive|not responding|not answering (?:us|me|anyone|when)",
    # Roused only by a voice or by pain: consciousness already lowered ("only responding to
    # voice", the V of the first-aid AVPU scale).
    r"only (?:responding|responds|responded|reacting|reacts) to (?:voice|voices|pain|my voice)",
    # After a knockout: "still isn't waking up properly, keeps drifting off".
    r"(?:isnt|not|wont|hasnt) (?:\w+ )?(?:wake|waking|woken|come round|coming round) (?:up )?"
    r"properly",
    # Out for over a minute: "it's been over a minute and he still hasn't come round".
    r"still (?:hasnt|has not|isnt|not|hasnt yet) (?:\w+ )?(?:come round|come to|woken up|waking up|"
    r"coming round)",
    # "He's not coming round, we're shouting at him"; not "isn't coming round to ours later".
    r"(?:(?:hes|shes|theyre|he is|she is|they are|is) (?:still )?not|isnt|wont|hasnt|has not|"
    r"havent) (?:coming round|come round|coming to)(?! (?:to|for|later|tomorrow|tonight|at|on|"
    r"with|here|again)\b)",
    # The person already told of: "gone down on the square and not coming round".
    r"(?:and|but|yet|still) (?:still )?(?:not|isnt|wont|hasnt) (?:coming round|come round|"
    r"coming to)(?! (?:to|for|later|tomorrow|tonight|at|on|with|here|again)\b)",
    r"(?:and|but|yet) (?:is |was |hes |shes )?(?:still )?(?:not|isnt|wasnt) (?:moving|responding)"
    r"(?! (?:much|well|properly|about|around|his|her|their|it|my|the|as|at|on|in|to|for)\b)",
    r"(?:wasnt|werent|isnt|not) (?:really |properly |fully )?respond\w*",
    # Out for minutes and still out: "fainted and he's been out 2 mins now".
    r"(?:hes|shes|theyve|has|have|been|still) (?:been |still )?out (?:cold )?(?:for )?(?:over |"
    r"more than |about |nearly |almost )?(?:a minute|a (?:couple|few) (?:of )?(?:min|mins|minutes)|"
    r"(?:[1-9]|"
    r"\d\d|two|three|four|five|ten) (?:min|mins|minutes)) (?:now|and counting)",
    # "Fainted in the sauna, won't wake".
    r"(?:wont|cant|cannot|isnt|is not|not) (?:\w+ )?(?:wake|waking)(?: up)?(?= *$| (?:and|but|so|"
    r"properly|at all|now|still|even|hes|shes|theyre|he|she|they|we|help|please|people|someone|"
    r"everyone|everyones|weve|were|ive)\b)",
    # "Not waking up when we shout at him": tried and failed, not a sleep complaint.
    r"(?:wont|cant|cannot|isnt|is not|not) (?:\w+ )?(?:wake|waking)(?: up)? (?:when|if|even when)"
    r" (?:we|i|you|they|people|someone|staff) (?:shout|call|shake|talk|speak|pinch|yell|rub)",
    # Drowsy or muddled after coming round: "breathing but not really with it".
    r"(?:wasnt|werent|isnt|not|arent) (?:really |properly |fully |quite |all )?with it",
    r"(?:didnt|did not) respond",
    # A person lying still after a fall ("he isn't moving"), not a limb or a bowel.
    r"(?:he|she|they|hes|shes|theyre|him|her|them) (?:is |was |are |were )?(?:still )?"
    r"(?:isnt|wasnt|not|arent|werent) moving(?! (?:much|well|properly|about|around|his|her|"
    r"their|it|my|the|as|at|on|in|to|for))",
    # Someone who has dropped and breathes strangely may not be breathing normally: the
    # Resuscitation Council's cue to call for help and start CPR.
    r"(?:his|her|their) breathing (?:sounds|sounded|looks|looked|is|was|seems) (?:\w+ )?"
    r"(?:odd|weird|strange|funny|wrong|gurgl\w*|gasp\w*|snor\w*)",
    # "Gone down again and hasn't woken up": not yet come back at all.
    r"(?:hasnt|has not|havent|have not) (?:woken|woke|come round|come to)(?: up)?(?! (?:to|for|"
    r"from|early|late|at|with)\b)",
    r"(?:isnt|wasnt|not|cant|couldnt|wont) (?:really |properly )?(?:answering|answer) (?:\w+ )?"
    # Or a deaf writer's signing: "not answer my sign".
    r"(?:properly|us|me|questions|anyone|anything|signs?|signing)",
    # Heard, not seen: on a call, "we can hear him breathing funny".
    r"(?:hear|heard|hearing) (?:him|her|them) (?:breathing|breathe|breath) (?:\w+ )?"
    r"(?:odd|oddly|weird|weirdly|strange|strangely|funny|wrong|noisily|gurgl\w*|gasp\w*|snor\w*)",
)


STANDING_UP = words(
    r"(?:stand|stands|standing|stood|get|gets|getting|got) up",
    r"on standing",
    r"rise|rising",
    r"(?:when|whenever|every time|each time|if) (?:i |he |she |they |you )?stand\b",
    r"when standing",
    r"(?:get|gets|getting|got) out of (?:my |the |a |his |her )?(?:chair|armchair|bed|seat)",
)


RECURRING = words(
    r"(?:for|over) (?:a few |several |the last |the past |\d+ )?(?:weeks|months|years|month)",
    r"(?:for|over) (?:a|the last|the past) fortnight",
    r"(?:weeks|months|years) of (?:it|this|that)",
    # Said as in many languages: "since one month", "since half a year".
    r"since (?:one|a|two|three|four|\d+|half a|some|a few|few|several) (?:week|weeks|month|months|"
    r"year)",
    r"every (?:few|couple of|other|\d+|two|three) (?:days|weeks)",
    r"(?:a few|few|several|couple of) (?:weeks|months)",
    r"keeps?|keeping",
    r"every time|each time|whenever|always",
    r"again and again",
    r"(?:\w+ )?(?:sessions?|days?|times?|walks?|runs?|classes|mornings|nights) in a row",
    r"(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) time (?:this|in a|in the last) "
    r"(?:week|month|fortnight)",
    r"often|lately|regularly",
    # "Repeated dizzy spells", "recurring twinges".
    r"repeated|recurr(?:ing|ent)",
    r"since (?:the )?(?:spring|summer|autumn|fall|winter|christmas)",
    r"every (?:\w+ ){0,2}(?:run|session|workout|walk|morning|afternoon|evening|day|night|piece|"
    r"shift|erg|row|"
    r"ride|swim|game|match|class|rehearsal|practice|lesson)",
    r"most (?:mornings|afternoons|evenings|days|nights|weeks|sessions|runs|classes|walks)",
    r"been (?:weeks|months)|for weeks",
    r"(?:two|three|four|five|[2-6]|several|a few)(?: or (?:two|three|four))? times (?:this|in the|"
    r"a) (?:past |last )?(?:year|month|week)",
    # "Three episodes this month", "four attacks in the last fortnight".
    r"(?:two|three|four|five|several|a few|\d+) (?:episodes|attacks|bouts|spells) (?:this|in "
    r"the|in a|a) (?:past |last )?(?:month|week|fortnight|year)",
    r"(?:several|many|multiple|a few|few|\d+) times (?:a |per )?(?:day|daily|week|shift|night)",
    r"going on (?:for )?(?:a|about a|\d+|two|three|four|a few|several) (?:weeks?|months?)",
    # A duration told as its own sentence: "Two weeks." "About a month now."
    r"^(?:for |about |around |nearly |over )?(?:two|three|four|five|six|\d+|a few|several|a "
    r"couple of) (?:weeks|months)(?: now| so far)?$|^(?:about |nearly |over )?a month(?: now)?$",
    r"(?:a )?couple of times (?:a|per|this|every) (?:day|week|month)",
    r"happens a lot|a lot of times",
    # Counted since it began: "happened like 8 times now", "5 times since Monday".
    r"(?:happened|had (?:it|them|this|one)) (?:like |about |around |maybe |roughly |nearly )?"
    r"(?:\d+|three|four|five|six|seven|eight|nine|ten|several|a few) times",
    r"(?:\d+|three|four|five|six|seven|eight|nine|ten|several|many) times since (?:monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|the weekend|last week|yesterday)",
    # Not "every year", which is how a yearly jab or flight is told.
    r"all (?:season|summer|winter|spring|autumn|year)|every (?:season|summer|winter|spring|"
    r"autumn)",
    r"(?:after|with) (?:each|every) (?:cycle|dose|treatment|infusion|round)",
    r"(?:for|over) (?:about |around |nearly |almost )?(?:a|one) month",
    r"(?:worse|more) this (?:week|month)",
    r"(?:been|for) ages",
    r"for (?:a|\d+|two|three) weeks? now",
    r"same pattern",
    r"on and off|off and on",
    # Since a change still in place: "since I started the new diet", "since my dose went up".
    r"since (?:i |he |she |we )?(?:started|began|went on|going on|starting)",
    r"since (?:my|the|his|her) (?:\w+ ){1,3}(?:went up|was (?:increased|upped|doubled|changed))",
    r"(?:about|around|nearly|over) (?:\d+|two|three|four|six) weeks",
    r"been (?:about )?a (?:week|fortnight)",
    # Still so since a change: "ever since the cruise", "ever since my op".
    r"ever since(?! i was| i were| childhood| birth| school)",
    r"(?:happening|going on|like this|had it|had this) (?:for )?(?:about |around |nearly |over |"
    r"almost )?(?:a|one) (?:week|fortnight)",
    # "Fourth week like this", "happened about four times now", "been two weeks".
    r"(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth) (?:week|month) (?:like this|of this|"
    r"now|running|in a row)",
    r"(?:happened|had it|had this|been like this) (?:about |around |maybe )?"
    r"(?:\d+|two|three|four|five|several|a few) times",
    r"been (?:about |nearly |over )?(?:\d+|two|three|four|a few|several|a couple of) "
    r"(?:weeks|months)",
    r"(?:the )?(?:past|last) fortnight",
)


EXERCISE = words(
    r"aqua ?fit|aqua aerobics|water aerobics",
    r"danc\w*|ballet|gymnastics|routine",
    r"exercis\w*",
    # Not the powder: "pre workout" is a supplement taken before one.
    r"(?<!pre )workouts?",
    r"warm ?ups?|warming up",
    # Motorsport is hard physical work: "collapsed at the end of her moto".
    r"motocross|moto|motos|karting|enduro",
    r"tempo(?: runs?)?",
    r"work(?:ing|ed)? out",
    r"train(?:ing|ed)?",
    # Not a session of something else: "the blood donation session", "a therapy session".
    r"(?<!donation )(?<!donor )(?<!blood )(?<!therapy )(?<!counselling )(?<!counseling )"
    r"(?<!revision )(?<!study )(?<!photo )(?<!dialysis )(?<!chemo )(?<!infusion )session",
    r"sesh",
    # Not a clinician's tests: "the GP ran bloods and an ECG", "running some checks".
    r"(?:run(?:ning|s)?|ran)(?! (?:some |a few |the |an? |more |his |her |my )?(?:bloods|blood "
    r"tests?|tests?|ecgs?|scans?|checks?|obs|observations)\b)",
    r"jog\w*",
    "gym",
    # "A bicep curl challenge".
    r"(?:bicep |hammer |barbell )?curls?(?! up\b)",
    r"lift(?:ing|ed)?",
    r"squat\w*",
    r"lunge\w*",
    # Not hair: "bicep curls", "heavy curls".
    r"(?:bicep|biceps|hammer|barbell|dumbbell|db|preacher|cable|heavy|leg|ez bar) curls",
    # Slow lowering under load: "the eccentric challenge", "heavy eccentrics".
    r"eccentrics|eccentric (?:challenge|work|training|reps|squats|curls|phase|sets?|day)",
    r"(?:\d+ day|30 day|fitness|squat|plank|pushup|push up|step|stair|hang|bar hang|dead hang|"
    r"pull ?up|burpee|rep) challenge",
    r"raises?",
    r"calf raises?",
    r"deadlift\w*",
    r"bench\w*",
    r"leg (?:day|press|curls?|extensions?)",
    "hack squats?",
    r"planks?|burpees?|press ?ups?|push ?ups?|pull ?ups?|split squats?|step ?ups?|box jumps?",
    # Not sitting up for air: "had to sit up straight to get air".
    r"sit ?ups|situps?|(?<!to )sit up\b(?! straight| in bed| and| to)|crunches",
    "treadmill",
    r"cross ?trainer|elliptical|ergs?|ergos?|arm ergo|assault bike|ski erg",
    # A wheelchair user's session: "a long hilly push".
    r"(?:long|hilly|hard|uphill|steep) push(?:es)?|pushing (?:my |the )?(?:chair|wheelchair)",
    # One ride, not "after long rides this month", which tells a habit rather than a session.
    r"(?:long|hard|hilly|bike|road|gravel|club|group|mtb|turbo) ride\b",
    # Everyday bursts: "chasing the bus", "ran after the toddler".
    r"chas(?:e|ed|ing) (?:after )?(?:the |a |my |our )?(?:bus|train|tram|kids?|dog|ball|"
    r"toddler|grandkids?)",
    r"sprint\w*",
    r"hik\w*|summit\w*|mountain\w*|fell ?walk\w*|top of (?:snowdon|ben nevis|the (?:hill|mountain|"
    r"fell|peak))",
    # Marching under load: tabbing, rucking, yomping (not the month: "since March").
    r"(?:loaded|long|forced|route|tactical|speed) march(?:es|ing)?|tabb\w*|ruck\w*|yomp\w*",
    r"(?:the|a|long|loaded) tab\b",
    # An obstacle course and its bars. Not a rehearsal: a dress rehearsal is mostly standing.
    r"monkey bars?|obstacle (?:race|course)|assault course",
    r"rower|rowing",
    # A track race named by its distance, and school sport: "fainted in the middle of the 800m".
    r"(?:60|100|200|300|400|800|1500|3000|5000|10000) ?m\b|sports day|athletics|cross ?country",
    # Intervals written as a coach writes them: "8x400m", "6 x 3min", "10x200".
    r"\b\d+ ?x ?\d+ ?(?:m|km|k|metres|meters|mins?|minutes?|secs?|s)?\b"
    r"(?! ?(?:mg|ml|kg|lbs?|reps)\b)",
    # Interval reps named by their distance, and a session's last hard block: "after the 400s",
    # "the burpee finisher". Not "in his 400s" (a weight) or "the 1980s".
    r"(?:the|those|these|my|our|last|x|\d) (?:60|100|150|200|300|400|600|800|1000|1200|1600)s\b|"
    r"finishers?",
    # On ice and snow: "collapsed mid-skate", "on the slopes skiing".
    r"skat(?:e|es|ed|ing)|skiing|snowboard\w*",
    r"spin(?: class)?",
    "hiit",
    "crossfit",
    # A CrossFit gym is a "box": "went down at our box". Not the box office.
    r"(?:at|in) (?:our|my|the|his|her) (?:crossfit )?box\b(?! office)",
    # Timed formats: "Tabata had me gasping", "the AMRAP", "today's WOD".
    r"tabata|amraps?|emoms?|wods?|metcons?",
    # Named workouts and races of the same kind: "first time doing Murph", "my first Hyrox".
    r"murph|hyrox",
    r"(?:tri|du|aqua)athlon|ironman|sportive|parkrun",
    r"boot ?camp|(?:fitness|gym|exercise|circuit|spin|step|dance) class(?:es)?|circuits",
    r"burpees?",
    # Not bare "jumps": a heart rate "jumps to 140".
    r"(?:box|tuck|broad|squat|split|star) jumps|jumping jacks|skipping rope|jump rope",
    r"sprint\w*",
    r"interval\w*",
    r"cycl\w*",
    r"bik\w*",
    r"bicycl\w*|pedal\w*",
    r"swim\w*",
    # On horseback: "passed out mid canter".
    r"canter\w*|gallop\w*|trott\w*|(?:horse ?)?riding|jumping (?:a|the) (?:fence|course)",
    r"hike|hiking",
    r"stairs|stair ?master|steps",
    r"sets?",
    r"(?:up|climbing|climbed) (?:\w+ ){0,3}(?:floors|flights)(?: of stairs)?",
    r"reps?|repeats",
    "cardio",
    "football",
    "match",
    "game",
    # Tests of fitness run to the limit: "level 12 on the bleep test", "the rehab walk test".
    r"(?:bleep|beep|fitness|walk|step|yoyo|yo yo) tests?",
    # A routine learnt for a show, and a surfer diving under a wave.
    r"choreo\w*|duck ?div\w*",
    "race",
    # A distance race told by where in it: "hit the wall at mile 20".
    r"hit the wall|(?:at|by|around|past|after) (?:mile|km|kilometre) \d+",
    # "At the finish of her 400m": a track distance, named at its finish.
    r"finish(?:ing)? (?:line|of (?:the |her |his |my |their )?(?:\d+ ?m|race|heat|event|rep|run))",
    r"\d+ ?k",
    "marathon",
    "class",
    "zumba",
    "dancing",
    r"circuits?",
    r"boxing|sparring",
    # Martial arts and grappling: "blacked out mid-drill at judo".
    r"judo|jiu ?jitsu|bjj|karate|taekwondo|kickboxing|muay thai|mma|wrestling|grappl\w*|randori|"
    r"martial arts|mid ?drill|drills",
    # Racket and court games: "went down mid-rally at pickleball".
    r"pickleball|padel|badminton|squash|tennis|netball|basketball|volleyball|hockey|rugby|"
    r"mid ?rally|rallies",
    r"sled|prowler",
    r"walk(?:ing|ed)? (?:up|uphill|fast)",
    r"hill",
    r"uphill",
    r"climb\w*",
    r"boulder\w*",
    "pb",
    "pr",
)


SLEEP_NOT_FAINT = words(
    r"(?:passed|crashed|conked) out (?:on|in) (?:the |my )?(?:sofa|couch|bed)(?: \w+){0,8} "
    r"(?:best|good|great|deep|long) (?:sleep|nap)",
    r"by (?:which|\w+|passed out|blacked out) i mean (?:i )?(?:just )?(?:\w+ ){0,3}(?:napp\w*|nap|"
    r"slept|dozed|fell asleep)",
    r"(?:passed|blacked) out asleep",
    r"(?:passed|crashed|conked) out (?:on|in) (?:the |my )?(?:sofa|couch|bed)(?: \w+){0,8} "
    r"(?:slept|napped|dozed)",
    r"(?:best|good|great|long) nap",
    # Told by the hours slept, or the shake it took to wake for the bus: "passed out on the sofa
    # at 8pm, 10 hours solid", "passed out cold on the crew room sofa... dead to the world".
    r"(?:passed|crashed|conked) out (?:cold )?(?:on|in) (?:the |my )?(?:\w+ ){0,2}(?:sofa|couch|"
    r"bed|bunk)(?: \w+){0,12} (?:(?:\d+|ten|eleven|twelve|nine) hours? (?:solid|straight|sleep)|"
    r"dead to the world|shake me awake|sleep hits)",
    # A session that "knocked me out cold" told by the sleep after it: "slept ten hours".
    r"(?:knocked|wiped|took) (?:me|him|her|us|them) out(?: cold)?(?: \w+){0,3} (?:slept|napped|"
    r"dozed)",
)
