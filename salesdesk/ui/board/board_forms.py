"""The board's forms: quick create, the deal editor, stage settings; each save is one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from salesdesk.core.errors import SalesDeskError
from salesdesk.core.operations.deal_editing import (
    CreatedDeal,
    DealEdit,
    DealFields,
    DealValidationError,
    FieldProblem,
    fields_of,
    quick_create_deal,
    update_deal,
)
from salesdesk.core.operations.deal_moves import DealMove, move_deals
from salesdesk.core.operations.stage_settings import StageDraft, apply_stage_settings
from salesdesk.core.queries.customers import customer_rows
from salesdesk.core.queries.pipeline import deals_held_per_stage
from salesdesk.ui.board.deal_editor import DealEditor
from salesdesk.ui.board.quick_create import QuickCreateForm, QuickDeal
from salesdesk.ui.board.stage_settings_dialog import StageSettingsDialog
from salesdesk.ui.change_stack import ChangeCommand
from salesdesk.ui.formatting import as_sentence, tr

if TYPE_CHECKING:
    from salesdesk.ui.board.kanban_view import BoardView


class BoardForms:
    """Opens the quick-create forms, the deal editor and stage settings of a board; saves them."""

    def __init__(self, board: BoardView) -> None:
        self._board = board
        self._forms: dict[int, QuickCreateForm] = {}

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
        with self._board.database.sessions() as session:
            form.open_form(customer_rows(session))
        return form

    def create_deal(self, stage_id: int, deal: QuickDeal) -> str | None:
        """Add a deal at the top of a stage as one undoable step; returns a problem or None."""
        board = self._board
        try:
            with board.database.transaction() as session:
                created = quick_create_deal(
                    session,
                    title=deal.title,
                    stage_id=stage_id,
                    now=board.now(),
                    customer_id=deal.customer_id,
                    customer_name=deal.customer_name,
                    value=deal.value,
                )
        except SalesDeskError as error:
            return as_sentence(str(error))
        board.undo_stack.push(self._create_command(created, deal.title.strip()))
        board.select_deal(created.deal_id)
        return None

    def _create_command(self, created: CreatedDeal, title: str) -> ChangeCommand:
        board = self._board
        return ChangeCommand(
            tr("Board", "Add “%1”", title),
            created.change,
            lambda: board.refresh_stages([created.stage_id]),
        )

    # --- editor -------------------------------------------------------------------------
    def edit_deal(self, deal_id: int) -> DealEditor | None:
        """Open the deal editor (window-modal); saving is one undoable step."""
        board = self._board
        card = board.cards_of([deal_id]).get(deal_id)
        if card is None:
            return None
        with board.database.sessions() as session:
            fields = fields_of(session, deal_id)
            customers = customer_rows(session)
        stages = [column.stage for column in board.columns()]
        editor = DealEditor(
            fields,
            card.stage_id,
            customers,
            stages,
            lambda new, stage_id: self.save_deal(deal_id, new, stage_id),
            board,
        )
        editor.open()
        return editor

    def save_deal(self, deal_id: int, fields: DealFields, stage_id: int) -> list[FieldProblem]:
        """Save a deal's fields and, when its stage changed, move it there (one step)."""
        board = self._board
        old_stage_id = board.cards_of([deal_id])[deal_id].stage_id
        move = None
        try:
            with board.database.transaction() as session:
                edit = update_deal(session, deal_id, fields)
                if stage_id != old_stage_id:
                    move = move_deals(session, [deal_id], stage_id, 0, now=board.now())
        except DealValidationError as error:
            return list(error.problems)
        except SalesDeskError as error:
            return [FieldProblem("stage_id", str(error))]
        if edit.changed or move is not None:
            board.undo_stack.push(self._edit_command(edit, move, {old_stage_id, stage_id}))
        return []

    def _edit_command(
        self, edit: DealEdit, move: DealMove | None, stage_ids: set[int]
    ) -> ChangeCommand:
        board = self._board

        def refresh() -> None:
            board.refresh_stages(stage_ids)
            board.select_deal(edit.deal_id)

        text = tr("Board", "Edit “%1”", edit.after.title)
        change = edit.change if move is None else edit.change.then(move.change)
        return ChangeCommand(text, change, refresh)

    # --- stage settings -----------------------------------------------------------------
    def edit_stages(self) -> StageSettingsDialog:
        """Open the stage settings (window-modal); saving rebuilds the board."""
        board = self._board
        with board.database.sessions() as session:
            counts = deals_held_per_stage(session)
        stages = [column.stage for column in board.columns()]
        dialog = StageSettingsDialog(stages, counts, self.save_stages, board)
        dialog.open()
        return dialog

    def save_stages(self, drafts: list[StageDraft], relocations: dict[int, int]) -> str | None:
        """Apply new stage settings as one undoable step; returns a problem or None."""
        board = self._board
        try:
            with board.database.transaction() as session:
                change = apply_stage_settings(session, drafts, relocations, board.now())
        except SalesDeskError as error:
            return str(error)
        board.undo_stack.push(
            ChangeCommand(tr("Board", "Change stages"), change.change, board.refresh)
        )
        return None
