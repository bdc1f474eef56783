"""The errors every layer shares: input the member can fix, and a start-up the operator can fix.

Services raise InputError with a sentence for the member; both front ends show that sentence
privately, as is. Anything else that goes wrong is a fault of ours: it is logged with its context
and the member gets the apology (`bot.replies.APOLOGY`). StartupError is raised where it happens
(today the Discord login) and caught by the command line, which prints it as one line.
"""

from __future__ import annotations


class InputError(ValueError):
    """Input the member can fix. Front ends show the message privately, as is."""


class StartupError(Exception):
    """A failure to start that the operator can fix; the message says how."""
