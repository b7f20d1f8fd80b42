"""The one reader of approvals: a file's bytes, or a JSON document handed over in Python.

``govpub publish``, ``govpub review status``, ``govpub review form``,
:func:`govpub.review.load_approval`, :meth:`govpub.Approval.from_json` and the
publisher's gate (approvals given as documents, or re-read from the ledger when
a scheduled post falls due) all come here, so that one file can never be
accepted by one command and refused by another.  The issue this closes
(issue 11): ``publish`` once read approval files with ``json.loads``, which
keeps the last of two ``post_digest`` keys, while ``review status`` refused the
same file.

An approval file is accepted only if it is, byte for byte, what
:meth:`~govpub.Approval.to_json` writes for the approval it holds — what
``govpub review approve`` wrote — up to three changes that copying a file
between machines makes without anyone editing it (``TRANSPORT``, below, and
docs/review.md "What a file may and may not differ in"):

* a UTF-8 byte order mark at the start (Windows Notepad, some mail clients);
* every line ending ``CRLF`` instead of ``LF`` (Windows editors, ``git``
  with ``core.autocrlf``, mail) — all of them, not some;
* the final line ending missing (pasted into a form, some editors).

Anything else — re-indentation, ``\\uXXXX`` escapes, keys in another order, a
duplicate key, ``NaN``/``Infinity`` — is refused with a reason id from
:data:`govpub.review.REASONS`, checked in this order so that the most telling
reason wins: ``malformed`` (not UTF-8, not JSON, not an object),
``duplicate_key``, ``non_finite``, then the fields (``malformed``) and the
signature (``bad_signature``), and last ``not_canonical``.

The signature itself covers :meth:`~govpub.Approval.signed_payload`, the
canonical JSON of every field but the signature; the file form is a second,
fixed rendering of the same fields.  Requiring it exactly means that the bytes
people keep, mail and print are one-to-one with what was signed.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from typing import Any

from pydantic import ValidationError

from govpub._canonical import StrictJSONError, canonical_json, loads_strict
from govpub.review.approval import BAD_SIGNATURE, Approval, file_error

__all__ = ["TRANSPORT", "approval_from_document", "read_approval", "undo_transport"]

_BOM = "\ufeff"

#: The changes to an approval file that are undone before it is compared with its canonical
#: form: copying a file between machines makes them without anyone editing it.
TRANSPORT: tuple[str, ...] = (
    "a UTF-8 byte order mark at the start",
    "CRLF line endings on every line",
    "no line ending after the last line",
)

_STRICT_TEXT = {
    "malformed": "审批文件不是有效的 JSON",
    "duplicate_key": '审批文件中键 "{key}" 出现了不止一次，不同的读取程序会读出不同的值',
    "non_finite": "审批文件含有 NaN、Infinity 或超出范围的数值，不是有效的 JSON",
}


def read_approval(data: str | bytes, *, source: str) -> Approval:
    """The approval in a file's ``data``; anything else is a :class:`~govpub.ReviewError`.

    ``source`` (the file name) is named in the error, whose ``problems`` hold one
    :class:`~govpub.ReviewProblem` with the reason id.
    """
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            hint = (
                "（UTF-16？PowerShell 的 > 重定向会这样写，请改用 -o 文件名）"
                if _utf16(data)
                else ""
            )
            raise file_error(
                source,
                "malformed",
                f"审批文件不是 UTF-8 文本，第 {exc.start + 1} 个字节无法解码{hint}",
            ) from None
    else:
        text = data
    text = undo_transport(text)
    try:
        document = loads_strict(text)
    except StrictJSONError as exc:
        template = _STRICT_TEXT.get(exc.reason, _STRICT_TEXT["malformed"])
        raise file_error(source, exc.reason, f"{template.format(key=exc.key)}（{exc}）") from None
    if not isinstance(document, dict):
        raise file_error(source, "malformed", "审批文件应为 JSON 对象")
    approval = _validate(document, source)
    expected = approval.to_json()
    if text != expected:
        raise file_error(source, "not_canonical", _difference(text, expected))
    return approval


def approval_from_document(document: Mapping[str, Any], *, source: str) -> Approval:
    """The approval in a JSON document given as Python values (a CMS, the ledger).

    The document must hold JSON values only — ``str`` keys; ``None``, ``bool``,
    ``int``, finite ``float``, ``str``, lists and mappings: ``NaN`` is
    ``non_finite``, a ``datetime`` is ``malformed`` — and exactly what the
    approval holds: a field that validation fills in (``"expires_at": null``
    left out) is ``not_canonical``, because the signature would then verify
    over a field the document does not have.  Key order does not matter in a
    mapping.
    """
    problem = _json_problem(document, "")
    if problem is not None:
        reason, where = problem
        text = (
            f"字段 {where} 是 NaN 或 Infinity，不是有效的 JSON 数值"
            if reason == "non_finite"
            else f"字段 {where} 不是 JSON 值"
        )
        raise file_error(source, reason, text)
    approval = _validate(dict(document), source)
    if canonical_json(approval.model_dump(mode="json")) != canonical_json(document):
        raise file_error(
            source,
            "not_canonical",
            "审批文档与其中审批的规范形式不一致（缺少字段，或有字段的值被转换）",
        )
    return approval


def undo_transport(text: str) -> str:
    """``text`` with the :data:`TRANSPORT` changes undone (a mixed file is left as it is)."""
    text = text.removeprefix(_BOM)
    if "\r" in text:
        unix = text.replace("\r\n", "\n")
        if "\r" in unix or unix.count("\n") != text.count("\r\n"):
            return text  # some lines CRLF, some LF, or a bare CR: an edit, not a transport
        text = unix
    if text and not text.endswith("\n"):
        text += "\n"
    return text


def _validate(document: dict[str, Any], source: str) -> Approval:
    try:
        return Approval.model_validate(document)
    except ValidationError as exc:
        error = exc.errors(include_url=False, include_input=False)[0]
        field = ".".join(str(p) for p in error["loc"]) or "(document)"
        message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        reason = BAD_SIGNATURE if error["type"] == BAD_SIGNATURE else "malformed"
        text_zh = (
            "签名与内容不符，审批文件在签署后被改动"
            if reason == BAD_SIGNATURE
            else f"字段 {field} 无效"
        )
        raise file_error(source, reason, f"{text_zh}（{message}）") from None


def _json_problem(value: Any, where: str) -> tuple[str, str] | None:
    """``(reason, field)`` of the first value that is not plain JSON, else ``None``."""
    return next(_non_json(value, where or "(document)"), None)


def _non_json(value: Any, where: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, float) and not math.isfinite(value):
        yield "non_finite", where
    elif isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                yield "malformed", f"{where}[{key!r}]"
            yield from _non_json(item, key if where == "(document)" else f"{where}.{key}")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _non_json(item, f"{where}[{index}]")
    elif not (value is None or isinstance(value, bool | int | float | str)):
        yield "malformed", where


def _difference(text: str, expected: str) -> str:
    """The first line where a file leaves the canonical form, for the editor."""
    advice = "；请使用审核人签署时生成的原文件"
    if "\r" in text:  # CRLF on every line would have been undone: these are mixed
        return "审批文件的换行符混用了 CRLF 与 LF，文件在签署后被编辑过" + advice
    got, want = text.split("\n"), expected.split("\n")
    number = next(
        (i for i, (a, b) in enumerate(zip(got, want, strict=False)) if a != b),
        min(len(got), len(want)),
    )
    line = got[number] if number < len(got) else "（文件结束）"
    return (
        f"审批文件不是签署时写出的原样：第 {number + 1} 行 {line[:48]!r} 与规范格式不同"
        "（空白、缩进、转义、键的顺序或换行被改动过）" + advice
    )


def _utf16(data: bytes) -> bool:
    return data[:2] in (b"\xff\xfe", b"\xfe\xff")
