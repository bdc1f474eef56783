"""`python -m bot`, with the reminder claim lease cut from two minutes to LEASE.

For the kill -9 scenario on PostgreSQL (test_crash.py). There a restarted process leaves a dead
one's claims alone until their lease runs out, as it must (another process may be sending them),
and waiting two real minutes would make the test too slow for the suite. Everything else is the
real program: `python -m tests.e2e.short_lease_bot run` takes the same arguments.
"""

from __future__ import annotations

import runpy
from datetime import timedelta

from bot.reminders import dispatcher

LEASE = timedelta(seconds=8)

if __name__ == "__main__":
    dispatcher.LEASE = LEASE
    runpy.run_module("bot", run_name="__main__", alter_sys=True)
