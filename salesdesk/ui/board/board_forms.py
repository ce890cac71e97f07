"""The board's forms: quick create, the deal editor, stage settings; each save is one undo step.

The deal editor opens for any deal (from a card, the list of closed and held deals, or the
customer card); its outcome buttons go through the board's ``DealOutcomes``.

The forms run their operations through the change flow, as every area does; the board sees
the result through ``changed`` like any other change. They know the board only as the few
things a form needs of it (``BoardSurface``), so the board and its forms import one way.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from salesdesk.core.board import Card, StageInfo
from salesdesk.core.changes import Change
from salesdesk.core.errors import InvalidFieldsError, SalesDeskError
from salesdesk.core.models import Deal, DealStatus
from salesdesk.core.operations.deal_editing import (
    DealFields,
    DealValidationError,
    FieldProblem,
    fields_of,
    quick_create_deal,
    update_deal,
)
from salesdesk.core.operations.deal_moves import move_deals
from salesdesk.core.operations.lost_reasons import ReasonDraft, save_lost_reasons
from salesdesk.core.operations.notes import add_note
from salesdesk.core.operations.stage_settings import StageDraft, apply_stage_settings
from salesdesk.core.queries.customers import customer_rows
from salesdesk.core.queries.deal_lists import deal_rows
from salesdesk.core.queries.lost_reasons import lost_reasons
from salesdesk.core.queries.pipeline import deals_held_per_stage
from salesdesk.core.queries.timeline import Event, deal_timeline
from salesdesk.ui.board.column_widget import BoardColumn
from salesdesk.ui.board.quick_create import QuickCreateForm, QuickDeal
from salesdesk.ui.change_flow import ChangeFlow
from salesdesk.ui.deals.outcomes import DealOutcomes
from salesdesk.ui.formatting import as_sentence, tr

if TYPE_CHECKING:  # the editor and the stage settings are imported when first opened
    from salesdesk.ui.board.deal_editor import DealEditor
    from salesdesk.ui.board.stage_settings_dialog import StageSettingsDialog


class BoardSurface(Protocol):
    """What the forms need of the board: its columns, cards, outcomes, and where to select."""

    @property
    def flow(self) -> ChangeFlow: ...

    @property
    def outcomes(self) -> DealOutcomes: ...

    def decide(self, deal_ids: list[int], outcome: str) -> bool: ...

    def column(self, stage_id: int) -> BoardColumn: ...

    def columns(self) -> list[BoardColumn]: ...

    def cards_of(self, deal_ids: list[int]) -> dict[int, Card]: ...

    def select_deal(self, deal_id: int) -> None: ...


class BoardForms:
    """Opens the quick-create forms, the deal editor and stage settings of a board; saves them."""

    def __init__(self, board: BoardSurface, parent: QWidget) -> None:
        self._board = board
        self._parent = parent
        self._forms: dict[int, QuickCreateForm] = {}

    @property
    def _flow(self) -> ChangeFlow:
        return self._board.flow

    def _now(self) -> datetime:
        return self._flow.now()

    def forget_columns(self) -> None:
        """Drop the forms of columns that were rebuilt."""
        self._forms = {}

    # --- quick create -------------------------------------------------------------------
    def start_quick_create(self, stage_id: int) -> QuickCreateForm:
        """Open the quick-create form at the top of a column."""
        column = self._board.column(stage_id)
        form = self._forms.get(stage_id)
        if form is None:
            form = QuickCreateForm(lambda deal: self.create_deal(stage_id, deal), column)
            form.closed.connect(column.view.setFocus)
            column.insert_below_header(form)
            self._forms[stage_id] = form
        with self._flow.sessions() as session:
            form.open_form(customer_rows(session))
        return form

    def create_deal(self, stage_id: int, deal: QuickDeal) -> str | None:
        """Add a deal at the top of a stage as one undoable step; returns a problem or None."""
        try:
            created = self._flow.run(
                tr("Board", "Add “%1”", deal.title.strip()),
                lambda session: quick_create_deal(
                    session,
                    title=deal.title,
                    stage_id=stage_id,
                    now=self._now(),
                    customer_id=deal.customer_id,
                    customer_name=deal.customer_name,
                    value=deal.value,
                ),
            )
        except SalesDeskError as error:
            return as_sentence(str(error))
        self._board.select_deal(created.deal_id)
        return None

    # --- editor -------------------------------------------------------------------------
    def edit_deal(self, deal_id: int) -> DealEditor | None:
        """Open the deal editor of any deal, open or not (window-modal); saving is one step."""
        from salesdesk.ui.board.deal_editor import DealEditor, EditorHooks

        with self._flow.sessions() as session:
            found = deal_rows(session, tuple(DealStatus), deal_ids=[deal_id])
            if not found:
                return None
            fields = fields_of(session, deal_id)
            customers = customer_rows(session)
        state = found[0]
        stages = [column.stage for column in self._board.columns()]
        hooks = EditorHooks(
            save=lambda new, stage_id: self.save_deal(deal_id, new, stage_id),
            decide=lambda outcome: self.decide(deal_id, outcome, editor),
            history=lambda before: self._history(deal_id, before),
            add_note=lambda text: self.add_note(state.customer_id, deal_id, text, state.title),
        )
        editor = DealEditor(fields, state, customers, stages, hooks, self._now(), self._parent)
        editor.open()
        return editor

    def _history(self, deal_id: int, before: datetime | None) -> list[Event]:
        with self._flow.sessions() as session:
            return deal_timeline(session, deal_id, before=before)

    def add_note(self, customer_id: int, deal_id: int | None, text: str, title: str) -> str | None:
        """Write a note about a deal as one undoable step; returns a problem, or None."""
        try:
            self._flow.run(
                tr("Board", "Note on “%1”", title),
                lambda session: add_note(session, customer_id, deal_id, text, self._now()),
            )
        except InvalidFieldsError as error:
            return as_sentence(error.problems[0].message)
        except SalesDeskError as error:
            return as_sentence(str(error))
        return None

    def decide(self, deal_id: int, outcome: str, parent: QWidget | None = None) -> bool:
        """Decide a deal's outcome from its editor ("won", "lost", "hold", "resume", "reopen")."""
        if self._board.cards_of([deal_id]) and outcome in ("won", "lost", "hold"):
            return self._board.decide([deal_id], outcome)
        outcomes = self._board.outcomes
        act = {
            "won": outcomes.mark_won,
            "lost": outcomes.mark_lost,
            "hold": outcomes.put_on_hold,
            "resume": outcomes.resume,
            "reopen": outcomes.reopen,
        }[outcome]
        return act([deal_id], parent=parent) is not None

    def save_deal(self, deal_id: int, fields: DealFields, stage_id: int) -> list[FieldProblem]:
        """Save a deal's fields and, when its (open) stage changed, move it there (one step)."""

        def save(session: Session) -> Change:
            edit = update_deal(session, deal_id, fields).change
            deal = session.get(Deal, deal_id)
            if deal is None or deal.status is not DealStatus.OPEN or deal.stage_id == stage_id:
                return edit
            return edit.then(move_deals(session, [deal_id], stage_id, 0, now=self._now()).change)

        try:
            self._flow.run(tr("Board", "Edit “%1”", fields.title.strip()), save)
        except DealValidationError as error:
            return list(error.problems)
        except SalesDeskError as error:
            return [FieldProblem("stage_id", str(error))]
        self._board.select_deal(deal_id)
        return []

    # --- stage settings -----------------------------------------------------------------
    def edit_stages(self) -> StageSettingsDialog:
        """Open the stage settings and lost reasons (window-modal); saving rebuilds the board."""
        from salesdesk.ui.board.stage_settings_dialog import StageSettingsDialog

        with self._flow.sessions() as session:
            counts = deals_held_per_stage(session)
            reasons = lost_reasons(session, retired=True)
        stages: list[StageInfo] = [column.stage for column in self._board.columns()]
        dialog = StageSettingsDialog(stages, counts, reasons, self.save_stages, self._parent)
        dialog.open()
        return dialog

    def save_stages(
        self,
        drafts: list[StageDraft],
        relocations: dict[int, int],
        reasons: list[ReasonDraft] | None = None,
        merges: dict[int, int] | None = None,
    ) -> str | None:
        """Apply new stage settings and lost reasons as one undoable step; returns a problem."""

        def save(session: Session) -> Change:
            now = self._now()
            change = apply_stage_settings(session, drafts, relocations, now).change
            if reasons is None:
                return change
            return change.then(save_lost_reasons(session, reasons, merges or {}, now))

        try:
            self._flow.run(tr("Board", "Change stages"), save)
        except SalesDeskError as error:
            return str(error)
        return None
