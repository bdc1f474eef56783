"""Breathing: severe breathlessness, breath words, sudden or slow onset, and normal recovery."""

from __future__ import annotations

from bot.questions.triage.text import words

# --- breath ------------------------------------------------------------------------------------
SEVERE_BREATH = words(
    r"(?:cant|cannot|can not|couldnt|could not|unable to|(?:hasnt|havent|hadnt|not) been able "
    r"to) (?:breathe|breath|catch (?:my |his |her |their |the )?breath|"
    r"get (?:my |a |enough )?(?:full )?(?:breath|air)|get air)",
    # Someone else's, now: "she can't get her breath at all", "can barely breathe". Said now, as
    # "could barely breathe" is mostly said of a thing gone by ("in that costume, lol"); and not
    # "can hardly talk", which a lost voice says too.
    r"(?:cant|cannot) get (?:his|her|their) breath",
    r"can (?:hardly|barely) (?:breathe|get a word out)",
    r"(?:struggling|hard|difficult|fighting) (?:to|for) (?:breathe|breath|air)",
    # "Fighting for every breath".
    r"(?:fighting|struggling|working hard|battling) for (?:every|each) breath",
    r"(?:struggling|struggle|fighting) to (?:catch|get) (?:my |his |her |a )?breath",
    r"(?:difficulty|trouble|problems?) breathing",
    r"gasp\w*",
    "choking",
    r"(?:lips|face|fingers) (?:look |looks |went |are |is |turning |going )?"
    r"(?:a bit |bit |a little |little |slightly )?(?:blue\w*|bluish|grey|gray|purple)",
    # Many puffs in an attack (Asthma + Lung UK: one every 30 to 60 seconds, up to 10); not the
    # usual two before a run.
    r"(?:[6-9]|[1-9]\d|several|lots of|loads of|ten|eight|six) puffs",
    # The count told once, then bare: "2 puffs, then 4, then 10 via the spacer".
    r"(?:[6-9]|[1-9]\d|ten|eight|six) (?:puffs )?(?:via|through|with|using|in) (?:a |the |his |"
    r"her |my )?spacer",
    r"(?:cant|cannot|couldnt) (?:finish|get through|say) (?:a |my )?"
    r"(?:sentences?|words|full sentences?)",
    # "Can't talk in full sentences" (Asthma + Lung UK: a sign of a severe attack).
    r"(?:cant|cannot|couldnt|unable to) (?:talk|speak) in (?:full|whole|complete) sentences",
    r"(?:only|just) (?:say|get out|manage) (?:\w+ ){0,4}(?:words|sentences?)",
    r"words? (?:out )?(?:at a time|between breaths)",
    # Counted: "only 2-3 words per breath".
    r"(?:\d+(?: \d+)?|one|two|three|a few|few) words? (?:per|a|each|every) breath",
    # A few words, then a stop for air: "he talk only 2 3 words then stop for air".
    r"(?:talk|talks|speak|speaks|say|says|said|manage|manages)(?: only| just)? (?:\d+(?: \d+)?|"
    r"one|two|three|a few|few)(?: or (?:\d+|two|three|four))? words? (?:then|and then|before) "
    r"(?:\w+ )?(?:stop|stops|stopping|stopped|has to stop|needs? (?:a )?breath)",
    r"(?:only|just) (?:get|getting|manage|managing) (?:\w+ ){0,3}words? out",
    r"(?:words?|sentences?)(?: \w+){0,2} between (?:breaths|gasps)",
    r"(?:cant|cannot|couldnt) get (?:more than )?(?:a |one |two |three |\w+ )?words? out",
    r"(?:barely|hardly|cant|cannot|couldnt) (?:get|finish|say) (?:a |one )?(?:sentence|word)s? out",
    # Puffs on end now, not a count over a week ("the reliever 3-4 times a week" is a GP's).
    # Not "twice" or "2 times today": a few puffs in a day are a reliever doing its job.
    r"(?:inhaler|reliever|puffer)(?: \w+){0,4} (?:[3-9]|\d\d|ten|eight|six|twelve|loads of|"
    r"lots of) times(?! (?:a|per|each|every) (?:week|month|day|fortnight|night)| today| this week)",
    r"(?:lips|face|fingers)(?: \w+){0,2} (?:gone|turned|going|turning|are|is|look|looks) (?:a )?"
    r"(?:funny|weird|strange|odd|horrible) colou?r",
    r"(?:inhaler|reliever|puffs?|puffer|nebuli[sz]er)(?: \w+){0,4} (?:no better|no difference|"
    r"not (?:helping|working)|isnt (?:helping|working)|doesnt help|didnt help|made no difference)",
    # "Still wheezing after the inhaler": the reliever did not relieve it.
    r"still (?:wheez\w*|tight|breathless|struggling|gasping)(?: \w+){0,2} after (?:\w+ ){0,3}"
    r"(?:inhaler|puffer|reliever|puffs|nebuli[sz]er)",
    # "Blue inhaler every few mins and it's not touching it".
    r"(?:inhaler|reliever|puffs?|puffer|blue pump)(?: \w+){0,8} (?:not|isnt|wont|doesnt|didnt|"
    r"barely|hardly) (?:touch\w*|shift\w*|do\w* anything)",
    r"(?:chest|ribs|neck) (?:is |are )?(?:sucking|pulling) in",
    r"(?:sucking|pulling) in (?:at|around|round|under) (?:the |his |her |my )?(?:neck|throat|ribs)",
    r"(?:cant|cannot|couldnt) (?:talk|speak) (?:properly )?(?:for|because)",
    r"air hunger",
    r"drowning",
    # Someone else's breathing, heard: "his breathing sounds terrifying", "rattly and noisy".
    # Only of someone else: a member's own "laboured" breathing is usually the climb.
    r"(?:his|her|their|dads|mums|moms|husbands|wifes|partners|sons|daughters|babys|grandads|"
    r"nans|mates) breathing (?:sounds|is|looks|has gone|went|seems) (?:\w+ ){0,3}"
    r"(?:terrifying|scary|frightening|awful|horrible|terrible|rattly|rattling|gurgl\w*|laboured|"
    r"labored|like (?:a )?(?:snoring|gurgling|rattle|drowning))",
)


# Parts that swell, just before "puffed": "my ankles have puffed a bit after flights".
_SWELLING_PART = "".join(
    rf"(?<!{part} )(?<!{part} have )(?<!{part} are )(?<!{part} always )"
    for part in ("ankles", "feet", "legs", "hands", "fingers", "eyes", "face")
)


BREATH = words(
    r"short(?:ness)? of breath",
    r"breathless\w*",
    "out of breath",
    r"out of puff",
    r"winded",
    r"puffed out",
    r"puff(?:s|ing)? out",
    # "Puffed" is out of breath; "puffed up" is swollen, and so are ankles that "have puffed".
    rf"{_SWELLING_PART}puffed(?! up| right up)",
    rf"{_SWELLING_PART}puffing(?! up| right up)",
    r"(?:cant|cannot) (?:get|catch) (?:my )?breath back",
    r"(?:cant|cannot|couldnt) (?:get|take) a (?:proper|decent|full|good|deep) breath",
    r"(?:breathing|breathe|breath)(?: \w+){0,4} (?:through|thru) a straw",
    r"(?:stop|stops|stopping|stopped) for (?:a )?breath",
    r"(?:stop|stops|stopping|stopped|sit|sits|sitting) (?:\w+ ){0,7}to (?:catch|get) "
    r"(?:my |his |her |their )?breath(?: back)?",
    r"breathing (?:is |was |has gone |went )?(?:very |really |so |quite |super )?"
    r"(?:hard|heavy|fast|rapid|quick|shallow|laboured|labored)",
    r"(?:fast|rapid|quick|shallow) (?:and (?:shallow|fast) )?breathing",
    # A change in the breathing itself: "breathing noticeably worse", "more laboured".
    r"breathing(?:s| has| is)? (?:been )?(?:\w+ ){0,2}(?:worse|harder|heavier|more laboured|"
    r"more labored)",
    r"huffing",
    # Singapore's and Malaysia's word for it: "pant like dog". Not "pants", a garment.
    r"pant(?:ing|ed)?(?! (?:leg|legs|size|suit))",
    r"(?:need|needs|needing|needed|have|having|take|taking) a breather(?: halfway| half way| on)?",
    r"sob",
    r"sob ?oe|sob on exertion",
    # "Breathing's been noisy and a bit short on walks".
    r"breath(?:ing)?s?(?: \w+){0,4} (?:short|shorter|noisy|wheezy)",
    # A learner's words: "my breath is cut", "breath cut even on one floor".
    r"(?:breath|breathing) (?:is |gets |becomes |got |was )?cut\b",
    # "A big crisis of no air", "an attack without air": breathlessness in a learner's words.
    r"(?:crisis|attack|episode|spell|moment|feeling) (?:\w+ )?(?:of|with|without) (?:no )?air\b",
    # "Suddenly she has no air", "I get no air on the stairs": of a person, not a stuffy room.
    r"(?:i|he|she|they|we|mum|dad|mother|father|wife|husband|son|daughter|grandma|grandad|nan|"
    r"suddenly|now)(?: \w+)? (?:has|have|had|having|gets?|got|getting) no (?:more )?air\b"
    r"(?! ?con| ?conditioning)",
    r"wheez\w*",
    r"dyspn(?:o)?ea\w*",
    r"panting",
    r"(?:breath|breathing)(?:s| has| is)? (?:\w+ ){0,2}(?:gets?|getting|got|gotten|become) "
    r"(?:a little |a bit |much |even )?worse",
    r"(?:stop|stopping|pause|pausing|rest)(?: \w+){0,6} (?:to )?(?:get|catch|get back) "
    r"(?:my |her |his |their )?breath",
    r"(?:have|has|had|having) to stop (?:on|halfway|half way|part way|at|every)",
    r"(?:cant|cannot|couldnt) (?:keep up|manage) (?:the |a |my |with )",
)


BREATHING_IN = words(
    r"(?:breathe|breath|breathing|take a (?:deep )?breath|deep breath|inhal\w*|cough\w*)"
    r"(?: \w+){0,2} (?:hurts?|stabs?|catches|sharp|pain)",
    # "A twinge in my chest on deep breaths".
    r"(?:twinge|pain|catch|stab\w*|sharp\w*|ache)(?: \w+){0,5} (?:on|with) (?:a |each |every )?"
    r"(?:deep|big|full) breaths?",
    # "Breathe in", "a deep breath in": not "normal after one breath, first time in ages".
    r"(?:breathe|breath|breathing|deep breath)(?: deeply| fully| right)? in"
    r"(?! (?:ages|years|months|weeks|days|a while|the|a|my|his|her|\d)\b)",
    r"(?:hurts?|pain|sharp|stab\w*|catch\w*|pinch\w*|twinge\w*)(?: \w+){0,7} (?:when|if|as|"
    r"whenever|every time|each time) (?:i|he|she|you) "
    r"(?:breathe|breathed|breath|take a|took a|inhale|cough)",
    r"(?:hurts?|pain|sharp|stab\w*|catch\w*|winc\w*|grimac\w*)(?: \w+){0,6} "
    r"(?:(?:with|on|at) )?(?:every|each) (?:breath|inhale)",
)


SUDDEN = words(
    r"sudden\w*",
    r"like a (?:switch|light switch|light going off)",
    "out of nowhere",
    "out of the blue",
    "all of a sudden",
    r"(?<!fine )(?<!ok )(?<!okay )(?<!normal )(?<!easy )at rest",
    "resting",
    # Not a habit blamed: "put it down to gaming and weight".
    # Nor a day: "since the match on sat" (but "it came on sat in the cafe" is sitting).
    r"(?<!fine )(?<!ok )(?<!okay )(?<!normal )(?<!down to )(?<!blame )(?<!blame the )"
    r"(?:just |while |when |whilst )?(?:sitting|(?:(?<!on )|(?<=came on )|(?<=comes on )|"
    r"(?<=come on ))(?<!last )(?<!since )(?<!till )sat|lying|laying|watching|reading|gaming|"
    r"playing)",
    r"lying down|lie down|in bed",
    r"(?:wont|doesnt|does not|isnt|not|hasnt|wouldnt|didnt) "
    r"(?:go away|going away|settle|settling|settled|stop|stopping|ease|easing|eased|calm|slow)",
    # Not worse by degrees: "steadily getting worse" over a year is slow.
    r"(?<!steadily )(?<!slowly )(?<!gradually )getting worse",
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
    # "A few mins later I was fine".
    r"(?:a )?(?:few|couple of|\d+|two|three|five|ten) (?:secs?|seconds|mins?|minutes) later "
    r"(?:i|he|she|we|they) (?:was|were|felt) (?:fine|ok|okay|good|normal|grand|alright)",
    r"(?:goes|went|go) (?:away|back to normal)(?: \w+){0,3} (?:seconds|a minute|a min|minute|mins|"
    r"minutes|few)",
    r"(?:settles|settled|recover\w*|back to normal) (?:in|within|after) (?:a |about |like )?"
    r"(?:few |couple of |\d+ )?(?:seconds|secs|minute|min|mins|minutes)",
    # "After 5 min I was totally fine".
    r"(?:after|within|in) (?:a |about |like )?(?:few |couple of |\d+ |two |three |five |ten )?"
    r"(?:secs?|seconds|mins?|minutes) (?:i|he|she|we|they) (?:was|were|felt) (?:totally |"
    r"completely |all |back to )?(?:fine|ok|okay|good|normal|grand|alright)",
    # The time told first: "back to normal 2 mins after", "laughing 2 mins later".
    r"(?:back to normal|fine|laughing|chatting|talking) (?:a |about |like )?(?:few |couple of |"
    r"\d+ |two |three |five )?(?:seconds|secs|minute|min|mins|minutes) (?:after|later)",
    # Timed until it came back: "took a good 2 mins to get my breath back".
    r"took (?:me |him |her )?(?:a good |about |like |a )?(?:few |couple of |\d |two |three |five )?"
    r"(?:seconds|secs|minute|min|mins|minutes) to (?:get|catch) (?:my|his|her|their) breath back",
    # Or to talk again, told as over: "took a good 3 mins to talk again, all fine now".
    r"took (?:me |him |her )?(?:a good |about |like |a )?(?:few |couple of |\d |two |three |five )?"
    r"(?:seconds|secs|minute|min|mins|minutes) to (?:talk|speak|chat) (?:again|normally)"
    r"(?: \w+){0,3} (?:all )?(?:fine|good|ok|okay|normal|grand|sound)(?: now)?",
    # Told by what comes next: "can't talk for 30 seconds, but then I recover and can chat".
    r"(?:then|but then|and then|after that) (?:i|he|she|we|they) (?:recover\w*|get (?:my|his|her|"
    r"their) breath back|can (?:talk|chat|speak) (?:normally|fine|again))",
    # Or by the breath itself: "can't talk for a minute, then it settles and I feel fine".
    r"(?:then|but then|and then) (?:it |my breathing |the breathing )?(?:settles|calms down|passes)"
    r"(?: \w+){0,2} (?:(?:i|he|she|we|they) (?:feel|feels|am|is|are)|im|hes|shes|theyre) "
    r"(?:fine|ok|okay|normal|grand)",
    # Asked of what was just told ("puffed after the sprints, is that normal?"); not "is it
    # normal that I've been more breathless each day...", which asks about what follows.
    r"is (?:that|this|it) normal(?! that\b)",
    # Asked the gym's way: "gasping after the hill reps, normal right?", "that's the point isn't
    # it".
    r"normal,? (?:right|yeah|innit|surely)\b|(?:thats|that is|isnt that|is that not) (?:kind of |"
    r"sort of )?(?:the|the whole) point",
    r"(?:could|can|able to) (?:chat|talk|speak)(?: \w+){0,8} (?:within|after|in) "
    r"(?:a |about |like )?(?:minute|min|few|couple)",
    # Talking again within an interval's walk: "could chat again by the end of the walk".
    r"(?:could|can|able to) (?:chat|talk|speak)(?: again)? (?:by|before) the end of (?:the|my|each|"
    r"every) (?:\w+ ){0,3}(?:walk|recovery|rest|break)",
    r"back to (?:my |his |her |their )?normal",
    # Speechless for a stated minute or few, then told as fine: "couldn't talk for a minute but
    # fine after". Breathlessness only: a minute without words beside a drooping face is the stroke
    # rule's, which this does not touch.
    # Or gasping for a minute, then "all good now".
    r"(?:(?:couldnt|could not|cant|unable to|no fit) (?:talk|speak|breathe|get (?:a|my|his|her) "
    r"words? out)|gasp\w*)"
    # Seconds by any count ("for 30 sec then fine"), minutes only a few.
    r"(?: \w+){0,16} for (?:(?:a|one|two|three|four|five|[1-5]|a few|a couple of)"
    r"(?: solid| whole| full)? (?:secs?|seconds|mins?|minutes?)|\d{1,2} (?:secs?|seconds))"
    r"(?: \w+){0,5} "
    r"(?:(?:but|then|and then) (?:\w+ ){0,2}"
    r"(?:fine|grand|ok|okay|normal|good|great|sound)\b|(?:all good|fine|ok|okay|grand|normal) now)",
    # Words gone for a stated minute, told as over: "couldn't get a word out for a minute" after
    # the intervals. Past and bounded; "can't talk for a minute" is not.
    r"(?:couldnt|could not|wasnt able to) (?:talk|speak|say a word|get (?:a|my|his|her) words? "
    r"out)(?: \w+){0,3} for (?:a|one|about a|like a|half a|a good) (?:minute|min)\b",
    # Sat down after the climb and well again: "sat with a drink now, all good".
    r"(?:sat|sitting) (?:\w+ ){0,3}now (?:all good|fine|ok|okay|grand)\b",
    # "Couldn't get a breath for a minute, walked it off and finished": the race went on.
    r"walked it off(?: and| then) (?:finished|carried on|kept going|jogged on|ran on)",
    # "Need 30 secs to get my breath then I'm fine".
    r"(?:get|got|catch|caught) (?:my |his |her |their )?breath(?: back)? then (?:im |i am |i was "
    r"|she was |he was |shes |hes )?(?:totally |completely )?(?:fine|ok|okay|good)",
    # Between efforts: "fine by the next rep", "by the time I'd walked back I was fine".
    # Not "fine by the next morning", which is hours.
    r"(?:fine|ok|okay|good|normal) by the next(?! (?:day|morning|afternoon|evening|night|week))",
    r"by the time (?:\w+ ){1,8}(?:was|were|felt) (?:totally |completely )?(?:fine|ok|okay|normal)",
    r"back (?:to )?(?:chatting|talking|breathing) (?:normally|fine|ok|okay|easily)",
    r"back (?:to )?(?:chatting|talking) (?:within|in|after) (?:a |about |like )?(?:minute|min|"
    r"few|couple)",
    # "Took me two mins face down on the turf to stop gasping".
    r"took (?:me |him |her )?(?:about |like |maybe )?(?:\d+ |a few |two |three |a couple of |a "
    r"(?:full |whole |good )?(?=min))(?:mins?|minutes?)(?: \w+){0,6} to (?:stop gasping|get "
    r"(?:my |his |her )?breath back|recover|catch (?:my|his|her) breath)",
    r"(?:got |get )?(?:my |his |her )?breath back (?:in|within|after) (?:a |about |like )?(?:few |"
    r"couple of |\d+ |two |three )?(?:seconds|secs|minutes?|mins?)",
    r"(?:fine|ok|okay|normal|better) (?:again )?(?:a |one |two |three |\d+ )?(?:minute|min|mins|"
    r"minutes|seconds|secs) later",
    r"(?:fine|ok|okay|normal) (?:again )?(?:after|within|in) (?:a |about |like )?"
    r"(?:few |couple of |\d+ )?(?:seconds|secs|minute|min|mins|minutes)",
    # "Lay there gasping for 3 mins, fine after and ate": after the gasping, not after a night.
    r"(?:fine|ok|okay|grand|sound) (?:afterwards|after(?= (?:and|but|lol|tbh|though|tho)\b|"
    r"\s*[.,!]|\s*$))",
    r"(?:\d+|a few) (?:seconds|secs) then (?:fine|ok|okay|normal)|then (?:it )?settled",
    r"(?:a couple of|a few|couple|\d+|two|three) (?:mins?|minutes) then (?:totally |completely )?"
    r"(?:fine|ok|okay|normal)",
    r"(?:breathing|feel|feeling) (?:fine|normal|good) (?:again|now)|(?:im|i am) breathing fine",
    r"(?:went|passed|eased|settled|faded|gone) (?:away |off )?(?:within|after|in) "
    r"(?:a |about |like )?(?:few |couple of |\d+ )?(?:seconds|secs|minute|min|mins|minutes)",
    r"(?:chatting|talking|fine|ok)(?: \w+){0,2} by the time",
    # "Totally fine after some water and a banana."
    r"(?:fine|ok|okay|normal|all good) (?:again )?after (?:some |a |a bit of |a few )?"
    r"(?:water|drinks?|banana|snack|sit|sit down|rest|breather|lie down)",
    # "Took about two minutes to come back down", said of a heart rate or breathing after a sprint.
    r"(?:took|takes|taking) (?:about |around |like |maybe )?"
    r"(?:a |\d+ |a few |a couple of |one |two )?(?:min|mins|minutes|seconds|secs) to "
    r"(?:come|get|settle|calm) (?:back )?(?:down|to normal)",
    r"(?:for|after) (?:a|one|about a|like a) (?:minute|min)(?: or two)? then "
    r"(?:fine|ok|okay|normal)",
    r"(?:normal|fine|ok|okay) again (?:by|after|within|in|once)",
    r"got (?:it|my breath) back (?:after|within|in)",
    r"(?:fine|ok|okay|normal|recovered)(?: again)? (?:within|in|after) "
    r"(?:a |about |like |under a )?"
    r"(?:few |couple of |\d+ )?(?:seconds|secs|minute|min|mins|minutes)",
    r"(?:back|down) to \d+(?: bpm)? (?:in|within|after) (?:a |about |like )?"
    r"(?:few |couple of |\d+ )?(?:seconds|secs|minute|min|mins|minutes)",
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
    r"(?:more|worse|slower)(?: \w+){0,8} (?:every|each) (?:week|month)",
    r"(?:every|each) (?:week|month) (?:a little |a bit )?worse",
    r"(?:swelling|swollen|worse|getting|grown|growing|got|creeping) slowly",
    r"slowly (?:getting|got|growing|swelling|worse|increas\w*|creeping)",
    r"(?:over|for|past|last) (?:the )?(?:last |past )?(?:like |about |around |nearly )?"
    r"(?:a few |few |a couple of |couple of |\d+ |two |three |four |five |six |several )?"
    r"(?:weeks?|months?)",
    r"lately|these days|recently",
    r"(?:a|one) (?:month|week|year) or (?:so|two)",
    r"used to",
    # "Never had to stop before", not "never had this before", which says it is new.
    r"never (?:used to|did|had)(?! (?:this|that|it|anything like)\b)",
    r"gradually",
    r"(?:this|the) past year|(?:wasnt|was not|never) (?:the case|like this|a problem) before",
    # "Getting worse since autumn", "three months after covid", "never bothered me before".
    r"since (?:about |around |roughly |before |just after )?(?:the )?(?:spring|summer|autumn|fall|"
    r"winter|christmas|xmas|easter|new year|january|february|march|"
    r"april|june|july|august|september|october|november|december)",
    r"(?:\d+|two|three|four|six|several) (?:weeks|months) (?:after|since)",
    r"never (?:used to )?bother(?:ed)? me",
    r"(?:didnt|did not|never) use(?:d)? to",
    r"(?:worse|sooner) than (?:last|a) (?:year|yr|month|summer|winter)",
    # "A lot more out of breath than a year ago", "steadily getting worse".
    r"than (?:a|one|two|three|\d+) (?:years?|months?) ago",
    r"steadily (?:getting |got |gone )?worse",
    r"slowly (?:getting |got )?worse",
    r"bit by bit",
    r"for a while now",
    r"been (?:like |about |around |nearly )?(?:\d+|a few|two|three|four|several) (?:weeks|months)",
    # Told short: "been months already", "slow months"; not "been months since I ran".
    r"been months(?! since| ago)|months already|slow(?: slow)? (?:over )?months",
)


RECENT_ONSET = words(
    r"since (?:this morning|yesterday|last night|lunch|earlier|today|the weekend|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)",
    r"(?:today|this morning|yesterday|overnight|tonight)",
    r"since this week|this week",
    r"(?:for|over) (?:the )?(?:last |past )?(?:a |one |two |three |four |five |a few |\d+ )?"
    r"(?:day|days)",
    # A learner's "since 3 days" (for three days).
    r"since (?:\d|one|two|three|four|five|a few|few) days",
    r"(?:a )?couple of days|(?:two|three|2|3) days of",
    r"(?:the )?(?:past|last) (?:two|three|2|3|few|couple of) days",
    # A learner's "these 2 days" (the last two days).
    r"these (?:two|three|2|3|few|couple of|last few) days",
    r"(?:the )?(?:last|past) day or (?:so|two)",
    r"(?:since|started|began|came on) (?:\w+ ){0,4}(?:\d|a|one|two|three|four|five|six) days? ago",
)


# Cold water takes the breath away for a minute (the cold shock gasp): normal once it settles.
# The gasp of cold water or a breath hold, told as brief: "then it calms down", "for the first
# 20 seconds", "for a few seconds". Only beside the water or the hold: a flutter "for a few
# seconds" that keeps coming back is the palpitations rule's, for a GP.
BRIEF_GASP = words(
    r"then (?:it |that )?(?:settles|calms|chills|eases|passes|stops)(?: down| out)?",
    r"for (?:the )?(?:first )?(?:a few|few|\d+|a couple of|couple of) (?:seconds|secs|sec)\b",
    r"(?:first|for) \d+ ?(?:seconds|secs|sec|s)\b",
    # "For the first minute, then settle into the stroke".
    r"for the first (?:minute|min)(?: or (?:two|so))?",
    # The idiom, said of a plunge: "the first gasp takes my breath away every time".
    r"takes? (?:my|your|his|her|the) breath away",
)
COLD_WATER = words(
    r"cold (?:water|plunge|dip|shower|swim)|ice (?:bath|plunge)|open water|sea swim\w*|"
    r"wild swim\w*|cold water dip|(?:sea|icy|winter|lake|loch|river) (?:dip|swim\w*|plunge)",
    r"(?:\d+ ?(?:degree|degrees|c)|chiller|freezing) (?:plunge|tub|bath|water|lake|sea|river|loch|"
    r"pond)|plunge (?:pool|tub)|cold shock|"
    r"ice baths?|cold plunging",
    # A sea told cold by its temperature: "going into the sea at 9 degrees".
    r"(?:sea|lake|loch|river|water) at (?:[0-9]|1[0-4]) ?(?:degrees|c)\b",
)


# A clot on the lung, named: read with STILL_MORE_BREATHLESS for one months back.
CLOT_ON_THE_LUNG = words(
    r"pe|pulmonary embolism|clots? (?:on|in) (?:the|my|her|his) lungs?",
    # A learner's "lung embolism", "embolism in the lung".
    r"lung embolism|embolism (?:in|on) (?:the|my|her|his) lungs?",
)
# Breathlessness left over from something past, not new: "still more breathless on hills than
# before" months after a clot on the lung.
STILL_MORE_BREATHLESS = words(
    r"still (?:\w+ ){0,3}more (?:breathless|out of breath|puffed)",
    r"(?:more|shorter of) (?:breathless|out of breath|puffed|breath) (?:\w+ ){0,3}than (?:before|"
    r"i was|i used to)",
    # "Still get breathless on runs I used to find easy", "my breathing never got fully back".
    r"still (?:get |getting |gets )?(?:breathless|out of breath|puffed)(?: \w+){0,3} (?:i|he|she) "
    r"used to (?:find|do|manage)",
)
# "My breathing never got fully back": said of now, even in a sentence dated years ago.
BREATH_NEVER_BACK = words(
    r"(?:breathing|breath|lungs?) (?:has |have )?never (?:got|gotten|came|come|been) (?:fully |"
    r"quite |all the way )?back",
)
