"""The atlas charts, drawn with matplotlib to SVG files (no QGIS, no pyplot, no web view).

Same look on every machine: the font is set explicitly to DejaVu Sans (matplotlib ships it, so
its metrics never depend on the machine), and the SVG keeps text as text (``svg.fonttype =
'none'``): half the drawing time of glyph paths, and the PDF's text stays searchable. The QGIS
side renders it with the same DejaVu Sans (toolbelt/atlas_layout.ensure_font). Qt's SVG renderer
ignores the CSS ``font:`` shorthand matplotlib writes, so it is spelled out (``_qt_fonts``)."""

import io
import re
from pathlib import Path
from typing import Sequence, Tuple

from matplotlib import rc_context
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure

FONT_FAMILY = "DejaVu Sans"
BAR_COLOUR = "#3b6e8f"
TREND_COLOUR = "#c0392b"
GRID_COLOUR = "#d9d9d9"
TEXT_COLOUR = "#333333"
MM_PER_INCH = 25.4
STYLE = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT_FAMILY],
    "font.size": 8,
    "svg.fonttype": "none",
    "svg.hashsalt": "gup-atlas",  # same ids in every run: reproducible files
    "axes.edgecolor": GRID_COLOUR,
    "axes.labelcolor": TEXT_COLOUR,
    "xtick.color": TEXT_COLOUR,
    "ytick.color": TEXT_COLOUR,
}


FONT_SHORTHAND = re.compile(r"font: (?:(\d+) )?([\d.]+)px '([^']+)'(?:, [\w-]+)*")


def _qt_fonts(svg: str) -> str:
    """``font: 700 9px 'DejaVu Sans', sans-serif`` -> the long CSS properties Qt reads."""
    return FONT_SHORTHAND.sub(
        lambda m: "font-family: {}; font-size: {}px; font-weight: {}".format(
            m.group(3), m.group(2), "bold" if int(m.group(1) or 400) >= 600 else "normal"
        ),
        svg,
    )


def _save(figure: Figure, path: Path) -> Path:
    buffer = io.StringIO()
    FigureCanvasSVG(figure).print_svg(buffer, metadata={"Date": None})
    Path(path).write_text(_qt_fonts(buffer.getvalue()), encoding="utf-8")
    return path


def _figure(width_mm: float, height_mm: float) -> Figure:
    return Figure(figsize=(width_mm / MM_PER_INCH, height_mm / MM_PER_INCH))


def _title(figure: Figure, title: str) -> None:
    """Fixed margins, not tight_layout: it draws the figure twice (half the time)."""
    figure.text(
        0.01, 0.97, title, ha="left", va="top", fontsize=9, fontweight="bold", color=TEXT_COLOUR
    )


def _label(text: str, width: int = 28) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def nice_step(top: float, ticks: int = 4) -> int:
    """A round step (1, 2, 5 x 10^k) giving at most ``ticks`` grid steps up to ``top``."""
    step = 1
    while top / step > ticks:
        step = _next_nice(step)
    return step


def _next_nice(step: int) -> int:
    digits = len(str(step)) - 1
    lead = step // 10**digits
    return {1: 2, 2: 5, 5: 10}[lead] * 10**digits


def _bars(axes, rectangles, colour: str) -> None:
    """All bars as ONE collection (a patch per bar costs ten times more to draw)."""
    axes.add_collection(
        PolyCollection(
            [[(x0, y0), (x1, y0), (x1, y1), (x0, y1)] for x0, y0, x1, y1 in rectangles],
            facecolors=colour,
            edgecolors="none",
        )
    )


def _empty(axes, text: str) -> None:
    axes.text(0.5, 0.5, text, ha="center", va="center", color=TEXT_COLOUR, transform=axes.transAxes)


def bar_chart_svg(
    bars: Sequence[Tuple[str, int]],
    title: str,
    empty_text: str,
    path: Path,
    width_mm: float = 107,
    height_mm: float = 64,
) -> Path:
    """Horizontal bars, largest at the top, each with its label and count. Axes are drawn by
    hand (no tick machinery: most of matplotlib's time)."""
    with rc_context(STYLE):
        figure = _figure(width_mm, height_mm)
        axes = figure.add_axes([0.42, 0.02, 0.5, 0.84])
        axes.set_axis_off()
        _title(figure, title)
        if not bars or not any(n for _, n in bars):
            _empty(axes, empty_text)
            return _save(figure, path)
        top = max(n for _, n in bars)
        rows = len(bars)
        axes.set_xlim(0, top)
        axes.set_ylim(rows - 0.5, -0.5)  # first bar at the top
        _bars(axes, [(0, i - 0.35, n, i + 0.35) for i, (_, n) in enumerate(bars)], BAR_COLOUR)
        for i, (name, n) in enumerate(bars):
            axes.text(-0.02 * top, i, _label(name), ha="right", va="center", color=TEXT_COLOUR)
            axes.text(
                n + 0.01 * top, i, str(n), ha="left", va="center", fontsize=7, color=TEXT_COLOUR
            )
        axes.axvline(0, color=GRID_COLOUR, linewidth=0.8)
        return _save(figure, path)


def trend_chart_svg(
    monthly: Sequence[Tuple[str, int]],
    title: str,
    empty_text: str,
    month_names: Sequence[str],
    path: Path,
    width_mm: float = 107,
    height_mm: float = 52,
) -> Path:
    """Reports per month as columns over round grid lines; at most about eight month labels
    ('janv. 25')."""
    with rc_context(STYLE):
        figure = _figure(width_mm, height_mm)
        axes = figure.add_axes([0.08, 0.14, 0.9, 0.72])
        axes.set_axis_off()
        _title(figure, title)
        if not monthly:
            _empty(axes, empty_text)
            return _save(figure, path)
        values = [n for _, n in monthly]
        step = nice_step(max(max(values), 1))
        top = max(max(values), step)
        axes.set_xlim(-0.6, len(values) - 0.4)
        axes.set_ylim(0, top * 1.08)
        grid = list(range(0, top + 1, step))
        axes.hlines(grid, -0.6, len(values) - 0.4, colors=GRID_COLOUR, linewidth=0.5)
        for y in grid:
            axes.text(-0.8, y, str(y), ha="right", va="center", fontsize=7, color=TEXT_COLOUR)
        _bars(axes, [(i - 0.4, 0, i + 0.4, n) for i, n in enumerate(values)], TREND_COLOUR)
        every = max(1, -(-len(monthly) // 8))
        for i in range(0, len(monthly), every):
            axes.text(
                i,
                -0.04 * top,
                _month_label(monthly[i][0], month_names),
                ha="center",
                va="top",
                fontsize=7,
                color=TEXT_COLOUR,
            )
        return _save(figure, path)


def _month_label(key: str, month_names: Sequence[str]) -> str:
    year, month = key.split("-")
    return "{} {}".format(month_names[int(month) - 1], year[2:])
