"""The study report's numbers as text and its tables (HTML cells, column widths): shared by
the report page (tightrope.workshop.report_html) and its sections (withdrawal_html)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from tightrope.workshop.report_charts import text_width
from tightrope.workshop.study_stats import Comparison, Summary

# --- numbers as text ----------------------------------------------------------------------

DASH = "\u2013"


def _esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _num(v: float) -> str:
    """3, 4.5, 4.25: at most two decimals, no trailing zeros."""
    return f"{v:.2f}".rstrip("0").rstrip(".")


def _pct(v: float | None) -> str:
    return DASH if v is None else f"{v * 100:.0f}%"


def _secs(v: float | None, minutes: bool | None = None) -> str:
    if v is None:
        return DASH
    if minutes is None:
        minutes = v >= 120
    return f"{v / 60:.1f} min" if minutes else f"{v:.0f} s"


def _median_iqr(s: Summary, fmt: Callable[[float], str] = _num) -> str:
    """ "5 (4–6)": the median, then the interquartile range."""
    if s.median is None or s.q1 is None or s.q3 is None:
        return DASH
    if s.n == 1:  # one value has no spread to show
        return fmt(s.median)
    return f"{fmt(s.median)} ({fmt(s.q1)}{DASH}{fmt(s.q3)})"


def _time_iqr(s: Summary) -> str:
    if s.median is None:
        return DASH
    minutes = s.median >= 120
    unit = " min" if minutes else " s"
    return _median_iqr(s, lambda v: _secs(v, minutes).removesuffix(unit)) + unit


def _p(c: Comparison) -> str:
    """p, marked ≈ when it comes from the normal approximation rather than exactly."""
    if c.p is None:
        return DASH
    text = "< 0.001" if c.p < 0.001 else f"{c.p:.3f}"
    return text if c.method == "exact" else f"\u2248 {text}"


def _delta(d: float | None) -> str:
    return DASH if d is None else f"{d:+.2f}".replace("-", "\u2212")


def _test(c: Comparison) -> str:
    if not c.tested:
        return DASH
    return "Fisher" if c.statistic is None else f"U = {_num(c.statistic)}"


# --- tables ---------------------------------------------------------------------------------

CELL_FONT = 12  # px, as th, td in STYLE


@dataclass(frozen=True)
class Column:
    """One column of a table: its header, whether it holds numbers (right-aligned, on one
    line) and, for the task table, how a row's cell reads (HTML)."""

    header: str
    num: bool = True
    cell: Callable[[Any], str] = lambda _t: ""  # a TaskStats row (tightrope.workshop.report)


TABLE_WIDTH = 640  # px, as wide as the charts
_CELL_PAD = 12  # px: padding either side and a border
_TAG = re.compile(r"<[^>]+>")


def _plain(cell: str) -> str:
    return html.unescape(_TAG.sub("", cell))


def column_widths(
    columns: list[Column], rows: list[list[str]], width: int = TABLE_WIDTH
) -> list[int]:
    """Each column's width in px, measured from its text (tightrope.workshop.report_charts): numbers
    on one line, words never broken; what room is left goes to the columns of text, by how
    much more they would need to fit on one line. Left to itself, Qt's table layout gave
    every column the same share and broke "Transparent" into "Transpar ent"."""

    def words(text: str, bold: bool = False) -> float:
        return max((text_width(w, CELL_FONT, bold) for w in text.split()), default=0)

    least, most = [], []
    for i, c in enumerate(columns):
        texts = [_plain(r[i]) for r in rows]
        head = words(c.header, bold=True)
        if c.num:
            one_line = max([text_width(t, CELL_FONT) for t in texts] + [head])
            least.append(one_line)
            most.append(max(one_line, text_width(c.header, CELL_FONT, True)))
        else:
            least.append(max([words(t) for t in texts] + [head]))
            most.append(
                max(
                    [text_width(t, CELL_FONT) for t in texts]
                    + [text_width(c.header, CELL_FONT, True)]
                )
            )
    least = [w + _CELL_PAD for w in least]
    most = [w + _CELL_PAD for w in most]
    if sum(most) <= width:
        return [int(w + 1) for w in most]
    if sum(least) > width:  # even the longest words do not fit: break them, never overflow
        return [int(lo * width / sum(least)) for lo in least]
    spare = width - sum(least)
    want = [m - lo for m, lo in zip(most, least, strict=True)]
    total = sum(want) or 1
    return [int(lo + spare * w / total + 1) for lo, w in zip(least, want, strict=True)]


def _table(
    title: str,
    columns: list[Column],
    rows: Iterable[list[str]],
    groups: list[tuple[str, int]] | None = None,
) -> str:
    """A table whose first header row is its title; ``groups`` (label, columns spanned) is
    an optional header row above the column names. Cells are HTML."""
    rows = list(rows)
    widths = column_widths(columns, rows)
    head = [f"<tr><th class=title colspan={len(columns)}>{_esc(title)}</th></tr>"]
    if groups:
        head.append(
            "<tr>"
            + "".join(
                f"<th colspan={span}>{_esc(label)}</th>" if span > 1 else f"<th>{_esc(label)}</th>"
                for label, span in groups
            )
            + "</tr>"
        )
    head.append(
        "<tr>"
        + "".join(
            f'<th{" class=num" if c.num else ""} width="{w}">{_esc(c.header)}</th>'
            for c, w in zip(columns, widths, strict=True)
        )
        + "</tr>"
    )
    out = [f'<table width="{sum(widths)}"><thead>' + "".join(head) + "</thead>"]
    for row in rows:
        out.append(
            "<tr>"
            + "".join(
                f"<td{' class=num' if c.num else ''}>{cell}</td>"
                for c, cell in zip(columns, row, strict=True)
            )
            + "</tr>"
        )
    out.append("</table>")
    return "\n".join(out)


def comparison_columns() -> tuple[list[Column], tuple[str, int]]:
    """The columns that compare two conditions (or designs) in a table, and their group."""
    columns = [Column("Test"), Column("p"), Column("Cliff\u2019s \u03b4"), Column("Caution", False)]
    return columns, ("Compared", 4)
