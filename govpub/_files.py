"""Reading a file that may be too large, or not a file at all, without reading it whole.

``Path.read_bytes`` trusts its input: a 50 MB post is read (and then parsed and
rendered) before anything looks at its size, ``/dev/zero`` is read until memory
runs out, and a named pipe blocks forever.  :func:`read_at_most` asks the file
system first and reads with a bound, so a refusal costs one ``stat``.
"""

from __future__ import annotations

import stat
from pathlib import Path

__all__ = ["FileTooLargeError", "NotARegularFileError", "read_at_most"]

_CHUNK = 64 * 1024


class NotARegularFileError(OSError):
    """A directory, device, pipe or socket where a file was expected."""


class FileTooLargeError(Exception):
    """The file holds more than the limit; ``size`` when the file system said how much."""

    def __init__(self, size: int | None) -> None:
        self.size = size
        super().__init__(size)


def read_at_most(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path`` if it holds at most ``limit`` of them.

    Raises :class:`FileTooLargeError` (checked by ``stat`` before reading, and again by
    reading one byte more than the limit: the file may grow in between),
    :class:`NotARegularFileError`, or the ``OSError`` of the file system.
    """
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise NotARegularFileError(path)
    if info.st_size > limit:
        raise FileTooLargeError(info.st_size)
    want = limit + 1  # one byte more than allowed tells "too large" from "exactly the limit"
    chunks: list[bytes] = []
    total = 0
    with path.open("rb") as file:
        while total < want:
            # the size stat gave, then small steps: read(n) allocates n bytes up front, and
            # a file may say it is empty (/proc) or grow while it is read
            step = max(info.st_size + 1 - total, _CHUNK)
            chunk = file.read(min(want - total, step))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    if total > limit:
        raise FileTooLargeError(None)
    return b"".join(chunks)
