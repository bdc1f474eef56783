"""A message as the triage rules read it: sentences of corrected words, and live mentions.

A mention is *live* when it describes something happening now to someone. It is not live right
after a negation ("no chest pain"), after risk words ("lower the risk of a heart attack"), or in
a sentence about a past, resolved event ("had a DVT three years ago") unless that sentence also
says it is happening now or again. Judged per mention, never per message, so "no chest pain but
my left arm is heavy and I'm sweating" still counts the arm.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, cached_property

from bot.questions.text import normalise
from bot.questions.triage.corrections import with_corrections
from bot.questions.triage.prefilter import LITERALS, LiteralGate
from bot.questions.triage.spelling import correct
from bot.questions.triage.vocabulary.contractions import contractions_opened
from bot.questions.triage.vocabulary.dictation import dictated_punctuation
from bot.questions.triage.vocabulary.emoji import emoji_in_words
from bot.questions.triage.vocabulary.other_languages import in_english
from bot.questions.triage.vocabulary.people import PEOPLE
from bot.questions.triage.vocabulary.shorthand import shorthand_in_words
from bot.questions.triage.vocabulary.shown import shown_in_words
from bot.questions.triage.vocabulary.slips import slips_put_right
from bot.questions.triage.vocabulary.spoken_numbers import numbers_in_figures


@cache
def words(*alternatives: str) -> re.Pattern[str]:
    """A pattern matching any of `alternatives` as whole words (each may be a regex).

    Cached: rules build some patterns inside the function that reads every message, and one
    compiled object per pattern also lets `Message.live` remember its scans by pattern."""
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b")


# Sentence ends, but not a decimal point ("2.5 kg").
# A slash between spaces ends a turn in a pasted chat or a log ("Amy: legs? / me: one's hot").
# A comma before a clause of its own that dates itself years back ends a sentence too: "Dad's
# suddenly slurring, he had a knee op years ago" is a sign now and an old story, and the story's
# date must not make the sign past with it. Not a clause that dates what came before it ("I
# fainted once, I think it was years ago"): its "it" or "that" is the faint.
_SENTENCE_END = re.compile(
    # Not a trailing-off "..." that carries on in lower case: "my vision is just... missing".
    r"(?<!\d)(?<!\.)(?!\.{2,} *(?-i:[a-z]))[.!?]+"
    r"|(?<!\.)(?!\.{2,} *(?-i:[a-z]))[.!?]+(?!\d)|[;\n]+"
    r"|\s(?:--|[-–—/])\s"
    r"|,\s+(?![^,.!?;\n]*\b(?:it|its|it's|that|thats|that's|this|which|then|i was \d+)\b)"
    r"(?=(?:he|she|i|we|they|my|his|her|our|their)\b[^,.!?;\n]*?\b(?:(?:\d+|a|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|a few|few|several|many|couple of) )?(?:years?|decades?) "
    r"ago\b)",
    re.IGNORECASE,
)
NEGATION = words(
    "no",
    "neither",
    "not",
    "dont",
    "didnt",
    "doesnt",
    "without",
    "never",
    "isnt",
    "wasnt",
    "arent",
    # "Haven't had any chest pain": a perfect tense denies as plainly as a past one.
    "havent",
    "hasnt",
    "hadnt",
    "nothing",
    "nor",
    "zero",
)
# A mention right after these is about risk in general, not a symptom now.
HYPOTHETICAL = words(
    r"risks?",
    r"chances?",
    "odds",
    r"prevent\w*",
    r"avoid\w*",
    r"protect\w*",
)
# A date straight after an event: " in 2015", " three years ago".
_DATED = re.compile(
    r" (?:\w+ ){0,2}(?:in (?:19|20)\d\d|(?:\d+|a|one|two|three|four|five|six|ten|a few|several|"
    r"many) (?:years?|months?|decades?) ago|last (?:year|summer|winter|spring|autumn)|"
    r"(?:in|over) the (?:spring|summer|autumn|winter|new year)|"
    r"this (?:spring|summer|autumn|winter)|"
    r"in (?:january|february|march|april|june|july|august|september|october|november|december))\b"
)
_EVENTS_DONE = frozenset(
    ("fainted", "passed", "blacked", "collapsed", "keeled", "slumped", "swelled", "bled", "fell")
)
_YEARS_BACK = re.compile(
    r" (?:\w+ ){0,4}(?:in (?:19|20)\d\d|(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|a few|several|many) (?:years?|decades?) ago|years ago|decades ago|last year)\b"
)
# What a test found when it found nothing: "clear", "normal", "no clot".
_RESULT_CLEAR = (
    r"(?:all )?(?:clear|fine|normal|negative|perfect|ok|okay|no clot|no dvt|no bleed|no blockages?)"
)
# A test's verdict in the sentence that names the sign: "the CT for his chest pain came back no
# clot", "bloods and an ECG, all fine", "got the scan, no clot, just a torn muscle".
TEST_VERDICT = (
    r"(?:ct|ctpa|scans?|scanned|ultrasound|doppler|ecg|ekg|bloods|blood tests?|x ?rays?|angiogram|"
    r"echo|mri|tests?|enzymes|ck|kidney function|workup|work up|investigations)(?: \w+){0,8} "
    rf"(?:(?:came back|were|was|all|both|showed|found|back to|back) {_RESULT_CLEAR}|no (?:clot|dvt|"
    r"bleed|blockages?))|"
    # The verdict said bare after the test: "they made CT for embolism, negative".
    r"(?:ct|scans?|ecg|ekg|mri|ultrasound|doppler|x ?rays?|angiogram|echo)(?: \w+){0,4} "
    r"(?:negative|all clear)\b|"
    # Or bare and straight after it: "went to A&E, scan clear, they said muscle strain".
    r"(?:ct|ctpa|scans?|ultrasound|doppler|ecg|ekg|mri|x ?rays?|angiogram|echo) clear\b|"
    # "They did ECG and everything, normal".
    r"(?:ct|scans?|ecg|ekg|mri|bloods|blood tests?|tests) and (?:everything|all that|the rest) "
    r"(?:all )?(?:normal|fine|clear|ok|okay|perfect)\b"
)
# Or a clinician's: "the TIA clinic said not a stroke", "GP said toasted skin, no infection".
CLINICIAN_VERDICT = (
    r"(?:said|says|told (?:us|me|him|her|them)) (?:it was |its |it is )?(?:\w+ ){0,2}(?:not a "
    r"(?:stroke|clot|heart attack)|no (?:infection|clot|dvt))|"
    # A harmless cause named by whoever tested it: "no clot, they said muscle strain".
    r"(?:no clot|no dvt|clear|negative|normal)(?: \w+){0,3} (?:said|says|told (?:us|me|him|her|"
    r"them)) (?:it was |its |it is )?(?:just |only )?(?:a )?(?:muscle|muscular|calf|chest wall)? ?"
    r"strain\b"
)
# "Had a stroke in 2015", "had his stroke two years ago": an event the date closes.
_HAD_ONE = [["had", owner] for owner in ("a", "an", "my", "his", "her", "their")]
_PAST = words(
    # Not a comparison with then: "more puffed than I was a year ago" is now.
    r"(?<!than i was )(?<!than it was )(?<!than he was )(?<!than she was )(?<!than they were )"
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|a few|few|several|many|couple of|a couple of) (?:years?|yrs?|decades?) (?:ago|back|"
    r"before)",
    # "Than a few months ago" compares with then, like the years above.
    r"(?<!than )(?<!than a )(?:\d+|a few|few|several|many|six|eight|nine|ten|eleven|twelve) "
    r"months? ago",
    r"(?<!\d )(?<!than )(?:years|decades) ago",
    # Not a comparison with then: "more out of breath than this time last year" is now.
    r"(?<!than )(?<!than this time )(?<!compared to )(?<!compared with )last (?:year|yr|summer|"
    r"winter|spring|autumn|fall|decade)",
    # "Last month I had a bleed... treated since, all healed": dated and dealt with.
    r"(?<!since )(?<!than )(?<!than this time )last month\b(?=.*\b(?:healed|treated|sorted|"
    r"cleared|discharged)\b)",
    # Someone else's event, over and treated: "he's home now with a stent and doing grand". Not
    # with a "but" after it ("she's recovering well but her calf is hot"), nor "he was fine
    # after": a faint in exercise that passed still needs seeing.
    r"(?:hes|shes|theyre|he is|she is|they are)(?: \w+){0,6} (?:recovering|doing) (?:well|fine|"
    r"great|grand)(?!(?: \w+)* (?:but|though|although|except)\b)",
    # A near-faint explained by a missed meal: "nearly fainted because he'd skipped breakfast".
    r"(?:nearly|almost) (?:fainted|passed out|keeled over)(?: \w+){0,4} because (?:\w+ ){0,2}"
    r"(?:skipped|missed|hadnt eaten|had not eaten|not eaten) (?:\w+ )?(?:breakfast|lunch|dinner|"
    r"food|a meal|meals)",
    r"gone by (?:lunch|lunchtime|midday|the afternoon|the evening|teatime)",
    r"(?:in|from) (?:19|20)\d\d",
    # History: "did people faint that much in the 1800s?"
    r"in (?:the )?(?:1[5-9]|20)\d0s|in victorian times|in the olden days",
    # A faint dated by the age it happened at: "the faint I had at 17", "fainted aged 20". Not
    # a pace, a weight or a week of pregnancy ("at 17 weeks", "at 20 mins"), nor a relative's
    # stroke "at 60", whose sentence may give today's reading too.
    r"(?:fainted|collapsed|passed out|blacked out|(?:faint|collapse|blackout) i had) "
    r"(?:\w+ ){0,2}(?:at|aged) (?:the age of )?(?:1[0-9]|[2-9][0-9])\b(?! ?(?:\w+ )?(?:weeks?|"
    r"wks?|mins?|minutes|seconds|secs|km|k|miles|bpm|kg|kgs|degrees|percent|am|pm)\b)",
    # "Nothing in the 15 years since": the story is closed.
    r"(?:nothing|none|not once|never again)(?: \w+){0,3} (?:years|decades) since",
    # "Five years on, two stents later": the story is long closed.
    # Not "the first time in two years on today's walk".
    r"(?:\d+|two|three|four|five|six|ten|several|many) years on"
    r"(?= (?:and|now|i|we|he|she|they|two|three|four|from)\b|$)",
    r"as a (?:kid|child|teen|teenager|baby)",
    # Lifelong: "one calf has always been bigger, since I was a kid".
    r"since (?:i|he|she|we) (?:was|were) (?:a )?(?:kid|kids|child|teen|teenager|baby|little|small|"
    r"young)",
    # An age said in words too: "when I was nineteen".
    r"when (?:i|we|he|she|they) (?:was|were) (?:a |younger|little|kids?|\d+|in|(?:thir|four|"
    r"fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty|fifty|sixty)(?: \w+)?)",
    r"years back",
    r"back in the day",
    # A story told to the hospital and its tests: "ended up with a CT scan in A&E, no clot". Not
    # "ended up with chest pain", which may be now.
    r"ended up (?:in (?:a and e|ae|hospital|the hospital|casualty|the er|resus)|(?:with|having|"
    r"getting) (?:a |an )?(?:ct|scan|ecg|x ?ray|bloods|blood tests|tests|stitches|cast))",
    r"(?<!hasnt )(?<!havent )(?<!not )(?<!never )(?<!wont )(?:fully |completely )?"
    r"(?:recovered|resolved|all cleared|cleared up|healed)",
    # A learner's "the swelling is finished now": over.
    r"(?:swelling|pain|it|bruising|limp)(?: \w+){0,10} (?:is|has) (?:all )?(?:finished|completely "
    r"gone|all gone)",
    # Glad it is over: "pregnancy swelling gone at last", "the puffiness has finally gone".
    # Of swelling only: "the pain has finally gone" may sit beside a new sign.
    r"(?:swelling|puffiness)(?: \w+){0,3} (?:is |has )?(?:finally |all )?gone (?:at last|finally)|"
    r"(?:swelling|puffiness)(?: \w+){0,3} (?:has |is )?finally gone",
    r"all clear",
    # "Went limp for 15 minutes, then came back fully".
    r"came back (?:fully|completely|to normal)|back to (?:his|her|their|my) normal self",
    r"(?:since|after) (?:treatment|my treatment)",
    r"(?:finished|completed|off) (?:my |the )?(?:blood thinners|anticoagulants|treatment)",
    r"back in (?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|spring|summer|autumn|winter|the day|\d+)",
    # Not a duration said as many languages say it: "sits and it is ok, since 3 months" (the pain
    # has gone on for three months).
    r"(?:been |was |felt )?(?:fine|ok|okay|well|good) (?:ever )?since(?! (?:\d+|one|two|three|four|"
    r"five|six|a few|few|several|some) (?:days?|weeks?|months?|years?)\b)",
    r"ever since i was",
    r"never since",
    # "Fainted once, never again": the story is closed.
    r"never again",
    r"never happened again|(?:hasnt|has not) happened (?:again|since)|never happened since",
    # "Completely gone since April", "GP sorted it".
    r"(?<!havent )(?<!hasnt )(?<!not )(?<!never )(?:completely |totally |fully |all )?"
    r"(?:gone|clear|cleared|fine) (?:ever )?since (?:january|"
    r"february|march|april|may|june|july|august|september|october|november|december|then|"
    r"last|(?:19|20)\d\d)",
    r"(?:gp|doctor|physio|hospital) (?:sorted|fixed|cleared) (?:it|me)",
    r"(?:paramedics|ambulance crew|first aiders?) (?:sorted|looked after|saw to) (?:him|her|them)",
    r"(?:antibiotics|treatment|inhaler) (?:have |has )?(?:now )?(?:cleared|sorted|fixed)",
    r"(?:then|and) (?:it |that )?(?:sorted|righted) itself",
    # "Once at 16", an age; not "once at 10k".
    r"once (?:at|aged|age) (?:[1-9]\d)\b(?! ?(?:k|km|mi|miles|min|mins|minutes|m|metres|meters|"
    r"kg|bpm|reps|seconds|secs)\b)",
    r"(?:turned|turns) out (?:to be|it was)",
    TEST_VERDICT,
    CLINICIAN_VERDICT,
    r"when (?:i was|he was|she was) (?:a |younger|little|in)",
    # Long-standing and known, not new: "has always been the case", "well controlled".
    r"(?:has |have |had )?always (?:been|had)",
    # Not "the controlled drugs cupboard", the legal class of a medicine.
    r"(?:well |under )?controlled(?! (?:drugs?|substances?|medicines?)\b)",
    r"(?:has|have) been stable",
)
# A whole sentence that takes the one before back: "Not medically. Emotionally." Matched whole,
# so "Not really painful though" after "my calf is swollen" takes nothing back.
_TAKEN_BACK = re.compile(
    r"(?:well |ok |okay )?(?:not (?:literally|medically|actually|physically)|"
    r"(?:figuratively|metaphorically|emotionally|spiritually)(?: speaking)?)"
    r"(?: obviously| lol| haha| of course)?"
    # "...passed out on the sofa - by passed out I mean fell asleep mid-sentence".
    r"|by (?:passed|blacked|conked|crashed) out i mean (?:i )?(?:just )?(?:\w+ ){0,2}"
    r"(?:fell asleep|slept|napped|dozed off)(?: \w+){0,8}"
)
_JOKE_OWNED = re.compile(r"(?:jk|j k|just kidding|just joking|only joking|kidding|joking)\b")
# "That was last week": a sentence that dates the one before to more than a few days ago.
_DATED_BEFORE = words(
    r"(?:that|this|it) was (?:last (?:week|month|year)|(?:\w+ )?(?:weeks|months|years) ago|"
    r"ages ago)"
)
_CLEARED = words(
    r"(?:it was |it came back |came back |its |it is )?all clear",
    r"(?:the )?(?:scan|test|ultrasound|bloods|blood tests?|ecg|x ?ray|ct|mri|doppler)s? (?:was|"
    r"were|came back) (?:clear|fine|normal|negative)",
    # The verdict alone, then its cause: "No clot, it was a pulled muscle."
    r"no (?:clot|clots|blood clot|dvt)(?= (?:it was|its|just|only)\b)",
    # Two tests or more named at the start: "Treadmill test and angiogram both clear", "ECG, blood
    # test and treadmill test all normal". Or joined by a "+" the text lost: "treadmill test + CT
    # both clear".
    r"(?:(?:an? |the )?(?:\w+ )?(?:test|scan|ecg|echo|angiogram|bloods|ct|mri|x ?ray|holter)s?"
    r"(?: and| plus)? ){2,4}(?:both|all|were|came back) (?:clear|fine|normal|negative)",
)
_HARMLESS_CAUSE = words(
    r"(?:was|were|is|its) (?:just |only |actually |all |down to )?(?:a |an )?(?:rib strain|"
    r"strained rib|muscle strain|strained muscle|pulled muscle|muscular|intercostal\w*|"
    r"costochondritis|bruised ribs?|reflux|heartburn|indigestion|trapped wind|virus|viral|anxiety|"
    r"panic)"
)
_STILL_GOING = words(r"started|began|since|getting|still|worse|now|again")
# The writer rules out the alarming reading: "nothing to do with my veins, I promise".
_NOT_THAT = words(
    r"nothing to do with (?:my |the |a )?(?:veins?|varicose veins?|heart|clots?)",
    # "Didn't need her spray once", "without a single puff of his spray": no trouble.
    r"without (?:a single |one |any )?(?:puff|spray|dose)s? of (?:his|her|my|the) (?:spray|gtn|"
    r"inhaler)",
    r"(?:didnt|did not|never|nobody|no one) (?:even )?need(?:ed)? (?:her |his |my |their |the )?"
    r"(?:spray|gtn|inhaler)",
    # The kit found to blame: "turns out the weight vest was a size too small".
    r"turn(?:s|ed)? out (?:\w+ ){0,4}(?:was|were) (?:a size |two sizes |way |much )?too "
    r"(?:small|tight)",
    # A swollen face put down to dental work: "swollen because he had his wisdom tooth out".
    r"(?:swollen|swell\w*|puff\w*)(?: \w+){0,4} (?:because|since|after) (?:\w+ ){0,2}"
    r"(?:had|has|got) (?:\w+ ){0,2}(?:tooth|teeth) (?:out|pulled|removed|extracted)",
    # A common cold told by its own symptoms: "got a cold, runny nose, sneezing".
    r"(?:got|have|caught|with) a (?:\w+ )?cold(?: \w+){0,6} (?:runny|blocked|stuffy|streaming) "
    r"nose",
    # Light-headed from a skipped meal that food puts right: "a snack fixes it in minutes".
    r"(?:a )?(?:snack|food|eating|biscuit|sweets|juice|banana)(?: \w+){0,2} (?:fixes|fixed|sorts|"
    r"sorted) it",
    # The blood found to be something else: "turned out to be henna running down her leg".
    r"turn(?:s|ed)? out (?:to be|it was|its|it is) (?:\w+ ){0,2}(?:henna|paint|ketchup|dye|"
    r"juice|wine|jam|beetroot|lipstick|nail varnish|fake blood|fake tan|ink|food colouring)",
)
# Deeds only an animal does: "one keeled over, then got up and ate my shoelace". The sentence is
# the animal's only when no person is its subject ("the dog barked and I collapsed" is mine).
_ANIMAL_DEEDS = words(
    # Not "neighbour".
    r"bleat\w*|bark(?:ed|ing)|wag(?:ged|ging) (?:its|his|her) tail|purr\w*|neigh(?:ed|ing|s)?\b",
    r"ate my (?:shoe\w*|sock\w*|lunch|sandwich|hat)",
)
_SOMEONE = words(
    r"i|im|ive|id|he|hes|she|shes|we|they|(?:my|our|his|her) (?:dad|mum|mom|husband|wife|son|"
    r"daughter|friend|mate|partner|grandad|grandma|nan|brother|sister)"
)
# "Warm heavy lump on my calf all evening? The cat.": the question before is answered by a pet.
_A_PET = re.compile(r"(?:it was |its |just )?(?:the|my|our) (?:cat|dog|kitten|puppy)")
_BARE_NO = re.compile(r"no|nope|nah|not at all|no way|none|never")
# An answer that opens with the denial and goes on to deny more ("None at all, not a flicker,
# and no breathlessness either"), but never turns ("not at all, but since lunch...").
_DENIAL_GOING_ON = re.compile(
    r"(?:none|nope|nah|not at all|not once|not a (?:flicker|twinge|bit|thing|sign))\b"
    r"(?!.*\b(?:but|except|apart|other than|though|although|yes|yeah|now|today|until|till|since|"
    r"just|only|more|instead|rather)\b)"
)
# The rest of a sentence that never says what the sleeper woke to ("woke up with", "woke gasping").
_NOT_WOKEN_TO = (
    r"(?!.*\b(?:woke|wake|waking|woken)(?: up)? (?:with|to|in|from it with|sweating|gasping)\b)"
)
# What a shock at a price is told beside.
_PRICE = r"(?:price|prices|cost|costs|bill|quid|membership|fees?)"
_SOMEONE_ELSE = (
    r"(?:he|she|they|his|her|their|dad|mum|mom|husband|wife|partner|son|daughter|friend|mate|"
    r"gran|grandad|nan|brother|sister)"
)
# The rest of a sentence that tells nothing of the writer's own, now.
_NOTHING_OF_MINE = r"(?!.*\b(?:now|i|im|ive|my|mine|we|our|us)\b)"
# Fiction, songs, the news and coursework: "in the film she faints", "a drama where the surgeon
# collapses", "the chorus goes 'chest on fire'", "a case study on a patient with a PE". Their
# alarm words are set aside like a figure of speech, so the bank is not asked to read them again.
_FICTION = words(
    # Not "in the game" or "in the play": both are sport ("went down in the game today").
    r"in the (?:film|movie|series|episode|book|novel|drama)",
    # Not a "game" or a "story" alone: "the game where the keeper collapsed" was a real match.
    # Not "had an odd episode yesterday where the words wouldn't come": an episode is a spell
    # too, so only one watched is a programme.
    r"(?:film|movie|drama|programme|(?:watch\w*|tv|telly|netflix|series|show|season|latest) "
    r"(?:\w+ ){0,2}episode|(?:the|this|that|last nights) episode|documentary|news story|scene|"
    r"sim game|video game)"
    r"(?: last night| yesterday| earlier)? (?:where|about|in which) "
    r"(?:(?:a|an|the|my|her|his|you)\b|\w+s\b)"
    r"(?! (?:chest|heart|leg|legs|calf|arm|head)\b)",
    r"case study (?:on|about|of|for) (?:a|an|the|my|our)",
    # Sport and news on screen: "showed a clip of a footballer collapsing", "saw on the news a
    # runner collapsed", "watching the marathon on telly where runners were collapsing". Not
    # "a video of my dad", which may be today's.
    # Only with nothing of the writer's own told after it in the sentence: not "saw on the news
    # a runner collapsed, and now my chest is crushing", nor "...a rider crashed, my chest is
    # tight".
    r"(?:video|clip|footage|coverage|highlights|replay)s? (?:\w+ ){0,4}(?:of|where|showing) "
    r"(?:a|an|the|some|(?!his\b|its\b)\w+s)\b(?! (?:chest|heart|leg|legs|calf|arm|head)\b)"
    rf"{_NOTHING_OF_MINE}",
    rf"(?:saw|seen|watched|read|heard)(?: \w+){{0,2}} (?:on|in) the (?:news|paper|papers)"
    rf"{_NOTHING_OF_MINE}",
    r"(?:race|match|game|marathon|final|tour|olympics|tournament)(?: \w+){0,2} on (?:the )?"
    rf"(?:telly|tv) where{_NOTHING_OF_MINE}",
    # Filming or writing one: "filming a short for our club and the fighter faints in act 2".
    r"(?:filming|writing|shooting|making) (?:a |an |our |my )?(?:short|film|sketch|scene|script|"
    r"video|play)",
    # A programme watched: "watching All Creatures and the old farmer clutched his chest".
    r"watching (?:\w+ ){1,6}(?:and|when) (?:the|a|an|this|that) (?:\w+ ){0,2}(?:clutched|collapsed|"
    r"fainted|keeled|went down|dropped)",
    # A clip watched: "saw a prank video of someone 'fainting' from a sneeze".
    r"(?:prank|tiktok|youtube|insta\w*|viral|funny|fail) (?:video|clip|reel|short)s? (?:of|where|"
    r"about|with) (?:someone|somebody|a|an|people|some|this|these)",
    # Coursework and exams: "exam revision q: pt with chest pain...", "OSCE prep".
    r"(?:exam|osce|module|assignment|coursework|homework|lecture|revision|viva|finals) "
    r"(?:q|qs|question|questions|revision|case|scenario|prep|notes|presentations?)\b",
    r"(?:revising|studying|revision) (?:for|on) (?:my |the |our |a )?(?:\w+ )?(?:exam|osce|finals|"
    r"module|test|viva)",
    r"(?:rhythm strip|ecg|ekg|anatomy|pharmacology) quiz|mnemonic",
    # A teaching case, told by its format: "PBL case today: 58M, crushing chest pain", "a
    # vignette: 72F, sudden weakness". An age with a sex letter is how a case is written.
    r"(?:pbl|cbl|tbl) (?:case|session|tutorial|group)|vignettes?",
    # Not a walk to "the station (maybe 400m)": an age is one or two figures.
    r"(?<!the )(?:case|station|scenario)(?: \w+){0,3} \d{1,2} ?(?:m|f|yo)\b",
    # Practice on a training dummy: "did CPR on the resus dummy and one of them yelled...".
    r"(?:on|to) (?:the|a|our) (?:resus |cpr |first aid )?(?:dummy|dummies|manikin|mannequin)s?",
    # A part played well: "fainted right on cue, brilliant acting".
    r"(?:right |bang )?on cue|(?:brilliant|great|amazing|fab|fantastic|lovely) acting",
    # A patient at work, seen to: "patient on my rounds had a bleeding vein, we dressed it, all
    # sorted", "triaged a query PE on shift". Only at work and with the outcome told, so a
    # relative who was a patient ("sent home on Monday, now her calf is hot") is still read.
    r"(?:patient|patients|pt)\b(?: \w+){0,3} (?:on (?:my |the )?(?:rounds|shift|ward|placement|"
    r"nights)|in (?:outpatients|clinic|resus|theatre)|at work)(?: \w+){0,14} (?:all sorted|"
    r"sorted|(?:she|he|they) (?:was|were) fine|came back (?:clear|normal)|dressed it)",
    r"(?:triaged|clerked|admitted|assessed|saw) (?:a |an )?(?:query|suspected|possible|likely) "
    r"(?:\w+ ){0,2}on (?:shift|the ward|nights|placement)",
    # Signs listed as the joke of being drunk: "face drooping, speech slurred = me after 3 pints".
    r"me after (?:\d+|a few|two|three|four|five|six|some|too many|one too many) (?:pints|beers|"
    r"drinks|shots|wines|ciders|glasses)",
    # A character in a game or a show: "the character in the game I'm playing faints".
    r"(?:character|avatar|npc|hero|heroine|villain)s? in (?:the|my|this|a) (?:\w+ )?(?:game|book|"
    r"show|film|series|novel|comic)",
    r"film night|movie night",
    # A writer's own fiction: "writing a story where she gets off a coach", "in my novel".
    r"(?:writing|write|wrote|drafting|plotting) (?:a|my|this|the) (?:short )?(?:story|novel|book|"
    r"script|screenplay|fic|fanfic|chapter)",
    r"in my (?:novel|book|script|fic|fanfic|screenplay|manuscript|wip|short story)",
    r"(?:my|the|a) (?:main character|protagonist|heroine)\b",
    # A tabletop game's rules, never the game or the table: "failed her con save and dropped",
    # "the DM wants a save every round". "At D&D tonight my chest went tight" is still read.
    r"(?:con|constitution|death) (?:saves?|saving throws?)|saving throws?|"
    r"the dm (?:wants|ruled|rolled|made us|asked for)",
    # Acted, in play: "a game where they faint dramatically", "pretending to pass out".
    r"(?:pretend|pretends|pretending|pretended) to (?:faint|collapse|pass out|die|be dead)|"
    r"faint\w* dramatically|dramatically faint\w*|play(?:s|ing)? dead",
    # A performance: "does a dramatic faint onto the sofa", "acting out the heart attack scene",
    # "a big gasping I'm out of breath act".
    r"(?:a|her|his|their) dramatic (?:faint|swoon|collapse)",
    r"act(?:s|ing)? out (?:the |a |her |his )?(?:\w+ ){0,2}(?:heart attack|stroke|faint\w*|"
    r"collapse|death)(?: scene)?",
    # Named as a show ("big", "whole"): not "did a balancing act on the stairs and fell".
    r"(?:does|doing|did|puts on) (?:a|her|his|their|the) (?:big|little|dramatic|whole) "
    r"(?:\w+ ){0,5}act\b",
    # Said outright: "figure of speech, I was fine", a crossword's clue.
    # Not "sat doing the crossword when my chest went tight".
    r"figure of speech|not literally|(?:just|only) being dramatic|crossword (?:clue|help|answer)s?",
    # Guidance taught to a group, not felt: "the first aid course covered chest pain", "she told
    # us chest pain with sweating means ring 999". Never a session or "said": "the session was
    # all about squats and my chest went tight", "the 111 nurse said it means call 999" are real.
    r"(?:class|course|lecture|workshop|module|leaflet|poster)(?: today| tonight| yesterday)? "
    r"(?:covered|taught us|talked us through)",
    r"(?:told us|taught us|showed us)(?: \w+){0,12} (?:means|mean|=) "
    r"(?:you )?(?:ring|call|dial|phone) (?:999|911|112|000|an ambulance)",
    # A video game's own words: "that boss fight made me pass out", "a stroke debuff".
    r"boss (?:fight|battle|level|rush)|final boss|\w* ?debuffs?|respawn\w*|cutscenes?|npcs?",
    # A dream told: "dreamt I was having a heart attack", "in my dream I fainted on stage". Not
    # "woke from a dream with chest pain", nor a dream told with what it woke them to ("dreamt I
    # was falling and woke up with crushing chest pain"): the waking is real.
    r"(?:dreamt|dreamed|dreaming) (?:that |about )?(?:i|he|she|we|my|you)\b" + _NOT_WOKEN_TO,
    r"in (?:my|his|her|the|a|last nights) dream" + _NOT_WOKEN_TO,
    # A soap's plot: "his heat stroke is the heatwave episode of his soap".
    r"episode of (?:his|her|my|their|the|a) (?:\w+ ){0,2}(?:soap|show|series|drama|programme|"
    r"sitcom)",
    r"(?:telling me|told me|tells me) the plot",
    # Make-believe with a child: "playing doctors with my daughter".
    r"playing (?:doctors?|hospitals?|nurses?|vets?)",
    # Songs and chants: "the chorus goes 'chest on fire, arm gone numb'".
    r"(?:chorus|lyrics?|verse|chant|poem|rhyme)(?: \w+){0,3} (?:goes|says|is about|about)",
    r"(?:new |the |our |my )(?:chorus|lyrics)\b",
    # "Writing a poem for the creative channel: 'an elephant sat on my ribs'".
    r"(?:writing|wrote|write|drafting|working on) (?:a |my |this |the )?(?:poem|song|verse|haiku|"
    r"short story)",
    r"if (?:my|his|her) \w+ (?:ever|should ever) \w+",
    # Someone else seen on screen; not "watching the match on TV when my chest started".
    r"(?:saw|watched|watching) (?:\w+ ){0,3}on (?:tv|telly|the telly|the news|youtube) "
    r"(?:and|where) (?:a|an|the|her|his|this)\b(?! (?:chest|heart|leg|arm|head)\b)",
    # A form's question: "the health form asks about fainting, do I tick it?"
    r"(?:form|questionnaire|question|box)(?: \w+){0,4} (?:asks?|asking) (?:about|if|whether|have "
    r"you|did you|do you|are you)",
)
# A sentence that imagines a case rather than reports one: "what do we do if a member
# collapses?", "in case I ever get a clot", "should people take anything if…".
# "Say someone faints...": a case put to the room, read as imagined (below) and, with a question
# after it, as a question about signs (framing.ABOUT_SIGNS).
CASE_PUT = r"(?:^|(?<=\bso )|(?<=\blets ))say "
CASE_PUT_WHO = (
    r"(?:someone|somebody|a member|a client|a (?:kid|child|player|runner|swimmer|rider|student|"
    r"pupil|athlete|teammate|participant))"
)
_IMAGINED = words(
    r"what (?:do|should|would|to|can|must) (?:you |i |we |one |they |people |the rest of us )?"
    r"(?:do )?(?:if|when)",
    r"what happens if",
    r"in case",
    # Not "it's agony if someone stretches my foot": a test of the member's own limb. Nor a
    # likeness: "feels as if somebody is sitting on him".
    r"(?<!as )if (?:someone|somebody|anyone|a person|one|you|youre|people|a member|a friend|"
    r"someones)"
    r"(?! (?:\w+ ){0,2}(?:stretch|mov|touch|press|bend|pull|push|squeez|pok|prod|lift|"
    r"straighten|wiggl|flex)\w*)",
    r"if (?:a|an) (?:kid|child|player|runner|spectator|student|pupil|client|athlete|teammate|"
    r"patient|relative|colleague|mini ?stroke|tia|stroke|heart attack|clot)",
    r"should (?:you|one|people|someone)",
    r"if (?:a|an) (?:\w+ )?(?:vein|varicosity)",
    # A case put to the room: "say someone faints mid-session, do we...".
    CASE_PUT + r"(?:" + CASE_PUT_WHO + r"|one of (?:them|us|the \w+))",
    # Talk of a kind of event: "shallow water blackout sounds terrifying". Not "his breathing
    # sounds terrifying", which is a report.
    r"(?<!breathing )(?<!breath )(?<!he )(?<!she )(?<!it )sounds (?:terrifying|scary|frightening)",
    # A coach asking the room: "anyone feeling faint?"
    r"(?:is )?anyone (?:else )?(?:feeling|feel|felt)",
    # "If I ever faint on a run, leave me there": a wish, not a report.
    r"if (?:i|you|we|he|she|they) (?:ever|should ever|do ever) (?:\w+ ){0,2}(?:faint|collapse|"
    r"pass out|keel over|drop|go down|have a|get a)",
    # First aid taught or asked about, not the first aiders who saw to someone ("first aid said
    # dehydration and sent me home" is a real faint).
    r"first aid(?! (?:said|says|told|reckoned|thought|checked|saw|came|team|tent|room|post|crew|"
    r"staff|people|lady|guy|man|woman|were|was|looked|sent|gave|put|took|called|got|sat|"
    r"kept|had)\b)"
    # Nor a member's own turn at the course: "at my first aid course today I got chest pain".
    r"(?! (?:course|training|class)(?: today| tonight| yesterday| this \w+)? (?:i|and i|when i) "
    r"(?:got|had|felt|started|went|came over|suddenly))"
    # Nor a course named beside what is happening: "I've done a first aid course but I'm shaking".
    r"(?! (?:course|training|class) but\b)",
)
_NOW_BEFORE_THE_WHAT_IF = re.compile(
    r"\b(?:now|right now|rn|atm|at the moment|currently|as we speak|just now)\b(?=.*?"
    + _IMAGINED.pattern
    + ")"
)
# The imagined case owned up to: "what would you do if...? asking because that's me right now".
# "Asking for a friend" is the same wink.
ITS_ME = words(
    r"(?:thats|its|it is|that is|this is) (?:actually |literally |really |basically |exactly )?"
    r"(?:me|what is happening to me|whats happening to me)(?: right)? now",
    # "(ok it's me)"; not the greeting "it's me again".
    r"(?:ok|okay|fine|well|yes|yeah|alright) (?:its|it is|thats) me\b(?! too| as well| again)",
    # "Asking for... me", not "asking for me and my mum, neither of us has anything".
    r"asking for a friend(?! who)|the friend is me|asking for (?:myself|me)$",
    # The what-if owned up after: "asking because it's happening", "my dad's like that right now".
    r"asking (?:because|cos|coz) (?:its|it is) happening",
    r"(?:im|i am|hes|he is|shes|she is|theyre|they are|(?:my )?(?:dads|mums|moms|wifes|husbands|"
    r"partners|sons|daughters|mates|nans|grans|grandads|grandmas|friends)) like (?:that|this) "
    r"(?:right )?now",
    r"(?:its|it is) happening (?:right )?now|(?:its|it is) happening to me",
    # Owned up at the very end: "...that's just being unfit, right? (it's me)", "that's me btw".
    r"(?:its|it is|thats|that is) (?:actually |really )?me(?: btw| by the way| lol| haha| ha)?$",
    r"(?:im|i am) the (?:someone|friend|person in question)",
    # Or by who has it and that it is now: "...still not coming round? my friend at the gym RIGHT
    # NOW", "...and a temp? 2 days now".
    r"(?:my|our) (?!(?:\w+ ){0,4}(?:fine|ok|okay|well|good|alright|nothing)\b)(?:\w+ ){0,4}"
    r"(?:right now|as we speak)",
    r"(?:\d+|a few|two|three|four|five) (?:days|hours|hrs) now",
)
_PRESENT = words(
    r"since (?:my |the |her |his )?\w+ (?:\d+|a few|few|two|three|six) (?:weeks|months) ago",
    # "Aches since the clot last year": going on since the event, not over with it.
    r"since (?:my |the |her |his |a )?\w+ last (?:year|yr|month|summer|winter|spring|autumn)",
    # Ongoing since a start: "aches since he started atorvastatin 2 months ago", "achy legs since
    # starting my statin last spring", "ached most days since". Not "fine ever since", which
    # closes a story.
    r"since (?:i|he|she|they|we) (?:started|began|went on|switched to) (?:\w+ ){0,4}(?:\d+|a few|"
    r"few|two|three|four|five|six|several) (?:weeks|months) ago",
    r"since (?:starting|beginning|going on|switching to) (?:\w+ ){0,3}(?:last|this) (?:spring|"
    r"summer|autumn|winter|year|month)",
    r"(?:most days|every day|daily|all the time|on and off) since",
    # "Since starting a new tablet a few months ago I've been itchy": ongoing since then.
    r"since (?:starting|beginning|going on|switching to|changing to|upping) (?:\w+ ){0,4}"
    r"(?:\d+|a few|few|two|three|four|five|six|several) (?:weeks|months) ago",
    # An onset dated, not an end: "started a few months ago".
    r"(?:started|began|begun|came on) (?:about |around )?(?:\d+|a few|few|several|two|three|four|"
    r"five|six) (?:weeks|months) ago",
    # A medicine started then and taken since: "started the pill 2 months ago, now my leg...".
    r"(?:started|went on|been on) (?:the |my |a |new )?(?:pill|contraceptive pill|hrt|tablets?|"
    r"meds|medication|testosterone|oestrogen|estrogen|steroids?|injections?) (?:about |around )?"
    r"(?:\d+|a few|few|several|two|three|four|five|six) (?:weeks|months) ago",
    # Not an age ("I'm 35 now", "now 40"): those date the story rather than renew it.
    # Nor "he's home now", the end of a story.
    # Nor "all healed now, back on the full routine", the end of one.
    # Nor "got treated and it's all sorted now", nor "fine now" after a dated story.
    r"(?<!\d )(?<!home )(?<!legend )(?<!joke )(?<!than )(?<!healed )(?<!recovered )(?<!sorted )"
    r"(?<!fine )(?<!resolved )(?<!finished )"
    r"now(?! cleared| resolved| healed| sorted| back (?:to normal|on|to full|training|running))"
    r"(?! \d\d\b(?! ?(?:min|mins|minutes|hours?|hrs?|secs?|seconds|bpm)\b))",
    r"(?:is|are|its|keeps?) getting",
    # "Worse than last year" compares now with then.
    r"(?:worse|bigger|more|heavier|further|sooner) than (?:last|a|this time last) "
    r"(?:year|month|summer|winter)",
    r"compared (?:with|to) (?:last|this time last|a year ago)",
    # "A lot more out of breath on the stairs than a year ago".
    r"(?:more|worse|less|further|slower|harder|bigger|heavier)(?: \w+){0,6} than (?:a|one|two|"
    r"three|\d+) (?:years?|months?) ago",
    # "Puffing much more than I was six months ago": now, measured against then.
    r"(?:more|worse|less|further|slower|harder|bigger)(?: \w+){0,4} than (?:i|it|he|she|they) "
    r"(?:was|were|did|could) (?:\w+ ){0,2}(?:months?|years?|weeks?) ago",
    r"(?:for|over) (?:the )?(?:last |past )?(?:few |several |\d+ |many )?(?:weeks|months) (?:now )?"
    r"(?:i|ive|he|she) (?:get|gets|have|has|keep|keeps|been)",
    # A course up to now: "over the months my leg has slowly got bigger".
    r"(?:slowly|gradually|steadily) (?:got|getting|grown|growing|become|becoming) (?:\w+ )?"
    r"(?:bigger|worse|heavier|more|weaker)",
    # "More breathless than I used to be".
    r"(?:more|worse|less|further|slower|harder) (?:\w+ ){0,7}than (?:i|it|he|she|they) used to",
    "today",
    "tonight",
    # A change after a lifelong or settled state: "has always been a bit bigger, but since the
    # flight yesterday it's hot".
    # Or within the hour: "always had leg pain walking, but an hour ago his foot went cold".
    r"but (?:\w+ )?(?:since|this (?:week|morning|afternoon|evening)|yesterday|last night|(?:over )?"
    r"(?:the )?(?:last|past) (?:few |couple of |\d+ |two |three |four )?days|(?:an?|one|two|three|"
    r"a few|half an|\d+) (?:hours?|hrs?|mins?|minutes) ago|(?:all of a )?sudden\w*)",
    # Still going on since then: "ever since Covid last year", "since last summer".
    r"(?<!fine )(?<!ok )(?<!okay )(?<!well )(?<!better )(?<!normal )(?<!nothing )ever since"
    # Not lifelong: "ever since I was a kid" is how they have always been.
    r"(?! i was| i were| childhood| i can remember| birth| school| forever)",
    r"since (?:\w+ ){0,2}last (?:year|summer|winter|spring|autumn|fall|month)",
    # "Since the spring I've been slower on the hill".
    r"since (?:the )?(?:spring|summer|autumn|winter|easter|christmas|new year)(?: \w+){0,2} "
    r"(?:ive|i have|weve|hes|shes|its|it has|has|have) been",
    # A state that has lasted until now: "has been bigger than the right for months".
    r"(?:has|have) been (?!fine|ok|okay|well|clear|normal|good|great|better|no |nothing|free)"
    r"(?:\w+ ){1,5}(?:for (?:weeks|months|years)|ever since|since)"
    # Not lifelong: "has been thicker since I was a teenager".
    r"(?! (?:i|he|she|we) (?:was|were) (?:a )?(?:kid|kids|child|teen|teenager|baby|little|small|"
    r"young))",
    # A complaint lasting to now, however dated the rest: "I've been breathless on exertion for 2
    # months since my lung clot last year", "breathing's been a bit worse on runs for a couple
    # months".
    r"been (?:\w+ ){0,3}(?:breathless\w*|short of breath|wheezy|worse|sore|swollen|puffy|dizzy|"
    r"achy|aching|painful|numb|tingly|heavy)(?: \w+){0,4} for (?:\d+|a few|few|two|three|four|"
    r"five|six|several|some|a couple of|a couple|couple of) (?:weeks|months)",
    # Not "after not eating all day", which explains an old faint.
    r"(?<!eating )(?<!eaten )(?<!drinking )(?<!drunk )all (?:day|morning|afternoon|evening)",
    # Not "never again", which closes the story.
    r"(?<!racing )(?<!running )(?<!training )(?<!playing )(?<!competing )(?<!lifting )"
    r"(?<!never )(?<!never happened )(?<!hasnt happened )"
    # Nor "again" of what came back: "normal again", "can see my ankle bones again".
    r"(?<!normal )(?<!fine )(?<!pink )(?<!myself )(?<!bones )(?<!ankles )again",
    # Not a story still told: "we still call him Sleepy".
    r"still(?! (?:call|calls|laugh|laughs|joke|jokes|tease|teases|rib|ribs|talk about|"
    r"bring it up|(?:the|a) (?:\w+ )?joke)\b)",
    "currently",
    # "A valve repair years ago and lately I've noticed...": news since then.
    r"lately|these days|nowadays",
    "rn",
    "right now",
    r"this (?:morning|afternoon|evening|week)",
    # Not "since then nothing": the story ended then.
    r"since (?:yesterday|this|last night|then(?! nothing| not once| never| no more| all fine| "
    r"fine)|lunch|lunchtime|breakfast|dinner|tea|teatime|i woke|waking)",
    "at the moment",
    "atm",
    "just now",
    # Symptoms returning, not feeling returning: "then came back fully" is the end of it.
    # Nor a test's result: "came back no clot".
    r"(?:coming|came) back(?! (?:fully|completely|to normal|clear|normal|no (?:clot|dvt|bleed|"
    r"blockages?)))",
    r"another one",
    # A course that runs up to now: "over the past few months it has got more swollen".
    r"(?:over|for|in) the (?:past|last) (?:few |couple of |\w+ )?(?:days|weeks|months|year)",
    r"(?:has|have|is|are|its) (?:just )?start(?:ed|ing)",
    # A change that runs up to now: "his threshold has dropped over ten days".
    r"(?:has|have) (?:dropped|fallen|halved|worsened)",
)


HEDGE = words(r"sure|certain|know|knowing|idea|clear")
# "Just my one calf, not both, has swollen": a negation that picks out which, denying nothing.
# Only "both": "not just sore to press" would otherwise make a look-alike live and hide a report.
WHICH = words(r"both")
# A negation that denies a change, not what follows it: in "it's not shifting, feel sick" the
# "not" belongs to "shifting" (the comma is gone by now), and the sickness is real. So does "not
# better, it's warm".
EASING = words(
    r"shift\w*|eas(?:e|es|ed|ing)|improv\w*|settl\w*|pass(?:es|ed|ing)|fad\w*|budg\w*|"
    r"subsid\w*|lift(?:s|ed|ing)?|help(?:s|ed|ing)?|work(?:s|ed|ing)?|stopp\w*|better|"
    # "Getting bigger, not smaller, warm": the swelling denied to shrink, the warmth real.
    r"smaller|less|lighter|"
    # "Spray hasn't touched the pain", "not made a dent in it": the relief is what is denied.
    r"touch(?:ed|es|ing)?|dent(?:ed)?|clear(?:ed|ing)?|sort(?:ed|s|ing)?|fix(?:ed|es|ing)?|"
    r"cured|resolved"
)
# "Hasn't changed in six months", "no change for weeks": the sign stays, and what follows is its
# span. Not "hasn't changed colour", which denies the sign.
_CHANGE = frozenset(("changed", "changing", "change"))
_AWAY = frozenset(("down", "away", "off"))
_WHAT_CHANGES = frozenset(("colour", "color", "shape", "size", "appearance", "texture"))
# Words that can stand between the negation and the easing it denies: "not feeling better, chest
# pain", "isn't getting any better".
_TOWARDS_EASING = frozenset(("feeling", "getting", "any", "much", "looking", "really", "one"))


# A negation that denies a cause, not the sign after it: "not from training, warmer than the right"
# (the comma is gone by now) still reports the warmth.
CAUSE = words(r"from|because|due")
# "No, it's reddish brown": a "no" that corrects what was said before affirms what follows.
_DOUBTING = words(r"not|wouldnt|cant|couldnt|wont|never|dont")
# "No, it's worse", "no seriously he went down": a "no" that contradicts what was said before.
CORRECTION = words(r"its|seriously|honestly|listen|wait")
_DID_NOTHING = frozenset(("doing", "did", "does", "done", "do", "helped", "helps", "touched"))
# "Probably nothing but my pee's gone tea coloured": "nothing" is the writer's guess at what it
# all is, a hedge before the telling, and denies none of what follows.
_GUESSED_NOTHING = frozenset(
    ("be", "probably", "prob", "prolly", "likely", "maybe", "its", "surely", "hopefully", "sure")
)
_BEFORE_A_HARMLESS_NOTHING = _DID_NOTHING | _GUESSED_NOTHING


_CANT = frozenset(("cant", "cannot", "couldnt", "unable"))
_PERFECT_DENIALS = frozenset(("havent", "hasnt", "hadnt"))
# What follows "without" when it is what happens: "without stopping", "without my calf aching".
_HAPPENS_ON_THE_WAY = frozenset(
    ("stopping", "having", "pausing", "resting", "getting", "a", "my", "his", "her")
)


# Verbs that close a denial with their particle: "didn't black out", "never passed out", "didn't
# knock me out", "wasn't knocked out", "didn't lose consciousness"; not "didn't pass any blood".
_ENDS_ITSELF = frozenset(("black", "blacked", "pass", "passed", "knock", "knocked", "lose", "lost"))


# What a day's denial can be of: "not drinking much", "not eating properly".
_TAKEN_IN = frozenset(
    ("drinking", "eating", "sleeping", "peeing", "weeing", "drunk", "eaten", "slept", "peed")
)


# Auxiliaries that need a verb after them: "it hasn't" followed by a noun has lost its verb.
_AUXILIARY_DENIALS = frozenset(
    ["hasnt", "havent", "hadnt", "didnt", "doesnt", "dont", "wont", "cant", "couldnt", "wouldnt"]
)
_BARE_BODY_PARTS = frozenset(
    [
        "chest",
        "heart",
        "calf",
        "calves",
        "leg",
        "legs",
        "arm",
        "arms",
        "face",
        "lips",
        "jaw",
        "foot",
        "feet",
        "head",
        "neck",
        "toes",
        "fingers",
        "hand",
        "hands",
        "eyes",
        "vision",
        "speech",
        "ankle",
        "ankles",
        "knee",
        "shin",
        "pee",
        "wee",
        "urine",
    ]
)


def _negated(tokens: list[str], at: int) -> bool:
    """A negation in the three words before `at`. "Or not" ("A&E or not?") asks, and a hedge
    ("not sure", "don't know") doubts: neither denies what follows. Nor does one that denies
    an easing ("not shifting", "isn't settling"), one that says which ("not both"), one that
    denies a cause ("not from training"), or a "no" that corrects ("no, it's worse", "no
    seriously, he went down")."""
    # A list denied as a whole: "no chest pain or palps", "no sweating, sickness or dizziness".
    reach = 6 if at > 0 and tokens[at - 1] in ("or", "nor") else 3
    for j in range(max(0, at - reach), at):
        if not NEGATION.fullmatch(tokens[j]) or (j > 0 and tokens[j - 1] == "or"):
            continue
        # "Wouldn't say I'm not dizzy", "not that it's not sore": two negations, no denial.
        if j >= 3 and tokens[j - 2] in ("say", "that") and _DOUBTING.fullmatch(tokens[j - 3]):
            continue
        # "Can't manage ten steps without stopping for breath": the stopping happens. Not "can't
        # lie flat without feeling she's drowning", which tells what lying flat would bring.
        if (
            tokens[j] == "without"
            and _CANT.intersection(tokens[max(0, j - 8) : j])
            and j + 1 < len(tokens)
            and tokens[j + 1] in _HAPPENS_ON_THE_WAY
        ):
            continue
        # "Hasn't been able to catch her breath": what she cannot do is the sign, as after
        # "can't".
        if (tokens[j] in _PERFECT_DENIALS or tokens[j] == "not") and tokens[j + 1 : j + 3] in (
            ["been", "able"],
            ["managed", "to"],
        ):
            continue
        following = tokens[j + 1] if j + 1 < at else ""
        # "No sweats, just sore to touch", "no pain but numb": the denial ended at its own item
        # (the comma is gone by now), and what comes after "just" or "but" is told.
        if tokens[j] == "no" and any(tokens[k] in ("just", "but") for k in range(j + 2, at)):
            continue
        if (
            HEDGE.fullmatch(following)
            or EASING.fullmatch(following)
            or (
                following in _TOWARDS_EASING
                and any(EASING.fullmatch(word) for word in tokens[j + 2 : min(j + 4, at)])
            )
            or (
                following in _CHANGE
                # Not "no change in the swelling", which tells it is as it was: stable.
                and tokens[j] != "no"
                and (j + 2 >= len(tokens) or tokens[j + 2] not in _WHAT_CHANGES)
            )
            # "Hasn't gone down", "not gone away": the sign stays.
            or (
                following in ("gone", "go", "going")
                and j + 2 < len(tokens)
                and tokens[j + 2] in _AWAY
            )
            or WHICH.fullmatch(following)
            or CAUSE.fullmatch(following)
            # "Told my GP nothing about the chest pain": the telling is denied, not the pain.
            or following == "about"
            # "No warning, just went down": the warning is what is denied.
            or following in ("warning", "warnings")
            # "Better off without her, she's got the pills out": "without" ends at its person.
            or (tokens[j] == "without" and following in ("me", "him", "her", "them", "us"))
            # "In the snow with no gloves, warmed up in 5 minutes": the clothing is what is
            # denied, and the comma that ended it is gone.
            or (tokens[j] in ("no", "without") and j + 2 == at and following in _CLOTHING)
            # "She has no air, coughing blood": a learner's breathlessness, itself a sign, denies
            # nothing after it.
            or (
                tokens[j] == "no"
                and j + 2 == at
                and following == "air"
                and j > 0
                and tokens[j - 1] in _HAVING
            )
            # "Painkillers doing nothing, fingers tingling": "nothing" is what they did, and the
            # comma that ended it is gone. Or the writer's guess at it all ("probably nothing").
            or (
                tokens[j] in ("nothing", "nowt")
                and j > 0
                and tokens[j - 1] in _BEFORE_A_HARMLESS_NOTHING
            )
            # "Hurt like nothing ever, pee is dark": a likeness that says how bad, and denies
            # nothing after it.
            or (tokens[j] in ("nothing", "nowt") and j > 0 and tokens[j - 1] == "like")
            # "Lay on the floor, which she never does, breathing fast" (the comma is gone by
            # now): "does" stands for what came before, and the breathing is real.
            or (following in ("does", "did", "do") and j + 2 == at)
            # "It's not just a headache", "not just sore": more than that, so it is told. Not "not
            # just my legs" or "not just after flights", which add to what is denied.
            or (
                following == "just"
                and tokens[j] in ("not", "isnt", "wasnt", "arent")
                and j + 2 < len(tokens)
                and tokens[j + 2] in _MORE_THAN_THIS
            )
            # "The air does not arrive, lips look blue", "inhaler didn't help, chest tight": a
            # verb that takes no object closes the denial (the comma after it is gone), and what
            # comes next is told.
            or (following in _CLOSES_ITS_DENIAL and j + 2 == at)
            # "See if it settles but it hasn't, chest feels like...": an auxiliary with its verb
            # left out ends its own clause, and a bare body part cannot be what it denies.
            or (
                tokens[j] in _AUXILIARY_DENIALS
                and j + 1 == at
                and j > 0
                and tokens[j - 1] in ("it", "he", "she", "they", "that", "this")
                and tokens[at] in _BARE_BODY_PARTS
            )
            # "Not sweating, talking nonsense", "not sweating and confused": sweat gone is itself
            # heatstroke's sign, so its denial ends with it (the comma is gone by now).
            or (
                following == "sweating"
                and tokens[j] in ("not", "isnt", "wasnt", "stopped")
                and (j + 2 == at or (j + 3 == at and tokens[j + 2] == "and"))
            )
            # The match may start with the corrected words themselves ("no, it's reddish").
            or (tokens[j] == "no" and CORRECTION.fullmatch(tokens[j + 1]) is not None)
            # "Didn't black out, headache still there": the denial ends with its own phrasal
            # verb (the comma that closed it is gone), and what follows is told, not denied;
            # not "didn't black out or vomit", a list denied whole.
            or (
                following in _ENDS_ITSELF
                and j + 3 == at
                and tokens[j + 2] in ("out", "consciousness")
                and tokens[at - 1] not in ("or", "nor")
            )
            # "Not drinking much, dizzy standing up": the denial is of the drinking, closed by
            # its "much" (the comma after it is gone); what follows is told.
            # "She doesn't eat, fever 38": the eating is denied, the fever told.
            or (following in ("eat", "eats", "drink", "drinks") and j + 2 == at)
            or (
                following in _TAKEN_IN
                and j + 3 == at
                and tokens[j + 2] in ("much", "enough", "anything", "properly", "well")
            )
        ):
            continue
        return True
    return False


_HAVING = frozenset(("has", "have", "had", "having", "get", "gets", "got", "getting"))
_MORE_THAN_THIS = frozenset(("a", "an", "sore", "achy", "aching", "stiff", "tired", "tight"))
_CLOSES_ITS_DENIAL = frozenset(
    (
        "arrive",
        "arrives",
        "arriving",
        "help",
        "helps",
        "helping",
        "helped",
        "work",
        "works",
        "working",
        "worked",
    )
)
_CLOTHING = frozenset(
    ("gloves", "mittens", "hat", "coat", "jacket", "socks", "shoes", "boots", "layers", "wetsuit")
)


# Alarm words used as figures of speech: "nearly fainted when my PT said 100 burpees",
# "having a stroke trying to read this spreadsheet". Kept narrow on purpose: "my dad is having a
# heart attack at the gym" and "nearly passed out when I saw my heart rate" are reports.
_FIGURATIVE = words(
    # Feelings told in the words of a faint or a fit: "blacked out emotionally", "having a seizure
    # because the wifi died", "legs shaking like I'm having a seizure after the wall sits".
    # Taken back in the same breath: "blacked out mid set... jk".
    r"^(?:\w+ ){1,10}(?:jk|just kidding|only joking)",
    r"(?:blacked|passed|conked) out (?:emotionally|spiritually|mentally)|(?:died|collapsed|"
    r"fainted) (?:emotionally|spiritually|inside)",
    r"(?:having|had|have|having a) (?:a )?(?:seizure|stroke|heart attack|fit|meltdown)s? "
    r"(?:because|cos|coz|cause|bc|over|about) (?:the |his |her |my |our |their )?(?:\w+ )?"
    r"(?:wifi|internet|signal|phone|game|match|score|team|result|price|bill|queue|music|playlist|headphones|"
    r"traffic|exam|meme|spreadsheet|email|rota|shifts?|schedule|timetable)",
    # "Having a heart attack just thinking about tomorrow's rota".
    r"(?:having|had|have|having a) (?:a )?(?:seizure|stroke|heart attack|fit|meltdown)s? (?:just )?"
    r"(?:thinking|reading|looking) (?:about|at)\b",
    # "My heart actually stopped when he missed that penalty."
    r"heart (?:actually |literally |nearly |almost |just )?stopped when (?:\w+ ){0,4}(?:missed|"
    r"scored|saved|saw|said|told|announced|won|lost|walked in|hit)\b",
    r"shak\w* like (?:i|im|i am|i was|hes|shes|he was|she was|theyre) (?:having|had|in) (?:a )?"
    r"(?:seizure|fit)(?: \w+){0,2} (?:after|from|during) (?:the |that |those |my |a )?(?:\w+ ){0,2}"
    r"(?:sits?|squats?|sets?|workout|session|class|leg day|planks?|lunges|burpees|circuit)",
    # A joke about a drill: "I'm allergic to burpees". Never "allergic to exercise" or "to
    # running", which can be a real allergy that exercise sets off.
    r"allergic to (?:burpees|leg day|mornings|mondays|squats|lunges|planks|wall sits)\b(?! \w+ "
    r"(?:throat|lips|tongue|hives|rash|swell\w*|breath\w*))",
    # Awe at a view: "the view from the summit took my breath away" (not a plunge's gasp).
    r"(?:view|views|scenery|sunset|sunrise|landscape|sight|mountains?|lake|skyline|city|dress|"
    r"song|performance)(?: \w+){0,4} (?:took|takes|taking) (?:my|his|her|our|their|the) breath "
    r"away",
    # A loss felt as heartbreak: "my heart is broken, we lost 3-0", "my soul is hurting".
    r"(?:my |our )?heart (?:is |was |s )?(?:broken|shattered|in pieces)|heartbroken|"
    r"(?:my |our )?soul (?:is |s )?(?:hurt\w*|aching|aches|in pain)",
    # Love, not a rhythm: "palpitations of love", "my heart skipped a beat for him".
    r"palpitations of love|heart (?:skipped|skips|missed) a beat (?:for|over|at) (?:him|her|them|"
    r"my crush)",
    # "My heart races every time she texts me back".
    r"heart (?:races|pounds|skips|melts|flutters|goes) (?:\w+ ){0,2}(?:every time|whenever|when) "
    r"(?:she|he|they|my crush|my gf|my bf) (?:texts|messages|smiles|looks|walks in|calls|replies|"
    r"dms|waves)",
    r"(?:nearly|almost) (?:fainted|died|passed out|had a heart attack|had a stroke) when "
    r"(?:\w+ ){0,3}(?:told|tells|said|says|announced|found out|phoned|rang|called|texted|visited|"
    r"turned up|showed up|proposed|pulled out|cut me up|cut in|swerved|jumped out|appeared)",
    # Suspense: "heart pounding like crazy watching the last over of the cricket final". Not one
    # still going, or with anything beside it.
    r"heart (?:was |is )?(?:pounding|racing|thumping|hammering|in my mouth)(?: like (?:crazy|mad))?"
    r"(?: \w+){0,2} (?:watching|during|at|over) (?:the |that |this )?(?:\w+ ){0,5}(?:match|game|"
    r"final|over|penalties|penalty|shootout|derby|race|lap|grand prix|fight|film|movie|episode|"
    r"show|result)\b"
    # Nor one felt on the pitch: "skipping", "went lightheaded, had to come off".
    r"(?!.*\b(?:still|hours?|faint\w*|dizzy|chest|breath\w*|light ?headed|lightheaded|woozy|"
    r"skipp\w*|flutter\w*|come off|came off|subbed off)\b)",
    # Surprise at a place or a thing: "nearly fainted when the cafe at km 180 was actually open".
    r"(?:nearly|almost) (?:fainted|died|passed out|collapsed) when (?:\w+ ){1,6}(?:was|were) "
    r"(?:actually |still |finally )?(?:open|closed|shut|sold out|free|on offer|back in stock)\b",
    # Others' surprise: "the whole hall gasped".
    r"(?:everyone|everybody|the (?:whole )?(?:hall|room|crowd|class|gym|team|stand|pub)|people|"
    r"they all|we all|the (?:kids|lads|girls|parents)) gasped",
    # Shock at a sight or a price: "nearly had a stroke on the spot", "saw the price and
    # literally collapsed lol", "the cost gave me actual angina", "nearly fainted when the email
    # said the membership is going up".
    r"(?:nearly|almost) (?:fainted|died|passed out|had a heart attack|had a stroke) (?:on the spot|"
    r"there and then|right there|at the sight)",
    # The shock the writer's own: not "paid the bill and my dad actually collapsed".
    rf"{_PRICE}(?: (?!{_SOMEONE_ELSE}\b)\w+){{0,8}} (?:and )?(?:nearly |almost |literally |"
    r"actually )(?:fainted|collapsed|passed out|died|had a (?:stroke|heart attack))",
    rf"{_PRICE}(?: \w+){{0,6}} gave me (?:actual |literal |real )?(?:angina|a heart attack|"
    r"a stroke|palpitations)",
    # "The price of protein these days leaves me breathless."
    rf"{_PRICE}(?: \w+){{0,8}} (?:leaves|left|leaving|makes|made) me (?:\w+ )?(?:breathless|"
    r"short of breath|dizzy|lightheaded|light headed|faint)",
    r"(?:nearly|almost|literally|actually) (?:fainted|collapsed|passed out|had a (?:stroke|heart "
    rf"attack)) (?:when|seeing|reading|over)(?: \w+){{0,8}} {_PRICE}\b",
    # A baffling decision blamed on one: "the ref must've had a stroke to give that penalty".
    # Never "must have had a stroke to collapse like that", which is a guess at a real one.
    r"(?:must|mustve|mustive) (?:have |of |ve )?had (?:a )?(?:stroke|heart attack|seizure|fit|"
    r"brain ?fart) to (?:give|award|make|pick|choose|write|send|sign|book|allow|disallow|rule|call|"
    r"think|approve|post|buy|wear|play|say|order|programme|program|plan|design)\b",
    # A fright marked as a joke: "nearly had a stroke when the ram got out onto the road 😂".
    r"(?:nearly|almost) (?:fainted|passed out|died|keeled over|had a (?:heart attack|stroke|"
    r"coronary)) when (?:\w+ ){1,12}lol\b",
    # News posted: "nearly fainted when the rota came out with 7 nights on the bounce".
    r"(?:nearly|almost) (?:fainted|passed out|died|keeled over|had a (?:heart attack|stroke)) when "
    r"(?:the|my|our|this|that|next \w+s) (?:\w+ ){0,2}(?:rota|schedule|timetable|fixtures|draw|"
    r"results?|grades|marks|email|letter|list|bill|invoice|programme|plan) (?:came out|came "
    r"through|came in|arrived|went up|landed|dropped|was posted|was published|was announced)",
    # A nickname and the reason for it: "we call her Angina cause she makes our chest tight".
    r"(?:call|calls|called|nicknamed) (?:her|him|them|it) (?:the )?(?:angina|heart attack|stroke|"
    r"cardiac arrest|dvt)(?: (?:cause|because|coz|cos|as|since)(?: \w+){0,12})?",
    # A machine or a class named as one's angina: "my angina is the leg press machine".
    r"(?:my|our|his|her) (?:angina|heart attack|stroke|cardiac arrest) (?:is|was) (?:the|that|this|"
    r"my|our) (?:\w+ ){0,3}(?:machine|press|class|hill|session|coach|instructor|boss|rota|commute|"
    r"exam|treadmill|rower|erg|bike|stairs|stairmaster)",
    # Dread, not a rash: "the thought of burpees gives me hives".
    r"(?:thought|idea|mention|sight|talk|thinking) (?:of|about)(?: \w+){0,6} (?:gives?|gave|giving)"
    r" (?:me|him|her|them|us) (?:the )?hives",
    # Dread at a sight, not effort: "chest tightens every time I walk past it".
    r"(?:chest|heart)(?: \w+){0,2} (?:tightens|sinks|drops|races|pounds|clenches)(?: \w+){0,2} "
    r"(?:every time|whenever|when) (?:i|we|he|she) (?:walk|go|drive|cycle) (?:past|by) (?:it|that|"
    r"this|the|them|him|her)\b",
    # Muscle grown, gym slang: "looking swole, arms swollen up a whole inch since January".
    r"(?:arms?|biceps|triceps|quads|thighs|legs|calves|chest|shoulders)(?: \w+){0,2} (?:swollen|"
    r"grown|blown) up (?:a whole |an |a |by (?:an |a )?|\d+ )?(?:inch|inches|cm)\b",
    # A wonder of the commute: "nearly fainted when the train was on time".
    r"(?:nearly|almost) (?:fainted|died|passed out|had a heart attack) when (?:\w+ ){1,4}(?:was|"
    r"were|came|arrived|turned up|ran) (?:on time|early)",
    # A strap pulled too tight: "hr strap was so tight my chest felt squeezed, loosened it, fine".
    # Told as too tight, never "the bra wasn't even tight and my chest felt squeezed".
    r"(?:strap|bra|binder|vest|compression (?:top|shirt)|wetsuit|harness|belt)(?: \w+){0,3} (?:so|"
    r"too|really) tight(?: \w+){0,2} (?:my )?chest (?:felt|was|got|feels) (?:squeezed|squashed|"
    r"tight|crushed)",
    # A blow to the chest wall told with its bruise: "chest is sore where the ball hit me, a
    # bruise coming up". Only the soreness where it struck goes; breathlessness, or a spread to
    # the arm, told beside it still reads.
    r"(?:chest|ribs?|sternum)(?: \w+){0,2} (?:is |are |feels? )?(?:sore|tender|bruised|aching)"
    r"(?: \w+){0,2} where (?:\w+ ){0,4}(?:hit|caught|struck|smacked|whacked|clipped|got) (?:me|him|"
    r"her)(?=(?: \w+){0,12} bruis)",
    # Joy at a result: "my heart squeezed when I saw my PR on the board".
    r"heart (?:squeezed|leapt|leaped|jumped|melted|swelled|sang|burst) (?:when|as) (?:i|we) "
    r"(?:saw|heard|read|got|hit|opened)(?: \w+){0,4} (?:pr|pb|personal best|scores?|scoreboard|"
    r"results?|medal|name|news|time|total|grades?|marks)",
    # A form's question quoted on its own: "the gym's form asks 'ever fainted?'".
    r"(?:^|(?<=asks )|(?<=asking )|(?<=question ))(?:have you )?ever (?:fainted|passed out|"
    r"blacked out|collapsed|had (?:a |an )?(?:stroke|heart attack|chest pain|dvt|clot|blackout|"
    r"seizure|fit))$",
    # Grief and sympathy told through the heart: "my heart bleeds for you all", "my heart failed
    # me when I saw her handwriting".
    r"(?:my |his |her )?heart (?:bleeds|bled|breaks|broke|goes out|went out) (?:for|to)",
    r"(?:my |his |her )?heart (?:failed|fails) (?:me|him|her) (?:when|as|at|on)",
    # A baffling read: "tried to read the T&Cs and I think I had a stroke".
    r"(?:read|reading|trying to (?:read|follow|understand))(?: \w+){0,10} (?:and )?(?:i think |i "
    r"swear |pretty sure )?i (?:just |nearly )?had a stroke",
    r"veins? (?:are |were )?(?:full of|running on|pumping) (?:\w+ )?(?:coffee|caffeine|espresso|"
    r"tea|sugar|adrenaline|stubbornness|pride|spite|love)",
    # A mind busy, not a room spinning: "head's spinning with all the paperwork".
    r"(?:head|mind|brain)s? (?:is |was |has been |been )?(?:spinning|whirling|swimming|reeling) "
    r"(?:with|from) (?:all )?(?:the |this |that |my )?(?:paperwork|admin|forms|emails|news|"
    r"info\w*|questions|plans|numbers|options|choices|worries|worry|thoughts|things|lists|"
    r"decisions|grief|memories)",
    # The throat that closes at a loved one's name or memory: grief's tightness (globus).
    r"throats?(?: \w+){0,8} (?:whenever|when|every time|each time) (?:someone |anyone |people |"
    r"they |you )?(?:says?|mentions?|said) (?:his|her|their|my \w+s) name",
    r"throats?(?: \w+){0,10} (?:when|whenever|while) (?:im |i am |i )?(?:think\w*|talk\w*) about "
    r"(?:him|her|them|my (?:late )?(?:wife|husband|mum|mom|dad|son|daughter|partner|brother|"
    r"sister))",
    # "At" only straight before what was seen ("at the price", "at my new PB"): not "nearly
    # fainted at the gym, paid my membership fee", a near-faint at the gym and a fee after it.
    r"(?:nearly|almost|literally|actually|practically|basically) (?:fainted|died|passed out|"
    r"had a heart attack|had a stroke) (?:(?:when (?:i|he|she|they|we) saw|seeing) "
    r"(?:(?:the|my|i was|i got|we) )?(?:\w+ ){0,4}|at (?:the |my )?(?:\w+ ){0,2})"
    r"(?:price|prices|bill|cost|fees?|entry|programme|plan|timetable|photos?|pics|"
    r"pictures|video|pb|pr|personal best|kudos|likes|post|"
    r"results?|splits|time|step count|steps|score|stats|numbers|leaderboard|total)",
    # Said plainly only of money and rankings: "I fainted when I saw the bill". Not "fainted at
    # the results board", which can be a real faint at a finish.
    r"(?:faint|fainted|died|passed out|had a heart attack|had a stroke) "
    r"(?:when i saw|seeing|at the sight of) (?:the|my) (?:\w+ ){0,2}(?:price|prices|bill|cost|"
    r"leaderboard|total)",
    # Disgust, not a faint: "nearly fainted when I opened that nappy", "at the smell".
    r"(?:nearly|almost) (?:fainted|passed out|died|threw up) (?:when (?:i|he|she|we) "
    r"(?:opened|smelt|smelled|sniffed|changed)|at the (?:smell|stench|whiff)|from the "
    r"(?:smell|stench|whiff))",
    r"(?:gave|give|gives|giving) me a (?:heart attack|stroke) (?:lol|haha|lmao)",
    # A hill or a session blamed: "that hill gave me a stroke".
    r"(?:hill|climb|session|workout|race|run|class|course|route|that|this|it) (?:nearly |almost "
    r"|practically )?(?:gave|gives) me a (?:heart attack|stroke)",
    # A nickname: "my training partner calls me DVT".
    r"(?:calls?|called|calling|nicknamed) me (?:a |an )?(?:dvt|clot|stroke|heart attack|angina)",
    # A whole face, both sides, drooping with tiredness: not one side's weakness.
    r"whole face (?:is |was )?(?:drooping|droopy|sagging)(?: \w+){0,2} (?:from|with) (?:tiredness|"
    r"exhaustion|fatigue|lack of sleep)",
    # "Saddle prices nearly made me faint": a cost, told without "the".
    r"(?:prices?|costs?|bills?|fees?)(?: \w+){0,2} (?:nearly |almost )?(?:made|make|makes) me "
    r"(?:faint|pass out|collapse|have a heart attack|have a stroke)",
    # A crush's smile, not a faint: "I fainted when he smiled at me. literally died".
    r"(?:fainted|swooned|died|passed out|melted) (?:when|as) (?:he|she|they|my crush|the \w+) "
    r"(?:smiled|winked|looked at me|said hi|waved|texted|messaged|walked in|walked past|replied|"
    r"liked|took (?:his|her|their) (?:shirt|top) off)",
    # A result's shock: "fainted from shock when I saw my body fat result".
    r"fainted from (?:the )?shock when (?:i|we) (?:saw|read|got|opened) (?:my|the|our) "
    r"(?:\w+ ){0,3}(?:result|results|score|scores|grade|grades|marks|bill|weigh ?in|reading)",
    # Asleep, not fainted: "passed out on the sofa at 8pm, woke at 6am, best sleep ever".
    r"passed out (?:at \d+\w* |early )?(?:on|in) (?:the |my )?(?:sofa|couch|settee|bed)"
    r"(?: \w+){0,10} (?:woke (?:up )?at \d+\w*|best sleep|slept (?:for|till|until|like|"
    r"\d+ hours?)|nap)",
    # Exasperation, not a report: "having a stroke watching this team throw the lead", "having a
    # stroke trying to learn butterfly". Never "trying to read" or "to talk", which are signs.
    r"having a (?:heart attack|stroke) (?:watching|trying to (?:learn|understand|follow|figure "
    r"out|work out|decipher|teach|fix|explain|assemble|build))",
    # "Having a stroke reading this group chat": a thread's spelling, not a sign.
    r"having a (?:heart attack|stroke) (?:reading|looking at|scrolling) (?:this|that|these|the|"
    r"your) (?:group ?chat|chat|thread|post|posts|comments|messages|replies|spelling|macros|"
    r"numbers|prices|splits|stats|results|programme|program|plan|meal plan|menu|bill)",
    # Someone else's scrawl: "having a stroke trying to read my lecturer's handwriting".
    r"having a (?:heart attack|stroke) (?:trying to read|reading) (?:my |the |his |her |their |"
    r"this |that )?(?:\w+ ){0,2}(?:handwriting|scrawl|writing|notes|essay|assignment|"
    r"instructions|timetable|rota|contract)",
    r"(?:nearly|almost) had a (?:heart attack|stroke) trying to (?:sort|organise|organize|book|"
    r"arrange|plan|fill in|find|park|assemble|build|fix|work out|figure out)",
    # Shock at news or a sight, said as a near-faint: "nearly fainted when I saw what he charged",
    # "when I watched my lift back", "when my crush liked my photo", "when the bill came".
    r"(?:nearly|almost) (?:fainted|passed out|died|keeled over) when (?:"
    r"(?:i|we) (?:saw|heard|read|realised|realized|found out) (?:what|how much)"
    r"|(?:i|we) (?:watched|played) (?:\w+ ){1,4}back"
    r"|(?:my |the |her |his )?\w+ (?:liked|texted|replied|messaged|followed|commented on|dmd|"
    r"slid into)"
    r"|the (?:\w+ ){0,3}(?:bill|invoice|quote|receipt|total|price) (?:came|arrived|landed|"
    r"dropped))",
    # Acted or faked: "did a fake heart attack bit", "I play a bloke having a heart attack in the
    # second act".
    r"fake (?:heart attack|stroke|faint|collapse|seizure)",
    # A joke photo of a numb face: "stroke-face selfie incoming".
    r"stroke ?face (?:selfie|pic|picture|photo|filter|emoji|pose)",
    r"(?:i|we|he|she|they) (?:play|plays|played|am playing|m playing|was playing) (?:a|an|the) "
    r"(?:\w+ ){0,3}(?:having|who has|who had|with) (?:a |an )?(?:heart attack|stroke|seizure|fit)",
    # A screen's news, not a faint: "nearly fainted when I checked my loan balance", "literally
    # fainted when I saw the patch notes".
    r"(?:nearly|almost|literally|actually) (?:fainted|died|passed out|had a heart attack|had a "
    r"stroke) when (?:i|he|she|we) (?:checked|saw|read|opened|looked at)(?: \w+){0,4} (?:balance|"
    r"statement|loan|account|emails?|inbox|grades?|marks|notes|rota|invite|invitation|"
    r"announcement|update|memo)",
    r"face (?:literally |actually )?(?:drooped|dropped|fell) when (?:\w+ ){0,6}(?:landed|arrived|"
    r"came in|popped up|came through|was announced)",
    # News told: "my face literally dropped when they announced the headliner had cancelled".
    r"face (?:literally |actually )?(?:drooped|dropped|fell) when (?:they|he|she|we|someone|the "
    r"\w+) (?:announced|said|told (?:us|me)|revealed|cancelled|called off)",
    # A machine worn out: "the washing machine is in full heart failure".
    r"(?:machine|car|van|boiler|laptop|phone|engine|printer|kettle|fridge|washer|dryer|router|"
    r"computer|hoover|telly|tv)(?: \w+){0,2} (?:is |has gone |went |s )?(?:in|into) (?:full |total "
    r"|complete )?(?:heart failure|cardiac arrest)",
    # A full belly: "eight months pregnant with a food baby".
    r"(?:(?:\w+ )?months? )?pregnant with (?:a |my |this |another )?food baby|food baby",
    # Blame laid on a thing or a person: "this group chat is giving me a stroke".
    r"(?:is|are|was|were|its|keeps|kept|gonna|going to|will|youll) (?:\w+ )?(?:giving|give) me "
    r"(?:a (?:heart attack|stroke)|angina)",
    # A meal blamed for the breath it took away, asked round the room: "who else cannot breathe
    # after Sunday lunch". Not a member's own "can't breathe after lunch", which may be a reaction.
    r"(?:who|anyone) else (?:\w+ )?(?:cant|cannot|can not|could not|couldnt) breathe after "
    r"(?:\w+ ){0,2}(?:lunch|dinner|breakfast|meal|feast|buffet|roast|curry|pizza|brunch)",
    # A swimmer's looks: "my front crawl looks like a drowning cat".
    r"(?:look|looks|looked|looking|swim|swims|swam) like a drowning \w+",
    # "Nearly made me faint (I didn't...)": denied at once.
    r"(?:nearly|almost) (?:made me )?(?:faint|fainted|pass out|passed out|collapse|collapsed|keel "
    r"over)(?: \w+){0,2} i (?:didnt|did not)\b",
    r"fainting couch|faint ?proof",
    # Taken back in brackets: "I literally fainted when I saw my PB on the board (I didn't, I
    # screamed)". Only when the denial closes its clause: "fainted, I didn't eat" is a report.
    r"(?:fainted|passed out|collapsed|keeled over)(?: \w+){0,10} (?:i|he|she) (?:didnt|did not)"
    r"(?= *$| (?:i|he|she|they|we|lol|haha|just|obviously|but)\b)",
    # Taken back at once: "thought I was coughing up blood, then remembered the cherry slushie".
    r"thought (?:i|he|she) (?:was|had|were) (?:\w+ ){1,6}(?:then|but|until|till) (?:i |he |she )?"
    r"(?:remembered|realised|realized|saw|noticed)",
    # Only with a harmless red thing recalled: "panicked, then remembered the red sports drink",
    # never "panicked, then remembered I'm on warfarin".
    r"(?:\w+ ){0,8}(?:panicked|freaked out|worried|panicking)(?: \w+){0,5} (?:then|until|till|"
    r"but then) (?:i |he |she )?remembered (?:the |eating |drinking |having )(?:\w+ ){0,3}"
    r"(?:drinks?|gels?|sweets?|juice|beetroot|slushie|jelly|lolly|lollies|dye|colou?ring|wine|"
    r"ketchup|sauce|jam|cherries|cherry \w+)",
    # Words that wouldn't come for gasping: "couldn't get a word out for a minute from gasping".
    r"(?:get|got|getting) (?:a |one )?words? out(?: \w+){0,4} (?:from|for|with) (?:all the )?"
    r"(?:gasping|panting|puffing|laughing|crying|sobbing)",
    # Technique, not a struggle: "I hold my breath then gasp" in the swim.
    r"(?:hold|holding|held) (?:my|his|her) breath (?:\w+ ){0,3}(?:then|and) gasp\w*",
    # Love, or the music, not a rhythm.
    r"(?:palpitations|heart (?:races|flutters|pounds|thumps))(?: \w+){0,3} (?:every time|whenever|"
    r"when) (?:my |the )?(?:gym )?crush",
    # Only with the music named: "pounding to the point I had to stop" is a report.
    r"(?:thumping|pounding|beating|pulsing) (?:along )?(?:with|to) (?:the )?(?:music|bass|beat|"
    r"drums?|song|rhythm)|(?:thumping|pounding|beating|pulsing) along with it",
    # A place's air, not the member's: "the sauna is so hot you can barely breathe in there".
    r"(?:so|too) (?:hot|humid|stuffy|smoky|steamy) (?:in there )?(?:that )?you (?:can|could) "
    r"(?:barely|hardly|not|just about) breathe",
    # "Nobody wants cola-coloured wee", "nobody needs to actually faint": said of no one.
    r"(?:nobody|no one|noone) (?:wants|needs|needed|likes)(?: to)?(?: \w+){1,4}",
    r"(?:nearly|almost) (?:died|passed out|fainted|collapsed) (?:laughing|from laughing)",
    # Laughter and joy told as the body's: "collapsed in fits of laughter", "chest hurt from
    # laughing", "breathless with excitement".
    r"(?:collapsed|fell about|doubled over|keeled over|died) (?:in|with) (?:fits of )?(?:laughter|"
    r"giggles|hysterics)",
    r"(?:chest|ribs|sides|stomach|tummy|cheeks|face)(?: \w+){0,2} (?:hurt|hurts|hurting|ached|"
    r"aching|sore) (?:from|with) (?:laughing|laughter|giggling)",
    # Not "breathless from laughing": the laughing guards read that, and need its words.
    r"(?:breathless|out of breath) (?:with|from) (?:excitement|anticipation|joy)",
    r"(?:nearly|almost) had a (?:stroke|heart attack) (?:lol|haha|lmao|rofl)",
    # "The scores almost made me pass out": the news did it, not the body.
    r"(?:the|my|those|these|that|this) (?:\w+ ){0,2}(?:price|prices|bill|cost|scores?|results?|"
    r"splits|stats|numbers|total|news|marks) (?:nearly|almost) (?:made me )?(?:faint|pass out|die|"
    r"collapse|have a heart attack|have a stroke)",
    # "When I saw the price of the new deck I nearly passed out".
    r"(?:saw|seen|see|seeing) the (?:price|prices|bill|cost)(?: \w+){0,6} (?:i |he |she )?"
    r"(?:nearly|almost) (?:fainted|passed out|collapsed|died)",
    # News heard first: "when the midwife said 9lb 4 I nearly fainted", "when he told me the
    # price I almost died".
    r"when (?:the |my |his |her |our )?\w+ (?:said|told (?:me|us)|announced|read out)(?: \w+){0,6} "
    r"(?:i |we )(?:nearly|almost) (?:fainted|passed out|died|keeled over)",
    # Swooning over something new: "fainting over the new cocktail menu".
    r"(?:fainting|swooning|fainted|swooned) over (?:the|a|an|this|that) new",
    # A face that droops in photos, lifelong: "my face droops in every photo".
    r"(?:face|eye|smile|mouth)s? droops? in (?:every|all|most|my) (?:photos?|pics?|pictures?|"
    r"selfies?)",
    # "The price of that tub made me faint": a cost, whatever it was a cost of.
    r"(?:the|that|this) (?:price|prices|bill|cost|fee|fees|invoice)(?: \w+){0,4} (?:nearly |almost "
    r")?(?:made|makes) me (?:faint|pass out|collapse|die|have a heart attack|have a stroke)",
    # News and drops: "literally fainted when they announced the release date".
    r"(?:fainted|passed out|died|collapsed|keeled over) when (?:they|he|she|we|it|the \w+) "
    r"(?:announced|released|dropped|revealed|posted|confirmed|leaked)",
    # Bliss, not a faint: "nearly fainted from how good the sauna felt".
    r"(?:fainted|passed out|died|melted) (?:from|at|with) how (?:good|nice|relaxing|amazing|"
    r"lovely|cute|pretty|beautiful|hot)",
    # Taken back at once: "nearly fainted lol jk".
    r"(?:faint|fainted|pass out|passed out|collapsed|died)(?: \w+){0,8} (?:lol |haha )?(?:jk|"
    r"just kidding|just joking|only joking)\b",
    # Or taken back as the message ends: "literally fainted (not really)".
    r"(?:faint|fainted|pass out|passed out|collapsed|died)(?: \w+){0,8} (?:lol |haha )?not "
    r"(?:really|literally)(?: lah| la| lol| haha)?$",
    # "Literally having a heart attack 😂", "the chat thought I was having a stroke 💀": a joke
    # marked as one straight after. The rest of the message is still read.
    r"(?:(?:thought|think|thinks|said|says) (?:i|he|she|they) (?:was|were|am|is) )?having a "
    r"(?:heart attack|stroke|cardiac arrest)(?: (?:rn|right now|over here|here|now))? (?:lol|haha|"
    r"lmao|rofl)",
    # "My kiai sounded like someone having a heart attack": a sound compared, not a sign.
    r"sound\w* like (?:someone|somebody|a \w+|i was|he was|she was) (?:is |was )?having a "
    r"(?:heart attack|stroke)",
    # Giddy with a feeling, and the heart's troubles got from a view: "dizzy with happiness",
    # "the angina we all get just looking at that hill".
    r"dizzy with (?:happiness|joy|excitement|love|delight|pride|relief)",
    # "My brain had a stroke counting macros", "heart skipped a beat when the cannon went off",
    # "laughed so hard I couldn't breathe", "ate until I wanted to faint".
    r"(?:my |his |her )?(?:brain|head|mind) (?:had|has|is having|nearly had|just had) a "
    r"(?:full |full on |proper |complete |total )?(?:stroke|seizure)",
    # A seizure of joy, and one given by a result "lol": a feeling, not a fit.
    r"(?:seizure|fit) of (?:joy|laughter|happiness|excitement|delight|giggles|rage|cringe)",
    r"gave (?:me|us) a (?:\w+ )?(?:seizure|stroke|heart attack) (?:lol|haha|lmao|ffs|ngl|fr)",
    # "Having a seizure trying to learn the routine", "dropped the bar like I'd had a stroke".
    # Not "having a heart attack doing the gardening", which is a report.
    r"having a (?:\w+ )?seizure (?:trying to (?:learn|understand|follow|read|work out|figure)|"
    r"learning|reading|looking at|watching)",
    r"like (?:i|id|he|she|hed|shed|they|theyd)(?: had| d had| was having| were having)? a "
    r"(?:stroke|seizure|heart attack)(?: lol| haha| lmao)",
    # A selfie or a face that "looked like I'd had a stroke": the writer's own look compared.
    # Never someone else's ("he looked like he'd had a stroke"), which may be the worry itself.
    r"(?:look|looks|looked|looking) like (?:i|id)(?: had| d had| have| just had)? a (?:stroke|"
    r"heart attack)",
    # A faint said for joy or drama, marked as a joke: "literally fainted when I saw my name at
    # the top of the PR board lol", "fainted when my deed poll came through. dramatically".
    r"(?:literally |actually |basically )?fainted (?:when|as soon as|the second) (?:\w+ ){1,14}"
    r"(?:lol|haha|lmao|deceased|dramatically)\b",
    # A fit had "because the showers are freezing": a tantrum, not a seizure.
    r"having a fit(?: \w+){0,5} because (?:the|of|it|they|we|he|she)",
    # A thing, not a body: "my fantasy team is having a full on stroke this week".
    r"(?:team|squad|lineup|rota|schedule|calendar|code|laptop|phone|computer|pc|wifi|internet|"
    r"app|server|printer|spreadsheet|portfolio|stocks|bank account|wallet|car|engine|battery|"
    r"body battery|watch|garmin|fitbit|strava|whoop|tracker|readiness|sleep score|score|"
    # "Our defence had a stroke in the second half", "my FTP had a stroke over winter".
    r"defen[cs]e|midfield|back ?line|ftp|power|watts|numbers|form|technique|swing|zwift|router|"
    r"playlist) "
    r"(?:is |was |just |has )?(?:basically |literally |totally |actually |absolutely )?"
    r"(?:having|had|has) (?:a )?(?:\w+ ){0,2}(?:stroke|heart attack|seizure)",
    r"heart skipped a beat (?:when|as|at)",
    # Not "laughing so hard and now he can't breathe": that is now.
    r"laugh\w* so (?:hard|much)(?: (?!now\b|still\b)\w+){0,5} (?:i|he|she|we) (?:couldnt|cant|"
    r"could not) (?:breathe|breath)",
    r"until (?:i )?(?:want to|wanted to|wanna|nearly|almost) (?:faint\w*|die|pass out)",
    # The topic, not a sign: "fainting stories thread?"
    r"(?:faint\w*|stroke|heart attack|collapse)s? (?:stories|story|thread|memes?|tales)",
    # Never one had while doing it: "mum had a stroke reading the paper this morning".
    r"(?<!had a )(?<!has had a )(?<!having a )(?<!had an )(?:angina|heart attacks?|strokes?)"
    r"(?: \w+){0,3} (?:just )?(?:looking at|seeing|thinking about|reading) (?:the|that|this|my|"
    r"those)",
    # Denied for two at once: "neither of us has any calf pain or breathlessness".
    r"(?:neither|none) of (?:us|them) (?:has|have|had|got|felt|feels|is|was|were) (?:any )?"
    r"(?:[a-z]+ ){0,2}(?:pain|ache|swelling|breathlessness|symptoms)(?: or (?:[a-z]+ ){0,2}"
    r"(?:pain|ache|swelling|breathlessness))?",
    # An outside guess named, not a sign told: "ChatGPT said DVT", "Google reckons it's a clot".
    r"(?:chatgpt|chat gpt|google|reddit|tiktok|the internet|a forum|an app|(?:the |a )?symptom "
    r"checker|webmd)(?: \w+){0,2} (?:said|says|thinks|reckons|suggested|told me)(?: it| its| it "
    r"is| it was| could be| might be| was)?(?: an?)? (?:dvt|clot|blood clot|pe|angina|heart "
    r"attack|stroke|rhabdo\w*)",
    # A mistaken fright: "screamed thinking my varicose vein had burst" (it was beetroot juice).
    r"(?:thinking|thought|assumed) (?:that )?(?:my|his|her) (?:\w+ ){0,2}(?:had|has|was) "
    r"(?:burst|bleeding|bled)",
    # Someone else's question, the word only: "mum messaged asking if I'd had a stroke".
    r"(?:asking|asked|wondering|wondered) (?:me )?(?:if|whether) (?:i|id|hed|shed|he|she|they) "
    r"(?:had|was having|were having) a (?:stroke|heart attack)",
    # "That leaderboard has me fainting".
    r"(?:has|had|have|got) me (?:fainting|dying|collapsing|passing out|having a heart attack)",
    # Laughter told as breath: "can't breathe, this thread has me screaming".
    r"(?:cant|couldnt|cannot) breathe(?: \w+){0,6} (?:has|had|got) me (?:screaming|crying|wheezing|"
    r"weak|dead|howling)",
    # Laughing, said as not breathing: "says I can't breathe when he laughs too hard".
    r"(?:cant|couldnt) breathe(?: \w+){0,3} (?:when|whenever|while|from|with) (?:\w+ ){0,2}"
    r"laugh\w*",
    # Sore from the noise made, not the heart: "chest is paining from all the shouting at the TV",
    # "my chest hurts from laughing". Only ending the sentence: "...from shouting and now I'm
    # sweating" says more.
    r"chest (?:is |s )?(?:\w+ )?(?:hurts?|hurting|paining|sore|aching|aches) (?:\w+ ){0,2}(?:from|"
    r"with) (?:all the |so much |the |all that )?(?:laugh\w*|shout\w*|scream\w*|sing\w*|cheer\w*|"
    r"yell\w*|sobb\w*|crying|cried)(?: at (?:the |my )?(?:tv|telly|screen|match|game|football|"
    r"ref|referee))?"
    r"(?: (?:lol|haha|lmao))*$",
    # A match on the television, not the heart: "clutched his chest in agony when his team lost".
    r"clutch\w* (?:his|her|my|their) (?:chest|heart)(?: \w+){0,3} (?:when|as) (?:his |her |my |"
    r"our |their |the )?(?:team|side|club) (?:lost|conceded|went out|missed|scored)",
    # A face that fell at the news: "my face drooped when I saw leg day on the programme".
    r"(?:face|heart) (?:completely |totally |just )?(?:dropped|drooped|fell|sank) when (?:the |my |"
    r"our )?(?:coach|trainer|instructor|teacher|boss|pt|physio|surgeon|consultant|dietitian|"
    r"dietician) (?:said|announced|called|read out|shouted)",
    r"(?:face|heart) (?:dropped|drooped|fell|sank) when (?:i|we) (?:saw|heard|read|realised|"
    r"found out|opened)(?! myself| my face| my reflection| (?:it )?in the mirror)(?: \w+){0,4} "
    r"(?:programme|plan|timetable|workout|session|leg day|results?|score|bill|price|email|"
    r"message|news|list|scales)",
    # Anyone's "nearly": "my deadlift form nearly gave the coach a stroke".
    r"(?:nearly|almost|practically) (?:gave|give|gives) (?:me|us|him|her|them|the \w+|my \w+|"
    r"our \w+) a (?:heart attack|stroke|coronary)",
    # Shock at what was told, said after it: "when my client told me she'd done 200 squats with
    # no warm up I nearly passed out myself".
    r"when (?:my |the |her |his )?(?:\w+ ){0,2}(?:told|said|showed)(?: \w+){0,12} (?:i )?"
    r"(?:nearly|almost) (?:passed out|fainted|died|keeled over) (?:myself|on the spot)",
    # "Nearly fainted when she showed me the bill", "fainted when I saw the payment".
    r"(?:nearly |almost )?(?:fainted|passed out|died|keeled over) when (?:\w+ ){0,4}(?:showed|"
    r"told|saw|read|opened|got|seen) (?:me )?(?:\w+ ){0,4}(?:bill|price|invoice|cost|fee|fees|"
    r"payment|total|quote)",
    r"(?:nearly|almost) had a (?:heart attack|stroke) (?:watching|seeing|reading|listening)",
    r"voluntary (?:angina|heart attack|death)",
    # A breed of goat: "the fainting kind".
    r"(?:the )?fainting (?:kind|breed|sort|type)",
    # Tired, not a stroke: "my face is drooping because I've been awake 30 hours".
    r"(?:droop\w*|sagging) (?:\w+ )?because (?:im|i am|ive been|i have been) (?:so |been )?"
    r"(?:tired|awake|exhausted|up)",
    r"droop\w*(?: \w+){0,6} because (?:i was |im |i am )?(?:mid )?(?:sneez\w*|yawn\w*|laugh\w*|"
    r"blink\w*)",
    r"face (?:dropped|fell) (?:the second|the moment|when|as soon as) (?:she|he|they|i|we) "
    r"(?:saw|heard|read|realised|realized)",
    r"(?:nearly|almost) made me (?:faint|pass out|die|collapse) (?:lol|haha|lmao)",
    r"(?:the )?(?:angina|heart attack|cardiac|coronary|stroke) (?:alley|hill|corner|mile|lane|"
    r"climb|steps|special|circuit|workout|finisher|express)",
    # "That last set made me want to pass out": a wish, said of effort.
    r"(?:made|makes|making) me want to (?:pass out|faint|die|collapse|throw up|puke|keel over)",
    r"(?:price|prices|cost|bill)(?: \w+){0,7} (?:gives?|gave|giving) me "
    r"(?:chest pains?|palpitations|a heart attack|a stroke|angina)",
    r"face (?:dropped|fell) when (?:i|we|he|she|they) (?:saw|heard|read|found out|opened|got|"
    r"stepped on|checked|looked at)",
    # Dismay at a mishap: "my face dropped when the pull up bar came off the door frame".
    r"face (?:dropped|fell) when (?:the|my|our) (?:\w+ ){0,4}(?:came off|came down|broke|snapped|"
    r"fell off|gave way)",
    r"(?:nearly|almost) (?:fainted|passed out|died|threw up|keeled over) (?:from|at|because of) "
    r"the (?:smell|stink|stench|pong|noise|price|prices|bill)",
    r"(?:nearly|almost) (?:fainted|passed out|died|keeled over) (?:from|of|with) (?:\w+ ){0,2}"
    r"(?:embarrassment|shame|cringe|boredom)",
    r"(?:cant|couldnt|cannot|could not) breathe (?:for |from |with )?laugh\w*",
    # Laughing at something shown: "can't breathe lol did you see his face", "can't breathe 😂
    # that video" (the faces are read as "lol"). Not "can't breathe lol help".
    r"(?:cant|couldnt|cannot) breathe (?:lol|lmao|haha\w*)(?: lol| lmao| haha\w*)*(?: \w+){0,2} "
    r"(?:that|this|those|these|did you see|have you seen|his face|her face|the video|at (?:that|"
    r"this|the|his|her))\b",
    # Laughing at a mishap told straight after: "can't breathe 😂 my teammate fell in the pool",
    # "can't breathe lol coach made us do burpees". Only the laugh goes: a tight chest told
    # after it still reads.
    r"(?:cant|couldnt|cannot) breathe (?:lol|lmao|haha\w*)(?: lol| lmao| haha\w*)*(?: \w+){0,3} "
    r"(?:(?:my|the|our|his|her) )?(?:\w+ ){0,2}(?:fell|tripped|slipped|face ?planted|walked into|"
    r"ran into|made (?:us|me) do|sent (?:me|us))\b",
    # The goats, and what the sentence goes on to say they do ("they just keel over").
    r"fainting goats?(?: (?!(?:i|my|im|ive|myself)\b)\w+){0,15}",
    r"(?:say|says|said|thinks?|thought) (?:i|he|she) (?:look|looks|looked) like (?:\w+ )?"
    r"(?:faint|fainting|pass out|passing out|collaps\w*) but (?:no|not)",
    # What others always say and never do: "the Year 9s say they're going to faint".
    r"(?:say|says|said|saying) (?:theyre|they are|theyll|they will|hes|shes|im) (?:going to|gonna) "
    r"(?:faint|die|pass out|collapse|be sick|throw up)",
    # A fright or a strain told as a disaster: "I swear my heart stopped when the boss walked
    # in", "that set gave me a stroke fr", "heart attack inducing", "had a whole stroke trying
    # to say his name".
    r"(?:i swear|swear|honestly|nearly|almost|practically) (?:my|his|her) heart (?:stopped|"
    r"was in my mouth)",
    r"(?:gave|give|gives|giving) (?:me|us) (?:a |an )?(?:stroke|heart attack) "
    r"(?:fr|ngl|no cap|istg|bro|lol|haha|lmao)",
    r"(?:heart attack|angina|stroke|aneurysm|palpitation)s? inducing",
    # A shock at something seen, not a body's sign: "nearly had a stroke when I saw the toilet
    # queue", "nearly fainted when I saw my old name on the card". Not blood, a pulse or a
    # reading seen.
    r"(?:nearly|almost) (?:fainted|passed out|had a (?:stroke|heart attack)|died|keeled over) when "
    r"i saw (?!.*\b(?:blood|hr|heart|pulse|watch|reading|monitor|oximeter|bp|bpm|\d+)\b)"
    r"(?:\w+ ){0,6}",
    r"so good (?:that )?i (?:nearly|almost) (?:passed out|fainted|died)",
    # A metaphor for a system: "the booking system is a blood clot in the veins of the NHS".
    r"(?:a |the )?(?:blood )?clot in the (?:veins|arteries|heart) of (?:the|our|this|my) \w+",
    # A form's question, not a sign: "do I tick the fainting box?"
    r"tick (?:the |a |that )?(?:\w+ ){0,2}box(?:es)?",
    # "I'm literally having a heart attack after two flights lmao": effort told as a joke. Only
    # the effort's own words may come between, so no sign told beside it is ever taken away.
    r"(?:im|i am) (?:literally |actually |basically |lowkey |deadass )?(?:having|gonna have|about "
    r"to have) (?:a |an )?(?:heart attack|stroke)(?: (?:after|from|at|doing|on|over|during|one|"
    r"two|three|\d+|a|the|flights?|of|stairs|steps|that|this|sets?|reps?|run|lunges?|squats?|"
    r"burpees?|cardio|leg|day|walk|hill|class|workout|so|bad|my|is))"
    r"{0,8} (?:lol|lmao\w*|haha\w*|rofl|xd|fr)",
    # Never "had an actual stroke" or one "reading the paper": only a "whole" one, or one had over
    # a word.
    r"(?:had|having|has|have) (?:a |an )?whole (?:stroke|heart attack)",
    r"(?:had|having|has|have) (?:a |an )?(?:stroke|heart attack) (?:trying to |while )?"
    r"(?:pronounc\w*|spell\w*|say(?:ing)? (?:the|that|this|his|her|their) (?:name|word|words))",
    r"(?:faint|pass out|die|dying|keel over)(?: \w+)? (?:from|of|with) (?:boredom|laughter|"
    r"embarrassment|cringe|shame)",
    r"(?:nearly|almost) (?:fainted|passed out|died|wet myself) (?:from )?laugh\w*",
    # Said as a thrill: "nearly made me faint, in the good way".
    r"(?:nearly|almost) (?:made me )?(?:faint|pass out|die|puke|throw up)(?: \w+){0,2} "
    r"in (?:a|the) good way",
    # Out of breath with laughter, and what follows it in the sentence ("couldn't breathe").
    r"(?:breathless|out of breath|winded|wheezing|in tears|crying) (?:from |with )?laugh\w*"
    r"(?:(?: \w+){0,12} (?:\w+ )?(?:couldnt|cant|could not|cannot) breathe)?",
    r"laugh\w* (?:so hard|so much|till|until) (?:i |we )?(?:couldnt|cant|could not) breathe",
    # A player's own character in a game: "playing Red Dead and my guy clutched his chest".
    # Not "the guy" or "the player": "playing rugby and the guy next to me collapsed" is real.
    r"playing (?:\w+ ){1,4}(?:and )?(?:my (?:guy|character|avatar|hero|sim)|the (?:character|"
    r"avatar|hero))(?: \w+){0,12}",
    # A stroke or heart attack promised on a condition: "one more reel and I'll have a stroke".
    r"(?:one more|if i (?:have to|see|hear|watch|read|get)|if (?:he|she|they|you) (?:\w+ ){0,3}"
    r"(?:again|more|once more))(?: \w+){0,12} (?:ill|i will|im gonna|im going to|gonna|youll|"
    r"hell|shell) (?:have|get|give me) a (?:stroke|heart attack|coronary|aneurysm)",
    r"(?:having|had|gonna have|going to have|giving me|gave me) a (?:stroke|heart attack) "
    r"(?:trying to (?:understand|read|work out|figure out|follow)|reading|looking at) (?:this|that|"
    r"the|my|these|those) (?:\w+ ){0,2}(?:spreadsheet|price|prices|bill|plan|programme|program|"
    r"form|maths|"
    r"math|code|homework|rules|menu|app|numbers|timetable|choreo|choreography|routine|moves|"
    r"steps|instructions|combo|combination)",
    # Said of the feelings, in so many words: "saw the fee and collapsed (emotionally)".
    r"(?:collapsed|fainted|died|passed out|keeled over|had a (?:seizure|fit|stroke|heart attack))"
    r" (?:emotionally|financially|spiritually|mentally|internally|on the inside)\b",
    # "Nearly had a seizure at the price of the new trainers": a cost, said as a fit.
    r"(?:nearly|almost|practically|literally) had a (?:seizure|fit) (?:at|over|when i saw) "
    r"(?:the |my |those |that |this )?(?:\w+ ){0,3}(?:price|prices|bill|cost|fee|fees|invoice|"
    r"quote)",
)


# Seen already: someone qualified examined it and called it normal or expected ("my surgeon
# reviewed it and said it is normal healing", "midwife says my BP is fine"). Advice in general
# ("midwife said some swelling is normal after birth") is no review of this swelling.
_CLINICIAN = (
    r"(?:surgeon|consultant|physio\w*|gp|doctors?|dr|nurses?|midwife|specialist|team|a and e|ae|"
    r"cardiologist)"
)
_REVIEWED_AS_EXPECTED = words(
    # Treated and healed, the clinician done with it: "the vascular team treated it and it's
    # healed fine", "antibiotics done, healed fine, doc signed it off".
    r"(?:treated|sorted|antibiotics)(?: \w+){0,8} (?:healed|cleared up) (?:fine|well|nicely|"
    r"completely|fully|up)",
    _CLINICIAN + r"(?: \w+){0,2} signed (?:it |him |her |me |them )?off",
    # A pattern that is always so and known to a clinician: "happens every time and my GP
    # knows". What has changed since unsettles it, as for the reviews below.
    r"(?:every time|always|each time)(?: \w+){0,16} (?:and )?(?:my |the |his |her )?"
    + _CLINICIAN
    + r" (?:knows|is aware|says its|said its|says it is|said it was)",
    # Known, stable and under a clinician's regular eye: "stable heart failure, seen monthly by
    # the HF nurse".
    r"stable(?: \w+){0,3} (?:seen|checked|monitored|reviewed) (?:monthly|weekly|regularly|every "
    r"(?:week|month|few weeks|fortnight)) by (?:the|his|her|my|their|a) (?:\w+ )?" + _CLINICIAN,
    _CLINICIAN + r"(?: \w+){0,6} (?:reviewed|examined|checked|looked at|scanned|saw|seen)"
    r"(?: \w+){0,10} (?:said|says|told me|confirmed|reassured me|called it)(?: \w+){0,5} "
    r"(?:normal|expected|healing|fine|nothing to worry about|nothing serious|standard|common|"
    r"(?:a )?harmless|(?:a )?benign)",
    # Better for what the clinician changed: "the HF nurse changed my water tablet last month and
    # the swelling's gone right down".
    _CLINICIAN + r"(?: \w+){0,2} (?:changed|upped|increased|raised|adjusted|switched|added|"
    r"started me on)(?: \w+){0,8} (?:and|since then|since) (?:\w+ ){0,4}(?:(?:gone|come|went|"
    r"came) (?:right |way |right back |all the way )?down|(?:much|loads|so much|way|a lot) better|"
    r"better than)",
    # A condition a review called under control: "last review said it's well controlled".
    r"(?:review|check ?up|check|clinic|appointment|nurse|gp|consultant)(?: \w+){0,3} (?:said|says|"
    r"found|showed|called it|confirmed)(?: \w+){0,3} (?:its |it is |it was |its been |im |i am )?"
    r"(?:well|nicely|fully|really well) (?:controlled|managed|under control)",
    # Pleased at a review: "nurse happy at last check", "cardiologist happy at last week's
    # review". What has changed since unsettles it (below).
    _CLINICIAN + r"(?: is| was| were| seemed| seems)? (?:very |really |quite )?happy (?:at|with|"
    r"after) (?:my |the |his |her |our )?(?:last |latest |recent )?(?:\w+ )?(?:check|checkup|"
    r"review|appointment|visit|clinic)",
    # Pleased, said bare: "weight stable, ankles fine, nurse really happy".
    # Or with the question it leads to straight after: "HF nurse happy. alright to do 3 miles?"
    _CLINICIAN + r" (?:is |was |seemed |seems )?(?:very |really |quite |super )?(?:happy|pleased)"
    r"(?= and\b|$| (?:alright|ok|okay|fine|safe|can i|can he|can she|is it|should i|am i)\b)",
    # Said at a review to be doing well: "the heart nurse said at his 6 month check he's doing
    # great". Not "the nurse says I'm doing well" beside a question for her, which asks.
    _CLINICIAN + r" said (?:at|after) (?:his|her|my|the|their|our) (?:\w+ ){0,3}(?:check|checkup|"
    r"review|appointment|clinic)(?: \w+){0,2} (?:doing|getting on) (?:great|well|really well|fine|"
    r"brilliantly)",
    # A heart failure review's own measure, steady: "the HF nurse checked him over before the
    # trip, weight stable, no swelling".
    # Or the relative by name: "heart failure nurse checked my dad last week, weight stable".
    r"(?:" + _CLINICIAN + r" (?:checked|saw|reviewed|examined) (?:him|her|me|them|us|(?:my|our|his|"
    r"her) (?:" + PEOPLE + r"|father|mother))(?: over)?|"
    r"(?:review|check ?up|clinic|appointment))(?: \w+){0,8} weights? (?:was |is |has been )?"
    r"(?:stable|steady|the same|unchanged|spot on)",
    # Or weighed at one and all of it steady: "at the clinic they weighed him and checked his
    # fluid, all stable".
    r"(?:review|check ?up|clinic|appointment)(?: \w+){0,3} weighed (?:\w+ ){0,8}(?:all|everything) "
    r"(?:stable|steady|the same|unchanged|fine)",
    # Investigated and found normal: "my heart's been checked top to bottom, all normal".
    r"(?:heart|hearts|it|everything|beats|ectopics|palpitations|palps|rhythm)(?: \w+){0,2} "
    r"(?:been |was |were )?(?:checked|tested|investigated)(?: \w+){0,10} (?:all |came back |"
    r"were |was )?(?:normal|clear)",
    # Unchanged since it was looked at: "the same as at my last check", "same as when they
    # looked".
    r"same as (?:at |when |it was at )?(?:my |the |his |her )?(?:last |latest )?(?:check|checkup|"
    r"review|appointment|visit|scan)\b",
    r"same as when (?:they|the \w+|she|he) (?:looked|checked|saw it|scanned|examined)",
    r"(?:heart|cardiac) (?:check|checkup|check up|tests?|monitor|investigations?)(?: \w+){0,6} "
    r"(?:all |came back |were |was )?(?:normal|clear)",
    # A clinician's harmless diagnosis: "midwife said classic pregnancy heartburn".
    _CLINICIAN
    + r" (?:said|says|told me|reckons|diagnosed)(?: \w+){0,2} (?:its |it is |thats |as )?"
    r"(?:just |only |classic |typical )?(?:pregnancy )?(?:heartburn|indigestion|reflux)",
    # Explained by the clinician: "my GP explained it's from overbreathing".
    _CLINICIAN + r" (?:explained|says|said|told me)(?: \w+){0,4} (?:is|its|it is|are|was) "
    r"(?:just |all )?(?:from|due to|caused by) (?:over ?breathing|anxiety|hyperventilat\w*|"
    r"panic|nerves)",
    # Named harmless by the clinician: "the cardiologist explained they are harmless ectopics".
    _CLINICIAN + r" (?:said|says|told me|explained|confirmed)(?: \w+){0,8} (?:harmless|benign)",
    # Said without "it's": "the nurses said totally normal for a first timer", "the cardiologist
    # said nothing to worry about".
    _CLINICIAN + r" (?:said|says|told me|told us|told him|told her) (?:its |it was |thats |that "
    r"was )?(?:perfectly |completely |totally |quite )?(?:normal|common|expected|nothing to worry "
    r"about)",
    # A clinic's heart test named harmless: "Holter results are in: benign ectopics", "echo
    # after my scare: ejection fraction normal". Not an ECG, which a watch takes too ("watch ECG
    # always says normal").
    r"(?:echo|echocardiogram|holter|event monitor)(?: \w+){0,6} (?:all |came back |were |was |"
    r"is |are )?(?:normal|benign)",
    # Signed off by the clinician who saw it: "physio signed me off, running again". Not a
    # specialist's discharge, which hands the care back to the GP.
    _CLINICIAN + r" (?:has |have )?signed (?:me|him|her|them|us) off\b",
    # Listened to and found clear: "GP listened, said it's a post-viral cough and my lungs are
    # clear".
    _CLINICIAN + r"(?: \w+){0,10} (?:said|says|told me)(?: \w+){0,8} (?:my |his |her |the )?"
    r"(?:lungs|chest) (?:are|is|was|were|sounded|sounds) (?:all )?clear",
    # "Midwife said that's normal in pregnancy".
    _CLINICIAN + r" (?:said|says|told me|told us|reckons)(?: \w+){0,3} (?:thats|that is|its|it is|"
    r"this is|they are|theyre) (?:perfectly |completely |totally )?(?:normal|expected|common|"
    r"nothing to worry about|healing (?:fine|well|nicely|ok|okay)|healed|(?:just )?the heat)",
    _CLINICIAN + r" (?:says|said|confirmed) (?:my |the |her |his )?(?:bp|blood pressure|scan|ecg|"
    r"bloods|urine|tests?) (?:is|are|was|were|came back) (?:fine|normal|clear|perfect)",
    # "The midwife says it's the baby pressing up", the expected cause named.
    _CLINICIAN + r" (?:said|says|told me|reckons) (?:its|it is|thats|that is) (?:just |only )?"
    r"(?:the )?(?:baby|bump|pregnancy|hormones?)",
    # "Midwife checked my BP and urine yesterday, all normal."
    # "Wore a two week patch monitor and it was all normal", "bloods and ECG normal".
    # Only "normal", said of the test or tests just named: not "scan clear" after a clot.
    r"(?:ecg|bloods|echo|scan|tests?) and (?:an? |the |my )?(?:ecg|bloods|echo|scan|tests?) "
    r"(?:(?:were|came back|all|both) )*normal",
    r"(?:monitor|ecg|holter|echo) and (?:it|they) (?:was|were|came back) (?:all )?normal",
    # A scan done to rule a clot out, told clear: "sent me for a scan to rule out a clot, it was
    # clear". Not a clot known and a later scan clear, which says nothing of today's leg.
    r"(?:scan|scanned|ultrasound|doppler)(?: \w+){0,2} (?:to )?(?:rule out|check for|look for|"
    r"exclude) (?:a |any )?(?:clot|dvt)(?: \w+){0,2} (?:it was |was |came back |were )?(?:all )?"
    r"(?:clear|negative|fine|normal)",
    # Seen, and pleased with what was seen: "my heart failure nurse saw me yesterday, weight
    # steady, the usual slight puffiness she's happy with".
    _CLINICIAN + r" (?:saw|checked|reviewed|examined) (?:me|him|her|us|them)(?: \w+){0,24} (?:shes|"
    r"hes|theyre|she is|he is|they are|she was|he was) (?:happy|pleased|not worried)",
    # "The cardiologist told me to ignore them."
    _CLINICIAN + r" (?:told|said|advised)(?: (?:me|us|him|her))?(?: to| i could| i can| we can)? "
    r"(?:ignore|not worry about) (?:them|it|those|these)",
    # "Assessed at the vascular clinic, no treatment needed."
    r"(?:assessed|checked|reviewed|scanned|seen) (?:at|by) (?:the |a |my )?(?:\w+ )?(?:clinic|"
    r"team|consultant|surgeon|specialist)(?: \w+){0,3} no treatment (?:needed|required|necessary)",
    # Swelling a physio measures and finds going down: "the physio measures it and it's coming
    # down steadily every week".
    _CLINICIAN + r"(?: \w+){0,2} (?:measures|measured|checks|checked|tracks)(?: \w+){0,6} "
    r"(?:coming|going|gone) down (?:steadily|nicely|every week|each week|week by week)",
    _CLINICIAN + r" (?:checked|rechecked|re checked|tested|did) (?:my |the |her |his )?(?:bp|"
    r"blood pressure|urine|wee|"
    r"bloods|ecg)(?: and (?:my |the |her |his )?\w+)?(?: \w+){0,3} (?:all )?(?:fine|normal|clear|"
    r"perfect|good)",
)
# …unless something has changed or a sign the review did not see is told: "but now it's hot",
# "since then worse", "breathless".
# A clot looked for and not found: "ultrasound clear", "scanned it, no clot".
CLOT_RULED_OUT = words(
    r"(?:scan|scanned|ultrasound|doppler|d ?dimer)(?: \w+){0,12} (?:all )?(?:clear|negative|"
    r"no clot|no dvt)",
    # "They checked for a clot and it was clear".
    r"(?:checked|tested|looked|scanned) (?:\w+ )?for (?:a |any )?(?:clot|clots|dvt|pe|embolism)"
    r"(?: \w+){0,4} (?:clear|negative|normal|fine|nothing)",
)
CHANGED_SINCE = words(
    # Worse, not "not any worse".
    r"but|(?<!not )(?<!not any )(?<!no )(?<!isnt )(?<!isnt any )worse|since then|spreading|bigger|"
    # Not the weather's or a room's heat: "the hot flight", "a hot day".
    r"redder|hotter|hot(?! (?:flight|flights|day|days|weather|room|bath|shower|tub|yoga|class|car|"
    r"summer|country|climate|spell|plane|train|bus|holiday|humid|poolside|pool))|warm|red|suddenly|"
    r"sudden",
    # Not an activity taken up again: "flying again Friday", "training again".
    r"(?<!flying )(?<!fly )(?<!travelling )(?<!travel )(?<!training )(?<!train )(?<!running )"
    r"(?<!walking )(?<!swimming )(?<!cycling )(?<!lifting )(?<!playing )(?<!play )again",
    # A fever, not "no fever".
    r"(?<!no )(?<!not a )(?<!without a )(?<!without )fever\w*",
    # Not "nothing new", nor a new person or thing: "context for my new coach".
    r"(?<!nothing )(?<!no )(?<!not )new(?! (?:coach|trainer|pt|job|gym|club|shoes|trainers|bike|"
    r"programme|program|plan|member|members|client|clients|phone|watch|year|group|class)\b)",
    r"now (?:its|it is|it has|there is|theres|my|i|im|the)",
    # Dated after the review: "checked 5 days ago, fine... woke up this morning with a puffy face".
    r"(?:woke up|woken up|started|came on|began|appeared|noticed it|came up) (?:\w+ ){0,2}"
    r"(?:this morning|today|tonight|last night|overnight)",
)
# Not the reason the tests were done: "a CT for chest pain after my flight... clear".
_UNREVIEWED_SIGN = words(
    r"(?<!for )(?<!for the )(?<!for my )(?:breathless\w*|short of breath|chest (?:pain|tight\w*|"
    r"pressure|heav\w*))"
)
# Investigated and cleared, the cause found harmless: "got the full workup, ECG and echo, all
# clear", "turned out to be reflux".
_CLEARED_BY_TESTS = words(
    r"(?:workup|work up|tests|investigations|the works|angiogram|ecg|echo|treadmill test|x "
    r"?rayed it)(?: \w+){0,8} all clear",
    TEST_VERDICT,
    CLINICIAN_VERDICT,
    r"turned out (?:it was |to be )(?:just |only )?(?:exercise (?:induced )?)?(?:reflux|heartburn|"
    r"indigestion|asthma|anxiety|"
    r"panic attacks?|a panic attack|(?:my )?thyroid|muscular|a pulled muscle|bruised ribs?)",
    CLOT_RULED_OUT.pattern,
    # Streaks coughed up after a nosebleed: the nose's blood (NHS, coughing up blood).
    r"(?:cough\w*|spat|spit|spitting)(?: \w+){0,6} (?:after|from) (?:a |the |my |an )?(?:\w+ )?"
    r"nose ?bleed",
    # A black eye with the sight told fine (NHS, black eye: A&E for changes to the sight).
    r"black eye(?: \w+){0,8} (?:vision|sight|eyesight) (?:is |was |totally |completely )?"
    r"(?:perfect|fine|normal|ok|okay|clear|spot on|unaffected)",
    # "Turned out my breathlessness was anaemia", told of the complaint.
    r"turned out (?:my |the |his |her )?(?:\w+ ){0,2}(?:was|were) (?:just |only |down to |from )?"
    r"(?:reflux|heartburn|indigestion|asthma|anxiety|anaemia|anemia|low iron|(?:my )?thyroid|"
    r"muscular|a pulled muscle|a virus|a chest infection)",
)


# Alarm words said of an animal or a made-up character: "our greyhound bled all over the kitchen",
# "my knight in the RPG had a stroke". Only when the animal or character does the thing (a verb
# within three words), and never past a person's pronoun or noun, so "walking the dog this
# morning he had chest pain" keeps its chest pain.
_A_PERSON = (
    r"(?:i|my|me|im|ive|id|mine|myself|he|she|they|his|her|their|hes|shes|dad|mum|mom|"
    r"husband|wife|son|daughter|friend|mate|partner|grandad|grandma|nan|brother|sister)\b"
)
_NOT_A_PERSON = re.compile(
    # Not the dog walked: in "breathlessness walking the dog has crept up", the breathlessness has.
    r"(?<!walking the )(?<!walking my )(?<!walked the )(?<!walked my )(?<!walk the )(?<!walk my )"
    r"(?<!walks the )(?<!walks my )"
    # Nor an animal in a likeness: "feels like a sheep is stood on my chest".
    # Nor the writer likened to one: "weak as a kitten", "sick as a dog".
    r"(?<!like a )(?<!like an )(?<!as if a )(?<!as though a )(?<!as a )(?<!as an )"
    r"\b(?:dogs?|cats?|pony|ponys|ponies|horses?|racehorses?|greyhounds?|puppy|puppies|kittens?|"
    r"hamsters?|rabbits?|pets?|characters?|knights?|heroines?|heroes|hero|villains?|avatars?|"
    r"zombies?|goats?|sheep|cows?|chickens?|hens?|parrots?|budgies?|lizards?|guinea pigs?|sims?|"
    # A tabletop game's party: "the rogue fainted when she saw the dragon".
    r"rogues?|wizards?|paladins?|clerics?|bards?|orcs?|elves|dragons?|sorcerers?|sorceress|"
    r"warlocks?|druids?|barbarians?|tieflings?|"
    # Machines "have a stroke" too: "my gaming PC had a stroke and wiped the save".
    r"pcs?|laptops?|computers?|consoles?|xbox|playstation|ps5|routers?|wifi|printers?)"
    # Not across a person: "when I walked the dog I had pressure in my chest" is the walker's.
    rf"(?: (?!{_A_PERSON})\w+){{0,3}}? (?:had|has|was|is|went|got|gets|suffers|suffered|"
    r"clutched|keeled|collapses|faints|faint|collapse|collapsed|bled|fainted|passed|fell|split|"
    r"might|may|keeps|kept|fluttered|failed|died|seemed|looked|started|turned|dropped|does|did|"
    r"drowning|drowned|dying|bleeding|droops|drooped|drooping|sags|sagged|swells|swelled)\b"
    # Not what fell on someone: "the PC case fell on my shin" is the shin's injury.
    r"(?!(?:(?<=fell)|(?<=dropped)) (?:on|onto|across) (?:me|him|her|them|us|my|his|her|their|"
    r"our)\b)"
    # Nor an animal's bite: "the cat had a go at my hand" is the hand's.
    r"(?!(?:(?<=had) a go at|(?<=went) for|(?<=got) hold of) (?:me|him|her|them|us|my|his|her|"
    r"their|our)\b)"
    rf"(?: (?!{_A_PERSON})\w+){{0,10}}"
)


# A pattern (kept, so its id can't be reused), its live mentions, and their positions.
_Mentions = tuple[
    re.Pattern[str], list[tuple[int, int, re.Match[str]]], tuple[tuple[int, int], ...]
]


# A bracketed aside that dates an old story: "(congenital, had surgery as a baby, on warfarin)".
_DATED_ASIDE = re.compile(
    r"\s*\(([^()]*\b(?:ago|as a (?:baby|kid|child|teen)|years|last year|in (?:19|20)\d\d|when "
    r"(?:i|he|she|they) (?:was|were))\b[^()]*)\)",
    re.IGNORECASE,
)


def _dated_asides_apart(text: str) -> str:
    """Bracketed asides that date an old story, moved to sentences of their own at the end.

    In place, the aside's date made the whole sentence a past one, and a sign told around it
    ("one of my regulars (had surgery as a baby) says one calf is hot and bigger") went unread.
    """
    asides = _DATED_ASIDE.findall(text)
    if not asides:
        return text
    return _DATED_ASIDE.sub("", text) + "".join(f". {aside}" for aside in asides)


# The two set-aside patterns are long word lists that match few sentences; each is run only
# on a sentence holding one of its literals (about a tenth of triage's time otherwise).
_FIGURATIVE_GATE = LiteralGate(_FIGURATIVE)
_NOT_A_PERSON_GATE = LiteralGate(_NOT_A_PERSON)


def _without_figures(sentence: str) -> str:
    """`sentence` with its figures of speech and its animals' and machines' deeds taken out;
    empty when it tells only of an animal's."""
    if _ANIMAL_DEEDS.search(sentence) and not _SOMEONE.search(sentence):
        return ""
    if _FIGURATIVE_GATE.could_match(sentence):
        sentence = _FIGURATIVE.sub("", sentence)
    if _NOT_A_PERSON_GATE.could_match(sentence):
        sentence = _NOT_A_PERSON.sub("", sentence)
    return sentence.strip()


class Message:
    """One member's message, split into sentences of normalised, typo-corrected words."""

    def __init__(self, raw: str) -> None:
        # As typed, with numbers said in words in figures ("one fifty over a hundred"): the
        # rules read readings, ages and weeks in figures, and a few read the marks too ("/", "%").
        self.in_figures = numbers_in_figures(raw)
        sentences = (
            shown_in_words(
                shorthand_in_words(
                    slips_put_right(
                        in_english(normalise(emoji_in_words(contractions_opened(part))))
                    )
                )
            )
            for part in _SENTENCE_END.split(
                _dated_asides_apart(with_corrections(dictated_punctuation(self.in_figures)))
            )
        )
        corrected = (" ".join(correct(w) for w in s.split()) for s in sentences if s)
        # A sentence that is all figure of speech ("nearly died laughing") is left empty, in its
        # place, so the sentences around it keep their neighbours.
        corrected_sentences = list(corrected)
        self.sentences = [_without_figures(s) for s in corrected_sentences]
        self.whole = " ".join(self.sentences)
        # Each sentence's words, split once: many patterns' mentions are placed in them.
        self._tokens = [sentence.split() for sentence in self.sentences]
        self._risk_words: list[frozenset[int] | None] = [None] * len(self.sentences)
        # Many rules read the same patterns (LEG, SWOLLEN, PAIN…): each is scanned once. Keyed
        # by id: hashing a compiled pattern hashes its whole compiled code, microseconds for a
        # long word list, thousands of times a message. The value keeps the pattern alive, so
        # its id can't be reused while this message is read.
        self._live: dict[int, _Mentions] = {}
        # Likewise whether each pattern is mentioned at all, live or not.
        self._mentioned: dict[int, tuple[re.Pattern[str], bool]] = {}
        # Which patterns could match at all, and in which sentences: most can't, and are
        # never run.
        self._scan = LITERALS.scan(self.whole, self.sentences)
        self._cannot_match = self._scan.cannot_match
        # Fiction is imagined, like a what-if, and its alarm words are set aside like a figure of
        # speech; each sentence is searched once for both.
        fiction = self._sentences_with(_FICTION)
        # Kept, so a reading of past episodes ("settled after 20 minutes yesterday") never takes
        # one from a film, a quiz or a joke.
        self.fiction = fiction
        # Alarm words were read as a figure of speech, as said of an animal or a character, or
        # in a story. Read across sentences: "Got a cold. Runny nose, sneezing."
        self.set_aside = (
            self.sentences != corrected_sentences or any(fiction) or self.mentioned(_NOT_THAT)
        )
        # Already reviewed and called expected, with nothing new told since: the signs below an
        # emergency are the ones the reviewer saw.
        self.reassured = self.mentioned(_REVIEWED_AS_EXPECTED) and not (
            self.mentioned(CHANGED_SINCE) or self.mentioned(_UNREVIEWED_SIGN)
        )
        # A sentence about a past, resolved event, or an imagined one, and nothing happening now.
        owned_up = self.mentioned(ITS_ME)
        past, present, imagined = (self._sentences_with(p) for p in (_PAST, _PRESENT, _IMAGINED))
        # "Dad has chest pain and sweating now, what to do when this happens?": the what-if comes
        # after a report told as now, in one sentence once the comma is gone; the report stands.
        imagined = [
            found and not _NOW_BEFORE_THE_WHAT_IF.search(sentence)
            for found, sentence in zip(imagined, self.sentences, strict=True)
        ]
        self._past = [
            fiction[i] or (past[i] and not present[i]) or (imagined[i] and not owned_up)
            for i in range(len(self.sentences))
        ]
        # A short question answered "no" straight after ("Tight chest? No.") is denied, and a
        # sentence taken back by the next ("Not medically. Emotionally.") was a figure of speech.
        for index, answer in enumerate(self.sentences[1:], start=1):
            denied = _BARE_NO.fullmatch(answer) or _DENIAL_GOING_ON.match(answer)
            if denied and len(self.sentences[index - 1].split()) <= 4:
                self._past[index - 1] = True
                self.set_aside = True
            # "Blacked out mid set... jk": the joke owned up to straight after.
            if _JOKE_OWNED.match(answer):
                self._past[index - 1] = True
                self.set_aside = True
            if _TAKEN_BACK.fullmatch(answer) or _A_PET.fullmatch(answer):
                # The sentence taking it back too: "by passed out I mean fell asleep" says the
                # words again.
                self._past[index - 1] = self._past[index] = True
                self.set_aside = True
            # Only a sentence that dates and says nothing more: not "it was 3 weeks ago it
            # started and it's getting worse". Nor one that gives a test's verdict: "Had a scan
            # for a DVT - all clear, a pulled muscle" told what was checked, not a sign now.
            closes = _DATED_BEFORE.match(answer) or _CLEARED.match(answer)
            if closes and not _STILL_GOING.search(answer):
                self._past[index - 1] = True
            # The other way round: the tests first, then what the sign was ("CT clear, no clot.
            # The chest pain was a rib strain from coughing"). Never a cause guessed with no test
            # before it: "chest pain last night, probably indigestion" is still read.
            before = self.sentences[index - 1]
            checked = _CLEARED.search(before) or _CLEARED_BY_TESTS.search(before)
            if checked and _HARMLESS_CAUSE.search(answer) and not _STILL_GOING.search(answer):
                self._past[index] = True

    def _hypothetical(self, index: int) -> frozenset[int]:
        """Where sentence `index` speaks of risk or chance ("risk of a clot"), by word."""
        known = self._risk_words[index]
        if known is None:
            known = self._risk_words[index] = frozenset(
                at for at, word in enumerate(self._tokens[index]) if HYPOTHETICAL.fullmatch(word)
            )
        return known

    def could_match_in(self, pattern: re.Pattern[str]) -> Sequence[int]:
        """The sentences, by index, that `pattern` could match (a superset of those it does)."""
        return LITERALS.parts_to_read(pattern, self._scan)

    def _sentences_with(self, pattern: re.Pattern[str]) -> list[bool]:
        """Whether each sentence has a match of `pattern`, live or not."""
        found = [False] * len(self.sentences)
        for index in self.could_match_in(pattern):
            found[index] = bool(pattern.search(self.sentences[index]))
        return found

    def mentioned(self, pattern: re.Pattern[str]) -> bool:
        """Mentioned anywhere, live or not: for context such as exercise or a long flight."""
        key = id(pattern)
        if key in self._cannot_match:
            return False
        cached = self._mentioned.get(key)
        if cached is not None:
            return cached[1]
        found = LITERALS.could_match(pattern, self._scan) and bool(pattern.search(self.whole))
        self._mentioned[key] = (pattern, found)
        return found

    def live(self, pattern: re.Pattern[str]) -> list[tuple[int, int, re.Match[str]]]:
        """(sentence, word, match) for each live mention of `pattern`: not past, not denied,
        not about risk in general."""
        if id(pattern) in self._cannot_match:
            return []
        cached = self._live.get(id(pattern))
        if cached is not None:
            return cached[1]
        return self._read(pattern)[1]

    def spots(self, pattern: re.Pattern[str]) -> tuple[tuple[int, int], ...]:
        """(sentence, word) positions of live mentions of `pattern`."""
        if id(pattern) in self._cannot_match:
            return ()
        cached = self._live.get(id(pattern))
        return (cached if cached is not None else self._read(pattern))[2]

    def has(self, pattern: re.Pattern[str]) -> bool:
        # `spots` written out: the rules ask this a few hundred times a message, and most of
        # the patterns they ask about cannot match it.
        key = id(pattern)
        if key in self._cannot_match:
            return False
        cached = self._live.get(key)
        return bool((cached if cached is not None else self._read(pattern))[2])

    def _read(self, pattern: re.Pattern[str]) -> _Mentions:
        """Finds, and remembers, the live mentions of `pattern`."""
        found = []
        for index in self.could_match_in(pattern):
            if self._past[index]:
                continue
            sentence = self.sentences[index]
            tokens = self._tokens[index]
            for match in pattern.finditer(sentence):
                at = sentence.count(" ", 0, match.start())
                if _negated(tokens, at):
                    continue
                if self._hypothetical(index).intersection(range(at - 4, at)):
                    continue
                # "Had a stroke in 2015, walks with a stick now": the event is dated, whatever
                # the rest of the sentence says about now.
                if tokens[max(0, at - 2) : at] in _HAD_ONE and _DATED.match(sentence, match.end()):
                    continue
                # "Passed out at a festival in 2018", "swelled up on a flight years ago": told
                # as done, and dated years back a few words on.
                done = match.group(0).split(" ", 1)[0]
                if done in _EVENTS_DONE and _YEARS_BACK.match(sentence, match.end()):
                    continue
                found.append((index, at, match))
        mentions = (pattern, found, tuple((index, at) for index, at, _ in found))
        self._live[id(pattern)] = mentions
        return mentions

    def near(self, a: re.Pattern[str], b: re.Pattern[str], window: int = 6) -> bool:
        """Live mentions of `a` and `b` in one sentence, within `window` words of each other."""
        spots_b = self.spots(b)
        return any(
            sa == sb and abs(wa - wb) <= window for sa, wa in self.spots(a) for sb, wb in spots_b
        )

    def near_or_next(self, a: re.Pattern[str], b: re.Pattern[str], window: int = 6) -> bool:
        """As `near`, or `b` early in the sentence right after `a`'s, when that sentence names
        no `a` of its own: it goes on about the same thing ("...my swollen calf. Today it's
        bigger and warm")."""
        if self.near(a, b, window):
            return True
        spots_a = self.spots(a)
        named = {sentence for sentence, _ in spots_a}
        return any(
            sb == sa + 1 and wb <= window and sb not in named
            for sa, _ in spots_a
            for sb, wb in self.spots(b)
        )

    @cached_property
    def cleared(self) -> bool:
        """Tests told as all clear, the cause found harmless, and no change or sign told as now:
        the signs the tests were for ("had chest pains last year, all clear, it was reflux").
        The rules still read what they find; the bank is not asked to find more. Read only when
        the bank would be asked, when a clot scan told clear is weighed (`rules.legs.dvt`), when
        a catch on breathing in has lasted weeks (`rules.legs.pulmonary_embolism`), when a faint
        is told (`rules.general.fainting`), when angina is named or chest pain is read
        (`rules.heart`)."""
        return self.mentioned(_CLEARED_BY_TESTS) and not (
            self.mentioned(CHANGED_SINCE) or self.has(_UNREVIEWED_SIGN)
        )

    @cached_property
    def numbers(self) -> list[float]:
        return [float(n) for n in re.findall(r"\b\d+(?:\.\d+)?\b", self.whole)]
