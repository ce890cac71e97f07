"""The drag-and-drop payload of the board: which deals are dragged, from which stage."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QMimeData

DEAL_IDS_MIME = "application/x-salesdesk-deal-ids"


def deals_to_mime(deal_ids: Sequence[int], source_stage_id: int) -> QMimeData:
    """Return MIME data carrying ``deal_ids`` (in order) dragged out of ``source_stage_id``."""
    mime = QMimeData()
    payload = {"deal_ids": list(deal_ids), "source_stage_id": source_stage_id}
    mime.setData(DEAL_IDS_MIME, json.dumps(payload).encode("ascii"))
    return mime


def deals_from_mime(mime: QMimeData | None) -> tuple[list[int], int] | None:
    """Return (deal ids, source stage id) from board MIME data, or None for anything else."""
    if mime is None or not mime.hasFormat(DEAL_IDS_MIME):
        return None
    try:
        payload = json.loads(bytes(mime.data(DEAL_IDS_MIME).data()).decode("ascii"))
        deal_ids = [int(deal_id) for deal_id in payload["deal_ids"]]
        return deal_ids, int(payload["source_stage_id"])
    except (ValueError, KeyError, TypeError):
        return None
