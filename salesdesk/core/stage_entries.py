"""What each stage move knows for the funnel's conversion, kept by triggers.

The funnel counts, per open stage, the deals that entered it in a period and those that went
on from there (``core.analytics.funnel``). Grouping every deal's history on each reload read
every move of the period a dozen times; two columns on the move itself turn it into one
range read of the (to_stage_id, moved_at, …) index:

- ``prev_entry_at``: when the same deal last entered the same stage before this move (NULL for
  its first entry there). A move is the deal's first entry into the stage *within a period*
  exactly when it lies in the period and ``prev_entry_at`` is NULL or before the period.
- ``later_stages``: the stages the deal moved into strictly after this move, one bit per stage
  id (bit ``1 << id``). Whether the deal went on from a stage is then one AND with the bits of
  the stages beyond it. A 64-bit integer holds ids up to ``MAX_STAGE_ID``; the funnel counts
  the slower way when a stage of the ladder has a larger id.

Triggers keep both right when moves are added (also out of order) or removed. History is
never updated in place, so there is no update trigger. Migration 0005 adds the columns;
around migrations the triggers are handled as ``core.kept_columns`` describes.
"""

from __future__ import annotations

from salesdesk.core.kept_columns import Executor, KeptColumns, set_previous_move_times

MAX_STAGE_ID = 62  # 1 << 62 is the highest bit a signed 64-bit integer holds without its sign

# The same deal's moves into the same stage ordered by (moved_at, id): before / after {m}.
_ENTRY_BEFORE = (
    "p.deal_id = {m}.deal_id AND p.to_stage_id = {m}.to_stage_id"
    " AND (p.moved_at, p.id) < ({m}.moved_at, {m}.id)"
)
_ENTRY_AFTER = (
    "n.deal_id = {m}.deal_id AND n.to_stage_id = {m}.to_stage_id"
    " AND (n.moved_at, n.id) > ({m}.moved_at, {m}.id)"
)
# The bits of the stages the deal of move {m} entered strictly after it.
_LATER_BITS = (
    "(SELECT coalesce(sum(bit), 0) FROM (SELECT DISTINCT 1 << l.to_stage_id AS bit"
    " FROM stage_moves l WHERE l.deal_id = {m}.deal_id AND l.moved_at > {m}.moved_at))"
)

TRIGGERS = {
    "stage_moves_entries_insert": f"""
CREATE TRIGGER stage_moves_entries_insert AFTER INSERT ON stage_moves BEGIN
  UPDATE stage_moves SET
    prev_entry_at = (
      SELECT p.moved_at FROM stage_moves p WHERE {_ENTRY_BEFORE.format(m="NEW")}
      ORDER BY p.moved_at DESC, p.id DESC LIMIT 1),
    later_stages = {_LATER_BITS.format(m="NEW")}
  WHERE id = NEW.id;
  UPDATE stage_moves SET prev_entry_at = NEW.moved_at WHERE id = (
    SELECT n.id FROM stage_moves n WHERE {_ENTRY_AFTER.format(m="NEW")}
    ORDER BY n.moved_at, n.id LIMIT 1
  );
  UPDATE stage_moves SET later_stages = later_stages | (1 << NEW.to_stage_id)
  WHERE deal_id = NEW.deal_id AND moved_at < NEW.moved_at;
END""",
    "stage_moves_entries_delete": f"""
CREATE TRIGGER stage_moves_entries_delete AFTER DELETE ON stage_moves BEGIN
  UPDATE stage_moves SET prev_entry_at = OLD.prev_entry_at WHERE id = (
    SELECT n.id FROM stage_moves n WHERE {_ENTRY_AFTER.format(m="OLD")}
    ORDER BY n.moved_at, n.id LIMIT 1
  );
  UPDATE stage_moves SET later_stages = {_LATER_BITS.format(m="stage_moves")}
  WHERE deal_id = OLD.deal_id AND moved_at < OLD.moved_at;
END""",
}


def fill_history(db: Executor) -> None:
    """Set both columns of every move from the whole history (a few seconds per million)."""
    later = f"later_stages = {_LATER_BITS.format(m='stage_moves')}"
    set_previous_move_times(db, "prev_entry_at", "deal_id, to_stage_id", also_set=later)


KEPT = KeptColumns(
    "stage_moves", frozenset({"prev_entry_at", "later_stages"}), TRIGGERS, fill_history
)
create_triggers = KEPT.create_triggers
drop_triggers = KEPT.drop_triggers
refresh_after_migrations = KEPT.refresh_after_migrations
