"""The /stats chart, judged by reading the rendered PNG's pixels back."""

from __future__ import annotations

import io
import itertools
from datetime import date, timedelta

import matplotlib.image
import numpy as np
import numpy.typing as npt
from matplotlib.colors import to_rgb, to_rgba

from bot.checkins.charts import LEVEL_COLOURS, TEXT_COLOUR, WEEKS, heatmap_png

Pixels = npt.NDArray[np.float32]
DARK, LIGHT = "#313338", "#FFFFFF"
MONDAY = date(2026, 11, 23)
TITLE = "Last 12 weeks"
# Pixels between neighbouring cells: the outline of today's cell lies in them.
GAP = 12


def render(counts: dict[date, int], today: date = MONDAY) -> Pixels:
    png = heatmap_png(counts, today, TITLE)
    pixels: Pixels = matplotlib.image.imread(io.BytesIO(png), format="png")
    return pixels


def every_day(today: date, n: int) -> dict[date, int]:
    return {today - timedelta(days=d): n for d in range(WEEKS * 7)}


def painted(pixels: Pixels, colour: str) -> npt.NDArray[np.bool_]:
    """Where the image is exactly this colour (PNG stores straight alpha, so allow rounding)."""
    r, g, b, a = to_rgba(colour)
    rgb_close = np.abs(pixels[..., :3] - (r, g, b)).max(axis=-1) < 0.04
    close: npt.NDArray[np.bool_] = rgb_close & (np.abs(pixels[..., 3] - a) < 0.01)
    return close


def cell_spans(line: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    """The (first, last + 1) pixel of each stretch of True along a line of pixels."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], line.astype(np.int8), [0]))))
    return [(int(start), int(end)) for start, end in zip(edges[::2], edges[1::2], strict=True)]


def luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG 2 relative luminance."""
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(colour: str, background: str) -> float:
    """WCAG 2 contrast ratio of a (possibly translucent) colour laid on a background."""
    *rgb, alpha = to_rgba(colour)
    under = to_rgb(background)
    laid = (
        alpha * rgb[0] + (1 - alpha) * under[0],
        alpha * rgb[1] + (1 - alpha) * under[1],
        alpha * rgb[2] + (1 - alpha) * under[2],
    )
    light, dark = sorted([luminance(laid), luminance(under)], reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_grid_fills_the_width_of_an_image_cropped_to_its_content() -> None:
    pixels = render(every_day(MONDAY, 3))
    height, width, _ = pixels.shape
    # Discord shows wider images large, under the embed, scaled to about 400 px.
    assert width > 400
    assert width > height
    full = np.flatnonzero(painted(pixels, LEVEL_COLOURS[3]).any(axis=0))
    assert full[-1] - full[0] >= 0.85 * width
    drawn = pixels[..., 3] > 0
    cols, rows = np.flatnonzero(drawn.any(axis=0)), np.flatnonzero(drawn.any(axis=1))
    assert cols[0] <= 0.02 * width
    assert cols[-1] >= 0.98 * width
    assert rows[0] <= 0.02 * height
    assert rows[-1] >= 0.98 * height


def test_neighbouring_cells_are_separated_by_a_transparent_gap() -> None:
    sunday = MONDAY - timedelta(days=1)
    pixels = render(every_day(sunday, 3), today=sunday)
    full = painted(pixels, LEVEL_COLOURS[3])
    # Lines through the top row and the left column of cells, clear of the legend's squares.
    row = np.flatnonzero(full.any(axis=1))[0] + 10
    column = np.flatnonzero(full.any(axis=0))[0] + 10
    for line, cells in ((pixels[row], WEEKS), (pixels[:, column], 7)):
        spans = cell_spans(painted(line, LEVEL_COLOURS[3]))
        assert len(spans) == cells
        for (_, end), (start, _) in itertools.pairwise(spans):
            # Past the anti-aliased edges, nothing at all is drawn.
            assert start - end >= 8
            assert (line[end + 2 : start - 2, 3] == 0).all()


def test_the_legend_shows_all_four_levels_even_without_check_ins() -> None:
    pixels = render({})
    for colour in LEVEL_COLOURS:
        # At least one legend square's worth of pixels, not a stray anti-aliased edge.
        assert painted(pixels, colour).sum() > 500, colour


def test_more_check_ins_stand_out_more_on_both_discord_themes() -> None:
    for background in (DARK, LIGHT):
        ratios = [contrast(colour, background) for colour in LEVEL_COLOURS]
        assert ratios == sorted(set(ratios)), background
        # Empty days stay quiet; a full day and the text meet WCAG's 3:1 for graphics.
        assert ratios[0] < 1.5, background
        assert ratios[3] >= 3, background
        assert contrast(TEXT_COLOUR, background) >= 3, background


def test_todays_cell_is_outlined_and_last_weeks_is_not() -> None:
    pixels = render({MONDAY: 3, MONDAY - timedelta(weeks=1): 3})
    full = painted(pixels, LEVEL_COLOURS[3])
    # Both Mondays are in the top row of cells (the legend's square is far below): a line
    # through them crosses last week's cell, then today's.
    row = np.flatnonzero(full.any(axis=1))[0] + 10
    last_week, today = cell_spans(full[row])
    ring = painted(pixels, TEXT_COLOUR)[row]
    assert ring[today[1] : today[1] + GAP].any()
    assert ring[today[0] - GAP : today[0]].any()
    assert not ring[last_week[0] - GAP : last_week[0]].any()


def test_a_member_without_check_ins_sees_todays_cell_outlined() -> None:
    thursday = MONDAY + timedelta(days=3)
    pixels = render({}, today=thursday)
    empty = painted(pixels, LEVEL_COLOURS[0])
    # The rightmost column of cells is this week's: Monday to today, nothing after.
    right = np.flatnonzero(empty.any(axis=0))[-1]
    cells = cell_spans(empty[:, right - 10])
    assert len(cells) == thursday.weekday() + 1
    ring = painted(pixels, TEXT_COLOUR)
    (monday_top, monday_bottom), (today_top, today_bottom) = cells[0], cells[-1]
    assert ring[(today_top + today_bottom) // 2, right : right + GAP].any()
    assert not ring[(monday_top + monday_bottom) // 2, right : right + GAP].any()


def test_a_member_without_check_ins_sees_a_caption_where_the_grid_would_be_blank() -> None:
    def text_pixels(pixels: Pixels) -> int:
        return int(painted(pixels, TEXT_COLOUR).sum())

    empty = render({})
    one_old = render({MONDAY - timedelta(weeks=5): 1})
    assert text_pixels(empty) > text_pixels(one_old) + 500
