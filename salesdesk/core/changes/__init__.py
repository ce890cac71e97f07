"""Change records: what an operation did to which rows, and how to undo and redo it safely.

An operation writes through a ``RowWriter``, which keeps every row it touched as it was before
and after (its images). The resulting ``Change`` undoes and redoes itself from those images,
after checking that the rows are still as it left them: a row changed since by another window,
another process or an import is never overwritten (``StaleChangeError``).
"""

from salesdesk.core.changes.record import Change, RowImage
from salesdesk.core.changes.writer import RowWriter

__all__ = ["Change", "RowImage", "RowWriter"]
