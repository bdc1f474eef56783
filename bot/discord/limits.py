"""Every Discord size limit the bot respects, named once (only the Discord front end needs them).

Discord's numbers come from the API docs (resources/message, interactions/receiving-and-responding);
discord.py 2.7 checks none of them client-side, so the Discord renderer enforces them.
"""

from typing import Final

# Discord: message content is capped at 2,000 characters.
MESSAGE_CONTENT: Final = 2000
# Discord: embed limits ("Embed Limits" in resources/message).
EMBED_TITLE: Final = 256
EMBED_DESCRIPTION: Final = 4096
EMBED_FIELDS: Final = 25
EMBED_FIELD_NAME: Final = 256
EMBED_FIELD_VALUE: Final = 1024
EMBED_FOOTER: Final = 2048
EMBED_AUTHOR: Final = 256
EMBED_TOTAL: Final = 6000
EMBEDS_PER_MESSAGE: Final = 10
# Discord: an autocomplete response holds at most 25 choices; each name and value 1-100 characters.
AUTOCOMPLETE_CHOICES: Final = 25
CHOICE_NAME: Final = 100
CHOICE_VALUE: Final = 100
# Discord: a button label is at most 80 characters; at most 5 buttons per row, 5 rows.
BUTTON_LABEL: Final = 80
BUTTONS_PER_MESSAGE: Final = 25
# Discord: an interaction must be answered (or deferred) within 3 seconds.
INTERACTION_DEADLINE_SECONDS: Final = 3.0
