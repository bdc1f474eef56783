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

from bot.questions.triage.signs import Level
from bot.questions.triage.text import Message, words

# Not "going to kill myself on this hill" or "going to hurt myself on that lift": gym talk. A
# wish to hurt oneself is read only with "on purpose", "to cope" and the like (below).
_ENDING = (
    r"(?:kill (?:myself|himself|herself|themselves)(?! (?:on|doing|with|at|in|over|for|trying|"
    r"running|training|laughing)\b)|end (?:it all|my life|my own life|his life|her life|their "
    r"life)|take (?:my|his|her|their) (?:own )?life|not (?:be|being) alive|not (?:be|being) here "
    r"any ?more|not exist)"
)
_THINKING_OF_ENDING = words(
    r"suicidal(?: thoughts| feelings| ideation)?",
    r"suicide (?:thoughts|ideation|plan|note)",
    r"(?:thoughts|thinking|thought|thinks|think) (?:\w+ )?(?:of|about) (?:suicide|ending "
    r"(?:it all|my life|things)|killing (?:myself|himself|herself)|taking (?:my|his|her) (?:own )?"
    r"life|self ?harm\w*|harming (?:myself|himself|herself)|hurting (?:myself|himself|herself)|"
    r"not being (?:here|alive)|not waking up)",
    rf"(?:want|wants|wanted|wanting|going|gonna|plan|plans|planning|tempted|urge) to {_ENDING}",
    r"feel\w* like (?:i (?:want|wanna) to )?(?:killing myself|ending it all|ending my life|"
    rf"{_ENDING})",
    # Not "don't want to live in London" or "don't want to wake up early for spin".
    r"(?:dont|do not|doesnt|does not|no longer) want to (?:be alive|live any ?more|be here "
    r"any ?more|exist|live(?! (?:in|near|with|at|on|there|abroad|alone|by|off|next|like that)\b)|"
    r"wake up(?! (?:early|at|for|before|in time|on time)\b))",
    r"wish (?:i|id|he|she) (?:was|were) dead|wish (?:i|he|she) (?:wouldnt|would not|didnt) wake up",
    r"(?:everyone|everybody|they|my family|my kids|his family|her family) (?:would be|d be|are) "
    r"better off without (?:me|him|her|them)",
    # Not "no point going on the run if it rains".
    r"(?:no|nothing) (?:point|reason) (?:in )?(?:living|to live|being alive|going on(?! (?:the|a|"
    r"my|with|to|about|holiday|at|a)\b)|to go on(?! (?:the|a|my|with|to|holiday|at)\b))",
    r"life (?:is not|isnt|not|is no longer) worth living",
    # Hopelessness about everything, not about one plan: "doesn't see the point in anything".
    r"(?:dont|do not|doesnt|does not|cant|cannot|no longer) see (?:the|any) point (?:in|of) "
    r"(?:anything|living|life|going on|being here|carrying on)",
    r"no point in (?:anything|carrying on)",
    r"self ?harm(?:ing|ed)?",
    r"(?:hurt|hurting|harm|harming|cut|cutting|burn|burning) (?:myself|himself|herself) "
    r"(?:on purpose|deliberately|to cope|to feel)",
    r"(?:having|been having|keep having|keeps having|getting|get) (?:some )?(?:really |very )?"
    r"dark thoughts",
)
# Not an attempt dated years back: "tried to end my life in 2015, in a good place now".
_NOT_YEARS_BACK = (
    r"(?!(?: \w+){0,2} (?:in (?:19|20)\d\d|(?:\w+ )?years? (?:ago|back)|as a (?:teen\w*|kid|child|"
    r"student)|when (?:i|he|she|they) (?:was|were)))"
)
# Already done: an overdose or an attempt (999 or A&E).
_HARMED = words(
    # Not "overdosed on pre-workout": the stimulant rules read that.
    r"(?:(?:took|taken|swallowed|had|done) (?:an |a )?overdose|overdosed)(?! (?:of |on )(?:\w+ )?"
    rf"(?:caffeine|pre ?workout|coffee|energy|sugar|carbs|cardio|protein|creatine|vitamins?))"
    rf"{_NOT_YEARS_BACK}",
    r"(?:took|taken|swallowed|downed) a (?:whole |full )?(?:bottle|packet|packets|box|handful|"
    r"strip) of (?:pills|tablets|paracetamol|painkillers|meds|medication|sleeping pills)"
    rf"{_NOT_YEARS_BACK}",
    # Not "took all my tablets this morning", the day's usual dose: all of them at once.
    r"(?:took|taken|swallowed|downed) all (?:my|of my|his|her|the) (?:pills|tablets|paracetamol|"
    r"painkillers|meds|medication|sleeping pills)(?: \w+){0,2} (?:at once|in one go|together|at "
    r"the same time)",
    rf"(?:tried|attempted|trying) to {_ENDING}{_NOT_YEARS_BACK}",
    rf"(?:attempted|tried) suicide{_NOT_YEARS_BACK}",
)
# About to act: a plan, the means at hand, a goodbye, "tonight".
_ABOUT_TO_ACT = words(
    r"tonight|right now|(?:made|have|got|with) a plan",
    r"(?:have|got|bought|saved|stockpiled|collected|sitting here with) (?:the |some |enough |all "
    r"the )?(?:pills|tablets|rope)",
    r"(?:said|saying|written|wrote|writing) (?:my )?(?:goodbyes?|a note|letters?)",
    r"(?:dont|do not|doesnt|does not|no longer) feel safe|not safe",
    r"(?:going|gonna) to do it",
)


def thoughts_of_suicide(m: Message) -> Level | None:
    """Thoughts of ending one's life or of self-harm: NHS 111's mental health option or the
    Samaritans today; 999 or A&E when someone has harmed themselves or is about to."""
    if m.has(_HARMED):
        return Level.EMERGENCY
    if not m.has(_THINKING_OF_ENDING):
        return None
    return Level.EMERGENCY if m.has(_ABOUT_TO_ACT) else Level.SAME_DAY
