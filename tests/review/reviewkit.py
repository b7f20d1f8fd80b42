"""The review tests' small agency: six reviewers with keys, four categories (shared helpers)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from govpub import Approval
from govpub.review import generate_private_key, public_key_text

CST = timezone(timedelta(hours=8))
T0 = datetime(2026, 3, 4, 9, 0, tzinfo=CST)
NOW = T0 + timedelta(hours=6)

#: name → roles
TEAM: dict[str, list[str]] = {
    "张敏": ["editor"],
    "李强": ["editor"],
    "王芳": ["director"],
    "赵磊": ["director"],
    "刘洋": ["leader"],
    "陈静": ["duty_officer"],
}

KEYS: dict[str, Ed25519PrivateKey] = {name: generate_private_key() for name in [*TEAM, "外人"]}


def review_section(**overrides: Any) -> dict[str, Any]:
    """The ``[review]`` table of the test agency, as parsed TOML."""
    section: dict[str, Any] = {
        "max_age": "7d",
        "roles": {
            "editor": "编辑",
            "director": "部门负责人",
            "leader": "分管领导",
            "duty_officer": "值班负责人",
        },
        "reviewers": [
            {"name": name, "roles": roles, "public_key": public_key_text(KEYS[name])}
            for name, roles in TEAM.items()
        ],
        "categories": {
            "daily": {
                "label": "日常信息",
                "tiers": [
                    {"name": "初审", "role": "editor"},
                    {"name": "终审", "role": "director"},
                ],
            },
            "policy": {
                "label": "政策发布",
                "tiers": [
                    {"name": "初审", "role": "editor"},
                    {"name": "复审", "role": "director", "mode": "all"},
                    {"name": "终审", "role": "leader"},
                ],
            },
            "reprint": {
                "label": "转载",
                "reprint_only": True,
                "tiers": [{"name": "审核", "role": "editor"}],
            },
            "emergency": {
                "label": "突发事件",
                "max_age": "12h",
                "unordered": True,
                "tiers": [
                    {"name": "值班审核", "role": "duty_officer"},
                    {"name": "领导审核", "role": "leader"},
                ],
            },
        },
    }
    section.update(overrides)
    return section


Sign = Callable[..., Approval]
