"""How answers read: one wording for Discord and the console alike."""

from __future__ import annotations

from collections.abc import Iterable

from bot.markdown import escape
from bot.questions.kb import Entry, KnowledgeBase, Source
from bot.questions.models import Gap
from bot.questions.service import Answer, AnswerKind
from bot.questions.small_talk import SmallTalk
from bot.questions.triage import Level, TriageResult
from bot.replies import Action, Field, Reply, Tone, error_reply

DISCLAIMER = "General information, not medical advice."
EMERGENCY_NUMBERS = "999, 911, 112"


def answer_reply(answer: Answer) -> Reply:
    if answer.kind in (AnswerKind.URGENT, AnswerKind.SEE_GP) and answer.triage is not None:
        return care_reply(
            answer.triage, answer.question, answer.emergency_number, answer.see_also, answer.entry
        )
    if answer.kind is AnswerKind.ANSWER and answer.entry is not None:
        return entry_reply(answer.entry, answer.question, answer.see_also)
    if answer.kind is AnswerKind.SUGGESTIONS:
        return suggestions_reply(answer.suggestions, answer.question)
    if answer.kind is AnswerKind.SMALL_TALK:
        return small_talk_reply(answer.small_talk)
    return declined_reply(answer.question)


def small_talk_reply(kind: SmallTalk | None) -> Reply:
    if kind is SmallTalk.THANKS:
        body = "You're welcome! Ask me anything else about your calves, legs or heart."
    else:
        body = (
            "Hi! I'm Second Heart. Ask me about calf raises, leg training, circulation and heart "
            "health, and I'll answer from a cited knowledge base. Try \"how do I do a calf "
            'raise?", see the topics I know, or use `/help`.'
        )
    return Reply(body=body, actions=(Action("Show topics", "topics", "/topics"),))


def emergency_number_text(number: str) -> str:
    """How a reply names the number to call: the configured one, or the common ones."""
    return number.strip() or f"your local emergency number ({EMERGENCY_NUMBERS})"


def care_reply(
    result: TriageResult,
    question: str,
    number: str = "",
    guides: Iterable[Entry] = (),
    asked: Entry | None = None,
) -> Reply:
    """What to do about a warning sign: the sign in plain words, what to do, and the source.

    `asked` is the knowledge-base answer to the question itself, shown under the advice when
    the sign only needs a GP appointment."""
    call = emergency_number_text(number)
    noticed = "\n".join(
        f"• **{g.name[0].upper()}{g.name[1:]}.** {g.meaning}" for g in result.guides
    )
    if result.level is Level.EMERGENCY:
        title = "This could be an emergency"
        todo = (
            f"**Stop what you're doing and call {call} now.** Don't drive yourself, and don't "
            "wait to see if it passes. If it's someone else, stay with them."
        )
    elif result.level is Level.SAME_DAY:
        # A sign whose own guidance names who to call speaks for the reply.
        own = next((g for g in result.guides if g.same_day_contact), None)
        contact = own.same_day_contact if own else None
        title = "Please get medical advice now" if contact else "Please get medical advice today"
        worse = (
            "**Call {call}** if it gets worse, or you also have chest pain, sudden "
            "breathlessness, cough up blood or faint."
        )
        if own is not None:
            title = own.same_day_title or title
            worse = own.same_day_worse or worse
        who = contact or (
            "**Stop exercising** and get medical advice **today**: your GP, an urgent care "
            "centre, or NHS 111 in the UK."
        )
        todo = f"{who}\n{worse.format(call=call)}"
    else:
        title = "Worth seeing a doctor"
        own_advice = next((g.see_gp_advice for g in result.guides if g.see_gp_advice), None)
        todo = (
            own_advice.format(call=call)
            if own_advice
            else (
                "**Book an appointment with your GP** and don't train through it until you've "
                f"been checked. Get help sooner if it gets worse; call {call} if you get chest "
                "pain, sudden breathlessness or faint."
            )
        )
    body = f"{todo}\n\n**What I noticed**\n{noticed}"
    fields = [Field("Sources", _sources(result.sources))]
    shown = asked if asked is not None and result.level is Level.SEE_GP else None
    if shown is not None:
        body += f"\n\n**About your question: {shown.title}**\n{shown.answer}"
        cited = {s.link for s in result.sources}
        more = [s for s in shown.sources if s.link not in cited]
        if more:
            fields.append(Field("Sources for the answer", _sources(more)))
    return Reply(
        title=title,
        body=body,
        fields=tuple(fields),
        footer="I can't assess symptoms. When in doubt, get help.",
        tone=Tone.URGENT,
        quote=question,
        actions=tuple(
            Action(f"Read: {e.title}", f"topic:{e.id}", f"/topic {e.id}")
            for e in guides
            if shown is None or e.id != shown.id
        ),
    )


def entry_reply(entry: Entry, question: str | None = None, see_also: Iterable[Entry] = ()) -> Reply:
    fields = [Field("Sources", _sources(entry.sources))] if entry.sources else []
    return Reply(
        title=entry.title,
        body=entry.answer,
        fields=tuple(fields),
        footer=f"{DISCLAIMER} Reviewed {entry.reviewed.isoformat()}.",
        quote=question,
        actions=(
            Action("Helpful", f"feedback:1:{entry.id}", "/helpful"),
            Action("Not helpful", f"feedback:0:{entry.id}", "/unhelpful"),
            *(Action(f"Related: {e.title}", f"topic:{e.id}", f"/topic {e.id}") for e in see_also),
        ),
    )


def suggestions_reply(entries: Iterable[Entry], question: str) -> Reply:
    options = tuple(entries)
    return Reply(
        title="Did you mean…",
        body="I'm not sure which of these you're asking about. Pick one:",
        footer=DISCLAIMER,
        quote=question,
        actions=tuple(Action(e.title, f"topic:{e.id}", f"/topic {e.id}") for e in options),
    )


def declined_reply(question: str) -> Reply:
    return Reply(
        title="I don't have an answer for that",
        body=(
            "I only answer questions about calf and leg training, circulation and heart health, "
            "from a curated knowledge base, and I'd rather say so than guess.\n"
            "Try asking another way, see the topics I know, or use `/help`."
        ),
        quote=question,
        actions=(Action("Show topics", "topics", "/topics"),),
    )


def topics_reply(kb: KnowledgeBase) -> Reply:
    areas: dict[str, list[str]] = {}
    for entry in kb.answerable:
        areas.setdefault(entry.area, []).append(entry.title)
    return Reply(
        title="What I can answer",
        body="Ask about any of these in your own words.",
        fields=tuple(Field(area, "\n".join(titles)) for area, titles in areas.items()),
        footer=DISCLAIMER,
        private=True,
    )


def feedback_reply(helpful: bool, recorded: bool = True) -> Reply:
    """Thanks for a vote; or, when it wasn't recorded, why: the answer was retired since."""
    if not recorded:
        return error_reply("That answer has since been retired.")
    if helpful:
        return Reply(body="Thanks! Glad it helped.", tone=Tone.SUCCESS, private=True)
    return Reply(
        body="Thanks for saying so. Curators review answers marked not helpful.",
        private=True,
    )


def gaps_reply(gaps: list[Gap], days: int) -> Reply:
    if not gaps:
        return Reply(
            title="Knowledge gaps",
            body=f"No declined or unhelpful questions in the last {days} days.",
            private=True,
        )
    # Members wrote these: shown as typed, one line each, never as a link or a style that an
    # admin might click or misread.
    lines = "\n".join(f"{g.asked} × {escape(' '.join(g.question.split()))}" for g in gaps)
    return Reply(
        title="Knowledge gaps",
        body=f'Most frequent declined or "not helpful" questions, last {days} days:\n{lines}',
        private=True,
    )


def reload_reply(problems: list[str], entries: int) -> Reply:
    if problems:
        shown = "\n".join(f"• {p}" for p in problems[:15])
        more = f"\n…and {len(problems) - 15} more" if len(problems) > 15 else ""
        return Reply(
            title="Knowledge base not reloaded",
            body=f"The previous version keeps serving. Fix these first:\n{shown}{more}",
            tone=Tone.ERROR,
            private=True,
        )
    return Reply(
        body=f"Knowledge base reloaded: {entries} entries.", tone=Tone.SUCCESS, private=True
    )


def answer_json(answer: Answer) -> dict[str, object]:
    """The curator's view of an answer (python -m bot ask --json)."""
    reply = answer_reply(answer)
    sources: tuple[Source, ...] = ()
    if answer.kind is AnswerKind.SEE_GP and answer.triage is not None:
        sources = (*answer.triage.sources, *(answer.entry.sources if answer.entry else ()))
    elif answer.entry is not None:
        sources = answer.entry.sources
    elif answer.triage is not None:
        sources = answer.triage.sources
    # An answer to a question about signs cites its entry; a care reply cites its guidance, and
    # a see-a-GP reply with an answer under it cites both.
    return {
        "id": answer.entry.id if answer.entry else None,
        "kind": answer.kind.value,
        "title": reply.title,
        "confidence": round(answer.confidence, 4),
        "urgent": answer.kind is AnswerKind.URGENT,
        "triage": answer.triage.level.label if answer.triage else None,
        "triage_category": answer.triage.category.value if answer.triage else None,
        "answer": reply.body
        if answer.kind in (AnswerKind.ANSWER, AnswerKind.URGENT, AnswerKind.SEE_GP)
        else None,
        "sources": [
            {
                "title": s.title,
                "authors": s.authors,
                "year": s.year,
                "evidence": s.evidence,
                "link": s.link,
            }
            for s in sources
        ],
        "suggestions": [e.id for e in answer.suggestions],
        "related": [e.id for e in answer.see_also],
        "engine": answer.engine,
    }


def _sources(sources: Iterable[Source]) -> str:
    return "\n".join(
        f"• [{s.title}]({s.link}) ({s.authors}, {s.year}; {s.evidence})" for s in sources
    )


def unknown_topic_reply(entry_id: str) -> Reply:
    """A topic asked for by id (a button from before a reload, or typed) that isn't there."""
    return error_reply(f"There is no topic {entry_id!r} any more. /topics lists them all.")


def unreadable_vote_reply() -> Reply:
    return error_reply("I couldn't record that vote, sorry.")


def nothing_to_rate_reply() -> Reply:
    return error_reply("There is no answer to rate yet: ask a question first.")


# Ask Second Heart on someone's message: the line above the answer names who asked. A name, not
# a mention: it must ping nobody. Discord names hold no line break and ask() folds the
# question's whitespace, so the line break alone tells the name from the question.
_ASKED = " asked:\n"


def asked_by_text(name: str, question: str) -> str:
    """Who asked, and what: shown above an answer to another member's message."""
    return f"{escape(name)}{_ASKED}{question}"


def question_asked_by(text: str) -> str | None:
    """The question in an `asked_by_text` line (for the answer's buttons), if it is one."""
    name, found, question = text.partition(_ASKED)
    return question if found and name and "\n" not in name and question else None


def no_question_reply() -> Reply:
    """Ask Second Heart on a message with no text: an image, a sticker, an embed alone."""
    return error_reply(
        "That message has no text for me to answer: I can't read images, stickers or embeds. "
        "Ask it in words with `/ask`."
    )
