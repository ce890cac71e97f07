"""The funnel drawn as a funnel with QPainter: one band per open stage, conversion between.

A band's width follows how many deals entered the stage in the period (relative to the stage
most entered, never thinner than a readable minimum), and each band's lower edge meets the
next band's upper edge. The picture therefore narrows exactly as the "went on" rates beside
it say. Where more deals entered a stage than the one above (deals that entered the earlier
stage before the period moved on in it), the band flares outward in another colour and says
so: the drawing never hides a funnel that widens. The texts stand beside the bands, in full.
The same ``paint_funnel`` draws on the screen and into the image of the printed report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from salesdesk.ui.formatting import format_count, tr

_CONTEXT = "FunnelChart"
MIN_SHARE = 0.12  # the narrowest band, as a share of the widest: room for its number
GAP_SHARE = 0.45  # the gap between bands (where the conversion is written), per band height
FUNNEL_SHARE = 0.36  # of the width, the bands; the texts take the rest
COLOURS = ("#1f5f8b", "#2a6f9b", "#3680ab", "#4391ba", "#52a2c8", "#63b2d4", "#75c1de")
WIDENS_COLOUR = "#c77d1a"


@dataclass(frozen=True)
class ChartStage:
    """What one band shows: the stage, the deals that entered it, the open deals now."""

    name: str
    entered: int  # the band's width follows this
    counts_text: str  # "48 entered · 12 open now"
    value_text: str  # what the open deals are worth: "≈€45,000"
    conversion_text: str  # "67% went on (8 of 12)" to the next stage ("" under the last band)


def band_widths(stages: Sequence[ChartStage], width: float) -> list[float]:
    """Return each band's upper width: its share of the most entered stage (a minimum kept)."""
    widest = max((stage.entered for stage in stages), default=0)
    if widest == 0:
        return [width * MIN_SHARE for _ in stages]
    return [width * max(MIN_SHARE, stage.entered / widest) for stage in stages]


def widens(stages: Sequence[ChartStage], index: int) -> bool:
    """Return True when more deals entered stage ``index`` than the stage above it."""
    return index > 0 and stages[index].entered > stages[index - 1].entered


def paint_funnel(
    painter: QPainter,
    area: QRectF,
    stages: Sequence[ChartStage],
    font: QFont,
    text_colour: QColor,
) -> None:
    """Paint ``stages`` as a funnel into ``area``: bands on the left, their texts beside."""
    if not stages:
        return
    bands = len(stages)
    band = area.height() / (bands + GAP_SHARE * (bands - 1))
    gap = band * GAP_SHARE
    funnel_width = area.width() * FUNNEL_SHARE
    widths = band_widths(stages, funnel_width)
    centre = area.left() + funnel_width / 2
    texts_left = area.left() + funnel_width + 12
    texts_width = max(0.0, area.right() - texts_left)
    bold = QFont(font)
    bold.setBold(True)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for index, stage in enumerate(stages):
        top = area.top() + index * (band + gap)
        upper = widths[index]
        last = index + 1 == bands
        lower = upper * 0.85 if last else widths[index + 1]
        # The band and the neck below it are one trapezoid from this band's width to the next's.
        depth = band if last else band + gap
        middle = upper + (lower - upper) * band / depth
        colour = QColor(WIDENS_COLOUR if widens(stages, index) else COLOURS[min(index, 6)])
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(_trapezoid(centre, top, upper, top + band, middle))
        if not last:
            neck = QColor(colour)
            neck.setAlpha(90)
            painter.setBrush(neck)
            painter.drawPolygon(_trapezoid(centre, top + band, middle, top + depth, lower))
        inside = min(upper, middle)
        _centred_lines(
            painter,
            QRectF(centre - inside / 2, top, inside, band),
            [(format_count(stage.entered), bold)],
            QColor("white"),
        )
        counts = stage.counts_text
        if widens(stages, index):
            counts = tr(_CONTEXT, "%1 · ▲ more entered than above", counts)
        lines = [(stage.name, bold), (counts, font), (stage.value_text, font)]
        _left_lines(painter, QRectF(texts_left, top, texts_width, band), lines, text_colour)
        if stage.conversion_text:
            _left_lines(
                painter,
                QRectF(texts_left, top + band, texts_width, gap),
                [(f"↓ {stage.conversion_text}", font)],
                text_colour,
            )
    painter.restore()


def _trapezoid(centre: float, top: float, upper: float, bottom: float, lower: float) -> QPolygonF:
    """Return a trapezoid around ``centre``: ``upper`` wide at ``top``, ``lower`` at ``bottom``."""
    return QPolygonF(
        [
            QPointF(centre - upper / 2, top),
            QPointF(centre + upper / 2, top),
            QPointF(centre + lower / 2, bottom),
            QPointF(centre - lower / 2, bottom),
        ]
    )


def _fitting(
    painter: QPainter, rect: QRectF, lines: list[tuple[str, QFont]]
) -> tuple[list[tuple[str, QFont]], list[float]]:
    """Return the lines that fit ``rect``'s height (the last ones are left out first)."""
    heights = [QFontMetricsF(font, painter.device()).height() for _, font in lines]
    while len(lines) > 1 and sum(heights) > rect.height():
        lines, heights = lines[:-1], heights[:-1]
    return lines, heights


def _left_lines(
    painter: QPainter, rect: QRectF, lines: list[tuple[str, QFont]], colour: QColor
) -> None:
    """Write lines left-aligned, centred vertically in ``rect``; too long ones are elided."""
    _lines(painter, rect, lines, colour, Qt.AlignmentFlag.AlignLeft, elide=True)


def _centred_lines(
    painter: QPainter, rect: QRectF, lines: list[tuple[str, QFont]], colour: QColor
) -> None:
    """Write lines centred in ``rect``; lines that do not fit are left out."""
    _lines(painter, rect, lines, colour, Qt.AlignmentFlag.AlignHCenter, elide=False)


def _lines(
    painter: QPainter,
    rect: QRectF,
    lines: list[tuple[str, QFont]],
    colour: QColor,
    align: Qt.AlignmentFlag,
    *,
    elide: bool,
) -> None:
    """Write the lines that fit, one under the other, the block centred vertically."""
    lines, heights = _fitting(painter, rect, lines)
    y = rect.top() + (rect.height() - sum(heights)) / 2
    painter.setPen(colour)
    for (text, font), height in zip(lines, heights, strict=True):
        painter.setFont(font)
        shown = text
        if elide:
            metrics = QFontMetricsF(font, painter.device())
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(
            QRectF(rect.left(), y, rect.width(), height),
            int(align | Qt.AlignmentFlag.AlignVCenter),
            shown,
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
                    part
                    for part in (s.name, s.counts_text, s.value_text, s.conversion_text)
                    if part
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
