"""The /stats chart: the last 12 weeks as a calendar heat map, as PNG bytes, and its title.

Discord shows it on a dark (#313338) or a light (#FFFFFF) theme, so the background is transparent
and every colour is chosen to read on both (see LEVEL_COLOURS). The drawing itself is in
`heatmap.py`, imported on the first chart: matplotlib takes about half a second to import, and
the bot should not pay it at start-up for a command that may never be used.
"""

from __future__ import annotations

from datetime import date
from typing import Final

WEEKS: Final = 12
# Across the grid of a member with no check-ins in these weeks, pointing at today's cell.
# "Next", not "first": they may have checked in before these 12 weeks.
EMPTY_CAPTION: Final = "Your next check-in will show here →"

# A mid grey and a mid green sit near the luminance whose contrast with Discord's dark and light
# backgrounds is equal (about 3.5:1 on both), so neither theme washes them out. The levels differ
# only in opacity: composited onto either background, more opacity moves a cell further from
# that background, so "more check-ins" reads as "stronger" on both themes at once.
TEXT_COLOUR: Final = "#868A91"
_GREEN: Final = "#2EA043"
# No check-in, then 1, 2, 3+ check-ins on a day.
LEVEL_COLOURS: Final = ("#8A8F982E", f"{_GREEN}66", f"{_GREEN}B3", _GREEN)


def chart_title(active_days: int, counts: dict[date, int]) -> str:
    """The line over the chart, from all the member's active days and the chart's own counts."""
    if not active_days:
        return "No check-ins yet"
    shown = sum(1 for n in counts.values() if n)
    return f"Last {WEEKS} weeks: {shown} active day{'s' if shown != 1 else ''}"


def heatmap_png(counts: dict[date, int], today: date, title: str) -> bytes:
    """A 7 × 12 grid (weekday × week), oldest week on the left, today's week on the right."""
    from bot.checkins.heatmap import draw_heatmap

    return draw_heatmap(counts, today, title)
