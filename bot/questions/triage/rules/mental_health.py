"""Thoughts of suicide or of self-harm, told in a fitness chat.

A member who writes that they want to end their life, among training questions or on their own,
is told where to find someone to talk to before anything else is answered. The NHS's urgent
mental health pages send thoughts of ending one's life or of self-harm to NHS 111's mental
health option at once, and someone who has harmed themselves, or whose life is at risk, to 999 or
A&E.

The words are kept to ones that say it plainly ("suicidal", "want to end my life", "self-harm"):
gym talk is full of "this hill is killing me" and "leg day, I want to die", and a reply about
suicide to every one of those would teach members to ignore it.
"""

from __future__ import annotations

import re

from bot.questions.triage.signs import Level
from bot.questions.triage.text import Message, words

# Not "going to kill myself on this hill" or "going to hurt myself on that lift": gym talk. A
# wish to hurt oneself is read only with "on purpose", "to cope" and the like (below).
_ENDING = (
    r"(?:kill (?:myself|himself|herself|themselves)(?! (?:on|doing|with|at|in|over|for|trying|"
    # "End it", not a relationship or a session ended: "end it with him", "end it there".
    r"running|training|laughing|if)\b)|end it(?! (?:with|there|here|early|now|on|after|before|at)"
    r"\b)|end (?:it all|my life|my own life|his life|her life|their "
    r"life)|take (?:my|his|her|their) (?:own )?life|not (?:be|being) alive|not (?:be|being) here "
    r"any ?more|not exist)"
)
_THINKING_OF_ENDING = words(
    r"suicidal(?: thoughts| feelings| ideation)?",
    r"suicide (?:thoughts|ideation|plan|note)",
    r"(?:thoughts|thinking|thought|thinks|think) (?:\w+ )?(?:of|about) (?:suicide|ending "
    r"(?:it all|(?:my|his|her|their) (?:own )?life|things)|killing (?:myself|himself|herself)|"
    r"taking (?:my|his|her) (?:own )?"
    r"life|self ?harm\w*|harming (?:myself|himself|herself)|hurting (?:myself|himself|herself)|"
    r"not being (?:here|alive)|not waking up)",
    # "Thoughts of ending it", "thinking about not being around"; not ending it with someone, or
    # not being around for the comp.
    r"(?:thoughts|thinking|thought|thinks|think) (?:\w+ )?(?:of|about) (?:ending it(?! (?:with|"
    r"there|early|now|after|before|at|for)\b)|not being around(?! (?:for|on|at|in|this|next|"
    r"tomorrow|to)\b))",
    rf"(?:want|wants|wanted|wanting|going|gonna|plan|plans|planning|tempted|urge) to {_ENDING}",
    r"feel\w* like (?:i (?:want|wanna) to )?(?:killing myself|ending it all|ending my life|"
    rf"{_ENDING})",
    # Not "don't want to live in London" or "don't want to wake up early for spin".
    r"(?:dont|do not|doesnt|does not|no longer) (?:really |even |actually )?want to (?:be alive|"
    r"live any ?more|be here "
    r"any ?more|exist|live(?! (?:in|near|with|at|on|there|abroad|alone|by|off|next|like that)\b)|"
    r"wake up(?! (?:early|at|for|before|in time|on time)\b))",
    r"wish (?:i|id|he|she) (?:was|were) dead|wish (?:i|he|she) (?:wouldnt|would not|didnt) wake up",
    r"(?:be|been|being|im|i am|id be|shed be|hed be) better off dead",
    # Told terse too: "keep thinking everyone better off without me".
    # "Everyone's better off" reaches here as "everyones better off".
    r"(?:everyone|everyones|everybody|everybodys|they|my family|my kids|his family|her family|"
    r"the kids|the baby|my "
    r"baby|(?:my|his|her) (?:wife|husband|partner)) (?:would be |d be |are |is )?better off "
    r"without (?:me|him|her|them)",
    # "Everyone'd be better off without me", with the "would" run into the word; and "would be
    # better without me", with no "off", only of everyone or a family.
    r"(?:everyoned|everybodyd) be better (?:off )?without (?:me|him|her|them)",
    # "Everyone would be lighter without me around"; "the family'd be better off with the
    # insurance money", which is the same thought of a death.
    r"(?:everyone|everyones|everybody|everyoned|everybodyd|they|theyd|my family|the family|"
    r"familyd|my kids|the kids) (?:would |d )?(?:all )?(?:be )?(?:lighter|happier|freer) without "
    r"(?:me|him|her)",
    # "So I won't be a burden any more", "won't be a bother to anyone much longer".
    r"(?:wont|will not|wouldnt|no longer|not going to) be a (?:burden|bother|nuisance)(?: to "
    r"(?:anyone|anybody|you|them|you all))? (?:any ?more|much longer|for (?:much )?longer|"
    r"for long)",
    # Means to hand, and how easy it would be: "keys to the controlled drugs cabinet... been
    # thinking how easy it'd be".
    r"(?:thinking|thought|think) (?:about )?how easy (?:itd|it would|it could) be",
    r"(?:be|d be|would be) better off with (?:the|my|his|her) (?:life )?insurance"
    r"(?: money| payout)?",
    r"(?:better off|easier|better) (?:for everyone )?if (?:i|he|she) (?:wasnt|werent|was not|"
    r"were not|am not|is not|im not) (?:here|around|alive)",
    # Told by someone else of what was said: "keeps saying we'd all be better off without him";
    # or to the family: "you'd all be happier without me". Not "we'd be better off without him"
    # of a teammate, which nobody is reported as saying about themselves.
    r"(?:says?|said|saying|thinks|told (?:me|us)|tells (?:me|us)) (?:that )?(?:we|wed|everyone|"
    r"everyoned|you|youd|the family|they|theyd) (?:would |d )?(?:all )?(?:be )?(?:better off|"
    r"happier|better) without (?:him|her|them)(?! (?:in|on|at|up|as|playing)\b)",
    # Where the mind keeps going: "my thoughts keep drifting to not being here".
    r"(?:thoughts|mind|head)(?: \w+){0,3} (?:drift\w*|turn\w*|go|goes|going|went|wander\w*|"
    r"keeps? going) (?:back )?to (?:not being (?:here|alive|around)|ending it all|ending (?:my|his|"
    r"her) life|suicide|killing (?:myself|himself|herself))",
    # Not a place in a team: "better off without me in goal".
    r"(?:youd|you would|wed|we would|theyd|they would) (?:all )?be (?:better off|happier|better) "
    r"without me(?! (?:in|on|at|up|as|playing)\b)",
    r"better off if (?:i|im|he|hes|she|shes)(?: was| were| am| is)?(?: not)? (?:here|around|alive|"
    r"gone)(?! (?:for|on|at|this|next|tomorrow)\b)",
    r"(?:everyone|everybody|my family|my kids|the kids) (?:would|d) (?:all )?be better without "
    r"(?:me|him|her)",
    # "Thoughts of not wanting to be here"; "some days wonder what the point is".
    r"not wanting to (?:be here|be alive|live|wake up|exist)",
    r"(?:wonder|wondering|ask myself|asking myself) what the point (?:is|of it all is|of anything "
    r"is)(?! of (?:the|this|that|a|my|stretching|warming|training))",
    # Not "no point going on the run if it rains".
    r"(?:no|nothing) (?:point|reason) (?:in )?(?:living|to live|being alive|going on(?! (?:the|a|"
    r"my|with|to|about|holiday|at|a)\b)|to go on(?! (?:the|a|my|with|to|holiday|at)\b))",
    r"life (?:is not|isnt|not|is no longer) worth living",
    # Ways looked up: "been looking up ways to not wake up".
    r"(?:looking|looked|look|searching|searched|googling|googled|reading|researching|researched) "
    r"(?:up |online )?(?:ways|how) to (?:not wake up|die|end (?:it|it all|my life)|kill (?:myself|"
    r"himself|herself)|overdose)",
    # A way out thought of: "the cliffs would be an easy way to stop all of it".
    r"(?:easy|easiest|quick|quickest|simple|only) way (?:to|of) (?:stop|stopping|end|ending) "
    r"(?:all of it|it all|everything|all this|all of this)",
    # Hopelessness about everything, not about one plan: "doesn't see the point in anything".
    r"(?:dont|do not|doesnt|does not|cant|cannot|no longer) see (?:the|any) point (?:in|of) "
    r"(?:anything|living|life|going on|being here|carrying on)",
    r"no point in (?:anything|carrying on)",
    r"self ?harm(?:ing|ed)?",
    r"(?:hurt|hurting|harm|harming|cut|cutting|burn|burning) (?:myself|himself|herself) "
    r"(?:on purpose|deliberately|to cope|to feel)",
    r"(?:having|been having|keep having|keeps having|getting|get) (?:some )?(?:really |very )?"
    r"dark thoughts",
    # Thoughts of a way to die told without the word: "thoughts of crashing the car on the way
    # home", "keep thinking about stepping in front of a bus".
    # Not "thinking about jumping off the high board" or "driving into town".
    r"(?:thoughts?|thinking|thought) (?:\w+ ){0,2}(?:of|about) (?:just )?(?:crashing (?:the|my) "
    r"(?:car|van|bike|lorry|truck)|crashing into|driving (?:into (?:a |the )?(?:wall|tree|river|"
    r"sea|traffic|oncoming|barrier|lorry)|off (?:a |the )?(?:road|bridge|cliff))|(?:stepping|"
    r"jumping) (?:out )?in front|(?:stepping|jumping) (?:off|from) (?:a |the )?(?:bridge|ledge|"
    r"roof|cliff|balcony|building|car park|multi ?storey|platform)|walking into (?:the sea|the "
    r"river|traffic))",
    # Thoughts that need no name to the writer, with the plan denied: "having those thoughts
    # again, not planning anything".
    # Not "had thoughts about quitting the gym but not going to do it".
    r"(?:those|these|the|them|bad|dark|scary|intrusive) thoughts(?: \w+){0,4} (?:but )?(?:im |"
    r"i am )?not (?:planning|going to do|gonna do|acting on) (?:anything|it|them)",
)
# Not an attempt dated years back: "tried to end my life in 2015, in a good place now".
_NOT_YEARS_BACK = (
    r"(?!(?: \w+){0,2} (?:in (?:19|20)\d\d|(?:\w+ )?years? (?:ago|back)|as a (?:teen\w*|kid|child|"
    r"student)|when (?:i|he|she|they) (?:was|were)))"
)
# Not spread over days or weeks: "took 12 ibuprofen this week", "finished the rest of the box
# over the last few days".
_NOT_OVER_DAYS = (
    r"(?!(?: \w+){0,3} (?:(?:this|last|over|across|a|per|each|every|in) (?:the )?"
    r"(?:(?:last |past )?(?:a few|few|several|couple of|a couple of|\d+|two|three|four|five) )?"
    r"(?:weeks?|months?|fortnight|days|year)|(?:a|per|each|every) day)\b)"
)
# Already done: an overdose or an attempt (999 or A&E).
_HARMED = words(
    # Not "overdosed on pre-workout": the stimulant rules read that. Nor a joke about food or
    # training: "overdosed on mince pies", "overdosed on hill sprints this week".
    r"(?:(?:took|taken|swallowed|had|done) (?:an |a )?overdose|overdosed)(?! (?:of |on )"
    r"(?:\w+ ){0,2}(?:caffeine|pre ?workout|coffee|energy|sugar|carbs|cardio|protein|creatine|"
    r"vitamins?|pies|chocolate|cake|biscuits|sweets|pizza|food|turkey|cheese|sprouts|telly|tv|"
    r"netflix|sprints|hills|burpees|squats|lunges|leg day|miles|reps|sunshine|memes|bacon|rolls|"
    r"butties|sandwiches|crisps|chips|doughnuts|donuts|cookies|ice cream|beta ?alanine)\b)"
    rf"{_NOT_YEARS_BACK}",
    # "Took whole box of paracetamol", its article dropped, as some members write English.
    r"(?:took|taken|swallowed|downed) (?:(?:a (?:whole |full )?|an entire |(?:whole|entire|"
    r"full) )(?:bottle|packet|packets|pack|packs|box|handful|strip)|a load|loads|a lot|lots|"
    r"a bunch|a pile|a heap|too many) of "
    # Someone else's too: "a load of his mum's tablets".
    r"(?:(?:my|his|her|the|their) )?(?:(?:mums|dads|mams|nans|grans|flatmates|partners|wifes|"
    r"husbands|brothers|sisters) )?"
    r"(?:pills|tablets|paracetamol|painkillers|meds|medication|sleeping (?:pills|tablets))"
    rf"{_NOT_YEARS_BACK}",
    # A medicine kept for when it is needed has no daily dose to take "all" of: "took all my
    # paracetamol an hour ago" is the supply. Not used up over days: "took all my paracetamol
    # last week for the knee".
    r"(?:took|taken|swallowed|downed) all (?:my|of my|his|her|the|their) (?:\w+ )?(?:paracetamol|"
    r"painkillers|co ?codamol|codeine|ibuprofen|tramadol|sleeping (?:pills|tablets)|diazepam)"
    r"(?!(?: \w+){0,3} (?:last|over the|over a|this week|in the last|for (?:the|my|his|her|a)|"
    r"so (?:i|we) need))"
    rf"{_NOT_YEARS_BACK}",
    # Not "took all my tablets this morning", the day's usual dose: all of them at once.
    r"(?:took|taken|swallowed|downed) all (?:my|of my|his|her|the) (?:pills|tablets|paracetamol|"
    r"painkillers|meds|medication|sleeping (?:pills|tablets))(?: \w+){0,2} (?:at once|in one go|"
    r"together|at the same time)",
    # Counted past any day's dose: "took about 30 paracetamol an hour ago" (NHS: any overdose
    # of paracetamol is for A&E at once). Not a week's doses counted: "12 ibuprofen this week".
    r"(?:took|taken|swallowed|downed) (?:about |around |like |over |maybe |nearly |at least |"
    r"roughly )?(?:[1-9]\d|\d{3})(?: something| odd| or so| or more)? (?:of )?(?:(?:my|his|her|"
    r"the|their) )?(?:(?:mums|dads|nans|"
    r"grans|flatmates|partners) )?(?:pills|tablets|paracetamol|painkillers|ibuprofen|co ?codamol|"
    r"codeine|sleeping (?:pills|tablets))"
    # "Over the day" is still one day's: a dose past the day's, staggered (NHS paracetamol
    # overdose: A&E whether taken at once or over a day).
    rf"{_NOT_OVER_DAYS}"
    # Nor a day's usual medicines counted: "taken my 12 tablets today as prescribed".
    r"(?!(?: \w+){0,4} (?:as usual|as prescribed|usual|prescribed|regular|daily|with breakfast)\b)"
    rf"{_NOT_YEARS_BACK}",
    # The count told after the taking, unsure: "not sure how many paracetamol I took last
    # night, maybe 20 something" (NHS paracetamol overdose: A&E now, even feeling well).
    r"how many (?:of )?(?:(?:my|his|her|the|their) )?(?:pills|tablets|paracetamol|painkillers|"
    r"ibuprofen|co ?codamol|codeine|sleeping (?:pills|tablets)) (?:i|he|she|they|we) (?:took|"
    r"had|swallowed|downed|have taken|has taken)(?: \w+){0,8} (?:maybe |about |around |like |"
    r"over |nearly |at least |roughly |probably )?(?:[1-9]\d|\d{3}|twenty|thirty|forty|fifty)"
    rf"{_NOT_OVER_DAYS}{_NOT_YEARS_BACK}",
    # What was left taken at once: "took the rest of the box of paracetamol this afternoon"
    # (NHS paracetamol overdose: A&E even feeling well). Not finished over days or weeks.
    r"(?:took|taken|swallowed|downed|finished(?: off)?) (?:all )?the rest of (?:the|a|my|his|her|"
    r"their) (?:box|packet|pack|bottle|strip|tub)(?: of)? (?:(?:my|his|her|the) )?(?:paracetamol|"
    r"co ?codamol|codeine|painkillers|pills|tablets|sleeping (?:pills|tablets))"
    rf"{_NOT_OVER_DAYS}{_NOT_YEARS_BACK}",
    # The medicine cupboard emptied: "took everything in the cupboard, paracetamol and mum's".
    r"(?:took|taken|swallowed|downed) (?:everything|all of it|the lot) (?:in|from|out of) "
    r"(?:the |my |his |her )?(?:medicine |bathroom |kitchen )?(?:cupboard|cabinet|drawer|box)"
    r"(?: \w+){0,8} (?:paracetamol|pills|tablets|painkillers|meds|medicines?)",
    rf"(?:tried|attempted|trying) to {_ENDING}{_NOT_YEARS_BACK}",
    rf"(?:attempted|tried) suicide{_NOT_YEARS_BACK}",
)
# Every one of a medicine taken, told with the sleepiness or the despair that says why: "took
# all my pregabalin and tramadol an hour ago, getting really sleepy".
_MEDICINE = (
    # A medicine named by its kind, or by the endings most medicines' names have (pregabalin,
    # tramadol, sertraline, zopiclone, diazepam); not kit, gear or protein.
    r"(?:pills|tablets|meds|medication|medicine|painkillers|(?!protein\b|vitamin\b|creatine\b)"
    r"\w+(?:in|ol|am|ine|one|ide|en|ium|pril|tan|zole))"
)
_TOOK_ALL = words(
    r"(?:took|taken|swallowed|downed) (?:all|the lot|the whole (?:box|packet|bottle)) (?:of )?"
    # Someone else's too, "all of mum's sleeping tablets"; not "all of today's tablets".
    r"(?:my|his|her|their|(?!todays|tonights|mornings|evenings|nights|weeks|days)[a-z]+s) "
    rf"(?:sleeping |heart |pain |water |blood pressure )?{_MEDICINE}"
    rf"(?: and (?:my |his |her )?{_MEDICINE})?\b",
    # Told by the box emptied: "took all the pills from the box".
    r"(?:took|taken|swallowed|downed) all (?:of )?the (?:pills|tablets|capsules) (?:from|in|out "
    r"of) (?:the|a|my|his|her) (?:box|packet|pack|bottle|strip|tub)",
    # Or by the packets found empty beside someone: "the packets on his bed, all empty,
    # paracetamol and his sertraline".
    r"(?:packets|boxes|blister packs|strips|bottles)(?: \w+){0,6} (?:all )?(?:empty|emptied)"
    rf"(?: \w+){{0,3}} (?:{_MEDICINE}|paracetamol|ibuprofen)",
    # One will do: "an empty packet of paracetamol in her bin".
    r"empty (?:packets?|box|boxes|blister packs?|strips?|bottles?) (?:of )?(?:\w+ ){0,3}"
    rf"(?:{_MEDICINE}|paracetamol|ibuprofen|co codamol)",
    # The medicine named first: "a photo of empty paracetamol strips".
    r"empty (?:paracetamol|ibuprofen|co codamol|codeine|painkiller|pill|tablet|sleeping (?:pill|"
    r"tablet)) (?:packets|boxes|blister packs|strips|bottles)",
)
_OWNED_TO_SOME = words(
    r"(?:only |just )?(?:took|taken|had|swallowed) (?:a few|some|a couple|two|three|four|five|a "
    r"handful|\d+)(?! (?:days?|weeks?|months?|years?|times|hours?|minutes?|mins?)\b)"
    rf"{_NOT_OVER_DAYS}",
)
_GONE_QUIET = (
    r"(?:isnt|is not|not|wont|hasnt been|stopped|keeps not) (?:answering|replying|picking up)"
)
_SEDATED_OR_DESPAIRING = words(
    r"sleepy|drowsy|cant stay awake|(?:so )?tired of (?:being|it all|everything|life)|goodbye|"
    r"(?:dont|do not) want to (?:be here|wake up|go on)",
    # Gone quiet since: "now isn't answering", "her family say she's sleeping".
    _GONE_QUIET,
    r"(?:cant|cannot|couldnt) wake (?:him|her|them)|(?:hes|shes|theyre) (?:just )?(?:sleeping|"
    r"asleep)",
)
# Beside every pill taken, "wants to end it" needs no guard against "end it now" (a session).
_TO_END_IT = words(r"(?:want|wants|wanted|going|gonna|trying) to end it")
# "Can't face the shifts anymore": despair too loose to read alone ("can't do burpees anymore"),
# read only beside every one of a medicine taken.
_CANT_ANY_MORE = words(
    r"(?:cant|cannot) (?:do|take|face|cope with|handle) (?:this|it|any of (?:this|it)|life|work|"
    r"people|everything|anything|(?:the|my) (?:shifts?|job|life|pain)) any ?more"
)


def _why_all_were_taken(m: Message) -> bool:
    """Every one of a medicine taken, with the sleepiness, the despair or the wish to die that
    says it was an overdose, not the day's usual dose."""
    return any(
        m.has(told)
        for told in (
            _SEDATED_OR_DESPAIRING,
            _DESPAIR,
            _CANT_ANY_MORE,
            _THINKING_OF_ENDING,
            _TO_END_IT,
        )
    )


# The time a plan is set for, read as about to act unless the same message denies it.
_TONIGHT_OR_NOW = r"tonight|right now"
# About to act: a plan, the means at hand, a goodbye, "tonight".
_ABOUT_TO_ACT = words(
    _TONIGHT_OR_NOW,
    # Not "haven't got a plan" (its "haven't" is no negation word the reader knows).
    r"(?<!havent )(?<!hasnt )(?<!hadnt )(?:made|have|got|with) a plan",
    r"(?:have|got|bought|saved|stockpiled|collected|sitting here with) (?:the |some |enough |all "
    r"the )?(?:pills|tablets|rope)",
    r"(?:said|saying|written|wrote|writing) (?:my )?(?:goodbyes?|a note|letters?)",
    r"(?:dont|do not|doesnt|does not|no longer) feel safe|not safe",
    r"(?:going|gonna) to do it|(?:going|gonna) to take (?:them|it|the lot|all of them)",
)
# The tablets laid out or stored up.
_PILLS_READY = (
    # "Sorted my tablets and pens out tonight" (insulin pens, beside a goodbye).
    r"(?:got|have|put|laid|lined|set|sorted) (?:\w+ ){0,4}(?:pills|tablets|meds|rope)(?: \w+)"
    r"{0,2} (?:out|ready|lined up|in front of me|counted out)",
    r"(?:with|sat with|sitting with) (?:the |my |all the |all my |all (?:of )?(?:my|the) )?"
    r"(?:pills|tablets|meds) (?:out|ready|lined up|in front of me)",
    r"(?:counted|stockpiled|saved) (?:up )?(?:my |the |all the |all my |his |her |their |all his "
    r"|all her )?(?:pills|tablets|meds)",
    r"(?:pills|tablets) (?:are |all )?out on the (?:table|side|bed|desk|counter|floor|worktop)",
    # "Sorted my tablets out, got enough saved up now".
    r"(?:pills|tablets)(?: \w+){0,6} (?:got|have) enough (?:saved|stored|stockpiled|put by)",
    r"(?:pills|tablets|meds)(?: \w+){0,2} (?:are |is )?(?:lined up|counted out|laid out|saved up|"
    r"stockpiled|hoarded)",
    # Kept back out of sight: "kept back enough of his tablets", "squirrelled away plenty of my
    # sleeping pills".
    r"(?:kept|put|set|saved|squirrelled|squirreled|stashed|hid|hidden) (?:back |aside |away |by )?"
    r"(?:enough|plenty|a stash|a supply)(?: of)? (?:(?:my|his|her|their|the) )?(?:[a-z]+s )?"
    r"(?:old )?(?:pills|tablets|meds|medication|painkillers|sleeping (?:pills|tablets))",
    # "I have the tablets saved"; not tablets that "saved my life".
    r"(?:have|got) (?:the |my |all the |all my )?(?:pills|tablets) saved(?! (?:me|my|him|her|his|"
    r"us|our|the|a|lives?)\b)",
)
# The notes left.
_NOTES_WRITTEN = (
    # Not notes for an exam or a letter to the landlord.
    r"(?:written|wrote|writing|left) (?:my |the |a )?(?:goodbye )?(?:notes?|letters?|goodbyes?)"
    r"(?! (?:for|from|to|on|in|about) (?:the |my |an? )?(?:exam\w*|school|work|class|lecture\w*|"
    r"teacher|gp|doctor|council|landlord|boss|coach|milkman|meeting|revision|test)\b)",
    # Told as done: "letters are written".
    r"(?:goodbye )?(?:notes|letters) (?:are |have been |all )?(?:written|done|finished|sealed)",
)
# The means laid out, or the notes left: "got the pills out", "written the notes".
_MEANS_READY = words(
    # Keys to a drug store at work, beside such thoughts: a vet's, a nurse's, a pharmacist's.
    r"(?:keys?|access) to (?:the )?(?:controlled )?(?:drugs?|ketamine|morphine) (?:cabinet|"
    r"cupboard|safe|store)",
    *_PILLS_READY,
    *_NOTES_WRITTEN,
)
# Both at once, whatever else is said: "the pills out and I've written notes for my kids".
_PILLS_OUT = words(*_PILLS_READY)
_NOTES_LEFT = words(*_NOTES_WRITTEN)
# All of them laid out, and a time to take them: "put all my tablets out, taking them tonight".
# Not tonight's usual dose set out for the morning.
_TAKING_THEM_ALL = words(
    rf"all (?:of )?(?:my |the |his |her )?(?:pills|tablets)(?: \w+){{0,12}} (?:going|gonna|about) "
    rf"to (?:take|swallow|have) (?:them|the lot|all of them|it all)(?: all)?(?: \w+)? "
    rf"(?:{_TONIGHT_OR_NOW}|now)",
)
# Despair that needs the means beside it to read as danger: "I can't do this anymore" is also
# what leg day makes people say.
_DESPAIR = words(
    r"(?:cant|cannot) (?:do|take|cope with|go on with) (?:this|it|any of this|life) any ?more",
    r"(?:cant|cannot) go on|had enough of (?:everything|it all|life|living)|no way out",
    # "I don't see the point anymore", "what's the point of anything".
    r"(?:dont|do not|cant|cannot) see (?:the |any )?point(?: in (?:anything|living|life|going on|"
    r"any of it))? any ?more|(?:whats|what is) the point (?:of|in) (?:anything|living|life|going "
    r"on)|no point (?:in )?(?:living|going on|anything)",
    r"done with (?:it all|life|everything|living|all of it|all this)|tired of (?:living|life|"
    r"everything|it all)",
    # "I've had enough.", said on its own, not "had enough of this rain".
    r"(?:ive|i have) had enough(?! (?:of|to|sleep|water|food|protein|rest|carbs|coffee)\b)",
    # "Not okay.", said as a whole sentence beside the means laid out.
    r"^(?:im |i am |really |just )?not (?:ok|okay)$",
    # "Got the pills lined up and I'm done": done with living, not "done for the day".
    r"(?:im|i am) (?:so |just )?done(?! (?:with|for|now|here|at|in|on|after|before|today|"
    r"training|lifting|eating|by)\b)",
)
# A goodbye to the group: "don't think I'll be around for comp day, love you lot".
_FAREWELL = words(
    r"(?:wont|will not|dont think ill|dont think i will|not going to) be (?:around|here) "
    r"(?:for|to see|much longer|any ?more|tomorrow|after)",
    r"(?:love|loved) you (?:all|lot|guys|both)|goodbye (?:everyone|all|guys|lot)|this is goodbye",
    r"(?:sorry|forgive me) for everything|(?:look|looking) after (?:my|the) (?:kids|dog|cat)",
    # Secrecy asked for beside the means laid out: "don't tell anyone".
    r"(?:dont|do not) tell (?:anyone|anybody|my (?:mum|mom|dad|wife|husband|partner|family))",
    # A sorry that closes the message: "...tonight's the night. sorry guys".
    r"sorry (?:guys|everyone|everybody|all|lads|girls|mum|mom|dad)$",
    r"(?:decided|made up my mind)(?: \w+){0,3} (?:tonights the night|tonight|its time|this is it)",
    # Read only beside the means laid out or the notes written: a goodbye and a thanks for
    # everything, "tonight feels like the night", belongings given away.
    r"(?:tonights|tonight is|tonight feels like|feels like tonights) the night",
    r"(?:wanted|want|just) to say (?:bye|goodbye|cheerio|farewell|ta ?ra)",
    r"thanks? (?:you )?(?:all |guys |lot )?for (?:everything|the good (?:years|times|memories))",
    # A thanks to the whole group, "to this server before tonight", "look after yourselves".
    r"(?:wanted|want|just) to say (?:a (?:big )?)?(?:thanks?|thank you) to (?:you all|everyone|"
    r"everybody|all of you|(?:this|the) (?:group|server|chat|community|club))",
    r"(?:look|looking) after yourselves|take care of yourselves",
    r"(?:you|you guys|you lot|you all|yall) (?:were|have been|was) (?:so |really |always )?"
    r"(?:good|kind|great) (?:to me|company)|(?:you|you guys|you lot|you all|yall) (?:were|have "
    r"been) the "
    r"(?:kindest|best|nicest)",
    r"(?:given|gave|giving) away (?:my|all my|his|her|all his|all her) (?:\w+ )?(?:boots|things|"
    r"stuff|kit|belongings|bike|dog|cat|clothes)",
    r"(?:given|gave|giving) (?:my|all my|his|her|all his|all her) (?:\w+ )?(?:things|stuff|"
    r"belongings|clothes) away",
    r"(?:dont|do not) worry about me",
    # "It's been good knowing you all", "it was lovely knowing you lot".
    r"(?:been|was) (?:so |really )?(?:good|nice|lovely|great|a pleasure|an honour) (?:knowing|"
    r"to know) (?:you|you all|you lot|you guys|yall|everyone)",
    r"(?:thisll be|this will be|this is|this ll be) my last (?:post|message)|my last "
    r"(?:post|message) (?:here|on here|ever)",
    # Beside saved-up tablets: "she said goodbye in a way that frightened me".
    r"(?:said|saying|says) (?:a |her |his |my |their )?goodbyes?\b",
    # "Gave my kettlebells to my brother today".
    r"(?:given|gave|giving) (?:all )?(?:my|all my) (?:\w+ )?(?:boots|things|stuff|kit|"
    r"belongings|bike|dog|cat|clothes|weights|kettlebells?|dumbbells|gear|guitar|books) (?:away )?"
    r"to (?:my |a |the )?\w+",
)


def thoughts_of_suicide(m: Message) -> Level | None:
    """Thoughts of ending one's life or of self-harm: NHS 111's mental health option or the
    Samaritans today; 999 or A&E when someone has harmed themselves or is about to."""
    # An emptied packet and some owned to: "she says she only took a few" is an overdose until
    # a doctor says otherwise (NHS paracetamol overdose: A&E now, even feeling well).
    owned_to_some = m.has(_TOOK_ALL) and m.has(_OWNED_TO_SOME)
    if m.has(_HARMED) or (m.has(_TOOK_ALL) and _why_all_were_taken(m)) or owned_to_some:
        return Level.EMERGENCY
    # "A few extra" of a painkiller, counted only when pressed: "took some extra paracetamol...
    # maybe 20-odd" (NHS paracetamol overdose: A&E at once, even feeling well).
    if m.has(_EXTRA_TAKEN) and m.has(_COUNTED_WHEN_PRESSED):
        return Level.EMERGENCY
    # The means ready, with a goodbye said or despair told: about to act, whether or not the
    # words are written.
    if m.has(_MEANS_READY) and (m.has(_FAREWELL) or m.has(_DESPAIR) or m.has(_TAKING_THEM_ALL)):
        return Level.EMERGENCY
    if m.has(_PILLS_OUT) and m.has(_NOTES_LEFT):
        return Level.EMERGENCY
    # Goodbyes told by deeds, two of them, from someone who has gone quiet since: "thanked me
    # for being a good friend, asked me to have his dog, now he's not answering" (Samaritans:
    # putting affairs in order and giving things away are warning signs; NHS: call 999 when a
    # life is at risk now).
    # Not a trip: "look after her cat while she's in Spain... probably on the plane".
    farewell_deeds = sum(m.has(deed) for deed in _GOODBYE_DEEDS)
    if farewell_deeds >= 2 and m.has(_NOT_ANSWERING) and not m.mentioned(_A_TRIP):
        return Level.EMERGENCY
    if not m.has(_THINKING_OF_ENDING):
        return None
    # "Not going to do anything tonight" denies the plan its "tonight" belongs to.
    denied = m.mentioned(_NOTHING_TONIGHT)
    acting = [
        match
        for _, _, match in m.live(_ABOUT_TO_ACT)
        if not (denied and _WHEN.fullmatch(match.group(0)))
    ]
    # A goodbye beside the thoughts is the act close at hand too ("thanks for everything,
    # sorry I won't be at the session").
    about_to_act = bool(acting) or m.has(_MEANS_READY) or m.has(_FAREWELL)
    return Level.EMERGENCY if about_to_act else Level.SAME_DAY


_EXTRA_TAKEN = words(
    r"(?:took|taken|swallowed|had) (?:a few |some |a load of |loads of |a handful of |a couple "
    r"of )?extra (?:paracetamol|painkillers|co ?codamol|codeine|ibuprofen|pills|tablets)"
)
# A hedged count of ten or more, of the tablets: "maybe 20-odd", "probably 15, she says", never
# a distance's, a clock's or a dose's ("about 12 km", "at 10", "500mg").
_COUNTED_WHEN_PRESSED = words(
    r"(?:maybe|about|around|like|probably|more like|at least) (?:[1-9]\d|\d{3})(?=$| (?:odd|ish|"
    r"of them|tablets|pills|paracetamol|painkillers|he|she|they|i|we|in total|altogether)\b)"
)
_NOT_ANSWERING = words(_GONE_QUIET)
_A_TRIP = words(
    r"holidays?|hols|plane|flights?|airport|abroad|cruise|(?:while|when) (?:hes|shes|theyre|he is|"
    r"she is|they are) (?:away|in|on)|away (?:for|until|till)"
)
# Each read once, beside another and a silence: alone, each is an ordinary week.
_GOODBYE_DEEDS = (
    _FAREWELL,
    words(
        r"(?:sorted|sorting|put|putting|got|getting) (?:out )?(?:his|her|my|their) affairs",
        r"(?:sorted|sorting) (?:everything|it all) out",
    ),
    words(
        r"thank\w* (?:me |you |us )?for (?:being|always being) (?:such )?a (?:good|great|true|"
        r"loyal) (?:friend|mate|pal|neighbour)"
    ),
    words(
        r"(?:look|looking|take|taking) (?:after|care of) (?:his|her|their) (?:dog|cat|kids|"
        r"children|pets?|birds?)"
    ),
    # Handed to someone: "gave his bike to one of us" ("gave away his things" is a farewell's).
    words(
        r"(?:gave|given|giving) (?:his|her|their) (?:\w+ )?(?:bike|kit|guitar|car|watch|tools|"
        r"records|books) to\b"
    ),
)
_NOTHING_TONIGHT = words(
    r"(?:not|wont|wouldnt|never|im not) (?:going to |gonna )?(?:do|act on|try) (?:anything|it|"
    rf"them)(?: \w+){{0,2}} (?:{_TONIGHT_OR_NOW})",
    # "I'm safe tonight": the member says the night is not the plan's.
    rf"(?:im|i am|ill be|i will be|i feel|feeling|staying|keeping myself) safe (?:for )?"
    rf"(?:{_TONIGHT_OR_NOW})",
)
_WHEN = re.compile(_TONIGHT_OR_NOW)


# Low mood said as a feeling ("been feeling flat", "she's so weepy", "low mood"), or joy gone
# from everything. Said of a person, never of a thing: "my iron's been low for months", "feet
# have been numb for weeks" and "the swelling's been down" are other signs.
_LOW = r"(?:low|flat|sad|miserable|hopeless|depressed|tearful|teary|weepy)"
_SO = r"(?:so |really |very |pretty |quite |a bit |bit |just |properly |low and |flat and )?"
_WHO = (
    r"(?:i|ive|i have|im|i am|hes|he has|he is|shes|she has|she is|theyve|theyre|weve|(?:(?:my|"
    r"our|his|her) )?(?:wife|husband|partner|mum|mom|dad|son|daughter|friend|brother|sister|"
    r"mate)s?(?: with \w+)?)"
)
# Not a place or a fall: "he's down at the club", "been down to the coast", "down the stairs".
_NOT_A_PLACE = (
    r"(?! (?:on|about|with|in|at|to|here|there|by|under|the|for (?:a|the) (?:day|night|minute|"
    r"bit)|after (?:that|the|this|a)|legs?|stairs)\b)"
)
_FEELING_LOW = words(
    # Felt: "feeling down", "felt empty".
    rf"(?:feel|feels|feeling|felt) {_SO}(?:{_LOW}|down|empty){_NOT_A_PLACE}",
    # Been, of someone: "I've been so low", "my husband's been really down".
    rf"{_WHO} (?:has |is |have )?(?:been )?{_SO}(?:{_LOW}|down){_NOT_A_PLACE}",
    # Or with the "I" left out, at a sentence's start: "been so low for weeks".
    rf"^been {_SO}(?:{_LOW}|down){_NOT_A_PLACE}",
    # "Mood's been low" reaches here as "moods been low".
    r"low mood|moods? (?:has |is )?(?:been )?(?:really |very |so )?(?:low|flat|down|rock bottom|"
    r"on the floor|rubbish|terrible|awful)",
    # Joy gone from everything: "not enjoying anything", "can't enjoy anything any more".
    r"(?:not|dont|cant|cannot|stopped|no longer) (?:really )?enjoy\w* (?:anything|things|life|"
    r"much of anything)",
    r"(?:no|zero) (?:joy|pleasure|interest) in (?:anything|life|things)",
)
# Legs or sessions that feel flat for weeks are training fatigue, not mood.
_LEGS_FLAT = words(
    r"(?:legs?|sessions?|runs?|lifts?|training|body)(?: \w+){0,3} (?:been|feel\w*|felt|are|is) "
    r"(?:\w+ )?(?:flat|heavy|dead|empty)"
)
# HSE: symptoms most days for more than two weeks; "a couple of days" is not it.
_FOR_WEEKS = words(
    r"(?:\d+|two|three|four|five|six|seven|eight|several|a few|few|a couple of|couple of|some|"
    r"many) (?:weeks|months)",
    r"(?:a|about a|over a|for a|nearly a|almost a|the last|the past) (?:month|year|fortnight)",
    r"for (?:weeks|months|ages|a while)|(?:weeks|months) now|since (?:the (?:baby|injury|"
    r"divorce|funeral|accident|op|operation|season|break ?up)|(?:my|our|his|her) (?:baby|injury|"
    r"divorce|op|operation|dad|mum|mom|wife|husband)\w* (?:died|passed|went|left))",
)


def low_mood_for_weeks(m: Message) -> Level | None:
    """Low mood or joy gone from everything for two weeks or more: a GP appointment (HSE,
    clinical depression: symptoms most of the day, every day, for more than two weeks). Thoughts
    of suicide beside it are read by the rule above, whose level is the higher."""
    if m.has(_FEELING_LOW) and m.mentioned(_FOR_WEEKS) and not m.has(_LEGS_FLAT):
        return Level.SEE_GP
    return None
