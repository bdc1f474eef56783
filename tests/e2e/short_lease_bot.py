"""`python -m bot`, with the reminder claim lease cut from two minutes to LEASE.

For the kill -9 scenarios on PostgreSQL (test_crash.py, test_shard_burst.py). There a restarted
process leaves a dead one's claims alone until their lease runs out, as it must (another process
may be sending them), and waiting two real minutes would make the test too slow for the suite.
The claim batch shrinks with the lease: a live process sends its batch well within its lease
(500 at 40 a second is 12.5 s of 120), and a batch outliving a short lease would hand claims a
live process still holds to another one. Everything else is the real program:
`python -m tests.e2e.short_lease_bot run [--shards i/n]` takes the same arguments.
"""

from __future__ import annotations

import runpy
from datetime import timedelta

from bot.reminders import dispatcher

LEASE = timedelta(seconds=8)
# 2.5 s of sends at 40 a second, against the 8 s lease.
BATCH = 100

if __name__ == "__main__":
    dispatcher.LEASE = LEASE
    dispatcher.BATCH = BATCH
    runpy.run_module("bot", run_name="__main__", alter_sys=True)
