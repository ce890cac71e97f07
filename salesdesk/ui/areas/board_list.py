"""The Board area as a plain list: every open deal, stage by stage, as the board holds them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from salesdesk.core.board import Card, NextActivity, load_board
from salesdesk.ui.areas.list_area import ListArea
from salesdesk.ui.areas.rows_model import Column
from salesdesk.ui.formatting import format_count, format_money, tr

_CONTEXT = "BoardList"


@dataclass(frozen=True)
class _Line:
    stage_index: int
    stage: str
    card: Card


def _next_text(marker: NextActivity) -> str:
    return {
        NextActivity.OVERDUE: tr(_CONTEXT, "Overdue"),
        NextActivity.TODAY: tr(_CONTEXT, "Today"),
        NextActivity.FUTURE: tr(_CONTEXT, "Planned"),
        NextActivity.NONE: tr(_CONTEXT, "None scheduled"),
    }[marker]


class BoardList(ListArea):
    """Open deals in pipeline order, with value, days in stage and the next activity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        columns = [
            Column[_Line](tr(_CONTEXT, "Stage"), lambda line: line.stage,
                          lambda line: line.stage_index),
            Column[_Line](tr(_CONTEXT, "Deal"), lambda line: line.card.title),
            Column[_Line](tr(_CONTEXT, "Customer"), lambda line: line.card.customer),
            Column[_Line](tr(_CONTEXT, "Company"), lambda line: line.card.company or ""),
            Column[_Line](tr(_CONTEXT, "Value"),
                          lambda line: format_money(line.card.value, line.card.currency),
                          lambda line: float(line.card.value), numeric=True),
            Column[_Line](tr(_CONTEXT, "Days in stage"),
                          lambda line: format_count(line.card.days_in_stage),
                          lambda line: line.card.days_in_stage, numeric=True),
            Column[_Line](tr(_CONTEXT, "Next activity"),
                          lambda line: _next_text(line.card.next_activity)),
            Column[_Line](tr(_CONTEXT, "Tier"), lambda line: line.card.tier.value),
        ]  # fmt: skip
        super().__init__(
            "boardView",
            tr(_CONTEXT, "Board"),
            columns,
            lambda line: line.card.deal_id,
            tr(_CONTEXT, "No open deals yet."),
            parent,
        )

    def reload(self, session: Session, now: datetime) -> None:
        """Read the open deals of every open stage."""
        board = load_board(session, now)
        lines = [
            _Line(index, stage.name, card)
            for index, stage in enumerate(board.stages)
            for card in board.cards[stage.id]
        ]
        rotting = sum(line.card.rotting for line in lines)
        summary = tr(_CONTEXT, "Open deals: %n · stages: %1 · rotting: %2", None, len(lines))
        self.show_rows(
            lines,
            summary.replace("%1", format_count(len(board.stages))).replace(
                "%2", format_count(rotting)
            ),
        )
