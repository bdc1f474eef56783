"""The /stats chart: the last 12 weeks as a calendar heat map, as PNG bytes.

Readable on Discord's dark and light themes alike: a transparent background, mid-grey text and
empty cells, and greens that keep their contrast on both. Matplotlib's Agg backend draws without
a display; the caller runs this off the event loop because it takes tens of milliseconds.
"""

from __future__ import annotations

import io
from datetime import date, timedelta

import matplotlib

matplotlib.use("Agg")

from matplotlib.colors import ListedColormap
from matplotlib.figure import Figure

WEEKS = 12
_GREY = "#8A8F98"
# No check-in, then 1, 2, 3+ check-ins on a day.
_COLOURS = ["#8A8F9833", "#86EFAC", "#22C55E", "#15803D"]
_DAYS = ["Mon", "", "Wed", "", "Fri", "", "Sun"]


def heatmap_png(counts: dict[date, int], today: date, title: str) -> bytes:
    """A 7 × 12 grid (weekday × week), oldest week on the left, today's week on the right."""
    first = today - timedelta(days=today.weekday()) - timedelta(weeks=WEEKS - 1)
    grid = [[0] * WEEKS for _ in range(7)]
    for week in range(WEEKS):
        for weekday in range(7):
            day = first + timedelta(weeks=week, days=weekday)
            grid[weekday][week] = -1 if day > today else min(counts.get(day, 0), 3)

    figure = Figure(figsize=(8, 3.2), dpi=100)
    figure.patch.set_alpha(0)
    axes = figure.add_subplot()
    axes.set_facecolor((0, 0, 0, 0))
    # Future days (-1, below the range) are left blank.
    cmap = ListedColormap(_COLOURS).with_extremes(under=(0, 0, 0, 0))
    axes.pcolormesh(grid, cmap=cmap, vmin=0, vmax=3, edgecolors=(0, 0, 0, 0), linewidth=3)
    axes.set_aspect("equal")
    axes.invert_yaxis()
    axes.set_yticks([i + 0.5 for i in range(7)], _DAYS, color=_GREY, fontsize=9)
    months = [
        (week + 0.5, (first + timedelta(weeks=week)).strftime("%b"))
        for week in range(WEEKS)
        if week == 0
        or (first + timedelta(weeks=week)).month != (first + timedelta(weeks=week - 1)).month
    ]
    axes.set_xticks([x for x, _ in months], [label for _, label in months], color=_GREY, fontsize=9)
    axes.tick_params(length=0)
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.set_title(title, color=_GREY, fontsize=11, loc="left")
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", transparent=True)
    return buffer.getvalue()
