"""Drawing the /stats heat map with matplotlib's Agg backend, which needs no display. The caller
runs it off the event loop: it takes tens of milliseconds."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, Final

import matplotlib

matplotlib.use("Agg")

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection
from matplotlib.figure import Figure
from matplotlib.patches import FancyBboxPatch
from matplotlib.transforms import Affine2D, Bbox

from bot.checkins.charts import EMPTY_CAPTION, LEVEL_COLOURS, TEXT_COLOUR, WEEKS

# The layout is measured in pitches (a cell plus its gap), so it scales as one piece.
_PITCH_PX: Final = 64
_CELL: Final = 0.8
_ROUNDING: Final = 0.2
_DPI: Final = 100
_PAD_PX: Final = 4
_ZLIB_LEVEL: Final = 1
# Discord shows a large embed image about 400 px wide (on desktop), less than half of ours:
# text this size is still about 12 and 15 px tall there.
_LABEL_PT: Final = 18
_TITLE_PT: Final = 24
_WEEKDAYS: Final = {0: "Mon", 2: "Wed", 4: "Fri"}
# A month's name needs about three columns before the next one begins.
_MONTH_SPACING: Final = 3


def draw_heatmap(counts: dict[date, int], today: date, title: str) -> bytes:
    """A 7 × 12 grid (weekday × week), oldest week on the left, today's week on the right."""
    first = today - timedelta(days=today.weekday()) - timedelta(weeks=WEEKS - 1)
    days = [first + timedelta(days=n) for n in range((today - first).days + 1)]
    canvas = _Canvas()

    # With nothing to show, a line across the grid points at today's cell instead.
    hole: Bbox | None = None
    if not any(counts.get(day, 0) for day in days):
        y = today.weekday() + _CELL / 2
        hole = canvas.text(WEEKS - 1.3, y, EMPTY_CAPTION, ha="right").expanded(1.1, 1)
    cells, colours = [], []
    for day in days:
        x, y = (day - first).days // 7, day.weekday()
        if hole is None or day == today or not hole.overlaps(Bbox.from_bounds(x, y, 1, 1)):
            cells.append((x, y, _CELL))
            colours.append(LEVEL_COLOURS[min(counts.get(day, 0), 3)])
    canvas.squares(cells, colours)
    canvas.outline_today(today.weekday())

    for weekday, name in _WEEKDAYS.items():
        canvas.text(-0.3, weekday + _CELL / 2, name, ha="right")
    for week, name in _month_labels(first):
        canvas.text(week, -0.3, name, va="bottom")
    canvas.text(-1.4, -1.3, title, va="bottom", fontsize=_TITLE_PT, weight="bold")
    _legend(canvas, right=WEEKS - 1 + _CELL, top=7.1)
    return canvas.png()


def _month_labels(first: date) -> list[tuple[int, str]]:
    """Each month's name over the first week that starts in it, skipping names that would touch."""
    labels: list[tuple[int, str]] = []
    for week in range(WEEKS):
        monday = first + timedelta(weeks=week)
        if week and monday.month == (monday - timedelta(weeks=1)).month:
            continue
        if labels and week - labels[-1][0] < _MONTH_SPACING:
            labels.pop()
        labels.append((week, monday.strftime("%b")))
    return labels


def _legend(canvas: _Canvas, right: float, top: float) -> None:
    """Draw "Less ■■■■ More" right-aligned under the grid, as GitHub does."""
    size, step, space, middle = 0.6, 0.75, 0.25, top + 0.3
    more = canvas.text(right, middle, "More", ha="right")
    left = more.xmin - space - len(LEVEL_COLOURS) * step + (step - size)
    canvas.squares([(left + n * step, top, size) for n in range(len(LEVEL_COLOURS))], LEVEL_COLOURS)
    canvas.text(left - space, middle, "Less", ha="right")


class _Canvas:
    """A figure drawn in pitches with y pointing down, cropped to what was drawn on it.

    No Axes: creating one costs about a third of the rendering time and we use none of it.
    """

    def __init__(self) -> None:
        self._figure = Figure(dpi=_DPI)
        # Matplotlib's stubs leave this untyped.
        self._renderer = FigureCanvasAgg(self._figure).get_renderer()  # type: ignore[no-untyped-call]
        # Where the origin lands does not matter yet: png() moves the drawing into the figure.
        self._transform = Affine2D().scale(_PITCH_PX, -_PITCH_PX)
        self._drawn: list[Bbox] = []

    def text(self, x: float, y: float, text: str, **style: Any) -> Bbox:
        """Draw text (left-aligned and centred on y unless told), and return where it landed."""
        merged: dict[str, Any] = {"ha": "left", "va": "center", "color": TEXT_COLOUR}
        merged |= {"fontsize": _LABEL_PT} | style
        artist = self._figure.text(x, y, text, transform=self._transform, **merged)
        extent = artist.get_window_extent(self._renderer)
        self._drawn.append(self._transform.inverted().transform_bbox(extent))
        return self._drawn[-1]

    def squares(
        self, squares: Sequence[tuple[float, float, float]], colours: Sequence[str]
    ) -> None:
        """Rounded squares, each (left, top, size)."""
        # One path stamped at each offset: building a patch per cell costs more than drawing.
        [size] = {size for _, _, size in squares}
        stamps = PathCollection(
            [_rounded(0, 0, size).get_path()],
            offsets=[(x, y) for x, y, _ in squares],
            offset_transform=self._transform,
            transform=Affine2D().scale(_PITCH_PX, -_PITCH_PX),
            facecolors=colours,
            linewidths=0,
        )
        self._figure.add_artist(stamps)
        self._drawn += [Bbox.from_bounds(x, y, size, size) for x, y, size in squares]

    def outline_today(self, weekday: int) -> None:
        """A ring around today's cell, in the gap around it, so any level shows inside."""
        gap = 1 - _CELL
        x, y = WEEKS - 1 - gap / 2, weekday - gap / 2
        ring = _rounded(x, y, 1)
        ring.set(facecolor="none", edgecolor=TEXT_COLOUR, linewidth=2, transform=self._transform)
        self._figure.add_artist(ring)
        self._drawn.append(Bbox.from_bounds(x, y, 1, 1))

    def png(self) -> bytes:
        # Cropped to what is drawn, so the grid fills the image Discord scales down: the
        # figure shrinks to the drawing and the drawing moves to its corner.
        flipped = self._transform.transform_bbox(Bbox.union(self._drawn))
        box = Bbox.from_extents(flipped.xmin, flipped.ymin, flipped.xmax, flipped.ymax)
        box = box.padded(_PAD_PX)
        self._figure.set_size_inches(box.width / _DPI, box.height / _DPI)
        self._transform.translate(-box.xmin, -box.ymin)
        buffer = io.BytesIO()
        self._figure.savefig(
            buffer,
            format="png",
            transparent=True,
            # Flat colours compress well anyway; zlib's default level is slower for little gain.
            pil_kwargs={"compress_level": _ZLIB_LEVEL},
        )
        return buffer.getvalue()


def _rounded(x: float, y: float, size: float) -> FancyBboxPatch:
    return FancyBboxPatch(
        (x, y), size, size, boxstyle=f"round,pad=0,rounding_size={_ROUNDING * size}"
    )
