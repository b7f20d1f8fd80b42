"""HKID and Taiwan ID check characters (govpub.compliance.hmt_ids) against the makers."""

from __future__ import annotations

from pathlib import Path

from number_makers import hkid, tw_id

from govpub import Policy, Post, check
from govpub.compliance import mask_personal_data
from govpub.compliance.hmt_ids import valid_hkid, valid_tw_id


def test_hkid_check_matches_the_maker() -> None:
    for prefix in ("A", "G", "K", "XA", "AB"):
        for body in ("123456", "987654", "000001", "246810"):
            made = hkid(prefix, body)
            check_char = made[-2].lower()
            assert valid_hkid(prefix.lower(), body, check_char), made
            wrong = "0" if check_char != "0" else "1"
            assert not valid_hkid(prefix.lower(), body, wrong), made


def test_tw_id_check_matches_the_maker() -> None:
    for letter in "ABFHIOQWZ":
        for body in ("12345678", "22334455", "18765432"):
            made = tw_id(letter, body)
            assert valid_tw_id(letter.lower(), made[1:]), made
            bad = made[:-1] + str((int(made[-1]) + 1) % 10)
            assert not valid_tw_id(letter.lower(), bad[1:]), bad


def test_hmt_ids_block_and_mask() -> None:
    hk = check(Post(title="公示", body=f"香港身份證：{hkid('C', '668668')}"))
    assert [f.rule for f in hk.findings] == ["personal.id_number"]
    tw = check(Post(title="公示", body=f"身分證字號：{tw_id('A', '12345678')}"))
    assert [f.rule for f in tw.findings] == ["personal.id_number"]
    macau = check(Post(title="公示", body="澳門居民身份證：1234567(8)"))
    assert [f.rule for f in macau.findings] == ["personal.id_number"]
    # without a label a Macau-shaped number is a batch number; a failed check is no ID
    assert not check(Post(title="公示", body="批次号1234567(8)")).findings
    assert not check(Post(title="公示", body="规格型号：A123456(7)")).findings


def test_hmt_ids_masked() -> None:
    masking = Policy.from_mapping({"personal_data": "mask"}, base_dir=Path("."))
    result = check(Post(title="公示", summary="身分證字號：A123456789"), masking)
    assert result.post.summary == "身分證字號：A1*****789"
    assert [(f.rule, f.severity) for f in result.findings] == [("personal.id_number", "fixed")]


def test_a_taiwan_id_shape_inside_a_longer_code_is_none() -> None:
    """A letter and nine digits followed by letters are part of a code: a 统一社会信用代码
    of category Y (``Y111010503AA000090``) held a Taiwan ID shape passing its check."""
    made = tw_id("Y", "11101050")
    assert not check(Post(title="公示", body=f"统一社会信用代码：{made}AA000090")).findings
    assert not check(Post(title="公示", body=f"身分證字號：{made}b")).findings
    assert [f.rule for f in check(Post(title="公示", body=f"身分證字號：{made}。")).findings] == [
        "personal.id_number"
    ]


def test_serial_labels_and_taiwan_spelling() -> None:
    made = tw_id("A", "12345678")
    assert not check(Post(title="公示", body=f"型号：{made}")).findings
    lower = check(Post(title="公示", body=f"身分證字號：{made.lower()}"))
    assert [f.rule for f in lower.findings] == ["personal.id_number"]
    named = check(Post(title="公示", body=f"國民身分證統一編號 {made}"))
    assert [f.rule for f in named.findings] == ["personal.id_number"]


def test_an_hkid_whose_check_is_a_is_read() -> None:
    """Six digits and ``(A)``: under the seven a written number needs, read from its check in
    brackets (red team 36)."""
    for made in (hkid("G", "123456"), hkid("XA", "100001"), hkid("CA", "123456")):
        assert made.endswith("(A)"), made
        result = check(Post(title="通知", body=f"香港身份證：{made}"))
        assert [("personal.id_number", "block")] == [(f.rule, f.severity) for f in result.findings]
        assert made not in str(result.to_dict())
    wrong = hkid("G", "123456")[:-2] + "B)"
    assert not check(Post(title="通知", body=f"HKID: {wrong}")).findings
    serial = check(Post(title="通知", body=f"型号 {hkid('G', '123456')}"))
    assert not serial.findings  # a model number passing the check by chance


def test_an_hkid_whose_check_is_a_is_masked() -> None:
    assert "HKID: G1****6(A)" == mask_personal_data(f"HKID: {hkid('G', '123456')}")
