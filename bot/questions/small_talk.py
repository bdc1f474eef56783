"""Greetings, thanks and "what can you do?": answered kindly, never declined as off-topic.

Only a message that is small talk *as a whole* counts: "hi, my calf is swollen" is a question
(and triage reads it first anyway), while "hi!", "thanks so much" or "hey bot, what can you do?"
are not questions for the knowledge base.
"""

from __future__ import annotations

import re
from enum import Enum

from bot.questions.text import normalise


class SmallTalk(Enum):
    GREETING = "greeting"
    THANKS = "thanks"
    HELP = "help"


_GREETING = (
    r"(?:hi+|hey+|hello+|hiya|heya|yo|sup|howdy|greetings|morning|evening|"
    r"good (?:morning|afternoon|evening|day))"
)
_ADDRESS = r"(?: (?:there|bot|second heart|everyone|all|folks|friend|mate))?"
_THANKS = (
    r"(?:(?:ok |okay |great |cool |awesome |perfect |brilliant |nice )?"
    r"(?:thanks?|thank you|thx|ty|tysm|cheers|ta|much appreciated|appreciate it|nice one)"
    r"(?: (?:so|very) much| a lot| loads| heaps| mate| bot| again)*)"
)
_HELP = (
    r"(?:help|help me|what can you do|what do you do|who are you|what are you|how do you work|"
    r"how does this work|what can i ask(?: you)?|what do you know|commands|what are your commands|"
    r"what is this bot|how do i use (?:you|this|this bot))"
)
_WHOLE = {
    SmallTalk.HELP: re.compile(rf"^(?:{_GREETING}{_ADDRESS} )?{_HELP}{_ADDRESS}$"),
    SmallTalk.THANKS: re.compile(rf"^(?:{_GREETING}{_ADDRESS} )?{_THANKS}$"),
    SmallTalk.GREETING: re.compile(
        rf"^{_GREETING}{_ADDRESS}(?: how are you(?: doing)?| hows it going| whats up)?$"
    ),
}


def small_talk(text: str) -> SmallTalk | None:
    """What kind of small talk `text` is, if all of it is small talk."""
    said = normalise(text)
    for kind, pattern in _WHOLE.items():
        if pattern.match(said):
            return kind
    return None
