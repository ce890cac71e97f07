"""The whole life of a deal: held deals in an On hold stage, lost reasons as a list, notes.

- ``stages.kind`` may be ``hold``: putting a deal on hold is a stage move into the On hold
  stage, resuming one a move back, so every change of a deal's status is in its history. An
  existing database gets the stage, and each deal on hold today gets its move there (at the
  time it entered the stage it waits in: when it was put on hold was never recorded).
- ``lost_reasons`` is the rep's list of reasons; a lost deal has ``lost_reason_id`` and an
  optional ``lost_detail``. An existing database gets the default list, and each distinct
  free-text reason of today (compared ignoring case, Unicode form and spacing) becomes an
  entry of its own unless it is one of the defaults; every deal keeps its exact text as the
  detail, so renaming or merging entries later loses no words.
- ``notes``: what the rep writes down about a customer or a deal, for the timeline.

The downgrade puts held deals back into the stage they left (history without the hold
moves), writes each reason back as text (the detail alone where it holds the reason's words,
else "reason: detail"), and drops the notes: the older schema has no place for them.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 09:00:00
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The defaults of this revision, written out: later releases may change the code's defaults.
HOLD_NAME = "On hold"
DEFAULT_REASONS = (
    "Price too high",
    "Chose a competitor",
    "No budget",
    "Bad timing",
    "Product does not fit",
    "Kept their current solution",
    "Contact left or changed",
    "Went quiet: no decision",
)
NAME_LENGTH = 80
KINDS_BEFORE = ("open", "won", "lost")
KINDS_AFTER = ("open", "won", "lost", "hold")
CLOSED_BEFORE = ("status", "closed_at", "currency", "value_cents", "lost_reason")
CLOSED_AFTER = ("status", "closed_at", "currency", "value_cents", "lost_reason_id")


def _key(text: str) -> str:
    """Return the matching key of a reason: Unicode form, case and spacing ignored."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _kind_check(kinds: tuple[str, ...]) -> None:
    with op.batch_alter_table("stages", recreate="always") as batch:
        batch.drop_constraint(op.f("ck_stages_stage_kind"), type_="check")
        batch.create_check_constraint(
            op.f("ck_stages_stage_kind"), " OR ".join(f"kind = '{kind}'" for kind in kinds)
        )


def _rows(sql: str, **values: Any) -> list[Any]:
    return list(op.get_bind().execute(sa.text(sql), values))


def _run(sql: str, rows: list[dict[str, Any]] | dict[str, Any] | None = None) -> None:
    if rows == []:
        return
    op.get_bind().execute(sa.text(sql), rows or {})


# --- upgrade -----------------------------------------------------------------------------------
def upgrade() -> None:
    _kind_check(KINDS_AFTER)
    op.create_table(
        "lost_reasons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=NAME_LENGTH), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_lost_reasons_name_not_blank")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lost_reasons")),
        sa.UniqueConstraint("name", name=op.f("uq_lost_reasons_name")),
    )
    op.create_index("ix_lost_reasons_position", "lost_reasons", ["position"])
    op.create_table(
        "notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("deal_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_notes_text_not_blank")),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customers.id"],
            name=op.f("fk_notes_customer_id_customers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["deal_id"], ["deals.id"], name=op.f("fk_notes_deal_id_deals"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notes")),
    )
    op.create_index("ix_notes_customer_written", "notes", ["customer_id", "written_at"])
    op.create_index("ix_notes_deal_written", "notes", ["deal_id", "written_at"])
    with op.batch_alter_table("deals", recreate="always") as batch:
        batch.add_column(sa.Column("lost_reason_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("lost_detail", sa.Text(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_deals_lost_reason_id_lost_reasons"),
            "lost_reasons",
            ["lost_reason_id"],
            ["id"],
            ondelete="RESTRICT",
        )
    existing = bool(_rows("SELECT 1 FROM stages LIMIT 1"))
    if existing:  # a new database gets all of this from its defaults instead
        _add_hold_stage()
        _reasons_as_list()
    op.drop_index("ix_deals_closed", table_name="deals")
    with op.batch_alter_table("deals", recreate="always") as batch:
        batch.drop_column("lost_reason")
    op.create_index("ix_deals_closed", "deals", list(CLOSED_AFTER))


def _free_name(wanted: str, taken: set[str]) -> str:
    """Return ``wanted`` (clipped to the column), or a numbered variant no entry has."""
    base = wanted if len(wanted) <= NAME_LENGTH else wanted[: NAME_LENGTH - 1].rstrip() + "…"
    name, number = base, 2
    while _key(name) in taken:
        suffix = f" ({number})"
        name, number = base[: NAME_LENGTH - len(suffix)] + suffix, number + 1
    taken.add(_key(name))
    return name


def _add_hold_stage() -> None:
    """Add the On hold stage and move each deal on hold into it, from the stage it waits in."""
    taken = {_key(name) for (name,) in _rows("SELECT name FROM stages")}
    name = _free_name(HOLD_NAME, taken)
    (last,) = _rows("SELECT coalesce(max(position), -1) FROM stages")[0]
    _run(
        "INSERT INTO stages (name, position, kind, probability, rot_days, archived_at) "
        "VALUES (:name, :position, 'hold', 0, NULL, NULL)",
        {"name": name, "position": last + 1},
    )
    (hold_id,) = _rows("SELECT id FROM stages WHERE kind = 'hold'")[0]
    held = _rows(
        "SELECT d.id, d.stage_id, d.stage_entered_at, "
        "(SELECT max(m.moved_at) FROM stage_moves m WHERE m.deal_id = d.id) "
        "FROM deals d WHERE d.status = 'suspended' ORDER BY d.id"
    )
    _run(
        "INSERT INTO stage_moves (deal_id, from_stage_id, to_stage_id, moved_at) "
        "VALUES (:deal, :stage, :hold, :at)",
        [
            {"deal": deal, "stage": stage, "hold": hold_id, "at": max(entered, last or entered)}
            for deal, stage, entered, last in held
        ],
    )
    _run(
        "UPDATE deals SET stage_id = :hold WHERE id = :deal",
        [{"hold": hold_id, "deal": deal} for deal, *_ in held],
    )


def _reasons_as_list() -> None:
    """Make the default list, add today's distinct reasons to it, and point every deal at one."""
    taken: set[str] = set()
    entry_of: dict[str, str] = {}  # a reason's key -> the name of its entry
    names: list[str] = []
    for default in DEFAULT_REASONS:
        names.append(_free_name(default, taken))
        entry_of[_key(default)] = names[-1]
    given = _rows(
        "SELECT lost_reason, count(*) FROM deals WHERE lost_reason IS NOT NULL "
        "GROUP BY lost_reason ORDER BY count(*) DESC, min(id)"
    )
    for text, _count in given:  # the most used spelling names a group of variants
        key = _key(text)
        if key and key not in entry_of:
            entry_of[key] = _free_name(" ".join(text.split()), taken)
            names.append(entry_of[key])
    _run(
        "INSERT INTO lost_reasons (name, position) VALUES (:name, :position)",
        [{"name": name, "position": position} for position, name in enumerate(names)],
    )
    ids = dict(_rows("SELECT name, id FROM lost_reasons"))
    # One pass over the deals through a map of each text to its entry (not one per text).
    _run("CREATE TEMPORARY TABLE reason_map (text TEXT PRIMARY KEY, reason_id INTEGER)")
    _run(
        "INSERT INTO reason_map (text, reason_id) VALUES (:text, :reason)",
        [
            {"text": text, "reason": ids[entry_of[_key(text)]] if _key(text) else None}
            for text, _ in given
        ],
    )
    _run(
        "UPDATE deals SET lost_detail = lost_reason, lost_reason_id = "
        "(SELECT reason_id FROM reason_map WHERE reason_map.text = deals.lost_reason) "
        "WHERE lost_reason IS NOT NULL"
    )
    _run("DROP TABLE reason_map")


# --- downgrade ---------------------------------------------------------------------------------
def downgrade() -> None:
    op.drop_index("ix_deals_closed", table_name="deals")
    with op.batch_alter_table("deals", recreate="always") as batch:
        batch.add_column(sa.Column("lost_reason", sa.Text(), nullable=True))
    _reasons_as_text()
    _held_deals_back()
    with op.batch_alter_table("deals", recreate="always") as batch:
        batch.drop_constraint(op.f("fk_deals_lost_reason_id_lost_reasons"), type_="foreignkey")
        batch.drop_column("lost_detail")
        batch.drop_column("lost_reason_id")
    op.create_index("ix_deals_closed", "deals", list(CLOSED_BEFORE))
    op.drop_index("ix_notes_deal_written", table_name="notes")
    op.drop_index("ix_notes_customer_written", table_name="notes")
    op.drop_table("notes")
    op.drop_index("ix_lost_reasons_position", table_name="lost_reasons")
    op.drop_table("lost_reasons")
    _kind_check(KINDS_BEFORE)


def reason_text(name: str | None, detail: str | None) -> str | None:
    """Return one text for a reason and its detail (the detail alone when it says the reason)."""
    if not detail or not detail.strip():
        return name
    if name is None:
        return detail
    stem = _key(name.removesuffix("…"))  # a name clipped to fit ends in an ellipsis
    if _key(detail).startswith(stem):
        return detail
    return f"{name}: {detail}"


def _reasons_as_text() -> None:
    rows = _rows(
        "SELECT d.id, r.name, d.lost_detail FROM deals d "
        "LEFT JOIN lost_reasons r ON r.id = d.lost_reason_id "
        "WHERE d.lost_reason_id IS NOT NULL OR d.lost_detail IS NOT NULL"
    )
    _run(
        "UPDATE deals SET lost_reason = :text WHERE id = :deal",
        [{"text": reason_text(name, detail), "deal": deal} for deal, name, detail in rows],
    )


def _held_deals_back() -> None:
    """Put each held deal in the stage it left, and take the hold moves out of history."""
    hold_ids = [stage_id for (stage_id,) in _rows("SELECT id FROM stages WHERE kind = 'hold'")]
    if not hold_ids:
        return
    holds = ", ".join(str(stage_id) for stage_id in hold_ids)
    (fallback,) = _rows(
        "SELECT id FROM stages WHERE kind = 'open' ORDER BY archived_at IS NOT NULL, position"
    )[0]
    moves = _rows(
        "SELECT id, deal_id, from_stage_id, to_stage_id, from_entered_at FROM stage_moves "
        f"WHERE to_stage_id IN ({holds}) OR from_stage_id IN ({holds}) "
        "ORDER BY deal_id, moved_at, id"
    )
    left: dict[int, tuple[int, Any]] = {}  # deal -> (stage it left for hold, when it entered it)
    removed, rewritten = [], []
    for move_id, deal, source, target, entered in moves:
        if target in hold_ids:
            if source is not None and source not in hold_ids:
                left[deal] = (source, entered)
            removed.append({"id": move_id})
            continue
        before = left.get(deal, (fallback, None))[0]
        if target == before:
            removed.append({"id": move_id})  # a resume: the stay in the stage goes on
        else:
            rewritten.append({"id": move_id, "stage": before})
    _run("DELETE FROM stage_moves WHERE id = :id", removed)
    _run("UPDATE stage_moves SET from_stage_id = :stage WHERE id = :id", rewritten)
    held = _rows(f"SELECT id, stage_entered_at FROM deals WHERE stage_id IN ({holds})")
    _run(
        "UPDATE deals SET stage_id = :stage, stage_entered_at = :entered WHERE id = :deal",
        [
            {
                "deal": deal,
                "stage": left.get(deal, (fallback, None))[0],
                "entered": left.get(deal, (fallback, None))[1] or entered,
            }
            for deal, entered in held
        ],
    )
    _run(f"DELETE FROM stages WHERE id IN ({holds})")
