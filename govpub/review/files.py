"""Reading and writing reviewers' key files and approval files (the only I/O of the review package).

Private keys are PKCS#8 PEM files written with mode 0600 and never overwritten:
a reviewer who loses a key gets a new one and the config is updated (old
approvals then stop verifying, which is the point).  Keep key files off shared
drives; a passphrase (``password``) encrypts the file at rest.
"""

from __future__ import annotations

import os
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from govpub.errors import ConfigError
from govpub.review.approval import Approval, file_error
from govpub.review.signing import coerce_private_key, private_key_pem

__all__ = ["load_approval", "load_private_key", "write_private_key"]

_PRIVATE_MODE = 0o600


def load_private_key(
    path: str | os.PathLike[str], *, password: bytes | None = None
) -> Ed25519PrivateKey:
    """Read a reviewer's private key file (PEM, as ``govpub review keygen`` writes it)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError("private key file not found", file=str(path)) from None
    except OSError as exc:
        raise ConfigError(f"cannot read private key ({exc.strerror})", file=str(path)) from None
    try:
        return coerce_private_key(data, password=password)
    except ValueError as exc:
        raise ConfigError(str(exc), file=str(path)) from None


def write_private_key(
    path: str | os.PathLike[str], key: Ed25519PrivateKey, *, password: bytes | None = None
) -> Path:
    """Write ``key`` to a new file with mode 0600; an existing file is never replaced."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _PRIVATE_MODE)
    except FileExistsError:
        raise ConfigError(
            "file exists; a key file is never overwritten (choose another --out)", file=str(path)
        ) from None
    with os.fdopen(fd, "wb") as handle:
        handle.write(private_key_pem(key, password=password))
    os.chmod(path, _PRIVATE_MODE)  # the umask cannot widen it, but be explicit
    return path


def load_approval(path: str | os.PathLike[str]) -> Approval:
    """Read an approval file; a missing, malformed or tampered file is a :class:`ReviewError`."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise file_error(str(path), "malformed", "审批文件不存在") from None
    except OSError as exc:
        raise file_error(str(path), "malformed", f"无法读取审批文件（{exc.strerror}）") from None
    return Approval.from_json(data, source=str(path))
