"""One session on one screen, as the facilitator sees it after End session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tightrope.workshop.sessions import Session


@dataclass(frozen=True)
class SessionSummary:
    """One session on one screen, as the facilitator sees it after End session: read from
    the log on disk, so it says only what was written."""

    path: Path
    participant: str
    condition: str
    seconds: float
    tasks: int  # in the session's task list
    done: int
    gave_up: int
    unfinished: int
    criterion_checked: int
    criterion_met: int
    questionnaires: int  # questionnaires answered (a skipped one is none)
    answers: int  # answers given in them
    notes: int

    @property
    def not_started(self) -> int:
        return max(0, self.tasks - self.done - self.gave_up - self.unfinished)


def summarise(session: Session) -> SessionSummary:
    outcomes = session.outcomes()
    checked = [o for o in outcomes if o.criterion_met is not None]
    answered = session.answers()
    return SessionSummary(
        path=session.path,
        participant=session.participant,
        condition=session.condition,
        seconds=session.duration,
        tasks=len(session.start.get("tasks", [])),
        done=sum(o.outcome == "done" for o in outcomes),
        gave_up=sum(o.outcome == "give_up" for o in outcomes),
        unfinished=sum(o.outcome == "unfinished" for o in outcomes),
        criterion_checked=len(checked),
        criterion_met=sum(bool(o.criterion_met) for o in checked),
        questionnaires=sum(bool(a) for _t, a in answered),
        answers=sum(len(a) for _t, a in answered),
        notes=sum(e["type"] == "note" for e in session.events),
    )
