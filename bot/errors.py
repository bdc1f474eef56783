"""The one error every layer shares: input the member can fix.

Services raise it with a sentence for the member; both front ends show that sentence privately,
as is. Anything else that goes wrong is a fault of ours: it is logged with its context and the
member gets the apology (`bot.replies.APOLOGY`).
"""

from __future__ import annotations


class InputError(ValueError):
    """Input the member can fix. Front ends show the message privately, as is."""
