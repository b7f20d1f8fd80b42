"""post.digest(): stable across processes, sensitive to every visible change, blind to id/schedule."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from govpub import Image, Override, Post, Source
from govpub.model import new_post_id

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def base_post(tmp_path: Path, **changes: object) -> Post:
    image = tmp_path / "a.png"
    if not image.exists():
        image.write_bytes(PNG)
    fields: dict[str, object] = {
        "id": "p_fixed",
        "title": "关于开展春季义务植树活动的通知",
        "body": "正文第一段。\n\n![现场](a.png)",
        "summary": "摘要",
        "author": "市绿化办",
        "category": "daily",
        "source": Source(name="新华网", url="https://www.news.cn/a.html"),
        "url": "https://www.example.gov.cn/a.html",
        "images": (Image(src="a.png", alt="现场", data=image.read_bytes()),),
        "cover": Image(src="cover.jpg", alt="封面", data=b"\xff\xd8\xff" + b"1" * 20),
        "tags": ("植树节",),
        "overrides": {"wechat": Override(title="春季义务植树")},
        "publish_at": datetime(2026, 3, 5, 9, tzinfo=timezone(timedelta(hours=8))),
    }
    fields.update(changes)
    return Post.model_validate(fields)


def test_identical_content_gives_identical_digest(tmp_path: Path) -> None:
    assert base_post(tmp_path).digest() == base_post(tmp_path).digest()


def test_digest_is_the_same_in_another_process(tmp_path: Path) -> None:
    post_file = tmp_path / "post.md"
    (tmp_path / "a.png").write_bytes(PNG)
    post_file.write_text(
        "---\ntitle: 标题\nsummary: 摘要\nsource: {name: 新华网, url: 'https://www.news.cn/x'}\n---\n"
        "正文 ![图](a.png)\n",
        encoding="utf-8",
    )
    code = "import govpub,sys; print(govpub.load_post(sys.argv[1]).digest())"
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code, str(post_file)],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": str(seed), "PATH": ""},
        ).stdout.strip()
        for seed in (1, 2, 3)
    }
    import govpub

    expected = govpub.load_post(post_file).digest()
    assert {expected} == outputs


VISIBLE_CHANGES = [
    ("title", "关于开展春季义务植树活动的通知！"),
    ("body", "正文第一段。\n\n![现场](a.png) "),
    ("summary", "摘要。"),
    ("author", "市绿化委"),
    ("category", "policy"),
    ("source", Source(name="人民网", url="https://www.news.cn/a.html")),
    ("source", Source(name="新华网", url="https://www.news.cn/b.html")),
    ("source", None),
    ("url", "https://www.example.gov.cn/b.html"),
    ("tags", ("植树", "生态")),
    ("overrides", {"wechat": Override(title="春季植树")}),
    ("overrides", {"weibo": Override(title="春季义务植树")}),
    ("cover", None),
    ("cover", Image(src="cover.jpg", alt="封面图", data=b"\xff\xd8\xff" + b"1" * 20)),
    ("images", ()),
]


@pytest.mark.parametrize(("field", "value"), VISIBLE_CHANGES)
def test_any_visible_change_changes_the_digest(tmp_path: Path, field: str, value: object) -> None:
    assert base_post(tmp_path).digest() != base_post(tmp_path, **{field: value}).digest()


def test_one_image_byte_changes_the_digest(tmp_path: Path) -> None:
    original = base_post(tmp_path)
    flipped = bytearray(PNG)
    flipped[-1] ^= 1
    changed = base_post(tmp_path, images=(Image(src="a.png", alt="现场", data=bytes(flipped)),))
    assert original.digest() != changed.digest()


def test_one_cover_byte_changes_the_digest(tmp_path: Path) -> None:
    changed = base_post(
        tmp_path, cover=Image(src="cover.jpg", alt="封面", data=b"\xff\xd8\xff" + b"2" * 20)
    )
    assert base_post(tmp_path).digest() != changed.digest()


def test_image_path_is_not_content(tmp_path: Path) -> None:
    moved = base_post(tmp_path, images=(Image(src="other/dir/a.png", alt="现场", data=PNG),))
    assert base_post(tmp_path).digest() == moved.digest()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "p_other"),
        ("publish_at", datetime(2027, 1, 1, tzinfo=UTC)),
        ("publish_at", None),
    ],
)
def test_id_and_schedule_do_not_change_the_digest(
    tmp_path: Path, field: str, value: object
) -> None:
    assert base_post(tmp_path).digest() == base_post(tmp_path, **{field: value}).digest()


def test_line_endings_are_not_content(tmp_path: Path) -> None:
    unix = base_post(tmp_path, body="第一行\n第二行")
    windows = base_post(tmp_path, body="第一行\r\n第二行")
    assert unix.digest() == windows.digest()


def test_digest_is_recomputed_after_copy_with_changes(tmp_path: Path) -> None:
    post = base_post(tmp_path)
    before = post.digest()
    assert before != post.model_copy(update={"title": "新标题"}).digest()


def test_naive_publish_at_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValidationError) as info:
        Post(title="t", publish_at=datetime(2026, 3, 5, 9))  # noqa: DTZ001 - the point of the test
    assert "publish_at has no time zone" in str(info.value)


def test_an_id_not_given_is_derived_from_the_content() -> None:
    first, second = Post(title="a", body="正文"), Post(title="a", body="正文")
    assert first.id == second.id
    assert re.fullmatch(r"p_[0-9A-HJKMNP-TV-Z]{26}", first.id)
    assert first.derives_id
    assert first.id != Post(title="a", body="正文。").id
    assert first.id != Post(title="a", body="正文", summary="摘要").id
    # Not content: the schedule moves a post in time without making it another post.
    assert first.id == Post(title="a", body="正文", publish_at="2026-03-05T09:00:00+08:00").id


def test_a_given_id_is_kept() -> None:
    post = Post(title="a", id="custom-1")
    assert "custom-1" == post.id
    assert not post.derives_id
    assert "custom-1" == post.revise(body="改过的正文").id


def test_a_revised_post_takes_the_id_of_its_new_content() -> None:
    post = Post(title="a", body="含广告链接的正文")
    revised = post.revise(body="正文")
    assert Post(title="a", body="正文").id == revised.id
    assert revised.derives_id


def test_new_post_id_is_time_ordered_and_unique() -> None:
    ids = [new_post_id() for _ in range(50)]
    assert len(set(ids)) == 50
    assert all(re.fullmatch(r"p_[0-9A-HJKMNP-TV-Z]{26}", i) for i in ids)


def test_local_image_is_read_into_memory(tmp_path: Path) -> None:
    path = tmp_path / "x.png"
    path.write_bytes(PNG)
    image = Image.from_path(path, alt="图")
    path.write_bytes(b"changed later")
    assert PNG == image.data
    assert "image/png" == image.mime_type
    assert "x.png" == image.filename


def test_missing_image_file_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="image file not found"):
        Image(src=str(tmp_path / "missing.png"))


def test_remote_image_pin_must_match_given_bytes() -> None:
    with pytest.raises(ValidationError, match="do not match sha256"):
        Image(src="https://www.example.gov.cn/a.png", data=PNG, sha256="0" * 64)
    remote = Image(src="https://www.example.gov.cn/a.png")
    assert remote.is_remote
    assert remote.sha256 is None


def test_content_ids_of_escaped_bodies_are_those_stored() -> None:
    """The body is written into the canonical JSON apart (model._json_text): the ids of
    posts with every escape stay those the JSON encoder gave (ids are stored in ledgers)."""
    escapes = Post(
        title="通知",
        body='第一段 "引号" 与 \\ 反斜杠\t制表\n第二段<a href="https://x.cn">原文</a>',
        author='a"b',
        overrides={"wechat": Override(body="")},
    )
    assert escapes.id == "p_KCK5S2Z8XYFK8S2SAT74C4BD4J"
    controls = Post(title="通知", body="控制字符\x0b与\x00\n")
    assert controls.id == "p_1WFC8ZT1E51HZQSKDNEWBYTX4J"


_TEXT = st.text(
    st.sampled_from(
        ['"', "\\", "\n", "\t", "\r", "\x00", "\x1f", "\x7f", "a", "中", ":", ",", "\u2028"]
    )
)


@settings(max_examples=300, deadline=None)
@given(body=_TEXT, author=_TEXT, override=_TEXT)
def test_canonical_content_is_the_json_encoders(body: str, author: str, override: str) -> None:
    """Whatever the body holds, the canonical bytes are what ``json.dumps`` writes."""
    post = Post(title="t", body=body, author=author, overrides={"x": Override(body=override)})
    content = post.canonical_content()
    view = json.loads(content)
    assert view["body"] == body.replace("\r\n", "\n").replace("\r", "\n")
    dumped = json.dumps(view, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert dumped.encode() == content
