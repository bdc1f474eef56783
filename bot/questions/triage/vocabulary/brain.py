"""Stroke signs (FAST and the posterior signs), a sudden severe headache, lost vision, seizures."""

from __future__ import annotations

import re

from bot.questions.triage.text import words
from bot.questions.triage.vocabulary.people import PEOPLE

# --- brain ---------------------------------------------------------------------------------
# "He cannot lift the right arm": one side's arm or leg that won't rise, told by the doing.
CANT_RAISE_ONE_SIDE = (
    r"(?:cant|cannot|couldnt|could not|unable to) (?:lift|raise|hold up|move) (?:\w+ )?(?:the|his|"
    r"her|my|their) (?:left|right) (?:arm|hand|leg)"
)
# Talk that makes no sense, and one leg failing, each read only beside the other (below).
_NONSENSE = r"(?:talking|speaking) (?:total |complete |utter )?(?:gibberish|nonsense)"
_FOOT_DRAGS = r"dragg\w* (?:his|her|my|their|one|a) (?:left |right )?(?:foot|leg)"
_LEG_GIVES_WAY = (
    r"(?:left|right|one) leg(?: \w+){0,2} (?:giv\w* way|gave way|buckl\w*|gives out|gave out)"
)
STROKE_SIGNS = words(
    # "My smile's gone wonky" is normalised to "smiles gone wonky".
    # "His face went a bit droopy": the sign softened is still the sign.
    r"(?:face|mouth|smile|lip|eye|eyelid|cheek)s?(?: \w+){0,2} (?:is |was |has |started |went |"
    r"seems |looks )?(?:a bit |a little |slightly |sort of |kind of )?(?:droop\w*|dropped|lopsided|"
    r"sagging|saggy|fallen|crooked|slipped|numb|dead|wonky|uneven)",
    # A learner's "the face was hanging" (Scandinavian and German say a face hangs).
    r"(?:face|mouth|smile|lip|cheek)s? (?:was |is |were |started )?hanging(?! out| around| about| "
    r"on| off| over| up)",
    r"droop\w* (?:face|mouth|smile|eye|lip)",
    # Sign-language word order: "face one side drop", "hand not work", and speech for a signer:
    # "sign messy", "signing all wrong".
    r"(?:face|mouth|smile) (?:one|1|left|right) side (?:is |was |went |has gone |gone )?(?:drop\w*|"
    r"droop\w*|down|fall\w*|sag\w*)",
    CANT_RAISE_ONE_SIDE,
    r"(?:left|right|one) (?:hand|arm|leg) (?:not|no|cant|wont|doesnt|stop|stopped) "
    r"(?:work\w*|move|moving|lift\w*|grip\w*)",
    r"(?:signs?|signing) (?:\w+ ){0,2}(?:messy|wrong|slurr\w*|clumsy|jumbled|garbled|nonsense|"
    r"not right|strange)",
    # Talk that makes no sense with a foot that drags, told together: either alone is too often
    # an opinion ("talking nonsense about the match") or an injury.
    rf"{_NONSENSE}(?: \w+){{0,6}} {_FOOT_DRAGS}",
    rf"{_FOOT_DRAGS}(?: \w+){{0,6}} {_NONSENSE}",
    # Or with one side's leg giving way: "talking gibberish and his right leg keeps giving way".
    rf"{_NONSENSE}(?! about| on)(?: \w+){{0,6}} {_LEG_GIVES_WAY}",
    rf"{_LEG_GIVES_WAY}(?: \w+){{0,6}} {_NONSENSE}",
    # A hand gone clumsy for minutes: "couldn't do up my shirt buttons".
    r"(?:hand|fingers|arm) (?:went|goes|go|gone|has gone|was|felt|feels) (?:all )?"
    r"(?:clumsy|useless)",
    r"(?:arm|leg|hand)(?: \w+){0,2} (?:on )?the same side (?:\w+ ){0,2}(?:felt|went|was|is|feels) "
    r"(?:odd|weird|funny|weak|numb|dead|heavy)",
    # A drink that runs out of one side of the mouth: the face's weakness told by what it did.
    r"(?:dribbl\w*|drool\w*|spill\w*|leak\w*|ran|running|runs|came|comes|coming) out "
    r"(?:of|from|on) (?:one|the (?:left|right)) side",
    # "My mouth didn't move properly", told without a side.
    r"(?:mouth|face|smile|lips?)(?: \w+){0,2} (?:did not|didnt|doesnt|does not|wouldnt|wont|"
    r"couldnt) (?:move|work)(?: \w+)? (?:properly|correctly|right|normally)",
    r"(?:dribbl\w*|drool\w*)(?: \w+){0,2} (?:from|out of|on|down) (?:one|the (?:left|right)|"
    r"(?:his|her|my) (?:left|right)) side",
    # A hand or arm that hangs: weakness told by what is seen ("right hand just hangs").
    r"(?:left|right|one) (?:arm|hand)(?: \w+){0,2} (?:just (?:hangs|hanging|hung|dangles)|"
    r"(?:hangs|hanging|hung) (?:limp|loose|there|down)|dangling|flops|flopping|"
    r"(?:is|went|gone|has gone) limp)",
    r"one side of (?:my |his |her |their |the )?(?:face|body|mouth)",
    r"(?:left|right) side of (?:my |his |her |their |the )?(?:face|mouth|smile)(?: \w+){0,3} "
    r"(?:doesnt|dont|wont|isnt|cant|not) (?:move|moving|lift\w*|work\w*)",
    r"(?:face|mouth|smile)(?: \w+){0,4} (?:on|down) "
    r"(?:one|that|the (?:left|right)|my (?:left|right)) side",
    # "Can't smile proper one side": a smile that won't come on one side, the "on" left out.
    r"(?:cant|cannot|couldnt|wont|doesnt) smile(?: \w+){0,2} (?:one|that|the (?:left|right)) side",
    # "Right hand won't grip the bars", "my words feel slow and thick".
    r"(?:left |right )?(?:hand|arm)(?: \w+){0,2} (?:wont|cant|cannot|couldnt|wouldnt) "
    r"(?:grip|hold|grab)",
    # Handwriting that went wobbly at once, the pen no longer held.
    r"(?:writing|handwriting) (?:suddenly )?(?:went|goes|gone|going|was) (?:all )?(?:wobbly|shaky|"
    r"scrawly|messy)(?: \w+){0,3} (?:couldnt|cant|could not) (?:hold|grip) (?:the |my )?pen",
    # "My right hand let go of my cup": a grip lost without meaning to.
    r"(?:left|right|my|his|her) hand (?:just |suddenly )?(?:let go|lost (?:its |all )?grip)",
    r"(?:words?|speech|talking)(?: \w+){0,2} (?:slow|thick|jumbled|garbled|wrong|muddled)",
    r"words? (?:\w+ ){0,2}(?:dont|do not|didnt|wont) make (?:any )?sense",
    r"(?:keeps? |kept )?missing (?:the |his |her |my )?\w+ (?:\w+ )?when (?:he |she |i )?reach\w*",
    # "My left side has been numb since I woke up", "left arm and leg went tingly and weak".
    r"(?:left|right|one) side(?: of (?:my|his|her) body)?(?: \w+){0,3} (?:numb\w*|weak\w*|dead|"
    r"heavy|tingl\w*)",
    r"(?:left|right) (?:arm|leg|side|hand)(?: and (?:my |his |her )?(?:leg|arm|face|hand))? "
    r"(?:went|go|goes|going|gone|was|felt|were) (?:\w+ ){0,2}"
    r"(?:weak|numb|dead|heavy|tingly|floppy)",
    # Pins and needles in an arm and a leg of one side together, which no one way of sitting
    # brings on.
    r"(?:left|right) (?:arm|leg) and (?:my |his |her )?(?:leg|arm) (?:went|go|goes|going|gone|was|"
    r"felt|were) (?:\w+ ){0,2}pins and needles",
    # "My whole right side, arm and leg".
    # Of the face it is the face's sign, read by the face's words.
    r"(?:whole|entire) (?:left|right) side(?! of (?:my |his |her |the )?(?:face|mouth|lips?|"
    r"tongue))",
    r"(?:half|side) (?:of )?(?:my |his |her |the |their )?(?:face|mouth)",
    # The FAST arm test: "his arm drifts down when he tries to hold it up".
    r"arms? (?:\w+ ){0,2}(?:drifts?|drifted|drifting|sinks?|sank|sinking) (?:down|away)",
    # "Talking like the words are stuck in treacle and none of it makes sense".
    r"(?:talking|speaking|words|speech)(?: \w+){0,8} none of it makes? (?:any )?sense",
    r"words (?:\w+ ){0,2}stuck(?! in (?:my|his|her|their) head)",
    r"slurr\w*",
    r"(?:sounded|sounds|talking|speaking) (?:drunk|weird|funny|garbled)",
    # A learner's "he speaks strange", "she talks garbled".
    r"(?:speaks|spoke|talks|talked) (?:so |very |really |all )?(?:strange|strangely|garbled|drunk)",
    # "His voice sounds sort of drunk"; "real words but in the wrong order".
    r"(?:voice|speech) (?:sounds?|sounded|is|was)(?: \w+){0,2} (?:drunk|slurred|slurry)",
    r"words(?: \w+){0,3} (?:in|into) (?:the )?wrong order",
    r"words (?:came out|coming out|are coming out|keep coming out) "
    r"(?:wrong|jumbled|muddled|garbled|scrambled|mixed up)",
    # Timed as a spell ("for a couple of minutes"): said alone, it is as often nerves.
    # "Lost my words for about five minutes", "couldn't get a sentence out" (not "lost for words").
    r"lost (?:my|his|her|their|all (?:my|his|her)) words",
    # Not "couldn't get a sentence out for a minute" after a sprint: that is breath.
    r"(?:cant|cannot|couldnt|could not) get (?:a|one|any) (?:whole |full )?sentence out"
    r"(?! for (?:a|about a|like a|a few|\d+) (?:minute|min|mins|sec\w*|few|moment))",
    r"words (?:just )?(?:wouldnt|wont|didnt|couldnt|would not|did not) come out "
    r"(?:right|properly|straight)(?: \w+){0,3} (?:for )?(?:a |about |\d+ |a few |a couple of |"
    r"couple of |two |five |ten )?(?:minute|minutes|mins|min)\b",
    # "Knew what I wanted to say but it came out as nonsense".
    r"(?:wanted|want|meant|trying|tried) to say(?: \w+){0,4} (?:came|comes|coming) out "
    r"(?:as |all )?(?:nonsense|gibberish|wrong|jumbled|garbled|muddled|scrambled)",
    # Heard by someone else: "tried to tell me something and it was gibberish".
    r"(?:tried|trying|tries|wanted) to (?:tell|say|ask) (?:me |us |him |her )?(?:something|"
    r"a thing|what)(?: \w+){0,4} (?:was|came out|sounded) (?:as |like )?(?:all |just |total |"
    r"complete )?"
    r"(?:gibberish|nonsense|garbled|jumbled|muddled|scrambled)",
    # Not "couldn't talk for a minute" at the top of a hill sprint: that is breath.
    r"(?:cant|cannot|couldnt|could not|can not|trouble|struggling to|unable to) "
    r"(?:speak|talk|get (?:his |her |my |the )?words out|"
    r"find(?:ing)? (?:the |his |her |my |any )?words|"
    r"understand)(?! for (?:a|about a|like a|a few|\d+) (?:minute|min|mins|sec\w*|few|moment))",
    r"(?:arm|hand|leg)(?: \w+){0,2} (?:is |went |feels |felt |has gone |gone )?(?:suddenly )?"
    r"(?:weak|weakness|numb|numbness|dead|floppy|heavy and useless|useless|clumsy)",
    r"(?:weak|numb|dead|floppy|clumsy) (?:arm|hand)",
    r"(?:cant|cannot|couldnt) feel (?:my |his |her |their )?(?:left |right )?(?:arm|hand|leg|face|"
    r"side)",
    r"(?:cant|cannot|couldnt) (?:lift|raise|hold up) (?:his |her |my |their )?(?:left |right )?"
    r"(?:arm|arms|hand)",
    r"numb\w* (?:on|down) (?:one|the left|the right|his left|her left|my left|my right)",
    r"sudden(?:ly)? confus\w*",
    # Weakness told as a noun: "sudden weakness in my right leg".
    r"(?:sudden )?(?:weakness|numbness) in (?:my |his |her |the )?(?:left|right) (?:arm|leg|hand|"
    r"side|foot)",
    # Words that "went mixed up" for minutes.
    r"words (?:went|go|goes|got|were|are) (?:all )?(?:mixed up|jumbled|muddled|scrambled|garbled)",
    # One side's arm and leg together, which no way of lying numbs: "left arm and leg feel heavy".
    r"(?:left|right) (?:arm and leg|leg and arm)(?: \w+){0,2} (?:\w+ and )?(?:heavy|numb|weak|dead|"
    r"useless|floppy|tingl\w*)",
    # The face and one arm or leg numb together: "few minutes of numb face and arm". Not hands,
    # which the cold numbs both of.
    r"numb\w* (?:face|mouth|lip) and (?:arm|hand|leg)\b",
    # Talk that suddenly makes no sense: "out of nowhere he started talking gibberish". Without
    # "suddenly" it is as often an opinion ("talking nonsense about the match"): see above.
    rf"(?:sudden(?:ly)?|all of a sudden|out of nowhere|out of the blue)(?: \w+){{0,3}} "
    rf"(?:{_NONSENSE}|(?:not|isnt|wasnt|stopped) making (?:any )?sense)",
    rf"{_NONSENSE}(?: \w+){{0,2}} (?:all of a sudden|out of nowhere|out of the blue)",
    r"(?:leg|foot)(?: \w+){0,2} (?:is |keeps )?dragg\w*",
    r"(?:suddenly|sudden) (?:seeing double|double vision)",
    # The balance of a stroke at the back of the brain: "walking like I'm drunk, veering".
    r"walking like (?:i am|im|hes|shes|he is|she is|i was|he was|she was) drunk",
    r"veer\w* (?:off )?(?:to|towards) (?:one side|the (?:left|right))",
    r"(?:cant|cannot|couldnt|unable to) walk (?:in )?(?:a )?straight(?: line)?",
    r"(?:cant|cannot|couldnt|unable to) (?:stand|walk)(?: \w+){0,2} without (?:falling|toppling|"
    r"tipping|leaning|veering) (?:over )?(?:to|towards) (?:one side|the (?:left|right))",
    r"(?:speech|words|talking)(?: \w+){0,3} (?:garbled|muddled|slurred|blurry|blurred)",
    r"(?:words?|speech) (?:\w+ )?(?:coming|come|came|comes) out (?:\w+ ){0,2}(?:mushy|slushy|"
    r"slurry|slurred|thick|garbled|jumbled|muddled)",
    # What was said, told by how it came out: "when I told him 'sit' it came out like mush".
    r"(?:told|said|say|saying|tried to say|try to say|asked)(?: \w+){0,4} (?:it|they|the words?) "
    r"(?:came|comes|coming) out (?:like|as|all) (?:mush|slush\w*|slurr\w*|porridge|gibberish|"
    r"nonsense)",
    # Their order wrong: "the words come out in the wrong order".
    r"words? (?:\w+ )?(?:come|came|coming|comes) out (?:\w+ )?in the wrong order",
    # Said the other way round, or by what came out: "muddled speech", "kept saying the wrong
    # words".
    r"(?:garbled|muddled|jumbled|scrambled) (?:speech|words|talking)",
    # Not the wrong words in a language class or an interview.
    r"(?:kept|keeps|was|is) (?:saying|using|coming out with) (?:the )?wrong words"
    r"(?!(?: \w+){0,3} (?:class|lesson|spanish|french|german|italian|language|exam|interview|"
    r"presentation|meeting|speech|quiz)\b)",
    # Heard by someone else: "his speech sounds strange to me". Not with a gumshield in.
    r"(?:his|her|their|my) speech (?:sounds|sounded|is|was|seems|seemed|has gone|went) (?:\w+ )?"
    r"(?:strange|weird|odd|funny|wrong|off|different)(?!(?: \w+){0,3} (?:with|because of|from) "
    r"(?:the |my |his |her )?(?:new |old )?(?:gum ?shield|mouth ?guard|braces|retainer|brace|"
    r"dentist))",
    # A hand or leg that "won't work properly"; "one" for the hand only beside "one handed".
    r"(?:left|right) (?:hand|arm|leg|foot) (?:just )?(?:wont|will not|isnt|is not|doesnt|does not) "
    r"work\w*",
    r"one ?handed(?: \w+){0,4} (?:left|right) one (?:just )?(?:wont|will not|isnt|doesnt) work\w*",
    # A grip that gives: "right hand just lets go".
    r"(?:left|right) hand (?:just |keeps |kept )?(?:lets go|let go|letting go|gives way|gave way)",
    # "My right hand keeps dropping things".
    r"(?:left|right) hand keeps? (?:dropping|letting go of) (?:things|stuff|\w+)",
    r"(?:couldnt|cant|cannot|unable to) (?:hold|grip|grasp) (?:\w+ ){0,3}(?:in )?"
    r"(?:his |her |my |their )?(?:left |right )?hand",
    r"(?:dropped|dropping) (?:things|\w+) (?:from|out of) (?:his |her |my )?(?:left |right )?hand",
    # One named side: not a sweaty grip on the bar ("keeps slipping out of my hands").
    r"(?:slipping|slipped|sliding|slid|falling|fell) (?:out of|from) (?:his |her |my )"
    r"(?:left|right) hand",
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
    r"headache(?: \w+){0,10} worst (?:ever|of (?:my|his|her|their) life)",
    # "A headache worse than any I've ever had".
    r"(?:headache|head pain|pain in (?:my |the )?head) (?:\w+ )?(?:worse|more painful|bigger) "
    r"than (?:any|anything) (?:i|ive|i have|he|hes|he has|she|shes|she has|theyve|they have)"
    r"(?: ever)? (?:had|known|felt)",
)


# Seeing double: the eyes' muscles or the nerves and brainstem that steer them, never the grey
# or black of a near faint, so it is a sign even told as over (NHS, stroke: sudden vision
# problems).
_DOUBLE_VISION = (
    r"double vision|vision (?:\w+ ){0,2}double",
    r"(?:seeing|see|sees|saw) double",
    r"(?:seeing|see|sees|saw) two of (?:everything|every\w+|things)",
    # What there is one of, seen twice: "seeing two tellies", "two of you".
    r"(?:seeing|see|sees|saw) two (?:tellies|tvs|screens|clocks|moons|suns|doors|door ?frames|"
    r"lamps|kettles|of (?:you|him|her|them|it))",
)
DOUBLE_VISION = words(*_DOUBLE_VISION)
VISION_LOSS = words(
    r"(?:lost|losing|lose|loss of) (?:my |his |her |the )?(?:sight|vision)",
    r"(?:cant|cannot|couldnt) see (?:out of|from|with|anything)",
    r"(?:vision|sight)(?: \w+){0,6} (?:went|gone|going|turned) "
    r"(?:black|dark|blurry|double|out|blank|grey|gray)",
    r"(?:blind|dark|black|grey|gray) (?:in|out of) (?:one|my left|my right|his|her) eye",
    # "A curtain just came down over my left eye". Not one "coming over" with flashes, the
    # retina's sign (the floaters rule's).
    r"curtain (?:just |slowly |suddenly |had |has )?(?:over|coming down|came down|has come down|"
    r"come down)",
    # "Like a curtain partly down", "a curtain half across it".
    r"curtain (?:partly|partway|half|halfway|part way) (?:down|over|across|drawn)",
    # "A sudden blur in one eye".
    r"(?:sudden|suddenly)(?: \w+){0,2} (?:blur|blurring|blurry|blurred)(?: \w+){0,3} (?:in|of) "
    r"(?:one|my left|my right|the left|the right|his left|his right|her left|her right) eye",
    r"(?:vision|sight) in (?:my |his |her |one )?(?:left |right )?eye(?: \w+){0,3} "
    r"(?:gone|went|disappeared|blacked out|went black)",
    # "My vision went in one eye", "vision's gone from the left eye".
    r"(?:vision|sight) (?:has |is |just )?(?:gone|went|disappeared|vanished) (?:\w+ ){0,2}"
    r"(?:in|from|out of) (?:my |his |her |one |the )?(?:left |right )?eye",
    *_DOUBLE_VISION,
    r"(?:cant|cannot|couldnt) see (?:the |anything on the |things on the )?(?:left|right) "
    r"(?:half|side)",
    r"(?:suddenly|sudden) (?:blind|blurry|blurred)",
    # "Can't see properly on one side".
    r"(?:cant|cannot|couldnt) see (?:properly |right |clearly |well )?(?:on|to|out of) one "
    r"(?:side|eye)",
    r"(?:cant|cannot|couldnt) see (?:\w+ ){0,2}(?:on|to) (?:my |the |his |her )?(?:left|right) "
    r"(?:side|half)",
    # "Everything on the left side of my vision is just missing".
    r"(?:left|right|one) (?:side|half) of (?:my |his |her |the )?(?:vision|sight|view)"
    r"(?: \w+){0,3} (?:missing|gone|black|dark|blank|blacked out|disappeared|vanished)",
)


NOT_A_STROKE = words(
    r"(?:breast|back|heat|swim\w*|sun|brush|master|pen|key|golf|tennis|rowing|paddle|crawl|"
    r"freestyle|butterfly|kayak|canoe|oar|pedal|piston) ?strokes?",
    r"stroke (?:rate|count|length|rating)|strokes? (?:per|a) minute|spm",
    # A swimming or rowing lesson's subject: "stroke coaching for the squad", "stroke drills".
    r"stroke (?:coaching|coach|technique|drills?|work|correction|analysis|clinic|mechanics|"
    r"lessons?|session|improvement)",
    # A swimmer's stroke that went wrong: "my stroke completely fell apart in the chop".
    r"(?:my|his|her|your) (?:swim(?:ming)? )?stroke (?:\w+ ){0,2}(?:fell apart|went to pieces|"
    r"went to bits|fell to bits|is a mess|was a mess|needs work|was all over the place|(?:is|was|"
    r"looks|looked) (?:rubbish|terrible|awful|shocking|ugly|sloppy|bad|poor|lovely|smooth))",
    # An engine: "the old two-stroke on the tender" (not "he's had two strokes").
    r"(?:two|four|2|4) ?stroke\b(?!s)",
    r"stroke of (?:genius|luck|brilliance|inspiration)",
    # Golf's scoring, and a mood said in slang: "stroke play on Saturday", "this is giving stroke".
    r"stroke ?play|stroke index|giving stroke",
    # Hyperbole about a text read: "not me having a stroke reading my group chat". Only the
    # writer's own, and only a text: "mum had a stroke reading the paper" is a stroke.
    r"(?:im|i am|me|gave me|giving me|give me) (?:literally |actually |lowkey |basically )?"
    r"(?:having )?a (?:mini |small |little )?stroke (?:reading|trying to (?:read|follow|understand|"
    r"work out|figure out|decipher)|looking at) (?:this|that|these|those|my|your|his|her|their|"
    r"the) (?:\w+ )?(?:chat|group ?chat|thread|post|posts|message|messages|texts?|emails?|"
    r"spreadsheet|code|essay|comments?|tweets?|repl(?:y|ies)|instructions|menu|timetable|forms?|"
    r"rota|notes?|handwriting|spelling)",
    # A swimming class, not the hospital's: "the stroke clinic at the leisure centre pool".
    r"stroke (?:clinic|class|session|lesson|workshop|drills?) (?:at|in) (?:the |our |my )?"
    r"(?:\w+ ){0,3}(?:pool|lido|baths|swim\w*)",
    # A swimmer's stroke: "my stroke falls apart when I swim fasted".
    r"(?:my|his|her|your) stroke(?= (?:falls|fell|gets|got|goes|went) (?:apart|sloppy|messy|"
    r"worse|better|ragged))",
    # A story told again: "mum tells her stroke story every time".
    r"stroke (?:story|stories|anecdote)",
    # The risk, not the event: "can walking lower your stroke risk?"
    r"stroke risk",
    # An organisation or event: "a sponsored walk for a stroke charity".
    r"stroke (?:charity|charities|association|awareness|research|appeal|fundraiser|unit|ward|"
    r"survivors?|support group|club)",
    # Technique: "a lazy stroke on the rowing machine", "settled into my stroke" in a swim.
    r"stroke (?:on|in) the (?:rowing|rower|erg|water|pool|lane)",
    # A sport's stroke named by the sport: "the stroke in rowing", "the stroke in kayaking".
    r"stroke (?:in|of) (?:rowing|sculling|swimming|kayaking|canoeing|paddling|golf|tennis)",
    r"(?:lazy|short|long|late|choppy|smooth|efficient|catch|recovery) stroke",
    r"(?:into|find|found|lost|lose) (?:my|a|the|your) (?:rhythm and |swimming )?stroke",
    # Rowing's seat and side: "our stroke seat keeps rushing the slide".
    r"stroke (?:seat|side|oar|man|woman|of the boat)",
    # One pull of the oar: "a twang mid stroke", "it catches on every stroke".
    r"mid ?stroke|(?:each|every|per) stroke",
    # Strokes compared or chosen: "a gentler stroke than front crawl", "comfiest strokes at 28
    # weeks".
    r"(?:gentle|gentler|easier|easiest|harder|different|best|comfiest|comfortable|favourite|"
    r"favorite|other|slower|faster) strokes?(?= (?:than|for|to|at|in|are|is|on)\b)",
    # A shot praised, in hurling, cricket or golf: "lovely stroke on that free". Not "a small
    # stroke" or "a bad stroke", and not "a stroke on the drive home".
    r"(?:great|good|lovely|beautiful|nice|sweet|cracking|quality|classy|textbook|clean|what a) "
    r"stroke(?= (?:on|for|from|off) (?:that|the|his|her|a|an|their) (?:\w+ )?(?:puck ?out|free|"
    r"sideline|shot|putt|serve|forehand|backhand|volley|cut|pull|sweep|cover drive|65|penalty)\b)",
    # Technique talk: "our coach is stroke obsessed", "stroke drills", "stroke mechanics".
    r"stroke (?:obsessed|mad|technique|mechanics|correction|drills?|work)\b",
)


# A limb that "went dead" because it was slept, sat or leant on, and came back; or a face numbed on
# purpose.
# A limb pressed on goes numb and comes back. It explains a numb arm or leg, never a face
# that droops or words that come out wrong.
PRESSED_LIMB = words(
    r"(?:sat|sitting|slept|sleep|sleeps|sleeping|lying|lay|lain|lie|lies|leaning|leant|kneeling|"
    r"knelt|asleep) on "
    r"(?:it|them|my (?:arm|hand|leg|foot))",
    r"(?:fine|normal|ok|okay|back) (?:again )?after (?:a (?:minute|few minutes|bit)|shaking)",
    r"pins and needles then fine",
    # Asleep on it: "arm went dead cos I passed out on it".
    r"(?:passed|crashed|conked|zonked) out on (?:it|them|my (?:arm|hand|leg))",
    # Pressed by the handlebars: "numb hand after a long ride, it's the bars".
    r"from (?:the|my) (?:bars|handlebars|hoods|drops|grips)|(?:on|off) the (?:handlebars|hoods|"
    r"drops)",
    # "Hand went numb gripping the bars for 6 hrs".
    r"gripping (?:the |my )?(?:bars|handlebars|hoods|drops|grips|poles|wheel|steering wheel)",
    r"(?:shook|shake|shaking) it(?: out| off)?(?: and)?(?: its| it is| it was)? (?:fine|ok|okay|"
    r"normal|back)",
    # Shaken back to life: "shook it out and it was fine".
    r"(?:shook|shake|shaking|rubbed|rub) it (?:out|off)(?: \w+){0,3} (?:fine|ok|okay|normal|back)",
    # The climber's pump: forearms full of blood from gripping.
    r"from the pump|forearm pump|pumped out",
    r"(?:sitting|sat|sit) cross ?legged",
    # "After sitting with crossed legs in yoga", "sat with my legs crossed".
    r"(?:sitting|sat|sit) with (?:my |his |her )?(?:crossed legs|legs crossed)",
    # A learner's word for a limb gone to sleep: "my foot is sleeping".
    r"(?:foot|leg|arm|hand) (?:is |was )?sleeping",
    r"(?:sitting|sat|sit) on the (?:loo|toilet|bog|throne)",
    r"(?:mins?|minutes|hours?|an hour|ages) on the (?:loo|toilet|bog|throne)",
    # Gripping something cold or hard for too long: "holding the ice bath rail too long".
    r"(?:holding|gripping|clutching|carrying) (?:\w+ ){0,4}too (?:long|tight|tightly)",
    # Or gripped hard on a machine: "he'd been death gripping the handle".
    r"death ?gripp?\w*|grip\w* (?:the |a |my |his |her )?(?:handle|bar|bars|rail|oar|rope|"
    r"handlebars) (?:so |too |really )?(?:hard|tight)",
    # Kneeling or squatting at a job for long: "knelt laying a floor for an hour".
    r"(?:kneeling|knelt|squatting|squatted|crouching|crouched)(?: \w+){0,3} (?:for (?:an? |\d+ )|"
    r"on the (?:floor|ground|boards|tiles))",
    r"(?:fine|normal|ok|okay|back to normal) (?:again )?(?:a (?:minute|few minutes|moment|few "
    r"seconds)|seconds) after (?:i )?(?:stood|standing|getting up|got up|moving)",
    r"(?:pins and needles|tingl\w*)(?: \w+){0,4} then (?:fine|ok|okay|normal|gone)",
    # A joint lock or a choke cranked on the mat presses the arm's nerves for a moment.
    r"kimura|armbar|arm bar|americana|wrist lock|shoulder lock|(?:arm|shoulder) (?:got |was )?"
    r"cranked",
)
# …unless it is not passing: "not wearing off", "won't come back".
PRESSED_NOT_PASSING = words(
    r"(?:not|isnt|hasnt|wont) (?:wearing off|worn off|coming back|come back|going)",
    # Hours of it: a limb slept on comes back within minutes of waking. Not "fine ever since I
    # woke", which is it come back.
    r"(?<!fine )(?<!fine ever )(?<!ok )(?<!okay )(?<!normal )(?<!better )(?:ever )?since "
    r"(?:i|he|she|they) woke(?: up)?",
)
# A face numbed on purpose, at the dentist or for a stitch: it explains the face and the speech.
NUMBED_ON_PURPOSE = words(
    # Not a numbness likened to the dentist's: "half my mouth feels dentist numb".
    # Nor one likened to it and denied: "like after the dentist, but he was not at dentist".
    r"an(?:a)?esthetic|anesthetic|(?<!not )(?<!wasnt )at the dentist|"
    r"(?<!feels )(?<!felt )(?<!like )(?<!like after the )(?<!like after a )(?<!like at the )"
    r"(?<!not at )(?<!not at the )(?<!wasnt at )(?<!wasnt at the )(?<!never at the )"
    r"dentist\w*(?! numb\b)|dental|numbing (?:injection|jab|"
    r"cream|gel)|lidocaine",
    # A new tongue piercing swells and slurs the speech for a while.
    r"tongue (?:piercing|bar|stud|ring)",
)
# Numbed by the cold: "face went numb from the cold on my 6am walk". The face only.
COLD_NUMBED = words(
    # The weather's cold; cold water has its own line below, told as passed.
    r"numb (?:\w+ ){0,4}(?:from|in|with|by) (?:the|that|this) (?:cold(?! (?:plunge|water|tub|bath|"
    r"dip))|"
    r"wind ?chill|wind|frost|icy (?!bath|plunge|water|tub)\w+)",
    r"(?:cold|freezing|wind|frost)(?: \w+){0,3} (?:made|left|turned) (?:my |his |her )?face numb",
    # "Face gone numb because it's minus 3".
    r"numb(?: \w+){0,4} (?:because|cos|cause|coz) (?:its|it is|it was) (?:minus \d+|freezing|so "
    r"cold|baltic)",
    r"numb(?: \w+){0,5} (?:winter|cold|frosty|freezing|icy) (?:runs?|walks?|mornings?|days?|"
    r"weather)",
    # "My face went numb in the ice bath... back to normal after a hot shower": told as passed,
    # since a droop still there an hour later is not the cold's.
    r"numb(?: \w+){0,5} (?:in|from|after) the (?:ice bath|cold plunge|plunge|cold tub|ice tub|"
    r"cold water)(?: \w+){0,12} (?:back to normal|normal again|came back|warmed (?:back )?up|"
    r"wore off|went away|pink again)",
    # Lips and face frozen by the cold and thawed since: "frozen lips... thawed out in the hut".
    r"frozen (?:lips|face|cheeks|jaw)(?: \w+){0,10} thaw\w*|thaw\w* out(?: \w+){0,6} (?:fine|all "
    r"good|normal|ok|okay)",
    r"(?:ice bath|cold plunge|cold tub|ice tub|cold water|winter dip|winter swim|cold dip)"
    r"(?: \w+){0,8} numb(?: \w+){0,10} (?:back to normal|normal again|came back|wore off|went "
    r"away|pink again)",
    # Told the other way round, and passing: "face goes numb the first minutes of a winter dook
    # (a Scots dip), then it's fine".
    r"numb(?: \w+){0,8} (?:winter |cold |sea |icy )?(?:dip|dook|swim|plunge|ice bath)(?: \w+){0,6} "
    r"(?:then (?:its |it is )?fine|then it passes|then normal|wears off|goes away)",
    # Frozen stiff by the wind, and told as over: "couldn't smile till it thawed out".
    r"(?:froze|frozen|numb)(?: \w+){0,14} (?:till|until|til) (?:it |they |i |we |he |she |my face |"
    r"the \w+ )?(?:thawed|warmed|defrosted)",
)
# A face already diagnosed as Bell's palsy: its droop is known, and the rule reads only other signs.
# The writer's own guess ("Bell's palsy??", "probably Bell's palsy") is not a diagnosis: the NHS
# sends a new droop to 999 in case it is a stroke.
KNOWN_PALSY = words(
    r"diagnosed (?:\w+ ){0,3}bell\w* palsy|bell\w* palsy (?:\w+ ){0,3}diagnosed",
    r"(?:it was|it turned out to be|turned out to be|confirmed|said (?:it was |its )?)"
    r"bell\w* palsy",
    r"(?<!could i )(?<!do i )(?<!might )(?<!maybe )(?:my|his|her|their|have|has|had|got|with|"
    r"since|after|from) (?:a |the )?bell\w* palsy",
)
# Stroke signs of the face, which a known palsy explains, and of the face or the speech, which
# a limb pressed on cannot explain.
_FACE_WORDS = r"faces?|mouths?|smiles?|lips?|eyes?|eyelids?|cheeks?|forehead"
FACE = re.compile(rf"\b(?:{_FACE_WORDS})\b")
FACE_OR_SPEECH = re.compile(
    rf"\b(?:{_FACE_WORDS}|words?|speech|talking|speaking|speak|talk|slurr\w*|sounded|sounds|"
    r"dribbl\w*|drool\w*)\b"
)


# Whoever is seen fitting, told terse: "wife fitting on floor", "husband's fitting, shaking".
_SOMEONE = rf"(?:{PEOPLE})"
SEIZURE = words(
    # Not temper or laughter: "had a fit when she saw the bill", "a fit of giggles".
    # Nor a question someone asked: "asked if I was having a fit".
    # Not "a seizure inducing strobe" or "seizure warning" on a game.
    # Nor one had "about" a thing: "having a full on seizure about the new colour drop".
    # Not "a seizure about ten minutes ago", which is a time.
    r"seizure\w*(?! (?:inducing|warning|warnings|risk|trigger\w*|laughing)\b| (?:about|over)"
    r"(?! (?:\d+|a|an|one|two|three|four|five|ten|twenty|half|several|a few)\b))|"
    r"(?<!if i was )"
    r"(?<!if he was )(?<!if she was )(?<!whether i was )"
    # "Had a fit about a minute ago" is a time, as for a seizure.
    r"(?:having|had) (?:like |sort of |kind of |some kind of )?a fit(?! (?:about|over)(?! (?:\d+|a|"
    r"an|one|two|three|four|five|ten|twenty|half|several|a few)\b)| (?:because|if|of)\b| when "
    r"(?:\w+ )?(?:saw|"
    r"heard|found|read|got|realised|realized|told))|convuls\w*|(?:a |had a |having a )(?:shaking|"
    r"full) fit",
    # A learner's, with no article: "now she had fit". Not a thing that fitted ("had fit into",
    # "had fit me fine").
    r"(?<!if i was )(?<!if he was )(?<!if she was )(?:having|had) fit(?! (?:about|over|of|into|"
    r"well|fine|perfectly|nicely|better|because|if|when|me|him|her|them|you|us|it)\b)",
    # Told terse, with the person and the place: "wife fitting on floor", "mate fitting on gym
    # floor 5 min".
    rf"{_SOMEONE}s? (?:is |was |s )?(?:now |still )?fitting "
    r"(?:on|in) (?:the |a )?(?:\w+ ){0,2}(?:floor|ground|mats?|bed|pitch|grass|car|street|pavement|"
    r"bathroom|kitchen|toilet|poolside|pool side|side of the pool|changing rooms?|gym)",
    # Or with the shaking told beside it: "husband's fitting, shaking for about 6 minutes".
    rf"{_SOMEONE}s? (?:is |was |s )?(?:now |still )?fitting(?: \w+){{0,6}} (?:(?:shaking|jerking|"
    r"twitching|convulsing)(?! (?:his|her|my|their|its) head)|(?:hes|shes|theyve|has|have) never "
    r"had one)",
    # Shaking all over, down on the floor: "on the floor shaking all over" (not shivering after
    # an ice bath, which has no floor in it).
    r"on the (?:\w+ )?(?:floor|ground|mat|pitch)(?: \w+){0,4} (?:shaking|jerking|twitching|"
    r"convulsing) all over",
    # Or for longer than a fit should last: "on the ground by the bike jerking, over 5 minutes".
    r"on the (?:\w+ )?(?:floor|ground|mat|pitch|grass|deck|bank)(?: \w+){0,4} (?:shaking|jerking|"
    r"twitching|convulsing)(?: \w+){0,3} (?:for |been )?(?:more than|over|longer than|at least) "
    r"(?:[2-9]|five|two|three|four|ten|\d\d) (?:min|mins|minutes)",
    # Seen by someone else and told as what it looked like: "what looked like a fit in bed".
    r"(?:what|something that) (?:looked|looks|seemed|sounded) like (?:a |some kind of |"
    r"some sort of )?fit\b",
    # Or the shaking told first: "shaking all over on the floor and won't stop".
    r"(?:shaking|jerking|twitching|convulsing) all over on the (?:\w+ )?(?:floor|ground|mat|pitch|"
    r"grass|deck)",
    # Gone down and shaking all over: "went down by the fridge, shaking all over".
    r"(?:went down|collapsed|fell down|dropped|keeled over)(?: \w+){0,5} (?:shaking|jerking|"
    r"twitching|convulsing) all over",
    # Or the shaking told first: "been shaking on the floor for about 6 minutes now".
    r"(?:shaking|jerking|twitching|convulsing) on the (?:\w+ )?(?:floor|ground|mat|pitch|grass|"
    r"deck|bank)(?: \w+){0,2} (?:for |been )?(?:about |over |more than |nearly |around |at least )?"
    r"(?:[3-9]|three|four|five|six|seven|eight|ten|\d\d) (?:min|mins|minutes)",
    # "Fitting in the car park", a place named ("fitting in" alone is belonging); shaking all
    # over that has been going for minutes.
    r"fitting (?:in|on) the (?:\w+ )?(?:car park|street|road|pavement|park|corridor|field|van|"
    r"aisle|lane)",
    # Not shivering after an ice bath "for five minutes": going on, told as a fit's length.
    r"shaking all over(?: \w+){0,6} (?:been going|going on|lasted|lasting) (?:for )?(?:about |over "
    r"|more than )?(?:[3-9]|three|four|five|six|seven|ten|\d\d) (?:min|mins|minutes)",
    # "Went down and he's shaking and jerking all over": jerking of the whole body is a fit's.
    r"jerking (?:and (?:shaking|twitching) )?all over|(?:shaking|twitching) and jerking",
    # A fit's two stages told in order: "went stiff and started jerking on the floor".
    r"(?:went|gone|goes|going) (?:all |completely |really )?(?:stiff|rigid)(?: \w+){0,2} (?:and |"
    r"then )(?:started |starts |began )?(?:jerking|convulsing)",
    # Counted: "had 2 fits this morning"; not "had two fits of giggles".
    r"(?:had|having|has) (?:two|three|four|2|3|4|several|multiple|a few|a couple of) "
    r"(?:\w+ )?fits(?! of\b)",
    # Not clothes "fitting on me", but "fitting on the mat".
    # Nor clothes that are "fitting fine now", "fitting him better".
    # Fitting with the shaking beside it: "on gym floor fitting shaking". Clothes never shake.
    r"fitting (?:and )?(?:shaking|jerking|convulsing)",
    # Down on the floor, fitting, with how long or that it goes on: "on the gym floor fitting,
    # over 5 min"; not a fitter "on the floor fitting the new skirting".
    r"on (?:the )?(?:\w+ )?(?:floor|ground|mats?|pitch|grass|deck) fitting(?= *$| (?:for|over|"
    r"still|now|not|and|since|about|nearly|more than|\d+)\b)",
    r"(?:is|was|started|keeps|kept|been|hes|shes) (?:now |still )?fitting(?! in| into| well| fine|"
    r" better| perfect\w*| nicely| ok| okay| properly| snug\w*| comfortabl\w*| great| loose\w*|"
    r" tight\w*| (?:me|him|her|them|you)\b)"
    r"(?! on(?! the (?:\w+ )?(?:mat|floor|ground|pitch|grass|track|court|bed|sofa)))",
)


# Seizures known and planned for: epilepsy, its medicines, "her usual seizures".
KNOWN_SEIZURES = words(
    r"epilep\w*|(?:his|her|my|their) (?:usual|normal|typical) (?:seizures?|fits?)|seizure plan|"
    r"rescue med\w*|buccal|midazolam|keppra|levetiracetam|lamotrigine|valproate|epilim"
)
SEIZURE_ALARM = words(
    r"(?:past|over|more than|longer than|lasted|lasting) (?:\d+|five|5) (?:min|mins|minutes)",
    # "Been shaking about 6 minutes", "going for 7 mins now"; not "slept for 10 minutes after".
    r"(?:shaking|fitting|jerking|seizing|convulsing|going) (?:for )?(?:about |over |nearly |"
    r"around )?(?:[5-9]|[1-9]\d|five|six|seven|eight|nine|ten) (?:min|mins|minutes)",
    r"(?:not|isnt|wont|hasnt) stop\w*|still (?:going|jerking|fitting|shaking|seizing)",
    r"first (?:ever )?(?:seizure|fit)",
    r"never (?:ever )?had (?:one|a seizure|a fit) before",
    r"another (?:one|seizure|fit)",
)
