"""Discord's own numbers, as the fake Discord enforces them.

Written from Discord's developer documentation (and its OpenAPI description of v10, where the two
agree), never imported from the bot: the bot's `bot/discord/limits.py` is a claim about these
numbers, and the fake is what checks the claim. A copy here means a wrong constant in the bot makes
a test fail (tests/e2e/test_discord_limits.py) instead of moving the fake's yardstick along with
it.

Each group names the documentation page it comes from, under discord.com/developers/docs.
"""

from typing import Final

# resources/message, "Create Message": content is at most 2,000 characters, and a message holds
# at most 10 embeds. (The OpenAPI description allows 4,000, Nitro's limit for people; a bot's
# message is held to 2,000.)
MESSAGE_CONTENT: Final = 2000
EMBEDS_PER_MESSAGE: Final = 10

# resources/message, "Embed Limits". The total counts the title, description, field names and
# values, footer text and author name of every embed in the message together.
EMBED_TITLE: Final = 256
EMBED_DESCRIPTION: Final = 4096
EMBED_FIELDS: Final = 25
EMBED_FIELD_NAME: Final = 256
EMBED_FIELD_VALUE: Final = 1024
EMBED_FOOTER: Final = 2048
EMBED_AUTHOR: Final = 256
EMBED_TOTAL: Final = 6000

# interactions/receiving-and-responding, "Autocomplete": up to 25 choices; and
# interactions/application-commands, "Application Command Option Choice Structure": a name of
# 1-100 characters and a string value of up to 100.
AUTOCOMPLETE_CHOICES: Final = 25
CHOICE_NAME: Final = 100
CHOICE_VALUE: Final = 100

# components/reference, "Action Row" and "Button": a message holds at most 5 action rows, a row
# at most 5 buttons; a label is at most 80 characters and a custom_id 1-100.
ACTION_ROWS: Final = 5
BUTTONS_PER_ROW: Final = 5
BUTTONS_PER_MESSAGE: Final = ACTION_ROWS * BUTTONS_PER_ROW
BUTTON_LABEL: Final = 80
CUSTOM_ID: Final = 100

# interactions/application-commands, "Application Command Object": names of 1-32 characters,
# descriptions of 1-100, at most 25 options and 25 choices per option, and at most 100 global
# chat-input commands ("Registering a Command").
COMMAND_NAME: Final = 32
COMMAND_DESCRIPTION: Final = 100
COMMAND_OPTIONS: Final = 25
OPTION_CHOICES: Final = 25
COMMANDS: Final = 100

# change-log, "User-Installed Apps General Availability" (June 2024): an app reached through a
# member's own install, in a place it isn't installed to, may create at most 5 follow-ups per
# interaction (Create Followup Message).
USER_INSTALL_FOLLOW_UPS: Final = 5

# interactions/receiving-and-responding, "Responding to an Interaction": the initial response
# must arrive within 3 seconds of the interaction being sent, or its token is invalidated.
INTERACTION_DEADLINE_SECONDS: Final = 3.0

# events/gateway, "Sharding": a session serves at most 2,500 guilds; past that Discord closes an
# IDENTIFY with 4011 (sharding required). A shard outside 0..count-1 is closed with 4010.
GUILDS_PER_SHARD: Final = 2500
INVALID_SHARD: Final = 4010
SHARDING_REQUIRED: Final = 4011
# events/gateway, "Session Start Limit": sessions a bot may start a day, and how many of them at
# once (max_concurrency, 1 unless Discord raises it for a large bot).
SESSION_STARTS_PER_DAY: Final = 1000
SESSION_START_RESET_MS: Final = 86_400_000
