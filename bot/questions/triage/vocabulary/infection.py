"""Infection and sepsis: infection words, sepsis signs, fever, spreading redness and fever risks."""

from __future__ import annotations

import re

from bot.questions.triage.text import words

# --- infection ---------------------------------------------------------------------------
INFECTION = words(
    r"infect\w*",
    r"(?<!hay )fever\w*",
    r"temp (?:of )?(?:3[89]|4[01])",
    r"high temp\w*",
    r"temperature",
    r"shiver\w*",
    # Not a limb or a thing shaken: "shaking it out", "after a minute of shaking my arm".
    r"shaking(?! (?:it|them|my|his|her|off|out|the|a)\b)",
    r"the shakes",
    r"cellulitis",
    r"pus|oozing",
    r"(?:cut|graze|grazed|blister|wound|ulcer|bite|scratch|sore)(?: \w+){0,4} "
    r"(?:went|gone|going|is|looks|getting|turned) (?:red|hot|angry|swollen|black)",
)


# NHS (sepsis): extreme shivering. Named, as the cold gives it too (an ice bath, open water).
EXTREME_SHIVERING = words(
    r"shaking uncontrollabl\w*|uncontrollabl\w* (?:shaking|shivering)|(?:cant|cannot|couldnt) "
    r"stop (?:shaking|shivering)|teeth (?:are )?chattering",
    r"(?:strong|violent|severe|heavy) (?:shivering|shaking|shivers)|rigors",
)
# NHS (sepsis; meningitis): a rash that does not fade under a glass rolled over it.
NON_BLANCHING_RASH = words(
    r"rash (?:that )?(?:doesnt|does not|wont|didnt) fade",
    r"rash(?: \w+){0,8} (?:glass|press\w*)",
    # The glass test told of spots or blotches (not "a glass of water").
    r"(?:spots|blotches|marks|dots)(?: \w+){0,10} (?:glass|tumbler)(?! of)",
    # The glass test told in the next clause: "...since this morning, they don't fade when I
    # press a glass on them".
    r"(?:dont|do not|doesnt|does not|wont|didnt) (?:fade|go away|disappear|blanch) (?:\w+ ){0,5}"
    r"(?:glass|tumbler)(?! of)",
    # Said of the spots themselves, the glass told before: "the spots don't fade".
    r"(?:spots|dots|marks|blotches) (?:\w+ )?(?:dont|do not|didnt|wont|arent|are not) (?:fade|"
    r"fading|go away|disappear|blanch)\w*",
)
# NHS's signs of sepsis, one pattern per sign, so a rule can count different signs: "confused"
# twice is one sign (and gym talk: "confused about my programme").
SEPSIS_SIGN_KINDS = (
    words(
        r"confus\w*|muddled|not making sense|slurr\w*",
        r"(?:cant|cannot|can not|couldnt) think (?:good|straight|clearly|properly)",
        # "Just said something that made no sense".
        r"(?:said|says|saying) (?:something|things|stuff) (?:that )?(?:made|makes|make) no sense",
        # "She doesn't make sense when she talks": of a person, not of an idea ("it doesn't").
        r"(?:she|he|they) (?:doesnt|does not|dont|do not|didnt|did not|isnt|is not|wasnt|was not) "
        r"mak\w* (?:any )?sense",
    ),
    words(
        r"(?:blotchy|mottled|blue|bluish|bluey|grey|gray)(?: \w+){0,2} (?:skin|lips|tongue)",
        r"(?:skin|lips|tongue)(?: \w+){0,3} (?:blotch\w*|mottled|blue|bluish|bluey|grey|gray)",
        # Mottling seen on the limbs: "my knees look blotchy purple".
        r"(?:knees|legs|arms|hands|feet|chest|tummy) (?:look |looks |are |have gone |went |gone )?"
        r"(?:all )?(?:blotchy|mottled)",
        r"(?:blotchy|mottled) (?:purple )?(?:knees|legs|arms|hands|feet|chest|tummy)",
        # A baby or child seen: "baby mottled, floppy".
        r"(?:baby|babys|child|toddler|son|daughter|he|she|hes|shes) (?:is |looks |has )?(?:gone |"
        r"went )?(?:all )?(?:mottled|blotchy)",
    ),
    EXTREME_SHIVERING,
    # Hard to wake, or very sleepy and floppy: how sepsis shows in someone who can't say.
    words(
        r"floppy|hard to wake|difficult to wake|(?:cant|cannot|couldnt|wont) (?:wake|rouse)",
        r"(?:very|really|so|extremely|super) (?:sleepy|drowsy)",
    ),
    NON_BLANCHING_RASH,
    words(
        r"breathing (?:is |has been |was )?(?:very |really |so )?(?:fast|rapid)|(?:fast|rapid) "
        r"breathing",
        r"(?:breathe|breathes) (?:very |really |so )?(?:fast|quick\w*|rapid\w*)",
    ),
    words(
        r"(?:feel|feels|feeling) like (?:im|hes|shes|i am|i might be|i could be) "
        r"(?:dying|going to die)",
        r"(?:feel|feels|feeling) (?:like )?(?:i|he|she) (?:will|am going to|is going to) die",
        # "An overwhelming sense that I might die".
        r"(?:sense|feeling) (?:\w+ ){0,2}(?:that )?(?:i|he|she) (?:might|could|may|will|am going "
        r"to|is going to) die",
        # NHS sepsis: "feels like something is seriously wrong"; "worse than I've ever felt".
        r"(?:feel|feels|feeling|felt) (?:\w+ )?(?:worse|iller|more ill|rougher) than "
        r"(?:ive|i have|i had|hes|he has|shes|she has|i|he|she) ever (?:felt|been)",
        r"(?:worst|sickest) (?:ive|i have|i had|hes|he has|shes|she has|i|he|she) ever "
        r"(?:felt|been)",
        r"(?:feel|feels|feeling) (?:like )?(?:something is|somethings) "
        r"(?:really |seriously |very )?wrong",
    ),
)
SEPSIS_SIGNS = re.compile("|".join(kind.pattern for kind in SEPSIS_SIGN_KINDS))


# Written with its negation ("hasn't weed all day"), so read as mentioned, not as denied.
NO_URINE = words(
    r"(?:not|hasnt|havent|hadnt|no|barely|didnt|did not) (?:peed|weed|pee|wee|urine|passed "
    r"(?:any )?urine|been to "
    r"the toilet)(?: \w+){0,2} (?:all day|today|since|in \d+ hours)",
    r"no urine",
)


WOUND = words(
    r"cuts?|graze|grazed|blisters?|wounds?|ulcers?|bites?|scratch|scratche[sd]|sore|incisions?|"
    r"stitches|scar",
    r"gash\w*|scrape[sd]?|lacerat\w*|puncture",
    r"(?:tore|torn|ripped|rip|split) (?:\w+ )?callus\w*",
    r"stings?|stung",
    # Skin rubbed off by a fall on turf, a mat or a rope.
    r"(?:turf|mat|carpet|rope|friction|astro) burns?",
    # Skin scraped off by the road in a crash.
    r"road rash|gravel rash",
    # A burn from the kitchen or the workshop, not the burn of a hard set.
    r"(?:fryer|oven|iron|kettle|hob|grill|stove|bbq|barbecue|pan|steam|chemical|exhaust) burns?",
    r"burns? (?:on|from) (?:my|his|her|their|the) (?:\w+ )?(?:arm|hand|wrist|leg|foot|fingers?|"
    r"fryer|oven|iron|kettle|hob|grill|stove|pan|exhaust)",
    # Skin broken on purpose: a new tattoo or piercing can go bad like a wound.
    r"tattoo\w*|piercings?",
    # Where a needle went in: a jab, an injection pen, a cannula.
    r"(?:injection|jab|needle|cannula|drip) (?:site|spot|mark|hole)s?",
)


# Who or what a temperature said bare belongs to: "I'm 38.1", "running 102".
_OF_A_PERSON = r"(?:im|i am|hes|he is|shes|she is|running|temp|temperature)"
FEVER = words(
    # Not hay fever, an allergy.
    r"(?<!hay )fever\w*|feverish|temp\w* (?:is |was |of |at |reads |reading )?(?:3[89]|4[01])",
    # "The thermometer says 38.4".
    r"(?:thermometer|temp\w*)(?: \w+){0,2} (?:says|said|reads|read|shows|showed|showing|reading) "
    r"(?:3[89]|4[01])",
    r"3[89](?:\.\d)? ?(?:c|degrees)",
    # Said bare, of a person: "I'm 38.1", "running 38".
    rf"(?:{_OF_A_PERSON}|at) 3[89](?:\.\d)?",
    # Of a person, not the weather: "had a high temp since yesterday".
    r"(?:a|have a|had a|got a|with a|running a|has a) high temp(?:erature)?",
    # Fahrenheit: 100.4 F and up.
    r"(?:10[0-5]|100)(?:\.\d)? ?(?:f|degrees f|fahrenheit)\b",
    # Said bare, of a person: "running 102, shaking chills" (not "running 102 km").
    rf"{_OF_A_PERSON} 10[1-5](?:\.\d)?\b(?! ?(?:k|km|"
    r"kms|miles|mi|m|metres|meters|mins?|minutes|days|times|laps|kg|lbs?|pounds|bpm|beats|"
    r"percent|steps|reps|this|per|each|every|a)\b)",
    # Not night sweats alone, which hormones, medicines and the weeks after a birth bring.
    r"shiver\w*|shaking chills|chills|rigors|fluey|flu like",
    # "Got a temperature" is how a fever is said in much of the UK.
    r"(?:got|had|have|has|running|with|and|plus) a (?:high |slight |bit of a |little )?"
    r"temp(?:erature)?",
    r"temp(?:erature)?s? (?:has |is )?(?:still |gone |going |come |shot )?(?:back )?up",
    r"(?:slight|high|raised) temp(?:erature)?\b",
    # In a list of what a cold brings: "green phlegm, temperature on and off".
    r"temp(?:erature)? (?:on and off|off and on|comes and goes|that comes and goes)",
)


SPREADING_REDNESS = words(
    r"red streaks?|red streaky|streak\w* (?:going |running )?up",
    r"red (?:line|lines|mark)(?: \w+){0,2} (?:creeping|spreading|going|running|tracking|moving) up",
    # "Red, hot and tracking up my arm".
    r"(?:red|redness|hot)(?: and| \w+){0,3} (?:tracking|creeping|spreading|travelling|traveling) "
    r"(?:up|along) (?:my |his |her |the )?(?:arm|leg|wrist|hand|shin|calf|thigh)",
    r"redness(?: \w+){0,2} spreading|spreading (?:redness|red)",
    r"redness (?:\w+ ){0,4}(?:spread|creep\w*|tracking|moving up)",
    r"(?:red|hot)(?: and| \w+){0,2} (?:and )?spreading",
    r"red (?:area|patch|skin|bit)(?: \w+){0,2} (?:has |is )?spread\w*",
    # Grown since it was last looked at: "red area bigger than yesterday".
    r"red(?:ness)? (?:area|patch|bit|skin|mark|ring)?(?: \w+){0,2} (?:bigger|wider|larger) than "
    r"(?:yesterday|this morning|last night|earlier)",
    r"(?:red\w*|patch)(?: \w+){0,4} (?:spread\w*|gone|moved|crept|grown|got) (?:past|beyond|over|"
    r"outside) (?:the |my )?(?:pen|line|mark|outline|biro)",
    # "The red spreads up to the ankle", "it passed the line in 6h".
    r"(?:the )?red(?:ness|s)? (?:spreads|spreading|spread|creeps|is creeping) (?:up|down|along|"
    r"round|out|to)",
    r"(?:passed|crossed|went past|gone past|is past) (?:the |my )?(?:pen |biro )?(?:line|mark)",
    # Outlined to watch it, and grown since: "drew round it with a pen and it's bigger".
    r"(?:drew|drawn|draw|marked|outlined) (?:round|around) (?:it|the red\w*)(?: \w+){0,5} "
    r"(?:its|it is|its gone|it has|has|now) (?:\w+ )?(?:bigger|wider|spread|past|over|outside)",
    r"red(?: \w+){0,1} hot and swollen|hot(?: \w+){0,1} red and swollen|red and hot|hot and red",
    r"red hot and (?:\w+ )?(?:bigger|swollen)|hot red and (?:oozing|weeping|swollen)",
    r"redder(?: and (?:warmer|hotter|bigger))?(?: \w+){0,2} spreading",
    # A wound that weeps and reddens: "weeping and getting redder".
    r"(?:weeping|oozing|pus\w*)(?: and| \w+){0,2} (?:getting|going|gone) redder",
    # Swelling that travels: "hand's swelled up and it's spreading up to the wrist".
    r"(?:swell\w*|swollen|swelling)(?: \w+){0,4} (?:spreading|tracking|creeping|travelling) "
    r"(?:up|along) (?:to )?(?:my |his |her |the )?(?:arm|leg|wrist|hand|ankle|shin|calf|elbow|"
    r"forearm)",
    # "Getting redder, hotter and more swollen": worse by the day.
    r"getting redder(?: \w+){0,2} (?:hotter|warmer|more swollen|bigger|more sore|sorer|more "
    r"painful)",
    # "The redness has doubled since yesterday", "red grow bigger" (sign-language order).
    r"red(?:ness)?(?: \w+){0,3} (?:has |is )?(?:doubled|tripled|grown|grow|growing|got bigger|"
    r"getting bigger|gone bigger)",
)


INFECTION_SITE = words(
    r"uti|urine infection|kidney infection|chest infection|infected|infection|abscess|cellulitis|"
    r"burning (?:urine|pee|wee)|(?:burns|stings|burning) when (?:i )?(?:pee|wee|urinate)|"
    r"(?:pain|hurts|stings|burns) when (?:i |he |she )?(?:pee|wee|urinate)|"
    r"(?:peeing|weeing|urinating) (?:stings|burns|hurts)|"
    r"(?:urine|pee|wee)(?: \w+){0,2} (?:cloudy|smelly|smells)|"
    r"lymph(?:o)?edema|ingrown",
    # A boil is a skin infection: with a fever it is the same day's (NHS, boils).
    r"boils?|carbuncles?",
    r"cough\w* up (?:\w+ )?(?:green|yellow|brown|rusty)",
    r"cough\w* (?:up )?(?:green|yellow|brown|rusty)",
    r"discharge(?: \w+){0,5} (?:smell\w*|smelly|off|offensive)|smelly discharge",
    r"(?:picc|pick|port|cannula|central|iv) (?:line|site)|line site",
    # Where a needle went in: a jab, an insulin or a self-injected drug.
    r"(?:injection|jab|pin|needle|inject\w*) sites?",
    r"(?:red|sore|swollen|hot)(?: \w+){0,4} (?:around|from|at) the (?:site|line|cannula|wound|"
    r"stitches)",
)


# Conditions where a fever needs a doctor the same day (the member's own team says so).
FEVER_RISK = words(
    # Medicines that lower the defences against infection (NHS: a fever or sore throat on them
    # needs a doctor straight away).
    r"methotrexate|azathioprine|mycophenolate|immunosuppress\w*|biologics?",
    r"sickle|(?:mechanical|artificial|metal|replacement|replaced) (?:\w+ )?valve|heart valve|"
    r"valve replacement|splenectomy|no spleen",
    # NHS: a high temperature in the weeks after giving birth or after an operation needs a
    # midwife, GP or the surgical team the same day.
    r"after (?:the |giving )?birth|since (?:the birth|giving birth|having (?:the |my )?baby)|"
    r"postpartum|post partum|postnatal",
    r"(?:days|weeks) (?:after|since) (?:my |the |a )?(?:\w+ )?(?:surgery|operation|op|c ?section|"
    r"caesarean|delivery)|post ?op\b",
    r"(?:surgery|operation|op|procedure|c ?section)(?: \w+){0,2} (?:\d+|a few|few|a couple of|"
    r"couple of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days|weeks) ago",
)
