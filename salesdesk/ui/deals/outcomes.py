"""Every way the rep decides a deal's outcome ends here: won, lost, on hold, resumed, reopened.

The board (menu, shortcuts, context menu, drops), the deal editor, the customer card and the
list of closed and held deals all call ``DealOutcomes``: it asks what the outcome needs (why
the deal was lost, which stage a reopened deal goes to), runs the one core operation through
the change flow (one undo step) and says why when the core refuses.

Signals:
    won(list): deals (ids) the rep just marked won (not by undo or redo).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.i18n import noop, noop_n
from salesdesk.core.operations.deal_moves import DealMove, Loss
from salesdesk.core.operations.deal_outcomes import (
    mark_lost,
    mark_won,
    put_on_hold,
    reopen,
    resume,
)
from salesdesk.core.queries.deal_lists import stages_left
from salesdesk.core.queries.lost_reasons import lost_reasons
from salesdesk.core.queries.pipeline import deal_titles, open_stages
from salesdesk.ui.change_flow import ChangeFlow
from salesdesk.ui.deals import lost_dialog
from salesdesk.ui.formatting import as_sentence, tr, tr_n
from salesdesk.ui.widgets import messages

_CONTEXT = "Outcomes"


def _step_text(titles: Sequence[str], one: str, many: str, *args: object) -> str:
    """Return the undo-menu text: the deal's title for one deal, the count for several."""
    if len(titles) == 1:
        return tr(_CONTEXT, one, titles[0], *args)
    return tr_n(_CONTEXT, many, len(titles), *args)


class DealOutcomes(QObject):
    """Decides deals' outcomes through the change flow, asking what each outcome needs."""

    won = Signal(list)

    def __init__(self, flow: ChangeFlow, parent: QWidget) -> None:
        super().__init__(parent)
        self._flow = flow
        self._parent = parent

    def _titles(self, deal_ids: Sequence[int]) -> list[str]:
        with self._flow.sessions() as session:
            found = deal_titles(session, deal_ids)
        return [found[deal_id] for deal_id in deal_ids if deal_id in found]

    def _run(
        self,
        text: str,
        operation: Callable[[Session], DealMove],
        origin: object,
        parent: QWidget | None,
    ) -> DealMove | None:
        try:
            return self._flow.run(text, operation, origin=origin)
        except SalesDeskError as error:
            messages.warn(
                parent or self._parent, tr(_CONTEXT, "Deal not changed"), as_sentence(str(error))
            )
            return None

    def mark_won(
        self, deal_ids: Sequence[int], *, origin: object = None, parent: QWidget | None = None
    ) -> DealMove | None:
        """Close deals as won; returns the move, or None when nothing changed."""
        titles = self._titles(deal_ids)
        text = _step_text(
            titles, noop(_CONTEXT, "Mark “%1” won"), noop_n(_CONTEXT, "Mark %n deal(s) won")
        )
        now = self._flow.now()
        move = self._run(text, lambda s: mark_won(s, list(deal_ids), now), origin, parent)
        if move is not None:
            self.won.emit(list(move.deal_ids))
        return move

    def ask_loss(self, deal_ids: Sequence[int], parent: QWidget | None = None) -> Loss | None:
        """Ask why deals were lost (a reason from the list, a detail); None when cancelled."""
        titles = self._titles(deal_ids)
        with self._flow.sessions() as session:
            reasons = lost_reasons(session)
        question = (
            tr(_CONTEXT, "Why was “%1” lost?", titles[0])
            if len(titles) == 1
            else tr_n(_CONTEXT, "Why were the %n deals lost?", len(titles))
        )
        return lost_dialog.ask_loss(parent or self._parent, reasons, question)

    def mark_lost(
        self,
        deal_ids: Sequence[int],
        loss: Loss | None = None,
        *,
        origin: object = None,
        parent: QWidget | None = None,
    ) -> DealMove | None:
        """Close deals as lost, asking why unless ``loss`` is given; None when not changed."""
        loss = loss or self.ask_loss(deal_ids, parent)
        if loss is None:
            return None
        titles = self._titles(deal_ids)
        text = _step_text(
            titles, noop(_CONTEXT, "Mark “%1” lost"), noop_n(_CONTEXT, "Mark %n deal(s) lost")
        )
        now = self._flow.now()
        return self._run(text, lambda s: mark_lost(s, list(deal_ids), loss, now), origin, parent)

    def put_on_hold(
        self, deal_ids: Sequence[int], *, origin: object = None, parent: QWidget | None = None
    ) -> DealMove | None:
        """Put open deals on hold (they leave the board; the On hold list shows them)."""
        titles = self._titles(deal_ids)
        text = _step_text(
            titles, noop(_CONTEXT, "Put “%1” on hold"), noop_n(_CONTEXT, "Put %n deal(s) on hold")
        )
        now = self._flow.now()
        return self._run(text, lambda s: put_on_hold(s, list(deal_ids), now), origin, parent)

    def resume(
        self, deal_ids: Sequence[int], *, origin: object = None, parent: QWidget | None = None
    ) -> DealMove | None:
        """Take held deals off hold into the stage each left (asking where when it is gone)."""
        with self._flow.sessions() as session:
            left = stages_left(session, deal_ids)
        stage_id = None
        if any(left.get(deal_id) is None for deal_id in deal_ids):
            question = tr(_CONTEXT, "The stage the deal left is gone. Which stage does it go to?")
            stage_id = self._choose_stage(tr(_CONTEXT, "Resume deal"), question, parent)
            if stage_id is None:
                return None
        titles = self._titles(deal_ids)
        text = _step_text(
            titles, noop(_CONTEXT, "Resume “%1”"), noop_n(_CONTEXT, "Resume %n deal(s)")
        )
        now = self._flow.now()
        return self._run(text, lambda s: resume(s, list(deal_ids), now, stage_id), origin, parent)

    def reopen(
        self,
        deal_ids: Sequence[int],
        stage_id: int | None = None,
        *,
        origin: object = None,
        parent: QWidget | None = None,
    ) -> DealMove | None:
        """Bring won or lost deals back into a stage (asked for unless given)."""
        titles = self._titles(deal_ids)
        if stage_id is None:
            question = (
                tr(_CONTEXT, "Which stage does “%1” go back to?", titles[0])
                if len(titles) == 1
                else tr_n(_CONTEXT, "Which stage do the %n deals go back to?", len(titles))
            )
            stage_id = self._choose_stage(tr(_CONTEXT, "Reopen deal"), question, parent)
            if stage_id is None:
                return None
        with self._flow.sessions() as session:
            name = dict(open_stages(session)).get(stage_id, "")
        text = _step_text(
            titles,
            noop(_CONTEXT, "Reopen “%1” in %2"),
            noop_n(_CONTEXT, "Reopen %n deal(s) in %1"),
            name,
        )
        now = self._flow.now()
        return self._run(text, lambda s: reopen(s, list(deal_ids), stage_id, now), origin, parent)

    def _choose_stage(self, title: str, question: str, parent: QWidget | None) -> int | None:
        with self._flow.sessions() as session:
            stages = open_stages(session)
        names = [name for _, name in stages]
        answer = messages.choose(parent or self._parent, title, question, names, 0)
        return next((stage_id for stage_id, name in stages if name == answer), None)
