"""Keys: only the reviewer's registered key produces an accepted approval; key files."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from reviewkit import KEYS, NOW, Sign, review_section

from govpub import ConfigError, Post, ReviewPolicy, approve
from govpub.review import (
    generate_private_key,
    key_id,
    load_private_key,
    parse_public_key,
    public_key_text,
    write_private_key,
)
from govpub.review.signing import private_key_pem


def test_a_key_that_is_not_the_reviewers_cannot_produce_an_accepted_approval(
    post: Post, sign: Sign, policy: ReviewPolicy
) -> None:
    director = sign(post, "王芳", "director", minutes=30)
    for name, key in KEYS.items():
        if name == "张敏":
            continue
        forged = sign(post, "张敏", "editor", key=key)
        status = policy.evaluate(post, [forged, director], now=NOW)
        assert not status.complete, name
        assert forged in status.refused
        assert forged not in status.accepted
        expected = "key_not_registered"
        assert [expected] == [p.reason for p in status.problems if p.approval is forged]
    genuine = sign(post, "张敏", "editor")
    assert policy.evaluate(post, [genuine, director], now=NOW).complete


def test_a_new_key_voids_approvals_signed_with_the_old_one(post: Post, sign: Sign) -> None:
    old = sign(post, "张敏", "editor")
    section = review_section()
    section["reviewers"][0]["public_key"] = public_key_text(generate_private_key())
    rotated = ReviewPolicy.from_mapping(section)
    status = rotated.evaluate(post, [old, sign(post, "王芳", "director", minutes=5)], now=NOW)
    assert ["key_not_registered"] == [p.reason for p in status.problems if p.approval is old]


def test_private_key_file_round_trip_mode_0600_and_no_overwrite(tmp_path: Path) -> None:
    key = generate_private_key()
    path = write_private_key(tmp_path / "keys" / "zhang.pem", key)
    assert 0o600 == stat.S_IMODE(path.stat().st_mode)
    assert public_key_text(key) == public_key_text(load_private_key(path))
    with pytest.raises(ConfigError, match="never overwritten"):
        write_private_key(path, generate_private_key())


def test_encrypted_private_key_needs_its_passphrase(tmp_path: Path) -> None:
    key = generate_private_key()
    path = write_private_key(tmp_path / "k.pem", key, password=b"s3cret-pass")
    assert b"ENCRYPTED" in path.read_bytes()
    assert key_id(key) == key_id(load_private_key(path, password=b"s3cret-pass"))
    with pytest.raises(ConfigError, match=str(path)):
        load_private_key(path)
    with pytest.raises(ConfigError, match="passphrase"):
        load_private_key(path, password=b"wrong")


def test_approve_accepts_raw_and_pem_bytes(post: Post) -> None:
    key = KEYS["张敏"]
    from cryptography.hazmat.primitives import serialization

    raw = key.private_bytes(
        serialization.Encoding.Raw,
        serialization.PrivateFormat.Raw,
        serialization.NoEncryption(),
    )
    for form in (key, raw, private_key_pem(key)):
        approval = approve(post, reviewer="张敏", role="editor", key=form, now=NOW)
        assert key_id(key) == approval.key_id


PUBLIC_KEY_ERRORS = {
    "no_prefix": "AAAA",
    "short": "ed25519:AAAA",
    "not_base64": "ed25519:!!!!",
    "non_canonical": public_key_text(KEYS["张敏"])[:-2] + "Z=",
}


@pytest.mark.parametrize("name", sorted(PUBLIC_KEY_ERRORS))
def test_bad_public_keys_are_refused(name: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the message differs per case
        parse_public_key(PUBLIC_KEY_ERRORS[name])


def test_pem_public_key_is_accepted_and_normalised() -> None:
    from cryptography.hazmat.primitives import serialization

    pem = (
        KEYS["张敏"]
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    assert public_key_text(KEYS["张敏"]) == public_key_text(parse_public_key(pem))
