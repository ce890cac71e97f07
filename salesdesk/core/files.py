"""Files SalesDesk writes: complete or not at all, and private when they hold customer data.

Every output (exports, calendars, PDFs, backups) is written to a temporary file in the target
folder, flushed to the disk and then renamed over the target. A failure (a full disk, a folder
that cannot be written) removes the temporary file, leaves an existing target as it was, and
becomes one ``OutputError`` sentence naming the path and the reason.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from salesdesk.core.errors import OutputError
from salesdesk.core.i18n import translate

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_POSIX = os.name == "posix"


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def output_error(path: Path, error: OSError) -> OutputError:
    """Return the one-line message for a file that could not be written."""
    return OutputError(
        translate("Files", "could not write %1: %2; nothing was written", path, _reason(error))
    )


def sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; elsewhere the rename is enough)."""
    if not _POSIX:
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def make_private(path: Path) -> None:
    """Give ``path`` owner-only permissions (POSIX)."""
    if _POSIX:
        os.chmod(path, PRIVATE_FOLDER if path.is_dir() else PRIVATE_FILE)


def create_private_file(path: Path) -> bool:
    """Create an empty file readable by its owner only; return False if it already existed."""
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(descriptor)
    return True


def temporary_sibling(path: Path) -> Path:
    """Create and return an empty private temporary file next to ``path`` (same folder)."""
    descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(descriptor)
    return Path(name)


@contextmanager
def atomic_path(path: Path, *, mode: int = PRIVATE_FILE) -> Iterator[Path]:
    """Yield a temporary path to write ``path`` through; rename it into place on success.

    For writers that need a file name (Qt's PDF writer, SQLite's backup). ``mode`` is the
    final file's permission bits. On any error the temporary file is removed and an existing
    ``path`` stays as it was; ``OSError`` becomes ``OutputError``.
    """
    path = Path(path)
    try:
        partial = temporary_sibling(path)
    except OSError as error:
        raise output_error(path, error) from error
    try:
        yield partial
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        if _POSIX:
            os.chmod(partial, stat.S_IMODE(mode))
        os.replace(partial, path)
        sync_folder(path.parent)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise output_error(path, error) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_output(
    path: Path, *, binary: bool = False, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[IO[Any]]:
    """Yield an open file that becomes ``path`` (0600) only when the block finishes."""
    with atomic_path(path) as partial:
        if binary:
            with open(partial, "wb") as handle:
                yield handle
        else:
            with open(partial, "w", encoding=encoding, newline=newline) as handle:
                yield handle


def write_text_atomically(path: Path, text: str, *, newline: str | None = None) -> None:
    """Write ``text`` (UTF-8) to ``path`` completely or not at all."""
    with atomic_output(path, newline=newline) as handle:
        handle.write(text)


def write_bytes_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` completely or not at all."""
    with atomic_output(path, binary=True) as handle:
        handle.write(data)
