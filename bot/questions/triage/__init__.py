"""Warning signs, checked before any knowledge-base lookup.

`Triage.check(text)` reads a member's message and returns what level of care it needs, if any:
emergency (call now), same day, see a GP, or info (a question *about* signs, which gets the signs
and when to call, not "call now"). Two independent signals: rules in the member's own words
(`rules/`, over the word lists in `vocabulary/`), and, when the model is loaded, the nearest
descriptions in a bank of symptom messages (`bank.py`), which can only raise the level.
`check(text)` is the rules alone. See the README § Warning signs for how the trade-off was set and
what was measured.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.questions.kb import Source
from bot.questions.triage.framing import asks_about_signs
from bot.questions.triage.rules import findings, topics
from bot.questions.triage.rules.general import (
    arms_spent_on_training,
    early_pregnancy_sickness,
    greyed_out_on_standing,
    jab_reaction_easing,
)
from bot.questions.triage.rules.heart import chest_wall_told, puffed_as_always
from bot.questions.triage.rules.legs import (
    easing_soreness,
    needle_nick_stopped,
    urine_coloured_harmlessly,
)
from bot.questions.triage.rules.situations import cooled_and_well, knock_told_harmless
from bot.questions.triage.signs import GUIDES, Category, Guide, Level
from bot.questions.triage.spelling import english_words
from bot.questions.triage.text import Message

if TYPE_CHECKING:
    from bot.questions.semantic import Vectors
    from bot.questions.triage.bank import BankReading, SymptomBank

__all__ = [
    "Category",
    "Guide",
    "Level",
    "RulesReading",
    "Triage",
    "TriageResult",
    "check",
    "raised",
]


@dataclass(frozen=True)
class TriageResult:
    level: Level
    # The signs behind the level, most specific first; for INFO, the signs asked about.
    categories: tuple[Category, ...]
    # True when the level came from the symptom bank rather than the rules.
    by_model: bool = False
    # The signs named to the member, when the rules read some with no category of their own
    # (jaundice, a nosebleed): each with its own guide. Empty: the categories' guides.
    signs: tuple[Guide, ...] = ()

    @property
    def guides(self) -> tuple[Guide, ...]:
        return self.signs or tuple(GUIDES[c] for c in self.categories)

    @property
    def category(self) -> Category:
        return self.categories[0]

    @property
    def sources(self) -> tuple[Source, ...]:
        seen: dict[str, Source] = {}
        for guide in self.guides:
            for source in guide.sources:
                seen.setdefault(source.link, source)
        return tuple(seen.values())


@dataclass(frozen=True)
class RulesReading:
    """The rules' result for a message, and whether the symptom bank should read it too."""

    result: TriageResult | None
    wants_bank: bool
    # Muscles sore after effort and said to be easing, or urine coloured by a food or a medicine,
    # with no sign of damage: the level model reads many such messages as rhabdomyolysis, so it
    # may not raise them to "today" (it may still to an emergency).
    kept_from_today: bool = False

    @property
    def level(self) -> Level | None:
        """The level the rules found, if any."""
        return self.result.level if self.result is not None else None

    def raised_by(self, bank: SymptomBank, vector: Vectors) -> TriageResult | None:
        """The rules' result, raised by what the bank and the level model read in `vector`."""
        found = bank.read_vector(vector, self.level, raise_to_today=not self.kept_from_today)
        return raised(self.result, found)


class Triage:
    """Rules, and the symptom bank when there is one."""

    def __init__(self, bank: SymptomBank | None = None) -> None:
        self._bank = bank

    @property
    def uses_model(self) -> bool:
        return self._bank is not None

    def prepare(self) -> None:
        """Load the English word list now rather than at the first misspelling, which would
        otherwise pay about 0.2 s on the event loop. For long-running processes, before they take
        messages; a console answering one question is quicker without it."""
        english_words()

    def rules(self, text: str) -> RulesReading:
        """The first half of `check`: the rules alone, so a caller can embed `text` for the
        bank off the event loop before the second half."""
        message = Message(text)
        rules = _rules_reading(message)
        wants_bank = (
            self._bank is not None
            and bool(message.whole)
            and not (rules is not None and rules.level is Level.INFO)
            and not (rules is None and _settled(message))
        )
        harmless = easing_soreness(message) or urine_coloured_harmlessly(message)
        return RulesReading(rules, wants_bank, harmless)

    def check(self, text: str, rules: RulesReading | None = None) -> TriageResult | None:
        """The care `text` calls for, or None for an ordinary message.

        `rules` is `self.rules(text)` when the caller has it already.
        """
        reading = rules if rules is not None else self.rules(text)
        if self._bank is None or not reading.wants_bank:
            return reading.result
        return reading.raised_by(self._bank, self._bank.vector(text))


def _settled(message: Message) -> bool:
    """The rules set the alarm words aside (a figure of speech, an animal's), or as signs a
    clinician has already reviewed or tests have cleared, as the puffing on a hill the member
    has always had, a knock to the head with its warning signs denied, a needle's nick that bled
    a little and stopped, a chest-wall pain, a grey-out of a second on standing, a spell of heat
    cooled and well again within minutes, a jab's usual reaction already easing, early
    pregnancy's sickness with food and drink kept down, or both arms spent on a day given to
    them: when they
    find nothing else, the bank (which reads the words as written) is not asked to overrule them.
    Read only then, as `Message.cleared` asks: most messages never pay for it."""
    return (
        message.set_aside
        or message.reassured
        or message.cleared
        or puffed_as_always(message)
        or knock_told_harmless(message)
        or needle_nick_stopped(message)
        or chest_wall_told(message)
        or greyed_out_on_standing(message)
        or cooled_and_well(message)
        or jab_reaction_easing(message)
        or early_pregnancy_sickness(message)
        or arms_spent_on_training(message)
    )


def raised(rules: TriageResult | None, reading: BankReading | None) -> TriageResult | None:
    """The rules' result, raised to the bank's level when the bank reads a more urgent one.

    The bank never lowers a level and never overrides a question about signs. Where only the
    level model raised it, the signs the rules named are kept: they are what the message said.
    """
    if rules is not None and rules.level is Level.INFO:
        return rules
    if reading is None or (rules is not None and reading.level <= rules.level):
        return rules
    if reading.level_only and rules is not None:
        return TriageResult(reading.level, rules.categories, by_model=True, signs=rules.signs)
    return TriageResult(reading.level, (reading.category,), by_model=True)


def _rules_reading(message: Message) -> TriageResult | None:
    found = findings(message)
    if asks_about_signs(message) and not any(f.guide.help_even_when_asked for f in found):
        asked = list(dict.fromkeys([*topics(message), *(f.category for f in found)]))
        return TriageResult(Level.INFO, tuple(asked)) if asked else None
    top = max((f.level for f in found), default=None)
    if top is None:
        return None
    # Next to an emergency, a same-day reading of the same message only adds noise.
    at_top = [f for f in found if f.level is top]
    return TriageResult(
        top,
        tuple(dict.fromkeys(f.category for f in at_top)),
        signs=tuple(dict.fromkeys(f.guide for f in at_top)),
    )


_RULES_ONLY = Triage()


def check(text: str) -> TriageResult | None:
    """The rules' reading of `text` alone (no model)."""
    return _RULES_ONLY.check(text)
