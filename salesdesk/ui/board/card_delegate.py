"""Paints a deal card: title; customer, company and tier; value, days in stage, next activity.

Everything is drawn from the Card in the model (no widgets per card), so a column of thousands
of deals costs one row of memory per deal. Sizes come from font metrics, so the card scales with
the system font and stays sharp on high-DPI screens.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from salesdesk.core.board import Card, NextActivity
from salesdesk.core.models import Tier
from salesdesk.ui.board.column_model import CardRole
from salesdesk.ui.formatting import format_money, tr, tr_n

MARGIN = 4  # between cards
PADDING = 8  # inside a card
RADIUS = 6.0

MARKER_COLOURS = {
    NextActivity.OVERDUE: QColor("#c62828"),
    NextActivity.TODAY: QColor("#2e7d32"),
    NextActivity.FUTURE: QColor("#78909c"),
    NextActivity.NONE: QColor("#f9a825"),
}
TIER_COLOURS = {Tier.A: QColor("#1f5f8b"), Tier.B: QColor("#5c8fb3"), Tier.C: QColor("#a7bfd1")}
ROTTING_COLOUR = QColor("#c62828")


def card_height(font: QFont) -> int:
    """Return the height of every card drawn in ``font``: three lines and the padding."""
    return 3 * QFontMetrics(font).lineSpacing() + 2 * PADDING + 4 + 2 * MARGIN


class CardDelegate(QStyledItemDelegate):
    """Draws board cards of one uniform height."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, card_height(option.font))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CardRole)
        if not isinstance(card, Card):
            return
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(option.rect.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))
        background = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid)
        if selected:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            background = _blend(background, highlight, 0.18)
            border = highlight
        painter.setPen(QPen(border, 2.0 if selected else 1.0))
        painter.setBrush(background)
        painter.drawRoundedRect(box, RADIUS, RADIUS)
        if focused:  # where the keyboard is: a ring around the card, clear of its border
            ring = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight).darker(115), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ring, RADIUS + 2, RADIUS + 2)
        # A coloured strip on the left edge tells the tier at a glance.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TIER_COLOURS[card.tier])
        painter.drawRoundedRect(QRectF(box.left(), box.top(), 4, box.height()), 2, 2)
        self._paint_text(painter, option, card, box.toRect())
        painter.restore()

    def _paint_text(
        self, painter: QPainter, option: QStyleOptionViewItem, card: Card, box: QRect
    ) -> None:
        palette = option.palette
        text_colour = palette.color(QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        inner = box.adjusted(PADDING + 4, PADDING, -PADDING, -PADDING)
        bold = QFont(option.font)
        bold.setBold(True)
        line = QFontMetrics(option.font).lineSpacing()
        bold_metrics = QFontMetrics(bold)

        # Line 1: the title, the whole width (what the rep reads first).
        first = QRect(inner.left(), inner.top(), inner.width(), line)
        painter.setFont(bold)
        painter.setPen(text_colour)
        title = bold_metrics.elidedText(card.title, Qt.TextElideMode.ElideRight, first.width())
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)

        # Line 2: customer (company), and the tier with the qualification score on the right.
        tier_text = tr("Board", "Tier %1", card.tier.value)
        if card.score is not None:
            tier_text += f" {card.score:+d}"  # the qualification score
        tier_width = bold_metrics.horizontalAdvance(tier_text)
        second = first.translated(0, line + 2)
        painter.setPen(TIER_COLOURS[card.tier].darker(130))
        painter.drawText(
            second, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tier_text
        )
        painter.setFont(option.font)
        painter.setPen(quiet)
        who = card.customer if not card.company else f"{card.customer} · {card.company}"
        painter.drawText(
            second.adjusted(0, 0, -(tier_width + 8), 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            option.fontMetrics.elidedText(
                who, Qt.TextElideMode.ElideRight, second.width() - tier_width - 8
            ),
        )

        # Line 3: value on the left; days in stage and the next-activity marker on the right.
        third = second.translated(0, line + 2)
        dot = max(8, line // 2)
        days = tr_n("Board", "%Ln day(s)", card.days_in_stage)
        days_rect = third.adjusted(0, 0, -(dot + 6), 0)
        room = days_rect.width() - option.fontMetrics.horizontalAdvance(days) - 8
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            third.adjusted(0, 0, -(third.width() - room), 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            card_value_text(card, bold_metrics, room),
        )
        dot_rect = QRectF(third.right() - dot, third.center().y() - dot / 2 + 1, dot, dot)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MARKER_COLOURS[card.next_activity])
        if card.next_activity is NextActivity.NONE:
            painter.drawRect(dot_rect.adjusted(1, 1, -1, -1))  # a square: "nothing planned"
        else:
            painter.drawEllipse(dot_rect)
        painter.setFont(option.font)
        painter.setPen(ROTTING_COLOUR if card.rotting else quiet)
        painter.drawText(
            days_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, days
        )


def card_value_text(card: Card, metrics: QFontMetrics, room: int) -> str:
    """Return the card's value as it fits in ``room`` pixels beside the days in stage.

    The exact amount where it fits; else rounded to whole units ("USD 143,098"; the deal
    editor shows the cents); elided only when even that is too wide.
    """
    exact = format_money(card.value, card.currency)
    if metrics.horizontalAdvance(exact) <= room:
        return exact
    whole = format_money(card.value.quantize(Decimal(1), ROUND_HALF_UP), card.currency)
    return metrics.elidedText(whole, Qt.TextElideMode.ElideRight, max(room, 0))


def _blend(base: QColor, over: QColor, amount: float) -> QColor:
    return QColor(
        round(base.red() * (1 - amount) + over.red() * amount),
        round(base.green() * (1 - amount) + over.green() * amount),
        round(base.blue() * (1 - amount) + over.blue() * amount),
    )
