"""The funnel drawn as a funnel with QPainter: one band per open stage, conversion between.

Each band is a trapezoid whose top edge is as wide as the stage's open deals allow (relative to
the fullest stage, never thinner than a readable minimum) and whose bottom edge meets the next
band, so a healthy funnel narrows from top to bottom and a bulge shows where deals pile up.
The same ``paint_funnel`` draws on the screen and into the image of the printed report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from salesdesk.ui.formatting import tr

_CONTEXT = "FunnelChart"
MIN_SHARE = 0.28  # the narrowest band, as a share of the widest: room for its name
GAP_SHARE = 0.55  # the gap between bands (where the conversion is written), per band height
COLOURS = ("#1f5f8b", "#2a6f9b", "#3680ab", "#4391ba", "#52a2c8", "#63b2d4", "#75c1de")


@dataclass(frozen=True)
class ChartStage:
    """What one band shows: the stage, its open deals and value, the conversion onwards."""

    name: str
    count: int
    count_text: str  # "12 deals"
    value_text: str  # "€45,000"
    conversion_text: str  # "67% went on" to the next stage ("" under the last band)


def _band_widths(stages: Sequence[ChartStage], width: float) -> list[float]:
    widest = max((stage.count for stage in stages), default=0)
    if widest == 0:
        return [width * (1 - (1 - MIN_SHARE) * i / max(1, len(stages))) for i in range(len(stages))]
    return [width * max(MIN_SHARE, stage.count / widest) for stage in stages]


def paint_funnel(
    painter: QPainter,
    area: QRectF,
    stages: Sequence[ChartStage],
    font: QFont,
    text_colour: QColor,
) -> None:
    """Paint ``stages`` as a funnel into ``area``, centred, with their texts."""
    if not stages:
        return
    bands = len(stages)
    band = area.height() / (bands + GAP_SHARE * (bands - 1))
    gap = band * GAP_SHARE
    widths = _band_widths(stages, area.width() * 0.66)  # the rest is room for the conversion
    centre = area.left() + area.width() * 0.35
    bold = QFont(font)
    bold.setBold(True)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for index, stage in enumerate(stages):
        top = area.top() + index * (band + gap)
        upper = widths[index]
        lower = widths[index + 1] if index + 1 < bands else upper * 0.8
        lower = min(upper, max(lower, upper * 0.7))  # a band never widens downwards
        shape = QPolygonF(
            [
                QPointF(centre - upper / 2, top),
                QPointF(centre + upper / 2, top),
                QPointF(centre + lower / 2, top + band),
                QPointF(centre - lower / 2, top + band),
            ]
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(COLOURS[min(index, len(COLOURS) - 1)]))
        painter.drawPolygon(shape)
        inner = QRectF(centre - lower / 2 + 4, top, lower - 8, band)
        _centred_lines(
            painter,
            inner,
            [(stage.name, bold), (stage.count_text, font), (stage.value_text, font)],
            QColor("white"),
        )
        if stage.conversion_text:
            right = QRectF(
                centre + upper / 2 + 12,
                top + band * 0.55,
                area.right() - (centre + upper / 2 + 12),
                band * 0.45 + gap,
            )
            painter.setPen(text_colour)
            painter.setFont(font)
            arrow = QFontMetricsF(font, painter.device()).elidedText(
                f"↓ {stage.conversion_text}", Qt.TextElideMode.ElideRight, right.width()
            )
            painter.drawText(
                right, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), arrow
            )
    painter.restore()


def _centred_lines(
    painter: QPainter, rect: QRectF, lines: list[tuple[str, QFont]], colour: QColor
) -> None:
    """Write lines centred in ``rect``, elided to its width; lines that do not fit are left out."""
    heights = [QFontMetricsF(font, painter.device()).height() for _, font in lines]
    while lines and sum(heights) > rect.height():
        lines, heights = lines[:-1], heights[:-1]
    y = rect.top() + (rect.height() - sum(heights)) / 2
    painter.setPen(colour)
    for (text, font), height in zip(lines, heights, strict=True):
        painter.setFont(font)
        shown = QFontMetricsF(font, painter.device()).elidedText(
            text, Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(
            QRectF(rect.left(), y, rect.width(), height), int(Qt.AlignmentFlag.AlignCenter), shown
        )
        y += height


def funnel_image(stages: Sequence[ChartStage], size: QSize, font: QFont, scale: int = 1) -> QImage:
    """Return the funnel painted on a white image of ``size`` × ``scale`` (for printing).

    The funnel is laid out in ``size`` units and drawn ``scale`` times finer, so the picture
    placed at ``size`` on paper stays sharp.
    """
    image = QImage(size * scale, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        paint_funnel(
            painter,
            QRectF(4, 4, size.width() - 8, size.height() - 8),
            stages,
            font,
            QColor("black"),
        )
    finally:
        painter.end()
    return image


class FunnelChart(QWidget):
    """The funnel of the chosen period; its accessible description reads the same numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("funnelChart")
        self.setAccessibleName(tr(_CONTEXT, "Funnel"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # screen readers reach its description
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 300)
        self.stages: tuple[ChartStage, ...] = ()

    def set_stages(self, stages: Sequence[ChartStage]) -> None:
        """Show ``stages`` (top of the funnel first)."""
        self.stages = tuple(stages)
        self.setAccessibleDescription(
            "; ".join(
                ", ".join(
                    part for part in (s.name, s.count_text, s.value_text, s.conversion_text) if part
                )
                for s in self.stages
            )
        )
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        """Prefer room for six readable bands."""
        return QSize(560, 460)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        """Paint the funnel, or say that there are no open stages."""
        painter = QPainter(self)
        area = QRectF(self.rect()).adjusted(12, 12, -12, -12)
        if not self.stages:
            painter.drawText(
                area,
                int(Qt.AlignmentFlag.AlignCenter),
                tr(_CONTEXT, "The pipeline has no open stages."),
            )
        else:
            paint_funnel(
                painter, area, self.stages, self.font(), self.palette().windowText().color()
            )
        if self.hasFocus():
            painter.setPen(self.palette().highlight().color())
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()
