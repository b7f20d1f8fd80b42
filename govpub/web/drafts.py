"""Where the console keeps posts between writing and publishing: files, as the CLI keeps them.

Each post the console receives is a directory under the drafts folder
(``<config dir>/web-drafts`` unless ``govpub serve --drafts`` says otherwise)::

    web-drafts/d_3f9c…/
      post.md             the Markdown with front matter, as the editor wrote it
      cover.jpg …         the images it names, as uploaded
      approvals/*.json    the approval files reviewers signed in the browser
      console.json        who wrote it, where it stands, and what happened when

so that everything the console did can be checked from a terminal with the
same commands as any other post: ``govpub review status web-drafts/d_…/post.md
--approval web-drafts/d_…/approvals/*.json``.  A post without an ``id:`` gets
the draft's id, so that its approvals and its ledger entry name the same post.

Once published, the ledger is the record; the state here only says which
posts the console has handed to the publisher.
"""

from __future__ import annotations

import json
import os
import re
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from govpub.review import Approval

__all__ = ["IMAGE_NAME", "STATE_LABELS", "Draft", "DraftState", "DraftStore"]

DraftState = Literal["draft", "submitted", "refused", "published", "retracted"]
STATE_LABELS: dict[str, str] = {
    "draft": "草稿",
    "submitted": "待审核",
    "refused": "已退回",
    "published": "已发布",
    "retracted": "已撤回",
}
#: An uploaded image's file name: ASCII letters, digits, ``_.-``, an image suffix.
IMAGE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,80}\.(?:png|jpe?g|gif|webp)$", re.I)
_DRAFT_ID = re.compile(r"^d_[0-9a-f]{16}$")
_FRONT_ID = re.compile(r"^id[ \t]*:", re.M)
_META = "console.json"
_POST = "post.md"


@dataclass
class Draft:
    """One post in the console."""

    id: str
    path: Path
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def post_file(self) -> Path:
        """The Markdown file."""
        return self.path / _POST

    @property
    def approvals_dir(self) -> Path:
        """Where the signed approval files are."""
        return self.path / "approvals"

    @property
    def author(self) -> str:
        """The console user who submitted it."""
        return str(self.meta.get("author", ""))

    @property
    def state(self) -> str:
        """``draft``, ``submitted``, ``refused``, ``published`` or ``retracted``."""
        return str(self.meta.get("state", "draft"))

    @property
    def state_label(self) -> str:
        """The state in Chinese."""
        return STATE_LABELS.get(self.state, self.state)

    @property
    def title(self) -> str:
        """The title last seen when the post was read (for lists)."""
        return str(self.meta.get("title", ""))

    def text(self) -> str:
        """The Markdown as written."""
        return self.post_file.read_text(encoding="utf-8")

    def approval_files(self) -> list[Path]:
        """The approval files, oldest first."""
        if not self.approvals_dir.is_dir():
            return []
        return sorted(self.approvals_dir.glob("*.json"))

    def approval_bytes(self) -> list[bytes]:
        """The approval files' bytes, for the gate's one reader of approvals."""
        return [path.read_bytes() for path in self.approval_files()]


class DraftStore:
    """The drafts folder (see the module docstring)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def create(
        self, text: str, images: dict[str, bytes], *, author: str, title: str, now: datetime
    ) -> Draft:
        """A new draft from the editor's Markdown and images (names checked by the caller)."""
        self.root.mkdir(parents=True, exist_ok=True)
        draft_id = "d_" + secrets.token_hex(8)
        path = self.root / draft_id
        path.mkdir()
        for name, data in images.items():
            if not IMAGE_NAME.match(name):
                raise ValueError(f"image name not allowed: {name!r}")
            (path / name).write_bytes(data)
        (path / _POST).write_text(with_post_id(text, draft_id), encoding="utf-8")
        draft = Draft(draft_id, path, {"author": author, "state": "draft", "title": title})
        self.record(draft, now=now, who=author, action="created")
        return draft

    def rewrite(self, draft: Draft, text: str, images: dict[str, bytes]) -> None:
        """A new version of the post: new text and images; earlier approvals are set aside."""
        for name, data in images.items():
            if not IMAGE_NAME.match(name):
                raise ValueError(f"image name not allowed: {name!r}")
            (draft.path / name).write_bytes(data)
        draft.post_file.write_text(with_post_id(text, draft.id), encoding="utf-8")
        if draft.approvals_dir.is_dir():
            void = draft.path / "approvals-void"
            void.mkdir(exist_ok=True)
            for path in draft.approval_files():
                os.replace(path, void / f"{secrets.token_hex(4)}-{path.name}")

    def get(self, draft_id: str) -> Draft | None:
        """The draft with this id, or ``None`` (also for anything that is not a draft id)."""
        if not _DRAFT_ID.match(draft_id):
            return None
        path = self.root / draft_id
        meta_file = path / _META
        if not meta_file.is_file():
            return None
        return Draft(draft_id, path, json.loads(meta_file.read_text(encoding="utf-8")))

    def all(self) -> list[Draft]:
        """Every draft, newest first."""
        if not self.root.is_dir():
            return []
        found = [self.get(p.name) for p in self.root.iterdir()]
        drafts = [d for d in found if d is not None]
        return sorted(drafts, key=lambda d: str(d.meta.get("history", [{}])[0].get("at", "")))[::-1]

    def record(
        self,
        draft: Draft,
        *,
        now: datetime,
        who: str,
        action: str,
        state: DraftState | None = None,
        reason: str | None = None,
        **extra: Any,
    ) -> None:
        """Note an event (and a new state) in the draft's ``console.json``."""
        entry = {"at": now.isoformat(), "who": who, "action": action}
        if reason:
            entry["reason"] = reason
        draft.meta.setdefault("history", []).append(entry)
        if state is not None:
            draft.meta["state"] = state
        draft.meta.update(extra)
        temporary = draft.path / (_META + ".tmp")
        temporary.write_text(json.dumps(draft.meta, ensure_ascii=False, indent=2), "utf-8")
        os.replace(temporary, draft.path / _META)

    def add_approval(self, draft: Draft, approval: Approval) -> Path:
        """Write the approval file exactly as ``govpub review approve -o`` writes it."""
        draft.approvals_dir.mkdir(exist_ok=True)
        number = len(draft.approval_files()) + 1
        path = draft.approvals_dir / f"{number:02d}-tier{approval.tier}-{approval.key_id}.json"
        path.write_text(approval.to_json(), encoding="utf-8")
        return path


def with_post_id(text: str, post_id: str) -> str:
    """``text`` with ``id: <post_id>`` added to its front matter when it has no id."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.startswith("---\n"):
        return text  # no front matter: the post reader explains what is wrong
    end = text.find("\n---", 3)
    front = text[4:end] if end != -1 else ""
    if _FRONT_ID.search(front):
        return text
    return f"---\nid: {post_id}\n{text[4:]}"
