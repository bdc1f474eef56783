"""The questions service: warning signs first, then the knowledge base, in three zones.

Plain values in, plain `Answer` out; nothing here knows about Discord.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from bot.clock import Clock
from bot.questions.kb import Entry, KnowledgeBase, Problem, load_knowledge
from bot.questions.letters import question_parts
from bot.questions.models import Gap
from bot.questions.search import (
    SUGGESTIONS,
    Decision,
    Match,
    Ranker,
    Thresholds,
    Zone,
    decide,
    rank_parts,
)
from bot.questions.small_talk import SmallTalk, small_talk
from bot.questions.text import normalise, words
from bot.questions.triage import Level, Triage, TriageResult
from bot.storage import questions as store
from bot.storage.db import Database

if TYPE_CHECKING:
    from bot.questions.batching import Embedder

log = logging.getLogger(__name__)

# Set on the development set (tests/data/questions_devset.yaml); see README § Questions. The
# semantic margin went from 0.03 to 0.04 in session 12, chosen on all five question sets: fewer
# wrong answers on every one, for more "did you mean" (README § Real people's questions).
THRESHOLDS: dict[str, Thresholds] = {
    "semantic": Thresholds(confident=0.58, unsure=0.55, margin=0.04, scope_margin=0.06),
    "lexical": Thresholds(confident=0.70, unsure=0.45, margin=0.02),
}
# What is quoted, stored for /kb gaps and matched whole: the first 500 characters.
QUESTION_LIMIT = 500
# What triage and the question finder read: a whole Discord message. A warning sign or the
# question itself often comes at the end of a long letter.
MESSAGE_LIMIT = 2000
AUTOCOMPLETE_LIMIT = 25
# /kb gaps looks this far back.
GAP_DAYS = 30
# The entry that says what the bot does: the answer to "help" and "what can you do?".
ABOUT_THE_BOT = "bot-help"
# Related topics offered under an answer: with the two feedback buttons, one row of five.
SEE_ALSO = 3

RankerFactory = Callable[[KnowledgeBase], Ranker]


class AnswerKind(Enum):
    # Warning signs: emergency or same day.
    URGENT = "urgent"
    # A warning sign that needs a GP appointment, not today.
    SEE_GP = "see_gp"
    ANSWER = "answer"
    SUGGESTIONS = "suggestions"
    DECLINED = "declined"
    # Hello or thanks: a friendly word, not a decline.
    SMALL_TALK = "small_talk"


@dataclass(frozen=True)
class Answer:
    question: str
    kind: AnswerKind
    engine: str
    confidence: float = 0.0
    entry: Entry | None = None
    suggestions: tuple[Entry, ...] = ()
    triage: TriageResult | None = None
    # Offered under an answer: this question's close runners-up, then the entry's curated
    # `related` topics.
    see_also: tuple[Entry, ...] = ()
    # Named in "call now" replies; empty means "your local emergency number".
    emergency_number: str = ""
    small_talk: SmallTalk | None = None


class QuestionService:
    def __init__(
        self,
        kb: KnowledgeBase,
        make_ranker: RankerFactory,
        db: Database,
        clock: Clock,
        knowledge_path: Path,
        *,
        triage: Triage | None = None,
        embedder: Embedder | None = None,
        emergency_number: str = "",
    ) -> None:
        self.triage = triage or Triage()
        self._embedder = embedder
        self.emergency_number = emergency_number
        self._make_ranker = make_ranker
        self._db = db
        self._clock = clock
        self._path = knowledge_path
        self._kb = kb
        self._ranker = make_ranker(kb)
        self._reload_lock = asyncio.Lock()
        # Called after a reload this process made (bot/peers.py tells the other processes).
        self.on_reload: list[Callable[[], Awaitable[None]]] = []
        # Told of every answer a member got (bot/metrics counts them); empty, it costs nothing.
        self.on_answer: list[Callable[[Answer], None]] = []

    @property
    def kb(self) -> KnowledgeBase:
        return self._kb

    @property
    def engine(self) -> str:
        return self._ranker.name

    async def ask(self, text: str, *, record: bool = True) -> Answer:
        """Answer a member's question. Warning signs are checked before any lookup.

        A declined question is stored (without who asked) for /kb gaps, and the `on_answer`
        hooks hear of it, unless `record` is off (a curator's `python -m bot ask`).
        """
        answer = await self._answer(text, record=record)
        if record:
            for hook in self.on_answer:
                hook(answer)
        return answer

    async def _answer(self, text: str, *, record: bool) -> Answer:
        message = " ".join(text.split())[:MESSAGE_LIMIT]
        question = message[:QUESTION_LIMIT]
        # Read both once: a reload may swap them while we work.
        kb, ranker = self._kb, self._ranker
        engine = ranker.name
        rules = self.triage.rules(message)
        if rules.wants_bank:
            await self._prime([message])
        warning = self.triage.check(message, rules)
        # The knowledge-base guides to the signs found: the answer to a question about them,
        # or a button under a care reply.
        guides = tuple(
            kb.by_id[g.entry_id]
            for g in (warning.guides if warning else ())
            if g.entry_id in kb.by_id
        )
        if warning is not None and warning.level is Level.INFO and guides:
            # A question about signs gets the guide to them, unless retrieval is sure the
            # question is about something else it names ("what's a safe maximum heart rate?" is
            # about heart rate zones, not palpitations): that answer doesn't say "call now" either.
            guide_ids = {g.id for g in guides}
            matches, outside = await self._rank(ranker, message)
            decision = _decide(ranker, matches, outside, not_rivals=guide_ids)
            top = decision.top
            sure_elsewhere = decision.zone is Zone.CONFIDENT and top not in guide_ids
            close = {m.entry_id for m in matches[:SUGGESTIONS]}
            if decision.zone is Zone.UNSURE and not guide_ids & close:
                # Retrieval ranks no guide near the top: the question names a sign's topic but
                # asks about something else ("cardiac rehab after my heart attack: is it safe?").
                # Its best guesses are offered, with the guide beside them, rather than the guide
                # as if it answered.
                options = (*(kb.by_id[m.entry_id] for m in decision.matches[:2]), guides[0])
                return Answer(
                    question,
                    AnswerKind.SUGGESTIONS,
                    engine,
                    decision.confidence,
                    suggestions=options,
                    triage=warning,
                )
            entry = kb.by_id[top] if sure_elsewhere and top else guides[0]
            confidence = decision.confidence if sure_elsewhere else 1.0
            see_also = _see_also(kb, entry, [g.id for g in guides if g.id != entry.id])
            return Answer(
                question,
                AnswerKind.ANSWER,
                engine,
                confidence,
                entry,
                triage=warning,
                see_also=see_also,
            )
        if warning is not None and warning.level.urgent:
            return Answer(
                question,
                AnswerKind.URGENT,
                engine,
                triage=warning,
                see_also=guides[:SEE_ALSO],
                emergency_number=self.emergency_number,
            )
        if warning is not None and warning.level is Level.SEE_GP:
            # Not urgent: the GP advice comes first, then the answer to what was asked, when
            # the knowledge base is sure of one, or its best guess is the entry on the very sign
            # triage found ("does walking help claudication?").
            decision = await self._retrieve(ranker, message)
            top = decision.top
            on_the_sign = decision.zone is Zone.UNSURE and top in {g.id for g in guides}
            shown = top if decision.zone is Zone.CONFIDENT or on_the_sign else None
            return Answer(
                question,
                AnswerKind.SEE_GP,
                engine,
                decision.confidence if shown else 0.0,
                kb.by_id[shown] if shown else None,
                triage=warning,
                see_also=guides[:SEE_ALSO],
                emergency_number=self.emergency_number,
            )
        chat = small_talk(question)
        if chat is SmallTalk.HELP and ABOUT_THE_BOT in kb.by_id:
            entry = kb.by_id[ABOUT_THE_BOT]
            see_also = _see_also(kb, entry, [])
            return Answer(question, AnswerKind.ANSWER, engine, 1.0, entry, see_also=see_also)
        if chat is not None:
            return Answer(question, AnswerKind.SMALL_TALK, engine, 1.0, small_talk=chat)
        decision = await self._retrieve(ranker, message)
        if decision.zone is Zone.CONFIDENT:
            entry = kb.by_id[decision.matches[0].entry_id]
            see_also = _see_also(kb, entry, [m.entry_id for m in decision.runners_up])
            return Answer(
                question, AnswerKind.ANSWER, engine, decision.confidence, entry, see_also=see_also
            )
        if decision.zone is Zone.UNSURE:
            options = tuple(kb.by_id[m.entry_id] for m in decision.matches)
            return Answer(
                question, AnswerKind.SUGGESTIONS, engine, decision.confidence, suggestions=options
            )
        if record and _worth_a_gap(question):
            await store.record_unanswered(
                self._db, question=question, question_key=normalise(question), at=self._clock.now()
            )
        return Answer(question, AnswerKind.DECLINED, engine, decision.confidence)

    async def _retrieve(self, ranker: Ranker, message: str) -> Decision:
        """Rank `message` against the knowledge base and decide: answer, suggest or decline."""
        matches, outside = await self._rank(ranker, message)
        return _decide(ranker, matches, outside)

    async def _rank(self, ranker: Ranker, message: str) -> tuple[list[Match], float | None]:
        """Rank the parts of `message`, their vectors embedded off the event loop first."""
        parts = _matched_parts(message)
        if ranker.name == "semantic":
            await self._prime(parts)
        return rank_parts(ranker, parts)

    async def _prime(self, texts: list[str]) -> None:
        """Embed `texts` off the event loop; the triage or ranking that follows, with no await
        between, finds their vectors remembered (batching.py)."""
        if self._embedder is not None:
            await self._embedder.prime(texts)

    def ranked(self, question: str, limit: int = 5) -> list[str]:
        """The entry ids retrieval ranks first, with no triage and no thresholds: for curators."""
        message = " ".join(question.split())[:MESSAGE_LIMIT]
        matches, _ = rank_parts(self._ranker, _matched_parts(message), limit=limit)
        return [m.entry_id for m in matches]

    def topic(self, entry_id: str) -> Answer | None:
        """One entry, chosen by id (a "did you mean" pick, or /topic in the console)."""
        kb = self._kb
        entry = kb.by_id.get(entry_id)
        if entry is None or entry.is_prompt:
            return None
        see_also = _see_also(kb, entry, [])
        return Answer(entry.question, AnswerKind.ANSWER, "topic", 1.0, entry, see_also=see_also)

    def autocomplete(self, partial: str) -> list[tuple[str, str]]:
        """(title, question) pairs for Discord's /ask autocomplete, best first, at most 25."""
        entries = self._kb.answerable
        if not partial.strip():
            return [(e.title, e.question) for e in entries[:AUTOCOMPLETE_LIMIT]]
        choices = {e.id: f"{e.title} {e.question}" for e in entries}
        hits = process.extract(
            partial,
            choices,
            scorer=fuzz.WRatio,
            processor=normalise,
            limit=AUTOCOMPLETE_LIMIT,
            score_cutoff=50,
        )
        return [(self._kb.by_id[key].title, self._kb.by_id[key].question) for _, _, key in hits]

    async def record_feedback(
        self, *, user_id: int, entry_id: str, question: str, helpful: bool
    ) -> bool:
        """Store a vote; False if the entry no longer exists."""
        if entry_id not in self._kb.by_id:
            return False
        await store.record_feedback(
            self._db,
            user_id=user_id,
            entry_id=entry_id,
            question=question[:QUESTION_LIMIT],
            question_key=normalise(question),
            helpful=helpful,
            at=self._clock.now(),
        )
        return True

    async def gaps(self, days: int = GAP_DAYS, limit: int = 10) -> list[Gap]:
        since = self._clock.now() - timedelta(days=days)
        return await store.gaps(self._db, since=since, limit=limit)

    async def close(self) -> None:
        """Stop the embedding thread (askers still waiting on it are cancelled)."""
        if self._embedder is not None:
            await self._embedder.close()

    async def reload(self, *, tell_others: bool = True) -> list[Problem]:
        """Re-read the knowledge folder. On any problem the current knowledge keeps serving.

        A reload that worked runs the `on_reload` hooks (other processes reload too), unless
        it was itself another process's (`tell_others` off), which would echo without end.
        """
        async with self._reload_lock:
            kb, problems = await asyncio.to_thread(load_knowledge, self._path)
            if problems:
                log.warning("knowledge reload refused: %d problem(s)", len(problems))
                return problems
            ranker = await asyncio.to_thread(self._make_ranker, kb)
            self._kb, self._ranker = kb, ranker
            log.info("knowledge reloaded: %d entries", len(kb.entries))
        for hook in self.on_reload if tell_others else []:
            try:
                await hook()
            except Exception:
                # This process serves the new knowledge either way; the others keep the old.
                log.exception("knowledge reloaded here, but other processes were not told")
        return []


def _decide(
    ranker: Ranker, matches: list[Match], outside: float | None, not_rivals: set[str] | None = None
) -> Decision:
    """The zone for ranked matches. Entries in `not_rivals` never stand as the runner-up that keeps
    the best entry from a clear lead: when triage has already offered a guide, the guide scoring
    close behind another entry is no reason to doubt that entry."""
    if not_rivals:
        matches = matches[:1] + [m for m in matches[1:] if m.entry_id not in not_rivals]
    return decide(matches, THRESHOLDS[ranker.name], outside)


def _worth_a_gap(question: str) -> bool:
    """Whether a declined text belongs in /kb gaps: it has a word in it. A number typed after
    a list, an emoji or a bare mention is not a question the knowledge base is missing."""
    return any(sum(c.isalpha() for c in word) >= 2 for word in words(question))


def _matched_parts(message: str) -> list[str]:
    """What retrieval matches: the message whole as quoted (its first QUESTION_LIMIT
    characters), and the sentences that ask anywhere in it."""
    return [message[:QUESTION_LIMIT], *question_parts(message)[1:]]


def _see_also(kb: KnowledgeBase, entry: Entry, runners_up: list[str]) -> tuple[Entry, ...]:
    """Up to SEE_ALSO other topics to offer under `entry`: runners-up first, then `related`."""
    ids = dict.fromkeys([*runners_up, *entry.related])  # ordered, without repeats
    ids.pop(entry.id, None)
    # Every id is known (rankers index this kb; loading refuses unknown related ids), but a
    # related id may name a reminder prompt, which is never offered as a topic.
    picked = [kb.by_id[i] for i in ids if not kb.by_id[i].is_prompt]
    return tuple(picked[:SEE_ALSO])
