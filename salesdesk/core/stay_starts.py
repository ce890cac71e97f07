"""When a deal entered the stage a move leaves (``stage_moves.from_entered_at``), kept by triggers.

The Analytics screen's days in each stage pair every move with the deal's move before it;
computing that pairing on every reload took a window over the whole history. Triggers keep it
on the move itself instead:

- after an insert: the new move takes the time of the deal's move before it, and the move
  after it (a move recorded out of order) takes the new move's time;
- after a delete: the move after the deleted one takes the deleted one's start.

History is only added and removed, never updated, so there is no update trigger. Migration
0004 adds the column; around migrations the triggers are handled as ``core.kept_columns``
describes.
"""

from __future__ import annotations

from salesdesk.core.kept_columns import Executor, KeptColumns, set_previous_move_times

# The deal's moves ordered by (moved_at, id): ``before`` / ``after`` a given move.
_BEFORE = "p.deal_id = {m}.deal_id AND (p.moved_at, p.id) < ({m}.moved_at, {m}.id)"
_AFTER = "n.deal_id = {m}.deal_id AND (n.moved_at, n.id) > ({m}.moved_at, {m}.id)"

TRIGGERS = {
    "stage_moves_stay_start_insert": f"""
CREATE TRIGGER stage_moves_stay_start_insert AFTER INSERT ON stage_moves BEGIN
  UPDATE stage_moves SET from_entered_at = (
    SELECT p.moved_at FROM stage_moves p WHERE {_BEFORE.format(m="NEW")}
    ORDER BY p.moved_at DESC, p.id DESC LIMIT 1
  ) WHERE id = NEW.id;
  UPDATE stage_moves SET from_entered_at = NEW.moved_at WHERE id = (
    SELECT n.id FROM stage_moves n WHERE {_AFTER.format(m="NEW")}
    ORDER BY n.moved_at, n.id LIMIT 1
  );
END""",
    "stage_moves_stay_start_delete": f"""
CREATE TRIGGER stage_moves_stay_start_delete AFTER DELETE ON stage_moves BEGIN
  UPDATE stage_moves SET from_entered_at = OLD.from_entered_at WHERE id = (
    SELECT n.id FROM stage_moves n WHERE {_AFTER.format(m="OLD")}
    ORDER BY n.moved_at, n.id LIMIT 1
  );
END""",
}


def pair_history(db: Executor) -> None:
    """Set ``from_entered_at`` of every move from the deal's move before it, in one pass."""
    set_previous_move_times(db, "from_entered_at", "deal_id")


KEPT = KeptColumns("stage_moves", frozenset({"from_entered_at"}), TRIGGERS, pair_history)
create_triggers = KEPT.create_triggers
drop_triggers = KEPT.drop_triggers
refresh_after_migrations = KEPT.refresh_after_migrations
