"""The heart: its rhythm (heartbeat, irregular, racing, triggers), angina and how it changes,
and blood-pressure readings.
"""

from __future__ import annotations

import re

from bot.questions.triage.text import words

# --- heart rhythm --------------------------------------------------------------------------
HEARTBEAT = words(
    "heart",
    r"heartbeats?",
    r"heart beats?",
    "pulse",
    "heart rate",
    "hr",
    # A wearable's resting heart rate: "my RHR is 41".
    "rhr",
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
    r"pitter ?patter\w*",
    # Not a body that flops onto the sofa or flips over, nor a swimmer's flip turns or a
    # gymnast's flips.
    r"(?<!\d )(?<!back )(?<!front )flip\w*(?! (?:over|onto|into|out|the|a|my|turns?)\b)",
    r"flop\w*(?! (?:down|onto|on|into|out|over|back|dramatically|in)\b)",
    r"skip(?:ping|s|ped)? (?:a few |some |several )?beats",
    r"keeps? skipping",
    r"thumps? in (?:my |the )?chest",
    r"(?:heart|pulse|heartbeat) (?:\w+ ){0,2}(?:a |the odd |an odd )?skip\b",
    # Not "skipping the run" or "skipping leg day", nor a meal or a drink missed ("skipping
    # brekkie").
    r"skipping(?! (?:the|my|a|an|leg|legs|gym|run|runs|session|class|workout|today|tomorrow|"
    r"todays|tonights|tomorrows|breakfast|brekkie|brekky|lunch|dinner|tea|meals?|food|snacks?|"
    r"water|drinks?|rope|it|this|that|cardio|training|stretching|class|classes|practice|"
    r"school|work|rehab|physio|parkrun|yoga|pilates|spin|legs day|arm day|chest day)\b)",
    r"miss(?:ing|ed|es)? (?:a )?beats?",
    r"extra beats?",
    r"palpitat\w*",
    r"palps",
    # Not "my heart skips a beat when my crush walks in".
    r"(?:heart|pulse|heartbeat) (?:\w+ )?skips(?! a beat)",
    r"erratic",
    r"(?:heart|pulse|heartbeat)(?: \w+){0,3} (?:jumping|jumps|bouncing|all over the place)",
    # "My heart is knocking in my ears", "heart makes little jumps".
    r"(?:heart|pulse|heartbeat)(?: \w+){0,2} (?:knocking|knocks)",
    r"skips? a beat (?:a few|several|\d+|many|lots of) times",
    # "Heart's been doing a skippy thing", "a jumpy heart".
    r"(?:hearts?|pulse|heartbeat)(?: \w+){0,3} (?:skippy|jumpy|fluttery|flippy) (?:thing|feeling)",
    # Or said of the heart bare: "heart feels jumpy", "my pulse has been fluttery".
    r"(?:hearts?|pulse|heartbeat) (?:feels|felt|is|was|has been|been|seems|seemed) (?:a bit |"
    r"kinda |really |so |all )?(?:jumpy|fluttery|skippy|flippy)",
    # Or anything else said skippy: "my heart was doing a weird skippy drum solo".
    r"(?:hearts?|pulse|heartbeat) (?:was |is |kept |keeps )?doing (?:a |this |that |some )?"
    r"(?:\w+ )?(?:skippy|jumpy|fluttery|flippy)",
    r"(?:skippy|jumpy|fluttery|flippy) (?:heart|heartbeat|pulse)"
    r"(?: all over| around| about)?",
    "out of rhythm",
    # Of a rhythm only: not "my swimming stroke is all over the place".
    r"(?:beat|beats|beating|rhythm|rate|it|its|pulse)(?: is| was| goes| went| going)? all over "
    r"the place",
    # "Going like an uneven drum roll": a rhythm described by its unevenness.
    r"(?:heart|pulse|heartbeats?)(?: \w+){0,5} (?:uneven|jerky|stop start|off kilter)",
    # Of the pulse named before: "it feels jumpy and uneven".
    r"(?:it|its|it is|it was) (?:feels |felt |feeling |going |beating )?(?:a bit |really |all )?"
    r"(?:jumpy and uneven|uneven)",
    r"thump\w*",
    r"jump\w* (?:around|about)",
    r"stutter\w*",
    # "A fish flapping in my chest"; not "gasping like a landed fish in every rest".
    r"(?<!landed )(?<!beached )(?:fish|bird|butterfl\w*) (?:in(?! (?:the|a) (?:sun|sea|river|lake|"
    r"pond|water|net|boat|shop|garden)\b| every\b)|flapping)",
    r"random beats",
    r"thud\w*",
    r"(?:tripped|trips|tripping) over",
    r"misfir\w*",
    r"ectopic\w*",
    r"off beat",
)


RACING = words(
    r"racing",
    r"gallop\w*",
    r"(?:heart|pulse|heartbeat) (?:\w+ )?races",
    # "Heart going ten to the dozen".
    r"ten to the dozen",
    # Not a pounding head, which is a headache.
    r"(?<!head )(?<!headache )pounding(?! head\w*)",
    r"hammering",
    r"(?:going|went|gone|goes) (?:crazy|mad|nuts|wild|like the clappers|a mile a minute)",
    r"beating (?:really |so |very |super |mega )?(?:fast|hard|quick)",
    # With the verb left plain, as a second language writes it: "my heart go fast".
    r"(?:heart|pulse|heartbeat) go (?:very |so |too |really )?(?:fast|quick)",
    r"very fast",
    r"(?:fast|rapid|racing) (?:heart ?beat|heart rate|pulse)",
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
    r"coffees?|caffeine|espressos?|energy drinks?|pre ?workout|alcohol|wine|beer|nervous|nerves|"
    r"stress\w*|anxious|anxiety|crush|adrenaline",
    # The menopause's hot flush brings a pounding heart with it, and both pass together.
    r"hot (?:flush|flash)(?:es)?",
    r"excit\w*|because (?:the |my )?(?:leaderboard|result|results|score|ranking|exam|match|game)",
    # Someone they fancy nearby: "pounding because the guy I fancy sat opposite me".
    r"(?:guy|girl|lad|lass|man|woman|boy|person|bloke) (?:i|im) (?:fancy|fancied|like|liked|"
    r"have a thing for|into)",
    r"watching (?:the )?(?:\w+ ){0,2}(?:match|game|penalt\w*|final|film|horror|race|shootout|"
    r"rugby|football|footy|cricket|boxing|fight|darts|snooker|tennis|grand prix)",
    r"(?:after|during) (?:the |that |a )?(?:penalty )?(?:shootout|penalties|derby|last minute "
    r"winner)",
)
# Loud music felt in the body: "the bass made my chest thump all night".
MUSIC_THUMP = words(
    r"(?:bass|speakers?|subwoofers?|sound system|music|drums?)(?: \w+){0,4} "
    r"(?:made|makes|making|was making|had) (?:my |his |her |our )?(?:chest|heart|ribs|whole body)"
)


RHYTHM_ALERT = words(
    r"(?:afib|a fib|af|irregular rhythm|irregular heart ?rate) (?:alerts?|warnings?|"
    r"notifications?|notification|flag\w*)"
)


ANGINA = words(
    r"angina\w*",
    r"gtn",
    r"nitro\w*",
    r"(?:heart|chest) spray",
    r"my spray",
    r"(?:need\w*|us\w*|took|take|taking|had) (?:the|my) spray",
    # "The spray used to do the trick after one puff".
    r"spray (?:\w+ ){0,6}(?:one|a|two|\d) puffs?",
)


SPRAY_FAILED = words(
    # A spray log: "1 puff at 18:10, 1 puff at 18:16 ... still the same".
    r"puffs? (?:\w+ ){0,3}(?:puffs? )(?:\w+ ){0,8}still (?:the same|there|going|no better)",
    r"(?:spray|gtn|nitro\w*|tablets?|puffs?)(?: \w+){0,6} (?:nothing|nowt|done nowt|done nothing|"
    r"no (?:help|change|"
    r"difference|better)|(?:not|isnt|is not|wasnt) (?:helping|working)|(?:didnt|did not) (?:help|"
    r"work)|"
    r"hasnt (?:helped|worked)|"
    r"barely (?:touched|helped|worked|did)|(?:hasnt|has not|didnt|did not|not) (?:touched|touching|"
    r"shifted|shifting|eased|easing) (?:it|the pain))",
    # Or the doses told as what it hasn't gone with: "hasn't gone with rest or 2 sprays".
    r"(?:hasnt|has not|didnt|did not|wont|not) (?:gone|go|eased|ease|shifted|shift|settled|settle)"
    r"(?: away)? (?:with|after) (?:\w+ ){0,3}(?:two|2|three|3|a second|both|another) "
    r"(?:sprays|puffs|doses|squirts|goes)",
    # The doses told first, then the pain staying: "used his spray twice... the pain isn't going".
    r"(?:spray|gtn|puffs?)(?: \w+){0,8} (?:the )?(?:pain|it)(?:s| is)? (?:isnt|is not|not|still "
    r"not|wont|hasnt) (?:going|gone|easing|eased|shifting|go|shift|better)",
    # The pain's staying told first, then the doses: "it won't go, had 2 puffs of my spray".
    # Or with no verb: "pain won't shift, 2 puffs of the spray already".
    r"(?:wont go|not going|not gone|wont shift|not shifting|still there|not easing|wont settle|"
    r"not settling|wont ease|wont budge)(?: \w+){0,4} "
    r"(?:(?:had|used|taken|took|done|tried) )?(?:two|2|three|3|four|4) (?:puffs|sprays|doses|"
    r"squirts|goes)",
    # Or the spray named after the pain's staying: "not easing even after his spray".
    r"(?:wont go|not going|not gone|wont shift|not shifting|still there|not easing|not eased|no "
    r"better)(?: even| still)? (?:after|with|despite) (?:the |his |her |my |their )?(?:\w+ )?"
    r"(?:spray|sprays|gtn|puffs?)\b",
    # Or the doses counted after the spray: "it's not going, she's had her spray twice".
    r"(?:wont go|not going|not gone|wont shift|not shifting|still there|not easing)(?: \w+){0,4} "
    r"(?:had|used|taken|took|done|tried) (?:\w+ )?(?:spray|gtn|puffs?) (?:twice|two times|2 times|"
    r"three times|3 times)",
    # "His spray normally works in a minute but tonight it isn't touching it".
    r"(?:spray|gtn)(?: \w+){0,14} (?:isnt|is not|not|wont|didnt) (?:touching|touch) it",
    # "Used it twice... been 15 min and it's not going": not "not going to training".
    r"(?:twice|two doses|2 doses|second dose|2 sprays|two sprays|two puffs|2 puffs|two goes|2 goes|"
    r"two squirts|two times|2 times|two lots|2 lots|(?:three|3|four|4) (?:goes|sprays|puffs|doses|"
    r"squirts|times?|lots)|two time|2 time)"
    # "Three times in the last half hour and it keeps coming back".
    r"(?: \w+){0,20} (?:nothings changed|nothing has changed|nothing|nowt|keeps (?:coming|"
    r"creeping) back|"
    # A learner's "the tightness dont go away, it becomes worse".
    r"(?:dont|doesnt|does not|do not|wont|will not) (?:go away|goes away|get better)|"
    r"(?:becomes|became|gets|getting|got|is getting) worse|"
    r"still|no (?:help|change|better)|(?:the )?same (?:tightness|pain|pressure|ache)|not (?:gone|"
    r"going(?! to| out| back| in\b)|eased|better)|(?:hasnt|has not|havent|didnt|not|isnt|is not|"
    r"wont|aint) (?:shifted|"
    r"budged|moved|eased|settled|gone|touched it|budging|shifting|easing|settling|budge|shift|"
    r"ease|settle|move))",
    # "Waited five min, took another, pain still there": the second dose named or not.
    # Not "still going strong" after a puff taken before the walk.
    r"(?:again|another(?: (?:dose|spray|puff|one|tablet))?)(?: \w+){0,8} (?:still(?! going strong|"
    r" fine| ok| okay| good| great)|nothing|"
    r"no (?:help|change|better)|(?:its |it is |it )?(?:not|isnt|wasnt) (?:shifting|touching|"
    r"easing|budging|working|helping))",
    r"(?:still|going|there|continu\w*)(?: \w+){0,5} (?:even )?after "
    r"(?:my|the|his|her|a|two|2|a second) (?:spray|sprays|gtn|puffs?|doses?)",
)


EXERTIONAL_EASE = words(
    r"(?:eases?|settles|goes|resolves|fades|disappears)(?: \w+){0,3} (?:\d+|a few|few) ?"
    r"(?:min|mins|minutes) (?:after|later|afterwards)",
    # "Goes within a couple of minutes of easing off".
    r"(?:eases?|settles|goes|fades|disappears|passes)(?: off| away)? within (?:a couple of|a few|"
    r"\d+|two|three|five) (?:min|mins|minutes) of (?:easing off|stopping|slowing|resting)",
    # "Then fine once I rest", "fine again after a rest".
    r"fine (?:again )?(?:once|after|when) (?:i |he |she |they )?(?:a )?(?:rest|stop|sit)\w*",
    # The stop told first: "when I stop it goes after some minutes".
    # Not "when I stop it goes on for an hour".
    r"(?:when|once|after) (?:i|he|she|they) (?:stop|rest)\w*(?: \w+){0,2} (?:it |they )?(?:goes|go|"
    r"eases?|settles?|passes)(?! on| up| worse| higher)",
    # Off the pitch, then gone: "he must go off, then it goes away".
    r"(?:must|has to|have to|had to) (?:go off|come off|stop)(?: \w+){0,4} (?:then )?(?:it )?"
    r"(?:goes away|eases|settles|passes)",
    # "Go away with rest", "take half an hour to feel normal again".
    r"(?:go|goes|went) away with (?:a )?rest",
    r"takes? (?:about )?(?:half an hour|an hour|\d+ (?:min|mins|minutes)|a while) to (?:feel )?"
    r"(?:normal|settle|go|ease)",
    r"(?:resolve[sd]?|settle[sd]?|ease[sd]?|fade[sd]?|passe[sd]) (?:within|after|with) "
    r"(?:\w+ ){0,6}(?:rest\w*|stopping)",
    r"(?:stop|stops|stopping|rest|resting|slow down|sit down|stand still|standing still|cool "
    r"down)(?: \w+){0,6} (?:goes away|go away|eases|ease|better|fades|disappears|settles|passes|"
    r"fine|gone|stops)",
    r"(?:goes away|goes|gone|eases|disappears|fades|settles|passes|stops)(?: \w+){0,5} "
    r"(?:of|after) (?:stopping|resting|rest)",
    # A load carried, then set down: "goes off when I put the weight down".
    r"(?:goes|went|wears|go|eases?|eased) (?:off )?(?:again )?(?:when|once|as soon as) (?:i|he|she|"
    r"they) (?:put|puts|"
    r"set|sets|drop|drops) (?:the|it|them|my|his|her) (?:\w+ )?down",
    r"fine (?:by|within|after) (?:the )?(?:next )?(?:evening|morning|day|an hour|"
    r"\d+ (?:min|mins|minutes))",
    # Told afterwards too: "it eased when I sat down".
    # And of them all ("they settle once he stops", "ease off when I stop").
    r"(?:goes away|went away|goes|went|eases|eased|disappears|disappeared|fades|faded|settles|"
    r"settled|passes|passed|stops|stopped|gone|goes back to normal|back to normal|settle|ease|"
    r"ease off|fade|go away)(?: \w+){0,4} "
    r"(?:when|if|once|after|each time|every time|as soon as) (?:i |he |she |we |they |you )?"
    r"(?:stop\w*|rest\w*|stand\w*|stood|paus\w*|sit\w*|sat|slow\w*|cool\w*|back\w* off|"
    r"eas\w* (?:off|up))",
    # "Eases off with a sit down".
    r"(?:eases?|eased|settles?|goes|fades?)(?: off| away)? with (?:a )?(?:sit down|sit|rest|"
    r"breather|stop)\b",
    # "Gone after a minute stood still", "goes after a couple of min standing still".
    r"(?:goes|gone|eases|settles|passes)(?: \w+){0,5} (?:stood|standing|sat|sitting) still",
    r"(?:only|just) (?:when|on|during) (?:exercise|exertion|effort|hills|stairs|running|walking)",
    r"(?:goes|go|goes off|wears off|eases off|stops|fades)(?: \w+){0,4} (?:when|after) "
    r"(?:i |he |she )?stop\w*",
    r"fine (?:afterwards|after|once i stop)",
    r"(?:settles?|eases?(?: off)?|fades?|passes) (?:straight |right )?afterwards",
    r"fine (?:at|when at|while at) rest",
    # Gone in minutes once stopped: "stop and it goes in 10-15 min", "all good 20 min later",
    # "takes 20ish mins to fade afterwards".
    r"(?:goes|go|gone|fades?|settles?|eases?)(?: off| away)? (?:in|within|after) (?:about |like |"
    r"around )?(?:\d+(?: \d+)?|a few|ten|fifteen|twenty) ?(?:ish )?(?:min|mins|minutes)",
    r"(?:all good|fine|normal|gone)(?: again)? (?:\d+|ten|fifteen|twenty) ?(?:ish )?(?:min|mins|"
    r"minutes) later",
    r"takes? (?:about |like |around )?\d+ ?(?:ish )?(?:min|mins|minutes) to (?:fade|go|settle|ease|"
    r"calm)",
    r"(?:every|each) time (?:i|he|she) (?:run|walk|climb|go up|jog|cycle|exercise|train)",
    # Told short: "go away after i walk 10 min", "rest then recover".
    r"(?:go|goes|went) away after (?:i |he |she |they )?(?:walk|rest|sit|stop|slow)\w*",
    r"(?:rest|stop)\w* then (?:recover\w*|ok|okay|fine|better|gone)",
    # Bare, at the sentence's end: "settles after."
    r"(?:settles?|eases?|passes|fades?)(?: off| down)? after(?= *$)",
    # "When I stop it's ok after a bit", "gone by the time I'm home".
    r"(?:when|once) (?:i|he|she|they) stops? (?:its|it is|theyre|they are|im|i am|hes|shes) "
    r"(?:ok|okay|fine|alright|better)",
    r"gone by the time (?:i|he|she|we|they) (?:\w+ )?(?:get|gets|got|am|is|are|m|s) (?:home|back)",
)


MORE_OFTEN = words(
    r"first time in (?:over |more than )?(?:a|\d+|two|three) (?:year|years|months)",
    r"(?:a year|months|years) without (?:needing|using)",
    r"(?:times|x) a day",
    r"(?:two|three|four|five|\d) times today|\d ?x today",
    # "Barely ever need it, used it twice tonight".
    r"(?:used|use|needed|had|took) (?:it|them|the spray|my spray) (?:twice|(?:two|three|four|\d) "
    r"times) (?:tonight|today|this (?:evening|morning|afternoon))",
    # Counted by the episode: "3 angina episodes on my walk today, normally 1 a week".
    r"(?:two|three|four|five|\d) (?:\w+ )?(?:episodes|attacks|bouts|goes|spells) "
    r"(?:\w+ ){0,5}today",
    r"normally (?:its |it is |i get |only )?(?:one|1|once) a (?:week|fortnight|month)",
    # Lasting longer than it used to: "took 15 minutes to settle with rest instead of 2".
    r"(?:took|takes|lasted|lasting) (?:\w+ ){0,3}(?:\d+|ten|fifteen|twenty|thirty) (?:min\w*)"
    r"(?: \w+){0,4} (?:instead of|rather than|when it (?:usually|normally))",
    r"(?:longer|more time) (?:than usual|than normal|to settle|to go|to ease)",
    r"this (?:past )?week",
    # Not "nothing's changed", which tells the opposite.
    r"(?<!nothings )(?<!nothing has )(?<!nothing )(?<!hasnt )(?<!havent )(?<!not )(?<!no )chang\w*",
    r"(?:even|just) (?:walking|sitting|at rest|resting|from)",
    r"more (?:often|frequent\w*|easily)",
    r"(?:even|now) (?:at rest|walking|sitting|with less)",
    # "Used to come on up the big hill. Now it comes on walking to the clubhouse."
    r"now (?:it |they |the \w+ )?(?:comes?|starts?|happens?|kicks? in|appears?) (?:on )?(?:just |"
    r"even |when |with |after )?(?:walking|climbing|going|getting|doing|from|on the flat)",
    r"(?:even|now) (?:\w+ )?on the flat|more than (?:i|he|she|they) used to",
    r"less (?:effort|exercise|activity)",
    r"(?:with|on|after) less (?:and less )?(?:\w+ )?(?:walking|effort|exertion|exercise|activity)",
    # "Coming on with less and less": the effort unnamed.
    r"(?:with|on|after) less and less\b",
    r"(?:rather|instead) than (?:once|twice) a (?:week|month|fortnight)",
    r"every day now|daily now|most days now",
    r"(?:on )?(?:pretty much |nearly |almost )?every (?:walk|outing|session|time) now",
    # "Quiet for a year, but now I need the spray nearly every session, even the light ones".
    r"(?:quiet|settled|stable|no bother|no trouble) for (?:a|over a|\d+|two|three) (?:year|years|"
    r"months)(?: \w+){0,2} (?:but )?now",
    r"even (?:the )?(?:light|easy|gentle|short|slow) (?:ones|sessions|walks|days)",
    r"takes (?:\w+ ){0,3}(?:longer|\w+ minutes) to (?:wear off|settle|go|ease)(?: \w+){0,3} "
    r"(?:instead of|rather than|not)",
    r"(?:last|past|this) (?:\d+|seven|few) days (?:\w+ )?\d+ times",
    r"(?:when|where) (?:its|it is) normally",
    r"after (?:tiny|little|small|simple) things|like getting dressed",
    r"(?:was )?barely (?:using|needing|needed|used) (?:it|them)",
    r"(?:spray|gtn|tablets?)(?: \w+){0,4} (?:not|isnt|doesnt|didnt|wont) (?:work\w*|help\w*)",
    r"(?:worse|longer|more) than (?:usual|normal|before)",
    # "The pain turns up sooner than it did", "collecting GTN so often".
    r"sooner than (?:it |they |she |he )?(?:did|used to|before|usual)",
    r"(?:collecting|using|needing|ordering) (?:my |the |her |his )?(?:gtn|spray) (?:so|more) often",
    r"(?:twice|double|three times|3 times|2x|3x) as (?:much|often|many)",
    r"getting worse",
    r"new",
    # "Used to need one puff, now needing two or three, and each one lasts longer".
    r"used to (?:need|take|use) (?:just )?(?:one|a single|1) (?:puff|spray|dose|tablet)",
    r"(?:needing|need|needs|taking|using) (?:two|three|2|3|more) (?:or (?:three|four|3|4) )?"
    r"(?:puffs|sprays|doses)",
    r"(?:episodes?|attacks?|it|they|each (?:one|time|episode)) (?:\w+ )?(?:lasts?|lasting) longer",
    # "Three times since Sunday, more than the whole of last month".
    r"more than (?:in )?(?:the whole (?:of )?|all (?:of )?)?(?:last|the last|the previous|"
    r"previous) (?:month|fortnight|few weeks)",
    # Angina at rest, or at less effort than before: "an episode at rest", "threshold has dropped".
    r"(?:episode|attack|pain|angina|one)s? (?:\w+ ){0,2}at rest",
    r"threshold (?:has |had )?(?:dropped|fallen|come down|gone down|halved)",
    r"(?:normally|usually) (?:he |she |i |they )?(?:never|doesnt|dont|only)",
)


HAVING_ONE_NOW = words(
    r"(?:having|is having|im having|hes having|shes having|think (?:i|he|she)(?: \w+){0,2} "
    r"(?:having|had)|is this|could this be|am i having|are these)"
    # Not "having a stroke of genius", "a stroke of luck".
    r"(?: \w+){0,3} (?:heart attack|cardiac|stroke(?! of (?:genius|luck|brilliance|inspiration))|"
    r"mi)",
    # One just had, dated minutes ago: "grandad had a heart attack an hour ago, he's grey".
    r"(?:just had|has just had|had|has had) (?:a |another )?(?:heart attack|cardiac arrest)"
    r"(?: \w+){0,3} (?:(?:an|half an) hour ago|\d+ (?:min|mins|minutes|hours?) ago|just now|"
    r"(?:a few|a couple of|few) minutes ago)",
    # Someone who has had one knows it: "had two heart attacks, I think this is it again".
    r"(?:heart attacks?|stroke|mi)(?: \w+){0,10} (?:think|sure|feels like|know) (?:\w+ ){0,2}"
    r"(?:this is it|its happening|another one|the same) again",
)


TRIVIAL_EFFORT = words(
    r"(?:just|even|only) (?:walking|getting up|standing|talking|getting dressed|climbing|going up|"
    r"from|to the)",
    r"walking (?:to|from|around|across) (?:the )?(?:house|room|flat|kitchen|bathroom|toilet|loo|"
    r"car)",
    r"(?:cant|cannot|couldnt) do (?:the |a flight of )?stairs",
    r"getting dressed|housework|chores|showering|doing (?:literally |absolutely )?nothing|"
    r"one flight",
    r"(?:brushing|cleaning) (?:my |his |her )?teeth|drying (?:my|his|her)self",
    r"tying (?:my |his |her )?(?:shoe ?)?laces",
    r"hoover\w*|vacuum\w*|ironing|making the bed|carrying (?:the )?shopping",
    r"(?:doing )?(?:small|little|simple|easy|normal) things",
    r"(?:\d+|ten|few|a few) steps",
    r"(?:walk|walking|swim|swimming)(?: \w+){0,3} (?:a little|slowly|a short way|a few|\d+ (?:feet|"
    r"metres|meters|yards))",
    r"(?:very little|slight|minimal|the slightest|any) (?:effort|exertion|exercise)",
    r"on (?:the |a )?(?:flat|level)(?: ground)?",
)


BP_CONTEXT = words(r"bp|blood pressure|pressure|readings?|mmhg|monitor|cuff|machine")


# "150/95", "150 over 95", "the 150s over 90s", "158/96ish", "160 something over 100".
BP_READING = re.compile(r"\b(\d{2,3})(?: something| odd)? (?:over )?(\d{2,3})(?:s|ish)?\b")
# The top number told alone: "the machine at the chemist said 160".
BP_TOP_ALONE = words(
    # Named as blood pressure: a heart rate monitor's 160 is a pulse.
    r"(?:bp|blood pressure)(?: \w+){0,6} (?:said|says|read|reads|"
    r"showed|shows|was|is|came out at) (?:about |around |like )?(1[4-9]\d|2[0-4]\d)\b(?! \d)"
)


AT_HOME = words(r"home|monitor|machine|cuff|my own|daily|every (?:day|morning)")


# Blood pressure rises during and just after exercise; such a reading says nothing.
JUST_TRAINED = words(
    r"(?:after|during|straight after|right after|post|mid) (?:my |the |a |an )?(?:workout|run|"
    r"session|training|lifting|gym|set|sprint|class|exercise|lift)"
)


# Atrial fibrillation found by a watch, a phone ECG or an app.
WATCH_FOUND_AF = words(
    r"(?:watch|smart ?watch|ecg|fitbit|kardia|app|garmin|oura|ring|strap)(?: \w+){0,6} (?:afib|"
    r"a fib|"
    r"possible af|"
    r"atrial fibrillation|"
    r"irregular (?:rhythm|heart ?beat|heart rhythm))",
    # "My watch flagged AF this morning."
    r"(?:watch|smart ?watch|fitbit|kardia|app|garmin|oura|ring|strap)(?: \w+){0,3} (?:flagged|"
    r"flags|detected|detects|picked up|says|said|showed|shows) (?:possible |an? )?af",
)
# A rate that jumps past 200 and drops back: not a rise with effort.
RATE_JUMPED = words(
    r"(?:suddenly|jumps?|jumped|shoots?|shot|spikes?|spiked) (?:up )?(?:to )?2\d\d\b"
)
# A racing rate that fell straight back, switched off as it began: "dropped back to 80",
# "went right back to normal", "then back down".
RATE_DROPPED_BACK = words(
    r"(?:dropped|drops?|fell|came|went) (?:straight |right |suddenly |all at once )?(?:back|down)"
    r"(?: down)?(?: to)? (?:normal|\d\d)",
    r"(?:dropped|drops?) (?:straight |right )?back|(?:fell|came|went) (?:straight |right )back",
    r"back down|then back to normal",
    r"suddenly drop\w* (?:back |down )?(?:to )?\d\d",
)
# A spell that starts or stops at once, as a rhythm does and exertion does not.
SUDDEN_SWITCH = words(
    r"suddenly|out of nowhere|for no reason|like a switch", RATE_DROPPED_BACK.pattern
)


ICD_SHOCK = words(
    r"shocked me",
    r"(?:icd|defib\w*)(?: \w+){0,2} (?:went off|gone off|goes off|fired|shocked|gave me "
    r"(?:a |one |two |another )?shocks?)",
    r"(?:a|one|two|another|\d) shocks? from (?:my|the|his|her) (?:icd|defib\w*)",
)
MORE_SHOCKS = words(
    r"twice|two shocks|(?:gone|went) off again|another shock|second shock|more than once|"
    r"\d+ shocks|(?:three|four|several|multiple) (?:times|shocks)"
)


# Chest pain that came and went before today: "yesterday evening ... then it went".
PAIN_GONE_SINCE = words(
    r"(?:yesterday|last night|the other day|(?:two|2|three|3) days ago)(?: \w+){0,30} "
    r"(?:then it went|then went|went away|then stopped|then settled|then passed|it passed|"
    r"then it (?:settled|passed|stopped|eased)|(?:gone|over|settled) by (?:midnight|bedtime|"
    r"the morning|morning|\d+(?: ?(?:am|pm))?)|(?:it |then )?(?:went|wore|eased|passed) off|"
    r"before it (?:wore|went|eased|passed) off)",
    # "Earlier today... it lasted a few minutes and has gone".
    r"(?:earlier|this morning|this afternoon|at lunch)(?: \w+){0,24} (?:lasted|for) "
    r"(?:a few|a couple of|\d+|ten|five|twenty) (?:min|mins|minutes) and (?:has |have |had |then )?"
    r"(?:gone|passed|settled|stopped)",
)
# When an episode that is over happened: within the last few days (NICE CG95 asks for a same-day
# assessment of chest pain in the last 72 hours that has gone), not months or years back.
RECENT_TIME = words(
    # "Last night's crit" is normalised to "last nights crit".
    r"last nights?|yesterdays?|this (?:morning|afternoon|evening)|earlier (?:today|on|this)",
    # "Tonight's session", "today's run": not a bare "today", which a course or a lesson
    # dates too ("first aid course today... chest pain plus sweating means 999").
    r"todays|tonights?",
    r"(?:at|after|during) (?:breakfast|lunch|lunchtime|dinner|supper|teatime)",
    # "Thursday's session" is normalised to "thursdays session".
    r"(?:on |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?",
    r"(?:at )?the weekend|overnight|the other (?:day|night)",
    r"(?:around |about |at )?(?:[1-9]|1[0-2]) ?(?:am|pm)",
    # A clock time in a care log or handover: "at 10:00" is normalised to "at 10 00".
    r"at (?:[01]?\d|2[0-3]) [0-5]\d",
    r"(?:an|one|two|three|a few|a couple of|\d+) hours? ago",
    r"(?:one|two|three|a few|a couple of|1|2|3) days? ago",
)
# Dated before today: "on the run yesterday", "last night", "two days ago", "on Saturday".
BEFORE_TODAY = words(
    r"yesterdays?|last night|(?:a few|two|three|\d+|couple of) days? ago|the other day|"
    r"(?:on |last )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?|the weekend|"
    r"last week"
)
# Dated months or years back: "in 2019", "last year", "months ago".
DATED_LONG_AGO = words(r"(?:years?|months?|decades?) ago|in (?:19|20)\d\d|last year")
# Dated earlier the same day: "this morning", "an hour ago", "just now".
TODAY_TIME = words(
    r"this (?:morning|afternoon|evening)|earlier (?:today|on)|todays?|tonights?|just now",
    r"(?:an|one|two|three|a few|a couple of|half an|\d+) (?:hours?|minutes?|mins?) ago",
)
# What makes a past chest episode sound like the heart: its companions, or a spread up or out.
EPISODE_COMPANIONS = words(
    r"sweat\w*|clammy|cold sweat|grey|gray|pale|ashen",
    r"sick|nausea|nause\w*|vomit\w*|threw up",
    # Eased only by angina's own spray: "took two sprays to go".
    r"(?:two|2|three|3|several) (?:sprays|puffs) to (?:go|settle|ease|shift|clear)",
    # Lasting 15 minutes or more, which NICE CG95 names among the features of a heart attack.
    r"(?:lasted|lasting|gone after|went after|went away after|settled after|eased after|passed "
    r"after|for) (?:about |around |over |nearly |a good |maybe )?(?:1[5-9]|[2-9]\d|fifteen|twenty|"
    r"thirty|forty|half an hour|an hour)(?: ?(?:min|mins|minutes))?\b",
    r"(?:went|going|spread\w*|moving|travel\w*) (?:up |down )?(?:into|to|up to|down) "
    r"(?:my |her |his |the |both |both my )?(?:neck|jaw|throat|arms?|left arm|shoulders?|back|"
    r"teeth)",
)
# Chest words said of a past episode, including the "indigestion" a heart attack can feel like.
EPISODE_CHEST = words(
    r"chest (?:\w+ ){0,2}(?:pain|ache|aching|tight\w*|pressure|heav\w*|discomfort|squeez\w*)",
    r"(?:pain|ache|aching|tight\w*|pressure|heav\w*|discomfort|squeez\w*) (?:\w+ ){0,3}"
    r"(?:in|across|on) (?:my |her |his |the )?chest",
    r"(?:central|centre|center) chest",
    r"chest (?:went|goes|got|felt|was) (?:\w+ )?(?:tight|heavy|funny|weird|odd)",
    r"(?:a |my )(?:tight|heavy|crushing|squeezing|painful) chest",
    r"heartburn|indigestion",
)
# A squeeze told without its place, as "the tightness" or "that heavy feeling": a heart attack
# need not be called chest pain. Read only with the heart's companions and no other place named.
UNPLACED_SQUEEZE = words(
    r"(?:the|that|this|a) pressure(?! (?:of|at|to|on me|from|readings?|cuff|washer|group))",
    r"(?:the|that|this|a) (?:tight |heavy |crushing |horrible |awful |weird |strange |familiar |"
    r"old )?(?:tightness|heaviness|heavy feeling|pressure feeling|squeezing|"
    r"crushing feeling|squeezing feeling|tight feeling|weight feeling)",
    r"(?:the|that|this|a) heavy (?:pressing|pressure|squeezing)",
    # What it feels like, said against another kind: "it's pressure, not stabbing".
    r"(?:its|it is|it feels like|feels like) (?:a )?(?:pressure|tightness|heaviness|squeezing)",
)
PLACED_ELSEWHERE = words(
    r"head|stomach|belly|tummy|muscles?|quads?|hamstrings?|glutes?|hips?|knees?|throat|bladder|"
    r"bowels?|ears?|eyes?|nose|sinus\w*|hands?|fingers?|wrists?|forearms?|biceps|triceps|lats|abs",
)
PAIN_BACK = words(r"(?:its|it is|pains?|ache) (?:back|returned|come back)|started again|again now")
# Atrial fibrillation, owned or named: "he has AF", "my afib"; not the slang after an adjective
# ("swollen af").
AF = words(r"(?:has|had|have|got|with|my|his|her|their|of|for) af|afib|a fib|atrial fibrillation")
