"""Stage settings: the open stages and the list of lost reasons, on two tabs.

Stages are renamed, reordered, added and removed, with their win probability and rot days;
the lost reasons are edited by ``LostReasonsEditor``.

The rep edits both lists, and Save hands them to a ``save`` callable that applies them in one
transaction (one undo step). Removing a stage that holds deals asks where they go first;
Cancel there keeps the stage.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesdesk.core.board import StageInfo
from salesdesk.core.operations.lost_reasons import ReasonDraft
from salesdesk.core.operations.stage_settings import StageDraft
from salesdesk.core.queries.lost_reasons import ReasonRow
from salesdesk.ui.board.lost_reasons_editor import LostReasonsEditor
from salesdesk.ui.formatting import as_sentence, tr, tr_n
from salesdesk.ui.widgets import messages
from salesdesk.ui.widgets.form_parts import beside_buttons, error_label, save_cancel_buttons

_CONTEXT = "StageSettings"
NAME, PROBABILITY, ROT_DAYS = range(3)
_STAGE_ID = Qt.ItemDataRole.UserRole

# Applies the stage drafts and relocations, the reason drafts and merges; returns a problem
# for the rep, or None when saved.
SaveStages = Callable[
    [list[StageDraft], dict[int, int], list[ReasonDraft], dict[int, int]], str | None
]


class _NumberDelegate(QStyledItemDelegate):
    """Spin boxes with the right range: probability 0–100 %, rot days 0 (never) – 365."""

    def createEditor(  # noqa: N802 - Qt override
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = QSpinBox(parent)
        if index.column() == PROBABILITY:
            editor.setRange(0, 100)
            editor.setSuffix(" %")
        else:
            editor.setRange(0, 365)
            editor.setSpecialValueText(tr(_CONTEXT, "never"))
        return editor

    def initStyleOption(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        value = int(index.data(Qt.ItemDataRole.EditRole) or 0)
        if index.column() == PROBABILITY:
            option.text = f"{value} %"
        else:
            option.text = str(value) if value else tr(_CONTEXT, "never")


class StageSettingsDialog(QDialog):
    """The open stages as an editable table."""

    def __init__(
        self,
        stages: Sequence[StageInfo],
        deal_counts: Mapping[int, int],
        reasons: Sequence[ReasonRow],
        save: SaveStages,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stageSettingsDialog")
        self.setWindowTitle(tr(_CONTEXT, "Stage Settings"))
        self._counts = dict(deal_counts)
        self._names = {stage.id: stage.name for stage in stages}
        self._save = save
        self.relocations: dict[int, int] = {}
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("stageTable")
        self.table.setHorizontalHeaderLabels(
            [
                tr(_CONTEXT, "Stage"),
                tr(_CONTEXT, "Win probability"),
                tr(_CONTEXT, "Rots after days"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        delegate = _NumberDelegate(self.table)
        self.table.setItemDelegateForColumn(PROBABILITY, delegate)
        self.table.setItemDelegateForColumn(ROT_DAYS, delegate)
        for stage in stages:
            self._append(stage.id, stage.name, stage.probability, stage.rot_days)
        self.problem = error_label("stageSettingsProblem")
        body = beside_buttons(
            self.table,
            [
                ("stageAdd", tr(_CONTEXT, "&Add"), self.add_stage),
                ("stageRemove", tr(_CONTEXT, "&Remove…"), self.remove_selected),
                ("stageUp", tr(_CONTEXT, "Move &up"), lambda: self.move_selected(-1)),
                ("stageDown", tr(_CONTEXT, "Move &down"), lambda: self.move_selected(1)),
            ],
        )
        buttons = save_cancel_buttons(self.submit, self.reject)
        stages_page = QWidget()
        stages_layout = QVBoxLayout(stages_page)
        stages_layout.addLayout(body)
        self.reasons = LostReasonsEditor(reasons)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("stageSettingsTabs")
        self.tabs.addTab(stages_page, tr(_CONTEXT, "&Stages"))
        self.tabs.addTab(self.reasons, tr(_CONTEXT, "&Lost reasons"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(620, 420)

    # --- rows ---------------------------------------------------------------------------
    def _append(self, stage_id: int | None, name: str, probability: int, rot: int | None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(_STAGE_ID, stage_id)
        self.table.setItem(row, NAME, name_item)
        for column, value in ((PROBABILITY, probability), (ROT_DAYS, rot or 0)):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.EditRole, value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        return row

    def add_stage(self) -> None:
        """Add a new stage at the end and start editing its name."""
        row = self._append(None, tr(_CONTEXT, "New stage"), 50, None)
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self.table.item(row, NAME))

    def remove_selected(self) -> bool:
        """Remove the selected stage; one holding deals first asks where they go."""
        row = self.table.currentRow()
        if row < 0:
            return False
        stage_id = self.table.item(row, NAME).data(_STAGE_ID)
        count = self._counts.get(stage_id, 0) if stage_id is not None else 0
        if count:
            target = self._ask_target(row, count)
            if target is None:
                return False
            self.relocations[stage_id] = target
        self.table.removeRow(row)
        return True

    def _ask_target(self, row: int, count: int) -> int | None:
        choices = {
            self.table.item(other, NAME).text(): self.table.item(other, NAME).data(_STAGE_ID)
            for other in range(self.table.rowCount())
            if other != row and self.table.item(other, NAME).data(_STAGE_ID) is not None
        }
        if not choices:
            self._show_problem(tr(_CONTEXT, "Keep at least one stage for the deals."))
            return None
        question = tr_n(
            _CONTEXT,
            "Where do the %n deal(s) of “%1” go?",
            count,
            self.table.item(row, NAME).text(),
        )
        answer = messages.choose(self, tr(_CONTEXT, "Remove stage"), question, list(choices))
        return choices[answer] if answer is not None else None

    def move_selected(self, step: int) -> bool:
        """Move the selected stage up (-1) or down (+1) in the pipeline."""
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return False
        items = [self.table.takeItem(row, column) for column in range(3)]
        others = [self.table.takeItem(target, column) for column in range(3)]
        for column in range(3):
            self.table.setItem(target, column, items[column])
            self.table.setItem(row, column, others[column])
        self.table.setCurrentCell(target, self.table.currentColumn())
        return True

    def drafts(self) -> list[StageDraft]:
        """Return the table as the new list of open stages, in order."""
        found = []
        for row in range(self.table.rowCount()):
            rot = int(self.table.item(row, ROT_DAYS).data(Qt.ItemDataRole.EditRole))
            found.append(
                StageDraft(
                    stage_id=self.table.item(row, NAME).data(_STAGE_ID),
                    name=self.table.item(row, NAME).text(),
                    probability=int(
                        self.table.item(row, PROBABILITY).data(Qt.ItemDataRole.EditRole)
                    ),
                    rot_days=rot or None,
                )
            )
        return found

    # --- saving -------------------------------------------------------------------------
    def submit(self) -> bool:
        """Save; close when saved, else say why and keep everything as edited."""
        problem = self._save(
            self.drafts(), dict(self.relocations), self.reasons.drafts(), dict(self.reasons.merges)
        )
        if problem is not None:
            self._show_problem(as_sentence(problem))
            return False
        self.accept()
        return True

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
