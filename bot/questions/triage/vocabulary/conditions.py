"""The other categories' words: heart failure, rhabdomyolysis, compartment syndrome, limb
ischaemia, claudication, varicose veins, pregnancy, heat illness and tendon injury.
"""

from __future__ import annotations

from bot.questions.triage.text import words

# --- other categories ----------------------------------------------------------------------
HEART_FAILURE = words(
    r"heart failure",
    r"hf",
    r"chf",
    r"weak heart",
    r"heart pump (?:problem|issue|failure)",
    r"(?:heart|ejection fraction|ef) (?:is |was )?(?:weak|low|pumping weak)",
    r"cardiomyopathy",
    r"heart valves?",
    r"valve (?:disease|problem|replacement)",
    r"heart condition",
    # Their heart failure nurse or team: the condition is the reason they have one.
    r"heart (?:failure )?nurse|hf nurse|heart failure team",
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
    # The scale read against a day: "scale says +2 kg since Monday" (the plus is dropped).
    r"(?:scales?|weight)(?: \w+){0,3} \d+(?:\.\d+)? ?(?:kg|kgs|kilos?|lbs?|pounds?) since "
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday)",
)


LYING_BREATHLESS = words(
    r"(?:breathless|cant breathe|short of breath|out of breath|struggle to breathe|"
    r"struggling to breathe|breathing)(?: \w+){0,4} (?:lying|laying|lie|lay) (?:flat|down)",
    r"(?:lying|laying|lie|lay) (?:flat|down)(?: \w+){0,5} (?:breathless|cant breathe|"
    r"short of breath|out of breath|struggle|gasping|cough\w*|puff\w*)",
    # Not pillows for another reason: "three pillows because of my neck, not my breathing".
    r"(?:extra|more|three|3|four|4|two|2) pillows(?! (?:\w+ ){0,2}(?:because|cos|cause|due to|for) "
    r"(?:of )?(?:my |the )?(?:neck|back|shoulders?|reflux|heartburn|acid|snoring|sinus\w*))",
    r"(?:sit|sitting|sat) up to (?:breathe|get (?:my |his |her )?breath)",
    # "So breathless I can't sleep flat any more"; not a bump that makes lying flat awkward.
    r"(?:breathless|short of breath|out of breath|puffed|cant breathe)(?: \w+){0,6} "
    r"(?:cant|cannot|can not|couldnt) (?:sleep|lie|lay) (?:flat|down)",
    r"(?:sleep|sleeping|slept) (?:sitting up|upright|in (?:a|the|my) (?:arm)?chair|propped)",
    r"prop\w* (?:myself|himself|herself|me|him|her) up (?:\w+ ){0,3}(?:to breathe|to sleep|"
    r"at night|in bed|on pillows)",
    r"wak\w* up(?: \w+){0,3} (?:gasping|breathless|short of breath|cant breathe|choking|"
    r"coughing|struggling)",
    # A learner's words: "I wake up in the night without air and must open the window".
    r"wak\w*(?: up)?(?: \w+){0,4} (?:without|with no|for|needing|hungry for) air\b",
    # "Waking at night feeling like I'm suffocating, I have to sit on the edge of the bed".
    r"wak\w*(?: up)?(?: at night| in the night)?(?: \w+){0,2} (?:like )?"
    r"(?:im|i am|i was|hes|shes)? ?(?:suffocating|drowning|smothered)",
    r"(?:have|had|has|need|needs) to sit (?:up|on the (?:edge|side) of the bed)(?: \w+){0,4} "
    r"(?:to breathe|to get (?:my |his |her )?breath|until it (?:passes|eases|goes))",
    # Woken in the night by it (NHS heart failure: breathless at night, waking up):
    # "I wake in the night out of breath", "having to sit up and catch my breath".
    r"wak\w*(?: up)? (?:at night |in the night |during the night )(?:\w+ ){0,2}(?:out of breath|"
    r"breathless|short of breath)",
    r"(?:have|having|need|needing|had) to sit up (?:and|to) (?:catch|get) (?:my |his |her )?breath",
    # Woken by it and sat up till it passed: "woke twice last night breathless and had to sit on
    # the edge of the bed", "woke up 2 times this night with no air and had to sit by the window".
    r"wok\w*(?: up)?(?: \w+){0,5} (?:breathless|short of breath|out of breath|with no air|no air|"
    r"gasping)(?: \w+){0,3} (?:had|have|having|needed|need) to sit (?:up|on|by|at|at the|in)",
)


DARK_URINE = words(
    r"(?:urine|pee|peed|peeing|wee|weed|weeing)(?: \w+){0,2} (?:gone|is|was|turned|looks|went|"
    r"has gone|very|really) "
    # "Pee is still dark after litres of water": still dark is dark now.
    r"(?:still )?(?:really |very |quite |much |a lot |kinda |kind of |sort of )?dark(?:er)?"
    r"(?! yellow| orange)",
    r"(?:really |very )?dark (?:urine|pee|wee)(?! \w+ (?:yellow|orange))",
    # "The wee in her pad is dark brown".
    r"(?:urine|pee|wee) in (?:his|her|my|the|their) (?:pad|nappy|bag|pot|bottle|catheter bag)"
    r"(?: is| was| looks)? (?:very |really )?(?:dark|brown)",
    # What little comes, told by its colour: "he barely pee and what comes is almost black".
    r"(?:urine|pees?|peed|peeing|wees?|weed|weeing)(?: \w+){0,4} what (?:comes|came|does come)"
    r"(?: out)? (?:is|was|looks) (?:almost |nearly |really |very )?(?:black|brown\w*|dark brown|"
    r"cola)",
    # "My urine's been dark since yesterday".
    r"(?:urine|pee|wee)s? (?:has |have )?been (?:really |very |quite )?dark(?:er)?"
    r"(?! yellow| orange)",
    # "My pee is the same colour as the tea I'm drinking".
    r"(?:urine|pees?|wees?)(?: \w+){0,2} (?:same )?colou?r (?:as|of) (?:the |a |my )?(?:\w+ )?"
    r"(?:tea|cola|coke|coca cola|stout|guinness)",
    # "My wee's a funny dark colour today".
    r"(?:urine|pees?|wees?) (?:is |s )?(?:a )?(?:funny|weird|strange|odd|horrible|worrying) dark "
    r"(?:colou?r|shade|brown)",
    # An older word for it: "my water looks darker than usual" (not a bottle's or a pond's).
    # "My water's a darker brown" loses its apostrophe: "waters".
    r"(?:my|his|her|their) (?:water (?:looks?|is|was|has been|s|seems)|waters)(?: \w+)? "
    r"dark(?:er)?"
    r"(?! yellow| orange)",
    # Clipped: "legs weak. pee dark."
    # "Pee's kinda dark"; not "a bit darker", which water fixes.
    r"(?:urine|pees?|wees?) (?:very |really |so |kinda |kind of |sort of )?dark(?:er)?"
    r"\b(?! yellow| orange)",
    r"(?:urine|pees?|wees?) (?:much |a lot |a bit |way )?darker than (?:usual|normal|it should be)",
    r"(?:dark brown|brown\w*|black|cola|coke|coca cola|tea|rusty|red brown|reddish brown)"
    r"(?: \w+){0,3} (?:urine|pee|wee|piss)",
    r"(?:urine|pee|pees|peed|peeing|wee|wees|weed|weeing|piss\w*)(?: \w+){0,3} "
    r"(?:dark brown|brown\w*|broon|black|cola|coke|tea|rusty|coffee colou?red)",
    r"when (?:i|he|she) (?:peed|weed|pee|wee)(?: \w+){0,3} (?:was|is|looked|looks|went) "
    r"(?:dark brown|brown\w*|black|cola|coke|tea|rusty)",
    # "Barely peed all day and what came out was brown".
    r"(?:peed|weed|pee|wee)(?: \w+){0,6} (?:came|comes|coming) out (?:was |is |looked |looks )?"
    r"(?:dark brown|brown\w*|black|cola|coke|tea|rusty|red brown)",
    r"(?:urine|pee|peed|peeing|wee|weeing|piss\w*)(?: \w+){0,5} (?:like|looks like|colou?r of) "
    r"(?:\w+ ){0,2}(?:cola|coke|tea|coffee|ale|stout|guinness|bitter|bovril|marmite)",
    # Told by the toilet bowl: "the dunny water's brown", "the loo looked like cola".
    r"(?:dunny|toilet|loo|bowl|lav)(?: water)?(?: \w+){0,2} (?:s |is |was |looks |looked |went |"
    r"gone )?(?:dark brown|brown\w*|black|cola|coke|tea|rusty|red brown)",
    # "...weeing much less and what comes out is dark".
    r"(?:urine|pee|wee)(?: \w+){0,4} darkest|urine (?:colou?r )?chart (?:\w+ ){0,2}[6-8]\b",
    r"(?:urine|pee|peed|peeing|wee|weed|weeing)(?: \w+){0,8} (?:comes out|come out|came out|looks|"
    r"looked)(?: is| was)? (?:really |very |quite )?dark(?! yellow| orange)",
    # "My water's gone the colour of strong tea", an older word for urine.
    r"(?:my|his|her) water(?: \w+){0,3} (?:colou?r of|like|looks like) (?:\w+ ){0,2}(?:cola|coke|"
    r"tea|coffee|stout|guinness|bovril|marmite)",
    # A urine dipstick positive for blood: muscle pigment reads as blood on the strip.
    r"dipstick(?: \w+){0,4} (?:large |lots of |loads of |positive for |\+\+\+ )?blood",
)


# "...peeing much less and it's dark": the urine named just before, in the same sentence. Read
# as the muscles' only beside their pain: after heat alone it is the drying out (heat_illness).
PEE_THEN_ITS_DARK = words(
    r"(?:urine|pee|peed|peeing|wee|weed|weeing)(?: \w+){0,4} (?:and |but )?(?:its|it is) "
    r"(?:still |really |very |quite )?dark(?:er)?\b(?! yellow| orange| out| outside| now| here)",
    # "I wee very little and it is brownish".
    r"(?:urine|pee|peed|peeing|wee|weed|weeing)(?: \w+){0,4} (?:and |but )?(?:its|it is) "
    r"(?:(?:a )?(?:dark |reddish |red )?brown\w*|(?:like )?cola|tea colou?red)\b",
)
LITTLE_URINE = words(
    r"(?:barely|hardly|not|havent|hasnt|cant|cannot) (?:peed|peeing|pee|weed|weeing|wee|urinat\w*|"
    r"passed|"
    r"passing|been)(?: any| much)?(?: urine| pee| wee)?",
    r"(?:hardly|barely|not) (?:going|gone) (?:to the toilet)?",
    # "Pee is dark as cola and I barely went at all today".
    r"(?:barely|hardly) (?:went|gone|been) (?:at all|all day|today|since)",
    r"(?:no|little|hardly any|barely any) (?:urine|pee|wee)",
    # "Wee is frothy and I'm going less", "peeing way less than normal".
    r"(?:peeing|weeing|urinating|going|passing (?:urine|water)) (?:a lot |way |much |far )?less",
    r"(?:barely|hardly|not|havent|hasnt|hadnt|didnt) (?:had|done|passed) (?:a |any |much )?"
    r"(?:wee|pee|urine)",
    r"(?:havent|hasnt|hadnt|not|cant|cannot|couldnt) (?:managed|been able) to "
    r"(?:pass|pee|wee|urinate)\w*",
    # "My pee was coke coloured, and now nothing at all since 8am"; "only passed a tiny bit".
    r"(?:pee|wee|urine|peed|weed)(?: \w+){0,8} (?:now )?nothing (?:at all )?since",
    r"(?:only|just) (?:passed|peed|weed|done) (?:a )?(?:tiny|little|small) (?:bit|amount|drop)",
    r"(?:weeing|peeing|urinating|passing (?:urine|water)) (?:much |a lot |far |way )?less",
    # Counted: "I've only peed once today".
    r"(?:only|just) (?:peed|weed|urinated|passed urine|been to the toilet|had (?:a|one) (?:pee|"
    r"wee)) (?:once|one time)(?= (?:today|all day|since))",
)


SYSTEMIC = words(
    r"vomit\w*|throwing up|threw up|thrown up|being sick",
    r"confus\w*|muddled|drowsy|not making sense|disorient\w*|out of it",
    # "Not really answering us anymore", "doesn't know what day it is".
    r"not (?:really )?(?:answering|responding)(?! to (?:treatment|physio|stretch\w*|rest|ice|"
    r"antibiotics|the \w+))|unresponsive",
    r"(?:doesnt|dont|didnt|does not) know (?:what day|where (?:he|she|they|i) (?:is|are|am|was))",
    r"collaps\w*|faint\w*",
)


MUSCLE_SEVERE = words(
    r"(?:muscles?|legs?|arms?|quads?|thighs?|calves|biceps)(?: \w+){0,4} "
    r"(?:swollen|swelling|rock hard|so sore|agony|killing|excruciating|weak|cant (?:move|bend|"
    r"straighten|lift))",
    r"(?:cant|cannot|couldnt|can barely|can hardly|barely|hardly) "
    r"(?:straighten|bend|lift|move|walk|use|stand|grip)",
    r"(?:cant|cannot|couldnt) get (?:up )?out of (?:his|her|my|the|their) (?:chair|bed|seat) "
    r"at all",
    r"agon\w*",
    r"(?:worst|extreme|excruciating|insane|unreal|crazy) (?:pain|soreness|doms)",
    r"(?:way|much) (?:worse|more) than (?:normal|usual) (?:doms|soreness)",
    r"swollen",
    r"(?:hard|solid) (?:as|like) (?:a )?(?:rock|wood|stone|concrete)",
    r"(?:oddly|strangely|weirdly|unusually) weak",
    r"(?:muscles?|legs?|quads?|thighs?|calves|calf)(?: \w+){0,2} like (?:a )?(?:wood|rock|stone|"
    r"concrete|bricks?)",
)


SEVERE_PAIN = words(
    r"(?:severe|agoni\w*|excruciating|unbearable|worst|insane|extreme|intense|terrible|horrendous|"
    r"screaming)(?: \w+){0,2} (?:pain|ache|agony)",
    r"(?:pain|ache)(?: \w+){0,8} keeps? (?:getting worse|building|increasing|climbing|rising)",
    # Told by the cry it draws from someone who can't say it: "she screams if we touch her foot".
    r"(?:screams?|screaming|screamed|yells?|howls?|cries out) (?:\w+ ){0,2}(?:if|when|whenever) "
    r"(?:\w+ ){0,4}(?:touch\w*|move\w*|brush\w*)",
    # Or screaming whatever is done for it: "screaming even with it strapped", "in agony".
    r"(?:screams?|screaming|screamed|howling) (?:in (?:pain|agony)|with (?:it|the pain)|even "
    r"(?:with|after|when|on|lying|sat|sitting|at rest|resting|keeping))",
    # Rising as it is watched: "pain going up and up", "worse by the minute".
    r"(?:pain|ache)(?: \w+){0,3} (?:going|gone|went|goes) up and up",
    # "Pain more and more", "pain more more": rising, in few words.
    r"(?:pain|ache)(?: is| getting| get| gets)? more (?:and )?more\b(?! (?:often|frequent\w*|days|"
    r"times|regular\w*))",
    r"(?:pain|ache)(?: \w+){0,4} worse by the (?:minute|hour)",
    r"(?:pain|ache)(?: \w+){0,4} (?:severe|unbearable|excruciating|terrible|horrendous|"
    r"agonising|agonizing|getting worse|worse and worse|"
    r"out of (?:all )?proportion)",
    r"agony",
    # Scored: "the pain is a 10", "9 out of 10".
    r"pain(?: is| s)? (?:like |about |around )?(?:a |an )?(?:9|10|nine|ten)(?: out of (?:10|ten)|"
    r"/10)?(?! (?:min|mins|"
    r"minutes|hours?|hrs?|days?|weeks?|seconds|secs|am|pm|km|miles|kg|times)\b)",
    # Told by what it does to someone: tears from one who never cries, a chair gripped at rest.
    r"(?:crying|in tears|sobbing|bawling) (?:with|from|in|because of) (?:the )?pain",
    r"(?:crying|in tears|sobbing)(?: \w+){0,4} (?:i|he|she|they) never (?:cry|cries)",
    # "It hurts so much I can't stop crying".
    r"(?:hurts?|hurting|pain) so (?:much|bad|badly) (?:that )?(?:i|he|she|they) (?:cant|cannot|"
    r"couldnt) stop (?:crying|screaming|shaking)",
    r"(?:gripping|clutching) (?:the|a|his|her|my) (?:chair|table|bed|sofa|seat|bench)(?: \w+){0,2} "
    r"(?:even )?(?:sitting|sat|lying|at rest)",
    r"(?:pain|it)(?: \w+){0,3} (?:loads|much|way|far|a lot) worse than "
    r"(?:when|the (?:break|injury)|at (?:the )?(?:start|first))",
    r"(?:the )?pain is (?:massive|huge|immense)",
    r"(?:its|it is|pain is|pains|the pain) (?:\w+ ){0,2}(?:severe|unbearable|excruciating|"
    r"terrible|horrendous|agonising|agonizing)",
    r"(?:pain|hurts?|agony)(?: \w+){0,3} off the (?:scale|charts?)",
    # Untouched by what was taken for it: "even after the painkillers", "even with co-codamol".
    r"(?:even (?:with|after|on)|despite) (?:the |my |his |her |their |taking |having (?:had )?)?"
    r"(?:painkillers|pain killers|paracetamol|ibuprofen|codeine|co codamol|cocodamol|tramadol|"
    r"morphine|oramorph|naproxen|gas and air|pain relief)",
    r"(?:painkillers|paracetamol|ibuprofen|codeine|co codamol|cocodamol|tramadol|morphine|"
    r"oramorph|naproxen|pain relief)(?: \w+){0,6} (?:nothing|not working|"
    r"arent|dont|didnt|not touching|arent touching|isnt touching|hasnt touched|havent touched|"
    r"not touched)",
    r"(?:pain|hurts?)(?: \w+){0,2} (?:is |s )?(?:crazy|unreal|insane|ridiculous|through the roof)",
    r"(?:pain|hurts?)(?: \w+){0,4} worse than (?:normal|usual)",
    r"(?:pain|hurts?)(?: \w+){0,3} (?:far|way|much) (?:beyond|worse than|more than) "
    r"(?:any|anything|normal|usual|the|a)",
    # A score at the top of the scale: "pain 10/10", "pain is 9 out of 10".
    r"pain (?:is |score |level )?(?:at )?(?:9|10|11) (?:out of |from |of )?10",
    # Pain climbing since it was treated: "much much more than before".
    r"(?:pains?|hurts?|burning)(?: \w+){0,4} (?:much |far |way )+(?:more|worse) than "
    r"(?:before|it was|earlier|this morning|yesterday|when|a bruise)",
    r"(?:pain|hurts?)(?: \w+){0,3} (?:bad|worse) even (?:at rest|lying|resting|when still|sitting)",
    r"(?:havent|hasnt|wont|not) (?:stopped|eased|settled|gone)(?: \w+){0,4} hours?",
    r"getting worse (?:for|over) (?:hours|the last)",
    # "Nothing touches it", "the tablets they gave her aren't touching it".
    r"nothing (?:touches|touched|is touching|has touched) (?:it|the pain)",
    r"(?:tablets|pills|meds)(?: \w+){0,6} (?:not|arent|isnt|hasnt|havent|dont|didnt) (?:even )?"
    r"(?:touch\w*) (?:it|the pain)",
    # "The pain's been building for hours".
    r"(?:pain|ache)(?: \w+){0,2} (?:has been|been|is|s) (?:building|climbing|rising|increasing)"
    r"(?: \w+){0,2} (?:for |all |over )?(?:hours|the (?:day|morning|night|afternoon))",
)


TIGHT_LIMB = words(
    r"(?:tight\w*|hard|swollen|tense|bulging|shiny|rock hard)",
    r"pins and needles",
    r"(?:numb\w*|tingl\w*)",
    r"pressure (?:builds?|building|builds up)|building pressure",
    r"burst\w*",
    r"rock (?:tight|hard|solid)",
    # "Pressure in the front of both lower legs".
    r"pressure (?:in|at|down|across) (?:the )?(?:fronts?|backs?|sides?) of",
    r"(?:blown|pumped) up from (?:the )?inside",
    # "Like my calf is too big for its skin".
    r"too (?:big|tight) for (?:its|the|my|his|her) skin",
    r"(?:in|like) a vice",
    r"(?:cant|cannot|couldnt) (?:lift|move|flex|point) (?:my |his |her )?(?:foot|toes|fingers)",
    r"(?:cant|cannot) (?:move|wiggle|feel) (?:my |his |her )?(?:toes|foot|fingers)",
)


PASSIVE_STRETCH = words(
    r"(?:hurts?|agony|pain\w*|screams?|screaming|kills|killing|yelps?|yells?|hollers?|"
    r"hollering|winces?|cries out|"
    r"crying|cries|sobbing|sobs|sobbed)"
    r"(?: \w+){0,6} (?:when|to|if) "
    r"(?:i |he |she |someone |anyone |they |you |the \w+ )?(?:tries to |try to )?(?:gently )?"
    r"(?:straighten|move|bend|stretch|wiggle|flex|point|pull)\w* (?:my |his |her )?(?:fingers|toes|"
    r"foot|hand|wrist|ankle|them)",
    r"(?:pain|agony)(?: \w+){0,3} (?:unbearable|excruciating|agony|worse)(?: \w+){0,2} "
    r"(?:when|whenever|if) (?:the |my |his |her )?(?:foot|toes|fingers|hand|ankle) "
    r"(?:moves?|is moved|bends?)",
    # "It's way worse when I stretch his toes".
    r"(?:its|it is|pain|hurts?|agony)(?: \w+){0,2} (?:worse|more painful) (?:when|whenever|if) "
    r"(?:i |he |she |someone |you |they )?(?:stretch|move|bend|wiggle|flex|pull)\w* (?:my |his |"
    r"her |their |the )?(?:fingers|toes|foot|hand)",
    # "The pain is way worse when my fingers get stretched".
    r"(?:pain|agony|hurts?)(?: \w+){0,4} (?:worse|more) (?:when|whenever|if) "
    r"(?:my |his |her |the )?(?:fingers|toes|foot|hand) (?:get |are |is )?(?:stretched|moved|bent|"
    r"pulled back)",
    r"(?:moving|bending|straightening|stretching|wiggling) (?:(?:my |his |her )?(?:fingers|toes|"
    r"foot|hand)|them|it)(?: \w+){0,2} (?:is |are )?(?:agony|excruciating|unbearable|killing|"
    r"makes? (?:me|him|her|it) (?:scream|yell|cry))",
    # Said as the test a clinician does: "a passive toe stretch makes me scream".
    r"(?:passive )?(?:toe|finger|foot|ankle) (?:stretch|stretching|movement|flex\w*)(?: \w+){0,3} "
    r"(?:makes? (?:me|him|her) (?:scream|yell|cry)|agony|excruciating|unbearable|kills)",
    # The reaction told after: "if you try to straighten his fingers he nearly passes out".
    r"(?:when|if) (?:i |he |she |someone |you |they |we )?(?:try to |tries to |gently )?"
    r"(?:straighten|move|bend|stretch|wiggle|flex|pull)\w* (?:my |his |her |their )?(?:fingers|"
    r"toes|foot|hand)(?: \w+){0,2} (?:(?:he|she|i|they) )?(?:nearly (?:passes|passed) out|"
    r"screams|screamed|yells|yelled|howls|winces|cries|cried)",
    # Someone else moving them: "when my mate pushed my toes back I nearly screamed".
    r"(?:pushed|pulled|bent|moved|stretched) (?:my |his |her )?(?:toes|fingers|foot)(?: \w+){0,4} "
    r"(?:screamed|scream|agony|nearly passed out|yelled|excruciating)",
)


INJURY = words(
    r"landed on|fell on|dropped on|rolled (?:onto|on to|over) (?:my|his|her)",
    r"took a (?:hard |big |heavy |nasty )?(?:knee|kick|boot|blow|hit|knock|check|whack|smack|shot)",
    r"(?:stood|stamped|trodden|trod|landed|fell) on by (?:a |the |his |her |my )?\w+",
    # Hurling, hockey, shinty, cricket: "took a hurl on the shin", "a stick to the calf".
    r"(?:took|got|caught) (?:a |the )?(?:hurl(?:ey)?|stick|camogie stick|caman|bat|club|ball|puck|"
    r"racket|racquet|stud|studs) (?:on|to|in|across) (?:the|my|his|her)",
    r"(?:smacked|smashed|banged|bashed|cracked|clipped|caught) (?:my|his|her) "
    r"(?:shin|leg|calf|knee|arm|thigh|hip|foot|ankle|"
    r"forearm|head)",
    r"injur\w*",
    r"kick\w*",
    r"booted|stamped on|studded|raked|kneed|elbowed|corked|dead legged",
    r"(?:stood|trod|trodden|stepped) on (?:my|his|her) (?:foot|feet|toes?|hand|fingers|leg|shin)",
    # A crush: "got my forearm trapped in the conveyor", "hand crushed under a pallet".
    r"(?:trapped|crushed|jammed|caught|squashed|squished|shut) (?:\w+ ){0,2}(?:in|under|between) "
    r"(?:the|a|an) (?:\w+ )?(?:machine|conveyor|door|gate|pallet|press|roller|rollers|load|car|"
    r"trailer|wall|lift|bar|weights?|plates?|sofa|door ?frame|fridge|wardrobe|piano)",
    # Or by what fell on the limb: "the rotavator tipped over and pinned his leg".
    r"pinned (?:my|his|her|their) (?:\w+ )?(?:leg|legs|arm|arms|foot|hand|calf|thigh|shin)",
    r"pulled (?:a |my )?(?:\w+ )?muscle|shin splints",
    # Treated as an injury: "you said to ice and elevate", "ice it and rest".
    r"ic(?:e|ed|ing) (?:it |the \w+ )?and (?:elevat\w*|rest\w*|rais\w*)",
    r"tackle\w*",
    r"fell|fall|fallen",
    # "After falling off the bike", "came off on the descent".
    r"falling (?:off|over|down|from)|came off (?:the |my |his |her )?(?:bike|horse|board|ladder|"
    r"scooter|mtb|mountain bike|motorbike|skateboard|longboard)",
    # A blow by what hit it: "copped a boot to the shin", "caught an elbow in the calf".
    r"(?:copped|took|got|caught) (?:a|an) (?:\w+ )?(?:boot|kick|knee|elbow|stud|studs|stick|ball|"
    r"bat) (?:to|on|in) (?:the|my|his|her)",
    r"(?:going|went|gone|go) over on (?:it|my|his|her)",
    # A landing gone wrong, and the sound of it: "landed a 10 stair wrong, heard a crack".
    r"land\w* (?:\w+ ){0,4}wrong|heard (?:a|it) (?:crack|snap|pop)",
    # "Went over my ankle on the ice", "jumped off my board onto rocks".
    r"(?:went|go|gone|going) over (?:my|his|her) (?:ankle|foot)",
    r"(?:ankle|foot|knee) (?:went|gone|going|goes) over",
    # "Came off the step stool in the sluice onto her forearm".
    r"(?:jump\w*|leapt|leaped|came|fell|thrown) (?:off|from) (?:\w+ ){0,6}(?:onto|on to|into) "
    r"(?:the |some |a )?\w+",
    r"crash\w*",
    r"hit|struck|whacked",
    r"broke|broken|fracture\w*",
    r"cast|plaster|bandage|splint",
    r"crush\w*",
    r"trapped|pinned (?:under|beneath)",
    # A limb lain on for hours, often after passing out: "passed out on his arm, lay on it for
    # hours" presses it as a crush does.
    r"(?:passed out|collapsed|fell asleep|slept|lay|lain|lying|laid) (?:\w+ )?on (?:his|her|my|"
    r"their) (?:arm|leg|hand)",
    r"(?:lay|lain|lying|laid|slept) on (?:it|them) for (?:hours|ages|\d+ hours|the whole night|"
    r"all night)",
    r"dropped (?:a |the )",
    # Not "ran over to help".
    r"collision|collided|(?:got|was|been|get|gets|getting) run over|pile ?up",
    r"knock\w*|bang\w*|bash\w*",
    r"slipped|slipping|tripped|twisted|went over on|rolled (?:my |his |her )?ankle",
)


# Cold told by what it felt like to touch: "like touching something out the fridge".
FRIDGE_COLD = r"(?:something|meat|food) (?:out of|out|from) the (?:fridge|freezer)"
COLD_PALE = words(
    r"(?:cold|colder|icy|freezing|ice cold|cool)",
    r"(?:pale|paler|white|whiter|blue|bluish|grey|gray|mottled|waxy|purple|marbl\w*)",
    FRIDGE_COLD,
)


NO_PULSE = words(
    r"(?:cant|cannot|couldnt|unable to) (?:find|feel|get) (?:the |a |any |his |her |my )?pulse",
    r"no pulse",
)


LIMB_LOSS = words(
    r"numb\w*",
    r"(?:cant|cannot|couldnt) (?:feel|move|wiggle)",
    r"(?:can )?(?:barely|hardly) (?:feel|move|wiggle)",
    r"(?:cant|cannot|couldnt) (?:really|properly) (?:feel|move|wiggle)",
    r"agonising|agonizing",
    r"weak\w*",
    r"dead",
    r"pain\w*",
    r"hurts?",
    "no pulse",
    # "White, no feeling": feeling lost, not denied.
    r"no (?:feeling|sensation)",
    r"agony",
    r"sore",
    r"ache\w*",
    r"pins and needles",
    r"tingl\w*",
    # Asleep and staying so: "heavy, like it's asleep but it won't wake up".
    r"asleep (?:\w+ ){0,3}(?:wont|will not|doesnt|isnt|not) (?:wake|waking|come back|coming back)",
    r"(?:heavy and useless|heavy like a log|like a dead weight)",
)


WALK_PAIN_REST = words(
    r"(?:after|with) (?:a )?rest (?:again |its |it is )?(?:ok|okay|fine|good|better|gone)",
    r"(?:goes|go|went|ease|eases|eased|easing|departs|subsides|leaves|drains? away|fades|stops?|"
    # "Goes a couple of minutes after I stop".
    r"recover\w*|settles?|settled|passes|passed|disappears)(?: \w+){0,4} "
    r"(?:when|if|once|after|as soon as|while|the second|the moment|the minute) "
    r"(?:i |he |she |we )?(?:have |has )?"
    r"(?:a |a short |a quick |a brief )?(?:stop|stand|stood|rest|sit|sat|pause|wait)\w*",
    r"(?:gone|eased|fine|better) by the time",
    # "Easing within a few minutes of stopping".
    r"(?:goes|going|gone|eases?|easing|eased|settl\w*|fad\w*|pass\w*)(?: \w+){0,5} (?:of|after) "
    r"(?:stopping|resting|standing still|sitting down)",
    r"(?:ache|aches|hurts|cramps|burn\w*|tighten\w*)(?: \w+){0,4} and (?:i |he |she )?(?:have|has|"
    r"had|need|needs) to (?:rest|stop|sit|stand|wait)",
    # "Fine once I rest", "it helps a bit but I still have to stop".
    r"(?:fine|ok|okay|better|normal)(?: \w+){0,2} (?:once|when|after|as soon as) (?:i |he |she )?"
    r"(?:stop|rest|sit|stand)\w*",
    r"(?:still|always) (?:have|has|had) to stop",
    # "After about 300m, rest helps".
    r"(?:a )?(?:rest|resting|stopping|sitting down|a break|a breather) (?:helps|fixes it|sorts it)",
    # "Comes right when he stands still", "have to stop a minute and it goes".
    r"(?:comes|came|come|coming) right (?:\w+ )?(?:when|once|after|as soon as) (?:i |he |she )?"
    r"(?:stop|stand|rest|sit)\w*",
    r"(?:have|has|had) to stop (?:for )?(?:a |a few )?(?:minute|min|mins|minutes|bit|while|"
    r"second)s? and (?:it |the \w+ )?(?:goes|eases|passes|settles|stops)",
    r"(?:i|he|she) (?:must|have to|has to|need to|needs to) stop",
    r"(?:standing|resting|sitting|stood|rested|sat)(?: \w+){0,3} (?:and )?(?:it )?"
    r"(?:goes|eases|passes|settles|goes away)",
    # "Wait a couple of minutes for it to pass"; "calf aches, I rest, repeat".
    r"wait\w*(?: \w+){0,4} for (?:it|the pain|the ache|the cramp) to (?:pass|go|ease|settle|"
    r"wear off)",
    # "Had to stop 3 times for the ache in my right calf".
    r"(?:(?:had|have|has|having) to stop|stop|stops|stopped|stopping) (?:\w+ ){0,8}(?:for|"
    r"because of|with) "
    r"(?:the |an? |my )?(?:ache|pain|cramp|tightness|(?:calf|leg) (?:thing|pain|ache|cramps?|"
    r"tightness))",
    r"(?:ache|aches|pain|cramp)\w* (?:i |we )?(?:rest|stop|stand)\w* (?:and )?(?:repeat|again|"
    r"go again|carry on|walk on)",
    r"(?:stands?|rests?|stops?|sits?|waits?) (?:a bit|a while|for a (?:bit|minute|while)) "
    r"(?:and |then )?(?:\w+ )?(?:walks?|goes on|carries on|continues)",
    # "A minute stood still sorts it", "goes off when I stand still".
    r"(?:a|one|two|a couple of) (?:minute|min|moment)s? (?:stood|standing|sat|sitting|stopped|of "
    r"rest)(?: still)? (?:sorts|fixes|settles|clears) it",
    r"(?:goes|wears|went) off (?:when|once|as soon as|if) (?:i |he |she |we )?(?:stand|stop|rest|"
    r"sit)\w*",
    # A carer's view: "she stops halfway every time and rubs her calf, then carries on".
    r"stops? (?:\w+ ){0,8}then (?:carries|carry|goes|walks|sets) (?:on|off)",
    r"(?:clears|goes|eases|stops) (?:as soon as|when|once) (?:i |he |she )?(?:freewheel|ease off|"
    r"coast|slow down)\w*",
    # The stop told first: "I stop and look in a window and the pain goes away", "pause until
    # the ache passes", "chill for 2 min n it's gone".
    r"(?:stop|pause|rest|sit|stand|chill|break|breather|lean)\w*(?: \w+){0,8} (?:the )?"
    r"(?:pain|ache|aching|cramp|it|its)(?: is)? (?:(?:go|goes|went)(?! on| up| worse)|gone|eases?|"
    r"eased|fades?|passes|settles|lets go|let go)",
    r"(?:stop|pause|rest|wait|lean)\w*(?: \w+){0,6} (?:until|till|til|before) (?:the |it )?"
    r"(?:\w+ ){0,4}"
    r"(?:passes|goes|eases|"
    r"settles|wears off)",
    # The stop disguised: "I have to pretend to admire the view until it eases".
    r"(?:have|has|had|need|needs) to (?:\w+ ){1,6}(?:until|till|til) (?:it|the pain|the ache|the "
    r"cramp|they) (?:eases?|passes|pass|goes|go|settles?|wears? off)",
    # "Have to stop and stand a wee minute, then I'm fine again".
    r"(?:stop|stand|rest|sit)(?: \w+){0,5} (?:then|and then) (?:\w+ ){0,2}(?:fine|ok|okay|good|"
    r"alright|right) again",
    r"(?:stood|standing|sat|sitting|resting) (?:still )?(?:\w+ ){0,2}(?:fine|ok|okay|alright|"
    r"better) again",
    r"(?:relieved|relieves|goes|gone|eases|settles)(?: \w+){0,4} (?:standing|stood|resting|"
    r"sitting)(?! up)",
    r"fine (?:after|once|when|if) (?:i |he |she )?(?:stop\w*|rest\w*|sit\w*)",
    r"(?:eases?|goes|settles?|better) (?:off )?with (?:a )?(?:rest|stop|sit down|breather|pause|"
    r"break)",
    # "I stop, then okay", "have to stop, then I'm ok".
    r"(?:stop|stand|rest|sit)\w* (?:and )?then (?:its |it is |im |i am |is )?(?:fine|ok|okay|good|"
    r"alright|better)",
    r"(?:stop|stand|rest|sit)\w* (?:still )?(?:(?:for )?a (?:minute|moment|bit|sec) )?and "
    r"(?:its|it is|im|i am) (?:fine|ok|okay|gone|better)",
    # "Stand for a minute and I can go again".
    r"(?:stop|stand|rest|sit)\w*(?: \w+){0,4} and (?:i |he |she )?can (?:go|walk|carry on|keep "
    r"going|set off) again",
    # The walk that brings it on: "when I walk more than 300 m", "more than ten minutes".
    r"(?:when|after|if) (?:i |he |she )?walk (?:more than|over|for more than|further than) "
    r"(?:\d+|ten|five|twenty|a few|a couple of) ?(?:minutes|mins|yards|metres|meters|m|blocks|"
    r"miles)",
    # Made to stop: "obliging me to pause at the same lamp post".
    r"(?:obliging|forcing|making|makes|made|forces) (?:me|him|her) (?:to )?(?:stop|pause|rest|"
    r"stand)",
    r"(?:\d+|few|ten|five|twenty) (?:minutes|mins|min) into (?:a|my|the|every|each) walk",
    r"better (?:after|with) (?:a )?(?:short |little |quick |brief )?(?:rest|sit|stop|break)",
    r"(?:at rest|resting|sitting) (?:there is |theres )?no pain|no pain (?:at|when at) rest",
    # "Hurt walking the dog but never at rest", "rest still sorts it".
    r"(?:but )?(?:never|not) (?:at rest|when (?:i |he |she )?(?:rest|sit)\w*)",
    r"rest(?:ing)? (?:still )?(?:sorts|fixes|settles|cures) it",
    r"(?:must|has to|have to|had to) (?:sit|stop|rest) (?:\w+ )?(?:on the way|halfway|partway|"
    r"every)",
    # "Goes after a minute's rest".
    r"(?:goes|gone|eases|settles|stops|fades|passes)(?: \w+){0,2} (?:after|with) (?:a |an )?"
    r"(?:few |couple of )?(?:seconds?|minutes?|mins?|moments?) (?:of )?(?:rest|resting|standing|"
    r"stood still|break|pause)",
    r"(?:stop|stand|rest|sit)(?: for)? (?:a bit|a minute|a moment|a while|a few minutes)"
    r"(?: and)?(?: its| it| the pain)? (?:gone|goes|eases|settles|stops|is gone)",
    r"(?:eases|goes|settles|drains? away|fades)(?: \w+){0,2} (?:standing|stopping|resting|"
    r"sitting)(?: still)?",
    r"(?:standing|stopping|resting|sitting|a (?:short |quick |brief )?(?:rest|stop|pause))"
    r"(?: still)?(?: for)?(?: a)?"
    r"(?: bit| minute| while| moment)? (?:sorts|settles|fixes|clears|cures) it",
    # Made to stop at a place that comes round every time: the distance is the sign.
    r"(?:have|had|having|need) to stop(?: \w+){0,4} (?:every time|each time|same)",
    r"(?:same|every) (?:\w+ ){0,2}(?:every time|each time)(?: \w+){0,3} (?:have|had|need) to stop",
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
    r"(?:have|having|had|need) to stop (?:every|after) (?:\w+ ){0,3}(?:yards|metres|meters|minutes|"
    r"mins|steps|blocks|streets)",
    r"(?:then|and) off (?:i|he|she|we) go(?:es)?",
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
    # A walking club by its name: "out with the ramblers".
    r"rambl\w*",
    # "I get to the end of the road, the calf grabs".
    r"(?:get|got|make it|reach|reached) (?:to )?the (?:end|top|bottom) of (?:the |my )?(?:road|"
    r"street|lane|drive|"
    r"block|hill|close|avenue)",
    r"laps? (?:of|around|round)",
    r"hik\w*",
    # A round of golf is walked: "calves burn after a few holes".
    r"golf course|round of golf|(?:a few|\d+|couple of|every few) holes",
    r"stairs",
    r"step (?:challenge|goal|target)",
    r"treadmill",
    r"(?:\d+k? )?steps|step count|patroll\w*|rounds?",
    r"hill",
    r"uphill",
    r"inclines?|slopes?|gradients?",
    r"shop\w*",
    r"stroll\w*",
    r"yards|blocks|hundred (?:metres|meters)",
    # "Every 300 metres", "at the same lamppost": a walk's distances and landmarks.
    r"every \d+ ?(?:metres|meters|m|yards)|lamp ?posts?",
    # Marching, not the month: the rule that reads this also needs pain that rest eases.
    r"march(?:ing|es)?|marched|tabb\w*|ruck\w*",
    r"(?:a|about a|every) mile",
    r"climbs?|climbing (?:hills|stairs)",
    # A distance that shrinks: "only get half as far before it seizes".
    r"(?:get|gets|got|go|goes|manage|manages) (?:\w+ ){0,2}(?:half )?as far",
)


VARICOSE = words(r"varicose", r"varicosit\w*", r"veins?", r"vein", r"spider veins?")


BLEEDING = words(
    # Not a fear of what may come: "convinced they'll bleed out", "scared it will bleed".
    r"(?<!theyll )(?<!itll )(?<!will )(?<!gonna )(?<!might )(?<!could )(?<!would )bleed\w*",
    r"bled",
    r"bloods? (?:is )?(?:everywhere|all over|pouring|spurting|gushing|squirting|pumping)",
    r"(?:much (?:much )?|so much |lots of |loads of |a lot of |masses of )blood(?! flow| pressure|"
    r" sugars?| tests?| work| vessels?| supply| volume| donations?| to| into| through| in)",
    r"(?:spurt|gush|pour|squirt)\w*",
    # Not "if a vein ever burst": asked in case.
    r"(?:vein|varicose|varicosity)(?: (?!ever\b)\w+){0,5} (?:has |had )?(?:just )?burst",
    r"blood(?: \w+){0,2} (?:coming|soaking|seeping|leaking) (?:through|out)",
    r"(?:ooz|seep|leak)\w* (?:a (?:bit|little|drop|trickle) of |some )?(?:blood|through)",
    # Told by what is soaked: "3 towels soaked", "soaked through the bandage".
    r"(?:towels?|tea towels?|bandages?|dressings?|plasters?|socks?)(?: \w+){0,2} soaked",
    # Or got through: "gone through a whole tea towel pressing".
    r"(?:gone|went|going|got) through (?:a|the|one|two|three|\d+|a couple of|several) (?:whole )?"
    r"(?:towels?|tea towels?|bandages?|dressings?|plasters?)",
    r"soaked (?:through )?(?:\w+ ){0,2}(?:towels?|bandages?|dressings?|socks?)",
    r"vein (?:\w+ ){0,3}went (?:at|off|pop|bang)",
    r"nicked (?:a |my |the )?(?:varicose )?vein",
    # What soaks through is a dressing, not a shirt soaked with sweat.
    r"soak\w* through (?:\w+ ){0,3}(?:towels?|bandages?|dressings?|plasters?|socks?|tissues?|"
    r"everything|it all)",
)


# Confusion, but not puzzlement over a choice or a thing ("confused about whether to go", "confused
# by the instructions"); "confused about what day it is" is the confusion.
CONFUSED_MIND = (
    r"confus\w*(?! (?:about|as to|over) (?:whether|which|how|what to|if)\b| by (?:the|this|that|my|"
    r"your)\b)"
    # Said of a person's talk, not of a plan: "he's stopped making sense".
    r"|(?:hes|shes|he|she|theyve|they) (?:\w+ )?(?:stopped|not|isnt|wasnt|no longer) making "
    r"(?:any )?sense"
)
HEAT = words(
    r"heat",
    r"hot (?:day|weather|room|yoga|class|gym)|preseason|pre season|bikram",
    r"hot (?:\w+ )?(?:run|parkrun|walk|ride|race|session|class|hike|match|shift|sportive|ultra|"
    r"event|game|marathon|10k|half|drill|drills|parade|tab|ruck|pt)",
    r"sun",
    r"sunny",
    "summer",
    # "The midday run", sheltered from after: "sat in the shade".
    r"midday (?:run|sun|heat|walk|ride|session)|in the shade",
    r"sauna|steam ?room|sweat ?lodge",
    # A thermometer's reading of the air: "the thermometer in the tent, 38 inside".
    r"thermometer (?:in|on) the (?:tent|car|van|room|house|kitchen|greenhouse|shed|garden|cab|"
    r"porch)(?: \w+){0,3} (?:3[0-9]|4[0-9])",
    r"heatwave",
    # A home gone hot: "her flat is like an oven".
    r"(?:flat|room|house|home|bedroom|kitchen|tent|caravan|office|place|bungalow) (?:is |was |s )?"
    r"(?:like an? (?:oven|furnace|sauna)|roasting|boiling|baking|sweltering)",
    # A hot place of work: "restaurant kitchen super hot", "a hot bakery".
    r"(?:kitchen|bakery|laundry|foundry|factory|warehouse|greenhouse|boiler room|engine room) "
    r"(?:is |was |s |gets |got )?(?:super|crazy|stupid|mad|so|really|very|insanely) hot",
    r"hot (?:kitchen|bakery|laundry|foundry|factory|warehouse|greenhouse|boiler room|engine room)",
    r"(?:\d\d) ?(?:degrees|c|celsius|f)",
    # "108F in Phoenix"; not "knee bends to 110 degrees".
    r"1[0-2]\d ?(?:f|fahrenheit)",
    r"humid\w*",
    r"marathon",
    r"half marathon",
    r"(?:really|very|so|burning|boiling) hot",
    r"scorch\w*|swelter\w*|roasting|baking hot",
    r"overheat\w*",
    # Told to cool someone down, or burning up with the sweat gone: "111 said cool dad down".
    r"cool (?:\w+ ){1,2}down|cooling (?:\w+ ){1,2}down",
    r"heat exhaustion",
    r"festival",
)


HEATSTROKE = words(
    # Not "muddled about my plan", "confused about whether to train", "confused by the route":
    # puzzled, not confused.
    CONFUSED_MIND,
    r"muddled(?! about| by| up)",
    r"(?:dont|doesnt|didnt) know (?:what day|where (?:he|she|i) (?:is|am|was)|what time)",
    # Someone who always knows the writer: "she doesn't know who I am today".
    r"(?:doesnt|didnt|does not|did not) (?:know who (?:i|we) (?:am|are)|recogni[sz]e (?:me|us)\b)",
    # "Can't work out where I am on the route".
    r"(?:cant|cannot|couldnt) (?:work out|figure out|tell) where (?:he|she|i|we) (?:is|am|are|was)",
    r"(?:not|isnt|wasnt) making (?:any )?sense",
    r"talking (?:total |complete |utter |absolute )?(?:nonsense|rubbish|gibberish)",
    # A fit told by its look: "went stiff and jerky", "went rigid then jerking".
    r"(?:went|gone|going|goes) (?:all )?(?:stiff|rigid)(?: \w+){0,3} (?:jerk\w*|twitch\w*|shak\w*)",
    r"(?:struggling|cant|cannot|unable) to think (?:straight|clearly)",
    r"(?:feels|felt|is|hot) like (?:a )?(?:furnace|oven|radiator)|burning up",
    # "Babbling nonsense", "keeps asking what day it is", "not cooling down after 10 min".
    r"babbl\w*|(?:keeps?|kept) asking (?:what day|where|who|what time|the same)",
    r"(?:not|isnt|wont|hasnt) cool\w* (?:down|off)",
    r"(?:stopped|stop|not|isnt|no longer) sweating",
    r"hot (?:and )?dry",
    r"dry (?:and )?hot",
    # Not "rings fit fine": a fit is had.
    r"(?:had|having|has|have|a) (?:a )?fit\b|fitting(?! in| into| on| well| fine)",
    r"seizure|convuls\w*",
    r"collaps\w*",
    r"unconscious|unresponsive|passed out",
    # NHS (heatstroke): very sleepy, hard to wake.
    r"hard to wake|difficult to wake|(?:really|very|so) drowsy",
    r"(?:not|isnt) (?:better|improving) after",
    r"(?:cant|cannot) cool (?:down|off)",
    r"stumbl\w*|staggering|disorient\w*",
    r"skins? (?:\w+ )?dry",
    r"(?:cant|cannot|couldnt) think (?:straight|clearly|clear|properly|right)",
    # What a friend notices now: "keeps saying strange things" (not "says weird things when
    # he's had a drink", a habit).
    r"(?:(?:is|im|i am|hes|shes|keeps?|kept|started|been|was|am) saying|says (?:i|he|she) says?) "
    r"(?:strange|weird|odd|random) (?:things|stuff)",
)


BLOOD_IN_URINE = words(
    r"blood in (?:my |the |his |her )?(?:urine|pee|wee)",
    r"(?:urine|pee|wee)(?: \w+){0,3} (?:bloody|has blood|with blood|full of blood)",
    r"(?:peeing|passing|weeing) blood",
    # "Peeing burns... and there's a bit of blood": blood told beside the peeing.
    r"(?:peeing|weeing|pee|wee|urine|urinating)(?: \w+){0,10} (?:theres|there is|with|and) "
    r"(?:a bit of |a little |some |a trace of )?blood(?! (?:pressure|sugars?|tests?|donation|work|"
    r"type|orange|levels?|results?|count))",
    # Not a Scots "wee red itchy lump": red that goes on to describe a lump or a mark.
    r"(?:urine|pee|pees|wee|wees)(?: \w+){0,3} (?:red|pink|reddish|pinkish)(?! (?:\w+ )?(?:lump|"
    r"bump|mark|spot|patch|rash|dot|blotch|line|scratch|itchy|sore|swollen|raised|bite|sting)\b)",
)
# Foods that colour urine red or pink, harmlessly.
# Medicines that colour urine harmlessly too (NHS, senna: reddish-brown pee; rifampicin: orange
# or red; nitrofurantoin: dark yellow or brown).
_URINE_COLOURING_MEDICINE = r"senna|senokot|rifampi\w*|nitrofurantoin|macrobid"
RED_FOOD = words(
    r"beetroot\w*|beets?|blackberr\w*|rhubarb|dragon ?fruit|food colou?ring",
    _URINE_COLOURING_MEDICINE,
)


NOT_HEALING = words(
    r"(?:sore|wound|ulcer|cut|blister|graze|scrape|scratch|scab)(?: \w+){0,16} "
    r"(?:not|hasnt|wont|isnt|never|doesnt) "
    r"(?:heal\w*|get\w* better|clos\w*)",
    r"(?:non|not) healing",
    # Scots: "that's no healed", "nae closed".
    r"(?:sore|wound|ulcer|cut|blister|graze)(?: \w+){0,8} (?:no|nae) (?:healed|closed|better)",
    r"(?:sore|wound|ulcer|cut|graze)(?: \w+){0,16} (?:still open|still weeping|still not closed)",
    # A scab that won't hold: "the scab keeps reopening and oozing".
    r"scabs?(?: \w+){0,8} (?:keeps?|kept) (?:re ?opening|opening|coming off|splitting)",
)
# Slow rather than stopped: "taking ages to heal", "slow to heal", "hasn't fully healed".
SLOW_TO_HEAL = words(
    r"(?:sore|wound|ulcer|cut|nick|blister|graze|scrape|rip|tear)(?: \w+){0,12} "
    r"(?:(?:is |are )?taking (?:ages|forever|a long time|weeks) to heal|(?:is |are |been )?slow "
    r"to heal|(?:hasnt|havent|isnt|not|still not) (?:fully|properly|completely) (?:heal\w*|"
    r"clos\w*))",
)


# 40 °C or more is heatstroke in a body, and a hot day or a hot-yoga room in the weather.
# "40.6C", or a thermometer's bare "40.6" (BODY_TEMPERATURE names the thermometer).
# "He's 40.5": a person read at a tenth of a degree is their temperature, not their age.
_A_PERSON_AT = (
    r"(?:hes|shes|im|i am|he is|she is|theyre|they are|hes at|shes at) (?:now )?(?:40|41|42)\.\d\b"
)
HOT_READING = words(
    r"\b(?:40|41|42)(?:\.\d)? ?(?:c|degrees)",
    r"thermometer (?:\w+ )?(?:40|41|42)\.\d",
    _A_PERSON_AT,
    # The same in Fahrenheit (40 C is 104 F): "his temp's 104.5", "105F".
    r"\b(?:104|105|106|107)(?:\.\d)? ?(?:f|fahrenheit|degrees f)\b",
    r"(?:temp|temps|temperature|thermometer)(?: is| was| of| at| reads?| says| said| hit| "
    r"now){0,2} (?:104|105|106|107)(?:\.\d)?\b",
)
BODY_TEMPERATURE = words(r"temp\w*|fever\w*|thermometer|core|forehead", _A_PERSON_AT)
HOT_PLACE = words(
    r"hot yoga|bikram|room|studio|outside|out there|weather|heatwave|forecast|in the (?:sun|shade)|"
    r"(?:it|today|the day|the class) (?:was|is|hit)",
    # A workplace's heat: "kitchen hit 40 degrees", "the van was 41 C".
    r"(?:kitchen|warehouse|factory|van|cab|attic|loft|greenhouse|bakery|site|office|tent|polytunnel)"
    r"s? (?:was|is|hit|reached|got to)",
    # "10k steps in 40C": the air's.
    r"in (?:the )?(?:40|41|42)(?:\.\d)? ?(?:c|degrees)",
)
# Dizzy from spinning round (a roundabout, a fairground ride): the cause is plain.
SPUN_ROUND = words(
    r"(?:i |we )spun|spun (?:my|him|her|them|the|round|around)|roundabout|merry go round|waltzer|"
    r"teacups|tumble ?turns?|flip ?turns?|somersaults?|cartwheels?|forward rolls?|"
    r"roller ?coasters?|fairground rides?",
    # Spinning for the fun of it: "spinning round in the garden on purpose".
    r"spinning (?:round|around)(?: \w+){0,5} (?:on purpose|for fun)",
    r"spinning (?:my|the|our|his|her|a) (?:\w+ )?(?:round|around)",
)


ANKLES = words(r"ankles|legs|feet|calves")


# Not the exercises: "200 calf raises", "leg day".
SINGLE_LEG = words(
    r"calf(?! raises?| raise| stretch)|leg(?! days?| press| curls?| extensions?| raises?)",
    # Not what is done for feet: "a foot soak", "foot cream".
    r"foot(?! (?:soak|spa|bath|cream|massage|rub|powder|rest)\b)|ankle|shin|thigh",
)


SNAP = words(
    r"(?:pop|popped|snap|snapped|kicked|shot|hit)(?: \w+){0,6} "
    r"(?:calf|achilles|heel|back of (?:my|the) (?:leg|ankle))",
    r"(?:calf|achilles|heel)(?: \w+){0,6} (?:pop|popped|snap|snapped)",
    r"(?:pop|popped|snap|snapped) (?:behind|at the back of) (?:my|his|her|the) knee",
)


# Food that colours urine, when it was eaten ("Beetroot? Haven't had any." doesn't count).
FOOD_DYE = words(
    r"(?:ate|eat|eaten|eating|had|having|drank|drink|drinking|some|lots of|loads of) "
    r"(?:\w+ ){0,3}(?:beet\w*|rhubarb|blackberr\w*|dye)",
    r"(?:beet\w*|rhubarb|blackberr\w*)(?: \w+){0,2} (?:juice|shot|salad|smoothie|soup|last night|"
    r"yesterday|for dinner|for lunch)",
    r"(?:vitamins?|b12|multivit\w*)",
    _URINE_COLOURING_MEDICINE,
)


# A spell of hot weather, the time heat illness and heat-swollen ankles come with.
HOT_SPELL = words(
    r"heat ?waves?|hot spell|hot weather|(?:in|through|with) (?:this|the) heat",
    r"hottest (?:week|day|days|spell|weekend)",
    # A home gone hot: "his flat is like an oven".
    r"(?:flat|house|room|home|bedroom|bungalow|caravan|place) (?:is |s |was |gets )?"
    r"(?:like an oven|like a sauna|roasting|sweltering|boiling)",
)
