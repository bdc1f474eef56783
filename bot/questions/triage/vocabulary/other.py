"""Words for the smaller signs: a swollen mouth or throat, dehydration, sudden hearing loss, a
cast that has become too tight, troublesome veins, and infections that keep coming back."""

from __future__ import annotations

import re

from bot.questions.triage.text import words

# Angioedema: a swollen tongue, lips or throat that makes swallowing or breathing hard closes
# the airway (SDCEP, after NHS inform: airway compromised, send to emergency care or 999).
MOUTH_SWELLING = words(
    r"(?:lips?|tongue|throat|mouth)(?: \w+){0,4} (?:swollen|swelling|swell\w*|puff\w* up|"
    r"ballooned|huge|massive\w*|came up (?:\w+ )?puffy|puffy|blown up|blew up)",
    r"(?:lips?|tongue) (?:very |so |too )?(?:big|fat)\b",
    # "Lips have gone big", "my tongue feels fat".
    r"(?:lips?|tongue) (?:have |has |is |are )?(?:gone|feels?|felt|looks?|went) (?:really |so |"
    r"all |a bit )?(?:big|fat|huge|massive|thick)\b",
    r"(?:swollen|swelling of (?:my |the |his |her )?)(?: \w+){0,2}(?:lips?|tongue|throat|mouth)",
)
AIRWAY = words(
    # Not "it hurts to swallow": a sore throat's glands swell too (tonsillitis is a GP's).
    r"swallowing (?:\w+ ){0,2}(?:tight|hard|difficult)",
    r"(?:difficult|trouble) (?:swallowing|breathing)",
    r"(?:breathing|breath)(?: \w+){0,2} (?:noisy|whistl\w*|wheez\w*|rasp\w*)",
    r"noisy breath\w*|stridor|wheez\w*",
    r"throat(?: \w+){0,3} (?:tight|closing)",
    # Sign-language order: "throat close", "breath hard" beside a throat or lips.
    r"throat (?:close|closed|shut|shutting|small|tight)",
    # "Throat feels like a straw being pinched."
    r"throat(?: \w+){0,3} (?:like|as if)(?: \w+){0,6} (?:pinched|squeezed|squashed|closing|"
    r"shutting)",
    r"(?:cant|cannot|hard to|struggling to|difficult to) (?:breathe|swallow)",
    # NHS (anaphylaxis): a hoarse voice is the throat swelling.
    # Not one shouted or sung hoarse: "hoarse from cheering at the match".
    r"(?:hoarse|voice (?:\w+ ){0,2}(?:gone|going|went|is|sounds) (?:\w+ )?(?:hoarse|croaky|raspy|"
    r"funny|strange|weird|squeaky|thick|muffled))(?!(?: \w+){0,2} (?:from|after|with) (?:all )?"
    r"(?:the )?(?:shout|sing|cheer|scream|yell|chant|talk|a cold|cold)\w*)",
)
# Hives told as coming up: "came out in welts", "covered in hives", "raised itchy bumps".
HIVES_WORDS = (
    r"hives|welts?|weals?|wheals?|urticaria|nettle ?rash",
    r"(?:came|come|comes|coming|broke|break|breaks|breaking) (?:\w+ ){0,2}out in (?:\w+ ){0,2}"
    r"(?:lumps|bumps|blotches|a rash|rash)",
    r"(?:raised|itchy) (?:red |white |pink )?(?:lumps|bumps|blotches)",
)
HIVES = words(*HIVES_WORDS)
# Dehydration: NHS, dizziness on standing that won't pass or not peeing for hours needs a GP
# or 111 straight away; so do fluids that won't stay down.
LITTLE_FLUID_OUT = words(
    r"only (?:peed|weed|been to the toilet|passed urine|had a wee) once",
    r"(?:barely|hardly|not) (?:pee|wee|peeing|weeing|peed|weed)\b",
    r"(?:not much|hardly any|barely any|very little) (?:pee|wee|urine)\b",
    r"(?:barely|hardly|not) passing (?:any |much )?(?:urine|water)",
    r"(?:only )?(?:peeing|weeing|passing) (?:tiny|small|little) (?:amounts|bits|drops)",
    r"(?:peeing|weeing|pee ing|wee ing|urinating|passing (?:urine|water)) (?:a lot |much )?less",
    r"(?:passing|peeing|weeing) (?:much |a lot |far )?less (?:urine|water|pee|wee)?",
    r"(?:not|havent|hasnt|hadnt|barely|hardly) (?:\w+ )?(?:peed|weed|had a wee|had a pee|"
    r"been for a wee|passed (?:any |much )?urine)",
    r"(?:dark|brown)(?: \w+){0,8} (?:even though|despite|although) (?:i |hes |shes |ive )?"
    r"(?:\w+ ){0,2}(?:drunk|drinking|drank)",
)
CANT_KEEP_DOWN = words(
    r"(?:cant|cannot|couldnt) keep (?:any |much )?(?:water|fluids|anything|food|drinks|\w+ )?down",
    r"(?:havent|hasnt|not) (?:been able to )?(?:keep|kept) (?:any )?(?:fluids?|water|drinks?|"
    r"anything) (?:in|down)",
    # Said without "down" in many learners' English: "I cannot keep water, it comes out".
    r"(?:cant|cannot|couldnt|unable to) keep (?:any |even )?(?:water|fluids?|drinks?|liquids?)"
    r"(?! in (?:the|my|a) )",
    r"(?:nothing|no fluids?|not even water)(?: \w+){0,1} (?:is |will )?(?:staying|stays|stay) down",
    # "Can't drink without vomiting".
    r"(?:cant|cannot|couldnt) (?:drink|eat|keep) (?:\w+ )?without (?:vomit\w*|being sick|throwing "
    r"up|bringing it (?:back )?up)",
    r"(?:vomit\w*|sick|throwing up|throw up|bring \w+ back up)(?: \w+){0,2} (?:every time|"
    r"whenever|each time) (?:i |he |she )?(?:try to )?(?:drink|eat|have a sip)",
)
# NHS: sudden hearing loss in one or both ears needs an urgent GP appointment or 111.
HEARING_LOST = words(
    # Not "my ear went pop on the plane".
    r"(?:hearing|ears?)(?: \w+){0,5} (?:muffled|gone|went (?:muffled|deaf|dull|quiet)|dull|lost)",
    r"ears? (?:seems|is|has gone|feels|went) (?:completely |totally |a bit |almost )?deaf",
    r"muffled hearing",
    # "I hear almost nothing with my left ear".
    r"hear (?:almost |nearly |next to |practically |basically )?nothing (?:with|in|out of|from|on) "
    r"(?:my |the |his |her |one )?(?:left |right )?(?:ear|side)",
    # Not the device: "found my lost hearing aid".
    r"(?:lost|losing|lose) (?:the |my |all |some |some of the |some of my |a lot of (?:the |my )?)?"
    r"(?:hearing(?! aids?| devices?)|ability to hear)",
    r"(?:deaf|cant hear)(?: \w+){0,2} (?:in|out of|with) (?:my |one |the |his |her )?"
    r"(?:left |right )?ear",
    # "Ringing in one ear and I can't hear properly out of it".
    r"(?:cant|cannot|can not) hear (?:properly |well |much |anything )?(?:in|out of|with|from) "
    r"(?:it|that ear|that side)",
    # Told short, the side heard from: "one ear sudden worse, now that side nothing".
    r"(?:that|one|left|right) (?:ear|side)(?: now)? (?:hears? )?(?:nothing|no sound|silent)",
)
SUDDENLY = words(
    r"woke|suddenly|sudden|all of a sudden|overnight|this morning|today|tonight",
    r"since (?:yesterday|last night)",
)
# NHS inform (plaster casts): fingers or toes that swell, tingle, go numb or change colour in a
# cast need it checked that day.
CAST = words(r"casts?|plaster\w*|back ?slab|plaster slab|splint|moon boot|walking boot|air cast")
CAST_TROUBLE = words(
    r"(?:fingers|toes|hand|foot)(?: \w+){0,8} (?:puffy|puffier|swollen|tingl\w*|numb\w*|blue|white|"
    r"cold|colder|cooler|pale)",
    r"(?:tingl\w*|numb\w*|pins and needles)(?: \w+){0,4} (?:fingers|toes)",
    # "Fingers are fatter than they were yesterday", "throbbing more now, not less".
    r"(?:fingers|toes)(?: \w+){0,3} (?:fatter|bigger|thicker|like sausages)",
    r"(?:throbbing|hurting|aching|sore|painful) more(?: \w+)? (?:not|rather than) less",
)


# Varicose veins by name ("veins" alone is any vein: VARICOSE in conditions.py).
VARICOSE_NAMED = words(r"varicose|varicosit\w*")
BULGING_VEINS = words(
    r"varicose|varicosit\w*",
    r"veins?(?: \w+){0,6} (?:bulg\w*|big and \w+|lumpy|twisted|roped|rope like|(?:got|getting|"
    r"become|became|grown) (?:bigger|worse|more (?:obvious|noticeable)))",
    # Described, not named: "bulging blue veins", "snake-like veins on my shin".
    r"(?:bulg\w*|lumpy|twisted|twisty|knotted|snake\w*|ropey|ropy)(?: \w+)? veins?",
)
HARD_RED_VEIN = words(
    r"(?:hard|red|tender|painful|sore|lumpy)(?: \w+){0,3} (?:line|cord|lump)(?: \w+){0,4} "
    r"(?:along|over|on|in|under)",
    r"like a (?:cord|rope|string)",
    # "Gone hard and tender along a line".
    r"(?:hard|red|tender|painful|sore|lumpy)(?: \w+){0,3} along (?:a|the) (?:line|length)",
)
RECURRENT_INFECTION = words(
    r"(?:third|fourth|fifth|sixth|3rd|4th|5th|another) (?:\w+ ){0,2}(?:infection|uti)",
    r"(?:keep|keeps|kept) getting (?:\w+ ){0,2}(?:infections|utis)",
    r"(?:infections|utis) (?:\w+ ){0,2}(?:keep|keeps) coming back",
    # Counted: "4 UTIs since summer... they keep coming back".
    r"(?:had |having |got )(?:[3-9]|three|four|five|six|seven) (?:\w+ )?(?:utis|urine infections|"
    r"water infections|bladder infections)",
    # "Recurring UTIs, 3rd one this year", "UTIs every month or two".
    r"(?:recurr\w*|repeated|frequent|constant|regular) (?:\w+ )?(?:utis|urine infections|water "
    r"infections|bladder infections|cystitis|boils)",
    r"(?:utis|urine infections|water infections|bladder infections|cystitis)(?: \w+){0,8} "
    r"(?:every (?:\w+ ){0,3}(?:month|months|weeks)|(?:third|fourth|fifth|3rd|4th|5th) one)",
    r"(?:third|fourth|fifth|another|\d+(?:st|nd|rd|th)) boil",
    r"boils? (?:\w+ ){0,4}(?:keep|keeps|keeping) coming back",
    # "Keep getting boils on my thighs... they keep coming back".
    r"(?:keep|keeps|kept) getting (?:\w+ ){0,2}(?:boils|abscesses)",
)


# A ketone meter's reading: "ketones 1.8", "ketones on the strip are 2.4".
KETONE_READING = re.compile(r"\bketones?(?: \w+){0,4}? (\d(?:\.\d)?)\b")
# What leads up to a blood sugar's number: "meter has read over", "sugars at".
_SUGAR_READ_AS = (
    r"\b(?:sugars?|glucose|meter|bg|reading|readings)(?: \w+){0,4}? (?:over |above |at |of )?"
)
# A blood sugar in mmol/L ("meter has read over 20", "sugars at 24.5"), not mg/dL.
SUGAR_READING = re.compile(
    _SUGAR_READ_AS
    # "In the high 20s" is a reading too.
    + r"([1-3]\d(?:\.\d)?)s?\b(?! ?mg)"
)
# A reading in mg/dL, as the United States gives them: "sugar's been running 300+".
US_SUGAR_READING = re.compile(
    _SUGAR_READ_AS
    + r"([1-6]\d\d)\b(?! ?(?:mmol|bpm|beats|calories|kcal|steps|lbs?|pounds|kg|g|grams)\b)"
)
# What a swollen lip or mouth followed: a medicine, a sting or bite, a food.
SWELLING_TRIGGER = words(
    r"tablets?|pills?|meds|medication|medicine|amlodipine|ramipril|lisinopril|\w+pril|ibuprofen|"
    r"aspirin|antibiotics?|penicillin",
    r"pre ?workout|supplements?|protein powder|new \w+ (?:powder|shake)",
    r"stung|sting|bitten|bite|wasp|bee|nuts?|peanuts?|shellfish|allerg\w*",
)
# Toes or a foot gone dusky, purple or black: poor blood supply.
DUSKY_TOES = words(
    # Not blue: toes go blue and cold in cold water and winter wind, and come back.
    r"(?:toes?|foot|feet)(?: \w+){0,5} (?:dusky|purple|purplish|black|mottled)",
    r"(?:dusky|purple|purplish|black|mottled) (?:toes?|foot|feet)",
)
KIDNEY_SIGNS = words(
    r"(?:frothy|foamy|bubbly) (?:urine|pee|wee)",
    r"(?:urine|pee|pees|wee|wees)(?: \w+){0,4} (?:frothy|foamy|bubbly)",
    r"(?:puffy|swollen) (?:face|eyes|eyelids)(?: \w+){0,3} (?:in the )?mornings?",
    r"(?:face|eyes|eyelids)(?: \w+){0,2} (?:puffy|swollen)(?: \w+){0,2} (?:in the )?mornings?",
)

# NHS (vertigo): an urgent GP appointment or 111 for vertigo that stops you standing, with
# vomiting, even when the stroke signs are absent.
CANT_STAND = words(
    r"(?:cant|cannot|couldnt|unable to) (?:stand|walk|get up)(?! (?:the|it|him|her|this|that))",
    r"(?:cant|cannot|couldnt|unable to) (?:lift|raise) (?:my |his |her )?head",
)
VOMITING = words(
    r"vomit\w*|being sick|been sick|throwing up|threw up|thrown up|puk(?:e|ed|es|ing)|"
    r"chuck(?:ed|ing) up",
    # Scots "boking", and told by what won't stay down (NHS: can't keep fluids down).
    r"(?:boking|boaking|bokin|boked|boaked)\b|(?:cant|cannot|can not|couldnt) (?:even )?keep "
    r"(?:water|fluids|anything|food|drinks?) down",
    # Counted: "sick twice", "was sick 3 times".
    r"sick (?:twice|(?:\d+|two|three|four|several|a few) times)",
    # "Can't stand without being sick": "without" here denies nothing.
    r"(?:stand|move|walk|sit up|(?:lift|raise) (?:my |his |her )?head(?: \w+){0,3}) without "
    r"(?:being sick|vomiting|throwing up)",
)
