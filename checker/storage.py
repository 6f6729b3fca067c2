"""Files written whole or not at all."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write `data` to `path` through a temporary file in the same folder and an atomic rename."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes the file private; the result is an ordinary file
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def json_lines(text: str, origin: str, error: type[Exception]):
    """(line number, object) for every non-blank line of JSON Lines; a bad line raises `error` naming it.

    Only "\\n" ends a record: str.splitlines would also cut at U+2028 inside a JSON string.
    """
    import json

    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(f"{origin}, line {number}: not valid JSON ({exc.msg}).") from None
        if not isinstance(item, dict):
            raise error(f"{origin}, line {number}: expected an object, not {type(item).__name__}.")
        yield number, item
