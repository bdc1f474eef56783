"""A fake Discord on 127.0.0.1, strict where Discord is strict, for end-to-end tests.

It serves REST under /api/v10 and a JSON gateway over WebSocket, enough for the real discord.py
client to log in, sync commands, receive messages and interactions, and answer them. Everything
the bot sends is recorded; anything Discord would reject (an oversize embed, a late or double
interaction response, a message that could ping @everyone) is recorded as a violation, and the
e2e fixtures fail the test if there are any.

One module per job:

- `driver`: `FakeDiscord`, what tests call (slash commands, clicks, messages, faults, waiting);
- `gateway`: the WebSocket sessions (HELLO, heartbeats, IDENTIFY, RESUME, shards, dispatching
  each event to the session on its guild's shard);
- `rest`: the REST routes and their answers;
- `faults`: injected failures, the global rate limit and the request log;
- `rules`: Discord's rules as hand-written checks, and `openapi_check`: Discord's OpenAPI schema;
- `discord_limits`: Discord's numbers, the fake's own copy, never the bot's;
- `state`, `payloads`, `wire`: what the fake holds, Discord's JSON objects, request framing.
"""

from tests.e2e.fake_discord.driver import FakeDiscord
from tests.e2e.fake_discord.payloads import MANAGE_GUILD
from tests.e2e.fake_discord.rules import check_commands, check_message
from tests.e2e.fake_discord.state import Guild, Interaction

__all__ = [
    "MANAGE_GUILD",
    "FakeDiscord",
    "Guild",
    "Interaction",
    "check_commands",
    "check_message",
]
