"""Embedding off the event loop in micro-batches (batching.py): same answers, same triage."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import numpy as np
import pytest
import yaml

from bot.app import App, open_app
from bot.clock import FakeClock
from bot.questions.batching import Embedder
from bot.questions.engines import build_engines
from bot.questions.semantic import Encoder, ModelUnavailable
from bot.questions.service import QuestionService
from bot.questions.text import normalise
from bot.questions.triage.bank import load_bank
from tests.helpers import REPO, config_for_tests

DATA = REPO / "tests" / "data"


def crowd_messages() -> list[str]:
    """Warning signs, look-alikes and ordinary questions: what triage and retrieval must read
    the same in a crowd as alone."""
    challenge = yaml.safe_load((DATA / "triage_challenge.yaml").read_text(encoding="utf-8"))
    devset = yaml.safe_load((DATA / "questions_devset.yaml").read_text(encoding="utf-8"))
    return [
        *(m["text"] for m in challenge["messages"]),
        *(e.text for e in load_bank()[::3]),
        *(q for questions in devset["paraphrases"].values() for q in questions[:1]),
        *devset["out_of_scope"][:40],
    ]


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    try:
        return Encoder()
    except ModelUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture
async def semantic_app(tmp_path: Path, clock: FakeClock) -> AsyncIterator[App]:
    try:
        built = await open_app(config_for_tests(tmp_path, engine="semantic"), clock=clock)
    except ModelUnavailable as exc:
        pytest.skip(str(exc))
    yield built
    await built.close()


def test_a_vector_embedded_in_a_batch_is_the_one_embedded_alone(encoder: Encoder) -> None:
    texts = [normalise(m) for m in crowd_messages()[:160]]
    alone = np.vstack([encoder.encode([t]) for t in texts])
    batched = np.vstack([encoder.encode(texts[i : i + 16]) for i in range(0, len(texts), 16)])
    assert np.array_equal(alone, batched)


async def test_a_crowd_gets_the_answers_and_triage_each_message_gets_alone(
    semantic_app: App, tmp_path: Path, clock: FakeClock
) -> None:
    messages = crowd_messages()
    # Today's path: a service with its own model and no embedder, asked one message at a time.
    engines = build_engines("semantic", tmp_path / "alone-cache")
    alone_service = QuestionService(
        semantic_app.questions.kb,
        engines.make_ranker,
        semantic_app.db,
        clock,
        REPO / "knowledge",
        triage=engines.triage,
    )
    alone = [await alone_service.ask(m, record=False) for m in messages]
    crowd = await asyncio.gather(*(semantic_app.questions.ask(m, record=False) for m in messages))
    embedder = semantic_app.questions._embedder
    assert embedder is not None
    assert embedder.texts > embedder.calls  # batches really formed
    for message, one, many in zip(messages, alone, crowd, strict=True):
        assert many == one, message
    # Triage fired on many of them, at every level: the comparison covered warning signs.
    assert len({a.kind for a in alone}) >= 5


async def test_the_model_runs_off_the_event_loop(encoder: Encoder) -> None:
    threads: set[int] = set()
    encode = encoder.encode

    def watched(texts: list[str], batch: int = 64) -> np.ndarray:
        threads.add(threading.get_ident())
        return encode(texts, batch)

    encoder.encode = watched  # type: ignore[method-assign]
    embedder = Embedder(encoder)
    try:
        await asyncio.gather(*(embedder.prime([f"off the loop {n}"]) for n in range(40)))
    finally:
        await embedder.close()
        del encoder.encode
    assert threads
    assert threading.get_ident() not in threads
    assert embedder.calls < 40
    assert all(encoder.remembered(f"off the loop {n}") is not None for n in range(40))


async def test_a_cancelled_asker_does_not_cancel_the_vectors_others_wait_for(
    encoder: Encoder,
) -> None:
    embedder = Embedder(encoder)
    try:
        first = asyncio.create_task(embedder.prime(["shared text in flight"]))
        second = asyncio.create_task(embedder.prime(["shared text in flight"]))
        await asyncio.sleep(0)
        first.cancel()
        await second
        assert first.cancelled()
        assert encoder.remembered("shared text in flight") is not None
    finally:
        await embedder.close()


async def test_a_check_in_note_is_embedded_off_the_event_loop(semantic_app: App) -> None:
    embedder = semantic_app.questions._embedder
    assert embedder is not None
    note = "calf swollen hot and red since the long flight home"
    before = embedder.texts
    result = await semantic_app.checkins.checkin(user_id=1, source_key="note", note=note)
    assert embedder.texts == before + 1  # through the batcher, not encode_one on the loop
    assert result.warning is not None
    assert result.warning == semantic_app.questions.triage.check(note)
