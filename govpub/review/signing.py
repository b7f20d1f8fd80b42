"""Ed25519 keys for reviewers: generation, the text forms, key ids, signing and checking.

Each reviewer holds a private key; ``govpub.toml`` holds the matching public
key, so a signature proves *which registered reviewer* approved (先审后发,
国办公开办函〔2021〕31号).  Ed25519 (RFC 8032, through ``cryptography``) because
keys are 32 bytes — one line in a config file — and signatures are
deterministic.

Text forms:

* public key in the config: ``ed25519:`` + standard base64 of the 32 raw bytes
  (a PEM ``PUBLIC KEY`` block is accepted too);
* key id: the first 16 hex digits of SHA-256 over the raw public key, shown on
  forms and in audit records so that people can compare keys by eye;
* private key file: PKCS#8 PEM, optionally encrypted with a passphrase.

Base64 is decoded strictly: a text that is not the canonical encoding of its
bytes is refused, so no character of a signed file can change unnoticed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

__all__ = [
    "PUBLIC_KEY_PREFIX",
    "PrivateKeyLike",
    "b64decode_strict",
    "coerce_private_key",
    "generate_private_key",
    "key_id",
    "parse_public_key",
    "private_key_pem",
    "public_key_text",
    "sign",
    "signature_valid",
]

PUBLIC_KEY_PREFIX = "ed25519:"
_RAW_KEY_LENGTH = 32

#: What :func:`govpub.approve` accepts as ``key``: a key object, 32 raw bytes, or PEM bytes.
PrivateKeyLike = Ed25519PrivateKey | bytes


def generate_private_key() -> Ed25519PrivateKey:
    """A new random Ed25519 private key."""
    return Ed25519PrivateKey.generate()


def b64decode_strict(text: str, *, length: int | None = None) -> bytes:
    """Decode canonical standard base64; refuse any other spelling of the same bytes."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise ValueError("not valid base64") from None
    if base64.b64encode(raw).decode("ascii") != text:
        raise ValueError("not canonical base64")
    if length is not None and len(raw) != length:
        raise ValueError(f"expected {length} bytes, got {len(raw)}")
    return raw


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def public_key_text(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """The config form of a public key: ``ed25519:<base64 of 32 bytes>``."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return PUBLIC_KEY_PREFIX + base64.b64encode(_raw_public(public)).decode("ascii")


def parse_public_key(text: str) -> Ed25519PublicKey:
    """Read ``ed25519:<base64>`` (canonical) or a PEM ``PUBLIC KEY`` block."""
    stripped = text.strip()
    if stripped.startswith("-----BEGIN"):
        try:
            key = serialization.load_pem_public_key(stripped.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise ValueError("not a readable PEM public key") from None
        if not isinstance(key, Ed25519PublicKey):
            raise ValueError("the PEM public key is not an Ed25519 key")
        return key
    form = f"{PUBLIC_KEY_PREFIX}<base64 of 32 bytes>, as `govpub review keygen` prints it"
    if not text.startswith(PUBLIC_KEY_PREFIX):
        raise ValueError(form)
    try:
        raw = b64decode_strict(text.removeprefix(PUBLIC_KEY_PREFIX), length=_RAW_KEY_LENGTH)
    except ValueError as exc:
        raise ValueError(f"{form} ({exc})") from None
    return Ed25519PublicKey.from_public_bytes(raw)


def key_id(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    """A short, stable fingerprint of the public key (16 hex digits of SHA-256)."""
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    return hashlib.sha256(_raw_public(public)).hexdigest()[:16]


def coerce_private_key(key: PrivateKeyLike, *, password: bytes | None = None) -> Ed25519PrivateKey:
    """Accept a key object, 32 raw private bytes, or PKCS#8 PEM bytes."""
    if isinstance(key, Ed25519PrivateKey):
        return key
    if isinstance(key, bytes | bytearray):
        data = bytes(key)
        if len(data) == _RAW_KEY_LENGTH:
            return Ed25519PrivateKey.from_private_bytes(data)
        if data.lstrip().startswith(b"-----BEGIN"):
            try:
                loaded = serialization.load_pem_private_key(data, password=password)
            except TypeError as exc:  # encrypted without password, or password for plain key
                raise ValueError(f"private key passphrase problem: {exc}") from None
            except ValueError:
                raise ValueError(
                    "not a readable PEM private key (wrong passphrase or damaged file)"
                ) from None
            if not isinstance(loaded, Ed25519PrivateKey):
                raise ValueError("the PEM private key is not an Ed25519 key")
            return loaded
        raise ValueError("expected 32 raw bytes or a PEM private key")
    raise TypeError(f"expected an Ed25519 private key, raw bytes or PEM bytes, got {type(key)}")


def private_key_pem(key: Ed25519PrivateKey, *, password: bytes | None = None) -> bytes:
    """The PKCS#8 PEM of ``key``, encrypted when a passphrase is given."""
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(password)
        if password
        else serialization.NoEncryption()
    )
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption
    )


def sign(key: Ed25519PrivateKey, payload: bytes) -> str:
    """Sign ``payload``; the signature as standard base64 (88 characters)."""
    return base64.b64encode(key.sign(payload)).decode("ascii")


def signature_valid(public_key: Ed25519PublicKey, payload: bytes, signature: str) -> bool:
    """Whether ``signature`` (base64, canonical) is ``public_key``'s signature of ``payload``."""
    try:
        raw = b64decode_strict(signature, length=64)
        public_key.verify(raw, payload)
    except (ValueError, InvalidSignature):
        return False
    return True
