"""How a symptom runs: one that has lasted for weeks, or began with a change of medicine.

NHS pages for the common complaints (pain, swelling, breathlessness, cramps) say the same thing
in their own words: see a GP if it hasn't got better after a few weeks. Medicine leaflets say to
talk to a doctor or pharmacist about a side effect that bothers you or doesn't go away.
"""

from __future__ import annotations

from bot.questions.triage.text import words
from bot.questions.triage.vocabulary.legs import ONE_LIMB_BIGGER, SOCK_RINGS

# A complaint in the body, in the words people use for it.
COMPLAINT = words(
    r"pain\w*|ache|aches|ached|aching|achy|sore|hurts?|hurting|tender",
    r"swell\w*|swollen|puff\w*|ballooned",
    r"numb\w*|tingl\w*|pins and needles",
    r"breathless\w*|out of breath|puffed|short of breath|wheez\w*|tight chested|winded",
    # Vertigo: "the world spins", "room spinning" (NHS vertigo: a GP if it keeps happening).
    r"vertigo|(?:world|room|everything) (?:spins|spinning|starts spinning)",
    # "Brief spinning when I roll over in bed": not a spin class.
    r"(?:brief|short|quick|sudden) spinning|spinning (?:sensation|feeling)|(?:spinning|spins) "
    r"(?:\w+ ){0,4}when (?:i|he|she) (?:roll|turn|lie|look up|get up|sit up)",
    r"cramp\w*|stiff\w*|throb\w*|lump",
    r"exhausted|tired|fatigue\w*|knackered|washed out|wiped out|shattered|"
    r"twitch\w*|headaches?|shake|shak(?:y|ing|es)|tremors?|head rush\w*|"
    r"light ?headed|woozy|dizz\w*",
    r"legs? (?:feel|feels) like lead|heavy legs|cold hands|cold feet|cold handed",
    r"rash\w*|itchy|scaly|patches",
    # NHS (cough): one that lasts more than three weeks is for a GP. The cough itself, not what a
    # cough did ("burst a blood vessel in my eye coughing").
    r"(?:a|the|my|his|her|this|that|dry|chesty|tickly|nagging|hacking) cough|^cough\b|chest cold",
    r"coughing (?:up )?(?:some |green |yellow |clear )?(?:phlegm|mucus|sputum|gunk)",
    r"(?:missing|missed|skipping|skipped) (?:the odd |a |the occasional )?beats?|flutter\w*",
    r"(?:pounding|racing|thumping) heart|heart (?:\w+ )?(?:pounding|racing|thumping)",
    # A slow decline: "more forgetful", "my walking's got slower".
    r"forgetful\w*|(?:walking|speech|talking)s? (?:has |is )?(?:got|getting|gotten|become) slower",
    r"(?:go|goes|turn|turns|went) (?:white|blue)",
    r"colder (?:and paler )?than (?:the )?(?:other|left|right)",
    # One leg slowly thicker: "one of my lower legs has been slowly getting thicker".
    r"(?:one|left|right) (?:of my )?(?:lower )?(?:legs?|calf|calves|ankles?|shins?)(?: \w+){0,6} "
    r"(?:thicker|fatter|bigger)",
    # One limb grown: "left leg bigger than the right".
    ONE_LIMB_BIGGER,
    r"tire (?:easily|quickly|out|on)|tiring (?:easily|quickly)",
    r"tires (?:more|faster|sooner|quicker)",
    # Pitting: a press leaves a dent that stays.
    r"pitting",
    r"(?:dent|dents|dip|dimple|mark|print)s? (?:\w+ ){0,3}(?:stays?|stayed|remains?|lasts?)",
    r"(?:stays?|stayed|leaves?|left|makes?) (?:a |an )?(?:hole|dent|dip|dimple|pit)\b",
    # Swollen ankles are "fat ankles" in many mouths; thighs and arms that grow are training.
    r"(?:ankles?|lower legs?|feet|shins)(?: \w+){0,3} (?:fat|fatter|chunky|chunkier)",
    r"night sweats|sweat\w* (?:at|in the) night",
    # NHS (heartburn and acid reflux; indigestion): most days for 3 weeks or more is for a GP.
    r"heartburn|indigestion|(?:acid )?reflux",
    r"muffled|ringing in (?:my |one |both )?ears?|tinnitus",
    SOCK_RINGS,
)
# Years of it, the same: "for a couple of years", "hasn't changed in years". Not in `WEEKS`:
# much that has gone on for years is how someone has always been.
YEARS_OF_IT = (
    r"for (?:years|decades)|(?:hasnt|has not|havent|have not|not) changed (?:in|for) (?:years|"
    r"ages)|for (?:about |over |nearly )?(?:\d+|two|three|four|five|six|several|many|a few|a "
    r"couple of|couple of) years"
)
FOR_YEARS = words(YEARS_OF_IT)
# Weeks or months, or "it isn't going away": days are the normal course of soreness.
WEEKS = words(
    r"(?:for|over|since|in) (?:the )?(?:last |past )?"
    r"(?:maybe |about |around |nearly |almost |over )?"
    r"(?:a |two |three |four |five |six |several |few |a few |couple of |a couple of |some |\d+ )"
    r"(?:\w+ )?(?:weeks|months)",
    r"(?:for|over|since) (?:about |nearly |almost |over |maybe )?(?:a|one|half a) (?:month|year)",
    # Told as a fragment: "months of it", "weeks of this now".
    r"(?:weeks|months|years) of (?:it|this|that)",
    r"(?:two|three|four|five|six|eight|several|a few|a couple of|couple of|\d+) (?:weeks|months)"
    r"(?: now| later| ago| back)",
    # "3 weeks and still sore", but not a pregnancy's "28 weeks and my feet...".
    r"(?:two|three|four|five|six|eight|several|a few|a couple of|couple of|\d) (?:weeks|months) "
    r"and",
    r"(?:been|going on|gone on|lingering|hanging on|dragging on)(?: for)?(?: about| nearly| over)? "
    r"(?:\w+ ){0,3}(?:weeks|months)",
    r"(?:not|isnt|wont|hasnt|never) (?:\w+ )?go(?:ing|ne)? away",
    r"(?:hasnt|havent|not|never|wont) (?:\w+ )?clear(?:ed)?(?: up)?",
    r"(?:been )?there (?:for )?(?:a few|several|a couple of|\d+|two|three) (?:weeks|months)",
    r"since (?:my|the|his|her) (?:\w+ ){0,3}"
    r"(?:last year|(?:\d+|two|three|six) (?:months|years) ago)",
    # Not growth: "2 cm bigger since January".
    r"(?<!bigger )(?<!grown )(?<!stronger )(?<!gained )since (?:january|february|march|april|may|"
    r"june|july|august|september|october|november|"
    r"december|the spring|the summer|the autumn|the winter|christmas|new year|easter)",
    r"(?:more|worse|bigger|further) (?:each|every) week|week (?:by|on|after) week",
    r"(?:over|for|in) the (?:last|past) (?:year|few years|couple of years|month|fortnight)",
    r"(?:every|each) (?:run|session|walk|time i \w+)(?: \w+){0,2} (?:this|for) "
    r"(?:winter|month|year|weeks|months)",
    r"over (?:a few|the past few|the last few|several) (?:weeks|months)",
    r"(?:for|over|in) (?:about |nearly |over )?a (?:month|week or two)|for (?:weeks|months)",
    r"(?:slowly|gradually) (?:got|getting|become|becoming)|wk ?[2-9]",
    r"(?:been |getting )?worse lately|(?:a|one) (?:month|week) or two ago",
    r"(?:over|for) (?:many |several )?months|(?:weeks|months) of this",
    r"(?:weeks|months) now|(?:a|one) month now",
    r"all (?:summer|winter|spring|autumn|year)",
)
# Medicines that lower blood pressure, water tablets among them: dizziness on standing and falls
# are theirs to review (NICE NG136).
BP_MEDICINE = (
    r"(?:blood pressure|bp|water) (?:meds|tablets?|tabs|medications?|medicines?|pills?)|amlodipine|"
    r"ramipril|lisinopril|losartan|bisoprolol|doxazosin|diuretics?|furosemide|bendroflumethiazide|"
    r"indapamide|labetalol|nifedipine|candesartan|perindopril"
)
MEDICINE = (
    rf"(?:\w+ )?tablets?|pills?|meds|medication|medicine|beta ?blockers?|statins?|{BP_MEDICINE}|"
    r"atenolol|propranolol|prednisolone|steroids?|hrt|"
    r"metformin|blood thinners?|apixaban|rivaroxaban|warfarin|the pill|"
    r"antidepressants?|sertraline|citalopram|fluoxetine|mirtazapine|amitriptyline|gabapentin|"
    r"pregabalin|water tablets?|inhalers?"
)
# A change of medicine the symptom is set against.
MEDICINE_CHANGE = words(
    rf"(?:since|after) (?:\w+ ){{0,4}}(?:started|starting|began|upped|increased|doubled|switched|"
    rf"changed|put) (?:me )?(?:on )?(?:\w+ ){{0,3}}(?:{MEDICINE})",
    rf"(?:started|starting|upped|increased|doubled|switched to|put on) (?:me on )?(?:\w+ ){{0,3}}"
    rf"(?:{MEDICINE})(?: \w+){{0,6}} (?:ago|last (?:week|month)|in (?:january|february|march|"
    rf"april|may|june|july|august|september|october|november|december)|in the (?:summer|spring|"
    rf"autumn|winter))",
    rf"(?:been )?on (?:{MEDICINE})(?: \w+){{0,4}} (?:for )?(?:about )?(?:\w+ )?(?:weeks|months)",
    rf"(?:{MEDICINE})(?: dose| doses)? (?:was |were |has been |have been |got )?(?:increased|upped|"
    rf"doubled|changed|switched)",
    # "Started amlodipine and now my ankles...": the change, then what followed it.
    rf"(?:started|starting|upped|increased|doubled|switched to|put on) (?:me on )?(?:\w+ ){{0,3}}"
    rf"(?:{MEDICINE}) (?:and|then) (?:now|since then|ever since)",
    # "Started amlodipine and my ankles swelling since".
    rf"(?:started|starting|upped|increased|doubled|switched to|put on) (?:me on )?(?:\w+ ){{0,3}}"
    rf"(?:{MEDICINE})(?: \w+){{1,7}} (?:ever )?since\b",
    rf"(?:when|since|after) (?:i |he |she )?(?:began|started) (?:on )?(?:\w+ ){{0,2}}"
    rf"(?:{MEDICINE})",
    rf"(?:new|different|changed|higher dose of|extra) (?:\w+ ){{0,3}}(?:{MEDICINE})",
)
RECOVERED = words(
    r"(?<!not )(?<!never )(?<!hasnt )(?<!havent )(?:fully |completely )?(?:recovered|all better|"
    r"cleared up|back to normal)",
    r"(?:better|fine|gone) now",
    r"(?:\w+ )?(?:fixed|sorted|cured) (?:it|them|that)",
    # "Swelling all gone and the physio discharged me".
    r"(?:swelling|pain|bruising|it)(?: is| has)? all gone|discharged me",
    # On the mend, and checked: "swelling nearly gone... on track".
    r"(?:swelling|pain|bruising|it)(?: is| has)? (?:nearly|almost|mostly) gone|on track",
    # Told with what it came from: "swelling from the sprain 3 weeks ago has nearly gone".
    r"(?:swelling|pain|bruising)(?: \w+){1,6} (?:is|has|s) (?:nearly|almost|mostly) gone",
    # A clinician's word that it mends as it should: "physio says it's healing normally".
    r"healing (?:normally|nicely|well|as (?:expected|it should))",
    # Treated, and none of it since: "on iron tablets 6 weeks, no dizziness since".
    r"no (?:more )?(?:dizziness|dizzy spells|pain|swelling|symptoms|palpitations|palps|cramps?|"
    r"breathlessness|headaches?|episodes|problems?|issues?) (?:at all |ever )?since",
)
# Training that a span of weeks may time instead of a complaint.
TRAINING_SPAN = words(
    # Not "started gradually a month ago", which times the complaint.
    r"training|running|jogging|lifting|cycling|swimming|walking|doing|been at|"
    r"(?:started|starting)(?! gradually| slowly| suddenly| getting| to)|"
    r"plan|programme|program|routine|plateaued|stuck|(?:calf )?raises|squats|deadlifts?|"
    r"sessions?|couch to 5k|c25k|marathon|gym|block"
)


# The member asks whether to have it seen: "should I mention it to my GP", "who sorts that",
# "how do I get it checked", "worth going back?".
ASKS_FOR_CARE = words(
    r"(?:should|do) i (?:be )?(?:asking|telling|mentioning|raising|talking|speaking) (?:it |this |"
    r"that )?(?:with |to )?(?:someone|anyone|my gp|the gp|a doctor|the doctor|my doctor|my doc|the "
    r"doc|my surgeon|the surgeon)",
    # Asked open: "dad had clots and I've an op coming, should I be asking about anything?"
    r"should i be asking (?:about )?(?:anything|something)",
    # "Must I first go to the doctor of the house?", "must I say this to the doctor first?"
    r"(?:must|should|do) i (?:first )?(?:go|say|tell|ask|see|mention)(?: \w+){0,4} (?:doctor|gp|"
    r"nurse|midwife)",
    # "Does someone need to look at me first?", "does someone need to sort me out sooner?"
    r"(?:does|do|will|would) (?:someone|anyone|a doctor|my gp|the gp) need to (?:look at|check|see|"
    r"sort|review)",
    r"(?:a )?risk (?:i|we) (?:must|should|need to) (?:check|get checked|look at)",
    r"(?:raise|mention|bring up) (?:it |this |that )?with (?:the |my |a )?(?:doctor|gp|nurse|team|"
    r"consultant)",
    r"(?:test|check|scan|bloods)\w* repeated",
    # "Need someone to go over my meds", "is that a GP conversation?"
    r"(?:need|want|like) (?:someone|a doctor|my gp|the gp|a pharmacist) to (?:go over|review|look "
    r"at|check) (?:my |his |her |their )?(?:meds|medication|medicines|tablets|pills|prescription)",
    r"(?:is|would) (?:that|this|it) (?:be )?a (?:gp|doctor|doctors|pharmacist) (?:conversation|"
    r"question|thing|job|appointment)",
    r"check (?:thats|that is|its|it is|if its|whether its) (?:ok|okay|safe|fine) for me",
    r"do i need (?:\w+ ){0,3}(?:stockings|injections|blood thinners|aspirin)",
    r"should i ask about (?:adjusting|changing|stopping|my)",
    r"(?:should|do|would|must|shall|can) i (?:\w+ ){0,3}(?:see|ask|check with|talk to|speak to|"
    r"tell|go to|book|ring|call)(?: \w+){0,3} (?:gp|doctor|doc|cardiologist|nurse|physio|someone|"
    r"anyone|team|consultant|clinic|surgery)",
    r"who (?:do|should|would|can) (?:i|we) (?:need to )?(?:ask|talk to|speak to|see|go to|"
    r"check with)|who sorts",
    r"(?:gp|doctor)(?: \w+){0,2} sign (?:it |this |that |me )?off",
    # "Who should say yes to that?", "wants something from a doctor saying I'm OK".
    r"who (?:should|would|can|could|do|does|needs? to|has to) (?:say yes|say ok|approve|okay|ok|"
    r"give (?:\w+ ){0,2}(?:go ahead|green light|all clear|ok|okay))",
    r"(?:letter|note|something)(?: in writing)? from (?:a |my |the |his |her )?(?:doctor|gp|"
    r"cardiologist|consultant)",
    r"who (?:\w+ )?(?:signs|clears|sign|clear) (?:me|him|her|us) (?:off|to|for)",
    # "Who signs off on that, do I just go back to my GP?"
    r"who (?:\w+ )?(?:signs|sign|clears|clear) (?:that |this |it )?off",
    r"(?:go|going) back to (?:my|the|a) (?:gp|doctor|cardiologist|consultant|team)",
    # Asked before starting something: "or must I ask him first?", "need check first?", "ask my
    # doc first?".
    r"(?:ask|check|see|talk to|speak to)(?: (?:with|him|her|them|someone|anyone|my|his|the|a|gp|"
    r"doctor|doc|nurse|midwife|consultant|cardiologist)){0,3} first\b",
    # "Should he bring it up at his review?"
    r"(?:bring|bringing) (?:it|this|that) up (?:at|with|to|when)\b",
    # Asked for someone else: "should she ask someone first?", "should we ask his doctor".
    r"(?:should|must|shall|does|do) (?:he|she|they|we|mum|dad|nan) (?:\w+ ){0,2}(?:ask|see|tell|"
    r"check with|talk to|speak to)(?: \w+){0,3} (?:gp|doctor|doc|nurse|someone|anyone|consultant|"
    r"team)",
    # "Should I chase it up?": a review promised and never held.
    r"chase (?:it|this|that|them) up",
    # "Talk to someone about my risk before I go", "check what I should do about my risk".
    r"(?:talk|speak|chat) to (?:someone|somebody|a doctor|a gp|my gp|the gp|my doctor) about",
    r"check what (?:i|we) should do",
    # "What should I do about clots on the flight?"
    r"what (?:should|do|can) (?:i|we) do about (?:my |the |her |his )?(?:\w+ )?(?:clots?|dvt|risk|"
    r"it|this|that)",
    r"get (?:it |this |that |myself |me |them )?(?:checked|looked at|seen to)",
    r"(?:like|want|have|had) (?:it |this |that |them )?(?:checked|looked at)",
    # Not "get my squat form checked": technique, not health. Nor a test already booked ("off
    # to get my ferritin checked tomorrow").
    r"get (?:my |his |her )?(?:(?!form\b|technique\b|squat\b|deadlift\b|lift\b)\w+ ){0,4}"
    r"(?:checked|tested|looked at)(?! tomorrow| next (?:week|month)| later| this (?:afternoon|"
    r"evening|week)| on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))",
    r"worth (?:a|an) (?:gp |doctors? |quick )?(?:appointment|check|visit|trip|look)",
    r"(?:something|worth) (?:to )?book\w*(?: in)?",
    r"ought i to (?:mention|ask|see|tell)",
    # "Should I bring that up before I start?", "run it past my doctor", "go through my GP".
    r"(?:should|do|shall) i (?:bring|raise|mention) (?:that|this|it) (?:up )?"
    r"(?:before|when|with|at)",
    r"run(?:ning)? (?:\w+ ){0,3}(?:past|by) (?:my |the |a )?(?:doctor|gp|nurse|cardiologist|team|"
    r"consultant|cardiac nurse)",
    # "Anything I should sort first?" before a trip or a season, with a complaint told.
    r"anything (?:i|we|he|she) (?:should|need to|ought to) (?:sort|get sorted|get checked|check)"
    r"(?: out)? (?:first|before)",
    # "I'd like to ask about other options" for a treatment that disagrees.
    r"ask (?:\w+ ){0,2}about (?:other|alternative|different) (?:options|treatments?|medicines?|"
    r"tablets|sprays?)|(?:an |any )?alternative i (?:can|could) ask about",
    r"check\w* (?:that|this|it) with (?:them|my gp|the gp|my doctor|the doctor|my team)",
    r"(?:go|going) through (?:my |the )?(?:gp|doctor)",
    r"(?:i|we) (?:should|need to|ought to) (?:\w+ ){0,2}(?:see|ask|talk to|speak to|check with|"
    r"book) (?:\w+ ){0,2}(?:gp|doctor|nurse)",
    # Not a place "worth checking out".
    r"(?:need|needs|worth) (?:getting )?(?:checking|checked|an mot|a check ?up|a checkup)(?! out)",
    r"sort (?:\w+ ){0,2}out with (?:my |the |a )?(?:doctor|gp|team|consultant)",
    r"(?:safe|ok|okay) (?:to take )?(?:with|alongside) (?:them|my (?:meds|tablets|medication|"
    r"medicines))",
    r"(?:get|ask for|seek) (?:some )?(?:medical )?advice (?:about|on|before)",
    # A talk with the GP planned or weighed: "want to check with my GP whether...", "worth a GP
    # chat about my meds?", "planning to ask at my next review", "see the GP before I book?".
    r"(?:want|wanting|like|need|going|planning|hoping|meaning) to (?:\w+ ){0,2}(?:check|talk|speak|"
    r"chat|ask|raise|discuss|go over|go through)(?: \w+){0,3} (?:with |to |at )?(?:my |the |a |"
    r"our |her |his )?(?:gp|doctor|midwife|nurse|consultant|cardiologist|(?:next |annual )?review)",
    r"worth (?:a |an )?(?:gp|doctors?|nurse|midwife) (?:chat|follow ?up|appointment|review|visit|"
    r"conversation)",
    r"worth raising (?:it |this |that )?with",
    # A check weighed as due, or never had: "he should get a proper review", "never once had my
    # cholesterol or BP checked" (read beside a known condition or a family history only).
    r"(?:should|ought to|needs? to) (?:get|have) (?:a |an )?(?:proper |full )?(?:review|check ?up|"
    r"heart check|health check|mot)",
    r"never (?:once )?(?:had|been) (?:my |his |her |their |any )?(?:\w+ ){0,4}(?:checked|tested|"
    r"screened)",
    r"(?:see|book|ask|check with) (?:the |my )?(?:gp|doctor)(?: \w+){0,2} (?:first|before)",
    r"(?:book|booking) (?:in )?(?:to talk|to discuss|to go over)",
    r"(?:want|push for|ask for|ask about|get) (?:a |an )?(?:\w+ )?referral|referred back",
    r"(?:gps|doctors) say ?so",
    r"(?:worth|something to) (?:ask\w*|mention\w*|see\w*|going back|go back|get\w* checked|"
    r"tell\w*)",
    r"(?:mention|ask) (?:it |this |that |about it )?(?:to |at |with )?(?:my |the )?(?:gp|doctor)",
    r"(?:and|or|just|should i) mention it",
    r"where do i go (?:with|for|about) (?:that|this|it)",
    r"do i need (?:to see|anything (?:else )?checked|a check|to get \w+ checked|a test)",
    r"do i need (?:a |an )?(?:review|check ?up|referral|clearance|medical)",
    r"should i (?:be|get) (?:tested|screened|referred)",
    r"(?:could|can|would|should|will) (?:my |the |a )?(?:gp|doctor) refer (?:me|him|her)",
    r"is there a test (?:for|to)",
    r"(?:or|should i|do i) ask (?:first|someone|my gp|my doctor|(?:the |my )?doc first)",
    # Asked whether a doctor's say-so is needed: "do we need a GP ok?", "does she need GP
    # clearance?", "sign off from my GP first", "get advice first?".
    r"(?:do|does|would|will) (?:i|we|he|she|they|(?:my|his|her|our) \w+) need "
    r"(?:a |an |the |my |his |her )?(?:gp|doctors?|docs?)s? (?:ok|okay|clearance|sign ?off|letter|"
    r"note|advice|permission|go ahead)",
    r"(?:sign ?off|clearance|the go ahead|permission) from (?:my |the |a |his |her )?(?:gp|doctor|"
    r"doc|cardiologist)",
    r"(?:should|must|ought) (?:he|she|they) (?:\w+ ){0,2}(?:see|ask|check with|talk to|speak to) "
    r"(?:the |her |his |their |a )?(?:gp|doctor|doc)",
    r"(?:get|need|want|seek) (?:some )?(?:medical |gp |doctors? )?advice first",
    r"(?:gp|doctor|cardiologist|nurse)(?: \w+){0,2} (?:review|check|look at)",
    r"run (?:it|this|that) (?:past|by) (?:my |the |a )?(?:\w+ )?"
    r"(?:gp|doctor|team|nurse|consultant)",
    r"(?:one|something) for (?:the|my|a) (?:gp|doctor)",
    r"raise (?:it |this |that )?with (?:someone|my gp|the gp|a doctor|my doctor)",
    r"worth a (?:review|check|look)",
    r"(?:someone|a doctor|the gp|my gp) (?:to )?check (?:my|his|her)",
    r"should (?:someone|a doctor) (?:check|look)",
    r"getting (?:my |his |her )?(?:\w+ ){0,4}(?:checked|tested|reviewed|looked at)",
    r"get a check|(?:a )?(?:proper )?plan from (?:my |the |a )?(?:gp|doctor)",
    r"talk (?:it |this |that )?(?:through|over) with (?:my |the |a )?(?:gp|doctor|nurse|midwife)",
    r"i should (?:\w+ ){0,2}(?:check with|ask|tell|see|mention to) (?:my |the |a )?(?:gp|doctor|"
    r"pharmacist|nurse|midwife)",
    r"get (?:it |this |that |them )?reviewed",
    r"(?:what|anything) (?:\w+ ){0,3}(?:ask|asking|tell|telling|mention|mentioning) (?:\w+ ){0,3}"
    r"(?:gp|doctor|midwife|team|nurse|consultant|appointment)",
    r"(?:should|do) i (?:\w+ ){0,2}(?:do|doing) anything (?:about|before)",
    r"(?:does|do|should) (?:my |the )?(?:\w+ )?(?:team|gp|doctor|consultant|nurse|midwife) "
    r"need to know",
    r"who decides",
)
# A condition, risk or result for which a doctor's view before training on is the usual advice.
KNOWN_CONDITION = words(
    r"heart failure|angina|stents?|bypass|heart attack|pulmonary embolism|pe|dvt|blood clot|"
    # Not bare "af", gym slang too ("tight AF after the WOD", "swole af").
    r"clots?|rhabdo\w*|heart valve|pacemaker|afib|atrial fibrillation|arrhythmia|"
    r"(?:have|has|had|with|diagnosed with|got|my|his|her|for|possible|known|paroxysmal) af|"
    r"lymph\w*|thrombophlebitis|liver enzymes|(?:possible|irregular) (?:afib|rhythm)",
    r"fainted|faint|heat exhaustion|heatstroke|long covid|ms|multiple sclerosis|marfan|ckd|"
    r"kidney disease|sickle|diabet\w*|type (?:1|2|one|two)|icd|eds|hypermobil\w*|aortic|"
    r"apixaban|rivaroxaban|warfarin|blood thinners?|copd|asthma",
    r"tia|mini ?stroke|pre ?eclampsia|hypertension|high blood pressure",
    r"pad|claudication|peripheral arter\w*|tamoxifen|(?:my|a|her|his) stroke",
    BP_MEDICINE,
)
NOT_IMPROVING = words(
    r"not (?:improving|getting better)|getting worse|worse over|hasnt (?:fully )?gone|"
    r"(?:isnt|hasnt|not) (?:fully )?(?:going|gone) away",
)
