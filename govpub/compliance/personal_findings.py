"""Findings about personal data in a text field: reported, masked, or both.

:mod:`.personal` finds the numbers (ID numbers, mobiles, bank cards, passports,
permits) in the folded text and in the queries of the field's links; this module
decides what each one becomes: a number the policy lists as public
(``public_numbers``, a hotline) is no finding; one in the text is masked when the
policy says ``mask`` and the field can be edited, else it blocks (warns, when the
reading is uncertain); one in a link's query is reported and never masked (a
masked link is broken).  The masks it returns are those the field is rebuilt with
(:func:`.link_findings.rebuild_field`) and those every excerpt hides
(``FieldView.masks``).
"""

from __future__ import annotations

from govpub.compliance._text import as_quoted, excerpt, fold
from govpub.compliance.field_view import FieldView
from govpub.compliance.fields import TextField
from govpub.compliance.personal import (
    PersonalHit,
    any_query_maybe,
    find_in_query,
    find_in_written_query,
    find_personal_data,
    in_query_maybe,
)
from govpub.compliance.policy import Policy
from govpub.compliance.run import Run

__all__ = ["PERSONAL_NAMES", "personal_data"]

#: What a finding calls each kind of personal data.
PERSONAL_NAMES = {
    "id_number": "居民身份证号码",
    "mobile": "手机号码",
    "bank_card": "银行卡号",
    "passport": "护照号码",
    "permit": "港澳台通行证号码",
}


def personal_data(
    run: Run, view: FieldView, labels: list[int] | None = None
) -> list[tuple[int, int, str]]:
    """Find personal data; report it; return its masks (original offsets).  ``labels``: where
    the labels that a number with letters for digits may follow end, when the field's literal
    pass found them (:class:`~govpub.compliance.anchors.Anchors`)."""
    text = view.spec.text
    folded = view.folded
    masks: list[tuple[int, int, str]] = []
    hits: list[tuple[PersonalHit, int, int]] = []
    prose = view.prose()
    plain = prose is not None and view.plain_links()
    for hit in find_personal_data(
        folded.text,
        text,
        folded.original,
        view.in_page_id,
        scan=prose,
        plain_links=plain,
        labels=labels,
    ):
        o_start, o_end = view.span(hit.start, hit.end)
        if _is_public_number(run.policy, text[o_start:o_end]):
            continue
        masks.append((o_start, o_end, hit.masked))
        hits.append((hit, o_start, o_end))
    # in a link's query (?idcard=…): reported, never masked (a masked link is broken),
    # and hidden in every excerpt
    in_links: list[tuple[PersonalHit, int, int]] = []
    links = view.links
    if not any_query_maybe(link.raw for link in links):
        # (most posts: no ASCII address can hold one — one look at all of them; one written
        # otherwise is read as a browser sends it, below)
        links = [] if plain else [link for link in links if not link.raw.isascii()]
    for link in links:
        raw = link.raw
        # (as a browser sends an address with invisible or full-width characters)
        ascii_only = plain or raw.isascii()
        if ascii_only and not in_query_maybe(raw):
            continue  # find_in_query's own first test, without a generator
        for hit in find_in_query(raw) if ascii_only else find_in_written_query(raw):
            o_start, o_end = link.url_start + hit.start, link.url_start + hit.end
            if not _is_public_number(run.policy, text[o_start:o_end]):
                in_links.append((hit, o_start, o_end))
    masks.sort()  # in text order, as excerpt() looks them up
    shown = sorted(masks + [(s, e, hit.masked) for hit, s, e in in_links])
    view.masks = shown
    for hit, o_start, o_end in hits:
        _report(run, view.spec, hit, o_start, o_end, masks=shown)
    for hit, o_start, o_end in in_links:
        what = PERSONAL_NAMES[hit.kind]
        run.add(
            f"personal.{hit.kind}",
            "block",
            f"链接参数中含{what}（{hit.masked}），公开发布前须删除该参数或链接"
            "（个人信息保护法 第六条）",
            excerpt=excerpt(view.spec.text, o_start, o_end, shown),
            field=view.spec.name,
            offset=o_start,
        )
    return masks


def _is_public_number(policy: Policy, written: str) -> bool:
    numbers = policy.public_numbers
    if not numbers:
        return False
    key = "".join(c for c in fold(written).text if c.isalnum())
    return key in numbers or (key.startswith("86") and key[2:] in numbers)


def _report(
    run: Run,
    spec: TextField,
    hit: PersonalHit,
    start: int,
    end: int,
    *,
    masks: list[tuple[int, int, str]],
) -> None:
    what = PERSONAL_NAMES[hit.kind]
    if not hit.certain:
        what = "疑似" + what
    # a number written over lines, or over a table's cells, is shown on one line in the
    # message (its tags as spaces: "310104</td><td>****" → "310104 ****")
    masked = as_quoted(hit.masked.replace("\r\n", " ").replace("\n", " "))
    shown = excerpt(spec.text, start, end, masks)
    if run.policy.personal_data == "mask" and spec.editable:
        run.add(
            f"personal.{hit.kind}",
            "fixed",
            f"已遮盖{what}：{masked}（个人信息保护法 第六条，最小必要）",
            excerpt=shown,
            field=spec.name,
            offset=start,
        )
        return
    remedy = '也可在配置中设置 personal_data = "mask" 自动遮盖' if spec.editable else spec.remedy
    run.add(
        f"personal.{hit.kind}",
        "block" if hit.certain else "warn",
        f"含{what}（{masked}），公开发布前须删除或遮盖（个人信息保护法 第六条）；{remedy}",
        excerpt=shown,
        field=spec.name,
        offset=start,
    )
