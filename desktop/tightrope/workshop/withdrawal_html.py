"""The study report's section "Withdrawing consent: honest shop and deceptive twin": per
consent design, how many withdrew everything and the clicks and seconds it took, then the
two compared with the report's own tests, p, Cliff's delta and cautions
(tightrope.workshop.withdrawal has the numbers)."""

from __future__ import annotations

from tightrope.workshop.report_cells import (
    DASH,
    Column,
    _delta,
    _esc,
    _median_iqr,
    _p,
    _pct,
    _table,
    _test,
    _time_iqr,
    comparison_columns,
)
from tightrope.workshop.withdrawal import DESIGN_LABELS, WithdrawalComparison

HOW = (
    "A participant has withdrawn when a consent change inside a task leaves no consent "
    "switch on. Time runs from that task\u2019s start; clicks are every mouse press and "
    "activating key (Space, Return) in the task up to the change. Medians with their "
    "interquartile range; a participant who never withdrew adds no clicks or time, only a "
    "\u201cno\u201d to the first row."
)


def section(result: WithdrawalComparison | None) -> str:
    """The section's HTML, or "" when there is nothing to say (no twin, nobody withdrew)."""
    if result is None or not result.shown:
        return ""
    designs = result.designs
    two = len(designs) == 2
    columns = [Column("Measure", False)]
    groups = [("", 1)]
    for d in designs:
        columns += [Column("Value"), Column("n")]
        groups.append((DESIGN_LABELS[d.design], 2))
    if two:
        compared, group = comparison_columns()
        columns += compared
        groups.append(group)
    rows = []
    for measure, label in (
        ("withdrew", "Withdrew everything"),
        ("clicks", "Clicks to withdraw"),
        ("seconds", "Time to withdraw"),
    ):
        line = [_esc(label)]
        for d in designs:
            if measure == "withdrew":
                share = d.withdrew / d.sessions if d.sessions else None
                line += [_esc(f"{d.withdrew} of {d.sessions} ({_pct(share)})"), str(d.sessions)]
            elif measure == "clicks":
                line += [
                    _esc(_median_iqr(d.click_summary, lambda v: f"{v:.0f}")),
                    str(d.click_summary.n),
                ]
            else:
                line += [_esc(_time_iqr(d.time_summary)), str(d.time_summary.n)]
        if two:
            cmp = result.comparisons.get(measure)
            line += (
                [DASH, DASH, DASH, ""]
                if cmp is None
                else [
                    _esc(_test(cmp)),
                    _esc(_p(cmp)),
                    _esc(_delta(cmp.delta)),
                    f"<span class=caution>{_esc(cmp.caution)}</span>",
                ]
            )
        rows.append(line)
    out = [
        '<h2 class="section">Withdrawing consent: honest shop and deceptive twin</h2>',
        f'<p class="muted">{_esc(HOW)}</p>',
        _table("Withdrawing consent, by consent design", columns, rows, groups),
    ]
    if not two:
        only = DESIGN_LABELS[designs[0].design].lower() if designs else "none"
        out.append(
            f'<p class="muted">Only the {_esc(only)} has sessions, so nothing is compared.</p>'
        )
    return "\n".join(out)
