"""Embedding off the event loop, in micro-batches.

A question's embedding is the costliest step of an answer (several ms on 2 cores). Run on the
event loop, one at a time, it made a crowd of members wait in line behind each other's model
calls and stalled every other command meanwhile. Here the model runs on one worker thread
(onnxruntime releases the GIL), and the texts that arrive while it is busy go into its next call
together: one call for many short texts costs less than one call each.

`prime(texts)` returns once every text's vector is in the encoder's memory, and puts them there
last, so code that runs right after it without awaiting finds them all (`Encoder.encode_one`).
A vector computed in a batch is the same, bit for bit, as one computed alone (padding is masked
out; tests/questions/test_batching.py checks it), so triage and ranking read the same numbers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Final

from bot.questions.semantic import Encoder, Vectors
from bot.questions.text import normalise

log = logging.getLogger(__name__)

# Chosen by measurement (bench/endtoend.py, "Micro-batching"; figures in bench/results.md).
BATCH_MOST: Final = 16
BATCH_WAIT: Final = 0.0
# Model calls at once, each on its own thread with one onnxruntime thread. Alone, two answer
# more (192 against 141 questions a second); beside Discord's work on the event loop, fewer (73
# against 82): on 2 cores the loop needs the other one.
BATCH_THREADS: Final = 1


class Embedder:
    """Turns texts into remembered vectors on a worker thread, many texts per model call."""

    def __init__(
        self,
        encoder: Encoder,
        *,
        most: int = BATCH_MOST,
        wait: float = BATCH_WAIT,
        threads: int = BATCH_THREADS,
    ) -> None:
        self.encoder = encoder
        self.most = most
        self.wait = wait
        self.threads = threads
        self._thread = ThreadPoolExecutor(threads, thread_name_prefix="embed")
        self._queue: list[str] = []
        self._waiting: dict[str, asyncio.Future[Vectors]] = {}
        self._workers: set[asyncio.Task[None]] = set()
        # How many model calls, and how many texts in them: for the benchmark.
        self.calls = 0
        self.texts = 0

    async def prime(self, texts: Iterable[str]) -> None:
        """Embed `texts` (normalised first, as rankers and the bank do) and remember them."""
        wanted = [t for t in dict.fromkeys(normalise(t) for t in texts) if t]
        futures: dict[str, asyncio.Future[Vectors]] = {}
        loop = asyncio.get_running_loop()
        for text in wanted:
            if self.encoder.remembered(text) is not None:
                continue
            future = self._waiting.get(text)
            if future is None:
                future = self._waiting[text] = loop.create_future()
                self._queue.append(text)
            futures[text] = future
        if not futures:
            return
        self._workers = {w for w in self._workers if not w.done()}
        while len(self._workers) < self.threads:
            self._workers.add(asyncio.create_task(self._run(), name="embedder"))
        # wait() rather than gather(): a cancelled asker must not cancel the vectors others await.
        await asyncio.wait(futures.values())
        for text, future in futures.items():
            self.encoder.remember(text, future.result())
        for text in wanted:
            # Texts remembered before the wait: make them recent too, so none is evicted now.
            vector = self.encoder.remembered(text)
            if vector is None:  # evicted while we waited: computed again, rarely
                self.encoder.remember(text, self.encoder.encode([text])[0])

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        while self._queue:
            if self.wait > 0 and len(self._queue) < self.most:
                await asyncio.sleep(self.wait)
            batch, self._queue = self._queue[: self.most], self._queue[self.most :]
            try:
                vectors = await loop.run_in_executor(self._thread, self.encoder.encode, batch)
            except Exception as exc:  # every asker gets the model's error
                log.exception("embedding %d text(s) failed", len(batch))
                for text in batch:
                    self._settle(text, exc)
                continue
            self.calls += 1
            self.texts += len(batch)
            for text, vector in zip(batch, vectors, strict=True):
                self._settle(text, vector)

    def _settle(self, text: str, outcome: Vectors | Exception) -> None:
        future = self._waiting.pop(text)
        if future.done():
            return
        if isinstance(outcome, Exception):
            future.set_exception(outcome)
        else:
            future.set_result(outcome)

    async def close(self) -> None:
        for worker in self._workers:
            worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await worker
        for future in self._waiting.values():
            future.cancel()
        self._waiting.clear()
        self._thread.shutdown(wait=True, cancel_futures=True)
