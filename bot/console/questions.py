"""The console's question commands: /ask (and plain text), /topics, /topic, votes, /kb."""

from __future__ import annotations

from bot.console.parse import Parsed
from bot.console.session import Command, Session
from bot.questions.replies import (
    answer_reply,
    feedback_reply,
    gaps_reply,
    nothing_to_rate_reply,
    reload_reply,
    topics_reply,
    unknown_topic_reply,
)
from bot.questions.service import GAP_DAYS, AnswerKind
from bot.replies import Reply


async def ask(session: Session, args: Parsed) -> Reply:
    answer = await session.app.questions.ask(args.text("question"))
    session.last_answer = answer if answer.kind is AnswerKind.ANSWER else None
    return answer_reply(answer)


async def topics(session: Session, _: Parsed) -> Reply:
    return topics_reply(session.app.questions.kb)


async def topic(session: Session, args: Parsed) -> Reply:
    entry_id = args.text("id")
    answer = session.app.questions.topic(entry_id)
    if answer is None:
        return unknown_topic_reply(entry_id)
    session.last_answer = answer
    return answer_reply(answer)


async def helpful(session: Session, _: Parsed) -> Reply:
    return await _feedback(session, helpful=True)


async def unhelpful(session: Session, _: Parsed) -> Reply:
    return await _feedback(session, helpful=False)


async def _feedback(session: Session, *, helpful: bool) -> Reply:
    answer = session.last_answer
    if answer is None or answer.entry is None:
        return nothing_to_rate_reply()
    recorded = await session.app.questions.record_feedback(
        user_id=session.user_id,
        entry_id=answer.entry.id,
        question=answer.question,
        helpful=helpful,
    )
    return feedback_reply(helpful, recorded)


async def kb_reload(session: Session, _: Parsed) -> Reply:
    questions = session.app.questions
    problems = await questions.reload()
    return reload_reply([str(p) for p in problems], len(questions.kb.entries))


async def kb_gaps(session: Session, _: Parsed) -> Reply:
    return gaps_reply(await session.app.questions.gaps(GAP_DAYS), GAP_DAYS)


COMMANDS: dict[str, Command] = {
    "ask": ask,
    "question": ask,
    "topics": topics,
    "topic": topic,
    "helpful": helpful,
    "unhelpful": unhelpful,
    "kb reload": kb_reload,
    "kb gaps": kb_gaps,
}
