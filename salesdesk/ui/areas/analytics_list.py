"""The Analytics area as a plain list: the open funnel per stage and how closed deals ended."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from salesdesk.core.queries import MoneyTotal, StageForecast, pipeline_forecast
from salesdesk.ui.areas.list_area import ListArea
from salesdesk.ui.areas.rows_model import Column
from salesdesk.ui.formatting import format_count, format_percent, format_totals, tr

_CONTEXT = "AnalyticsList"


def _totals(totals: tuple[MoneyTotal, ...]) -> str:
    return format_totals((total.currency, total.amount) for total in totals)


def _first_amount(totals: tuple[MoneyTotal, ...]) -> float:
    return float(totals[0].amount) if totals else 0.0


class AnalyticsList(ListArea):
    """Deals, value and weighted value per open stage, with the win rate so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        columns = [
            Column[StageForecast](tr(_CONTEXT, "Stage"), lambda row: row.name,
                                  lambda row: row.stage_id),
            Column[StageForecast](tr(_CONTEXT, "Probability"),
                                  lambda row: format_percent(row.probability / 100),
                                  lambda row: row.probability, numeric=True),
            Column[StageForecast](tr(_CONTEXT, "Deals"), lambda row: format_count(row.deal_count),
                                  lambda row: row.deal_count, numeric=True),
            Column[StageForecast](tr(_CONTEXT, "Value"), lambda row: _totals(row.total),
                                  lambda row: _first_amount(row.total), numeric=True),
            Column[StageForecast](tr(_CONTEXT, "Weighted value"),
                                  lambda row: _totals(row.weighted),
                                  lambda row: _first_amount(row.weighted), numeric=True),
        ]  # fmt: skip
        super().__init__(
            "analyticsView",
            tr(_CONTEXT, "Analytics"),
            columns,
            lambda row: row.stage_id,
            tr(_CONTEXT, "The pipeline has no open stages."),
            parent,
        )

    def reload(self, session: Session, now: datetime) -> None:
        """Read the open funnel and the closed outcomes."""
        forecast = pipeline_forecast(session)
        summary = (
            tr(_CONTEXT, "Open deals: %1 · weighted forecast: %2 · won: %3 · lost: %4 · "
               "win rate: %5")
            .replace("%1", format_count(forecast.open_count))
            .replace("%2", _totals(forecast.weighted))
            .replace("%3", format_count(forecast.won_count))
            .replace("%4", format_count(forecast.lost_count))
            .replace("%5", format_percent(forecast.win_rate))
        )  # fmt: skip
        self.show_rows(forecast.stages, summary)
