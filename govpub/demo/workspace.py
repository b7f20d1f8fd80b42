"""The demo's throw-away agency: a matrix of sandbox accounts, three reviewers, two posts.

Everything is written to a directory as an agency would have it — a
``govpub.toml`` with ``file:`` secret references, reviewer key files (0600),
Markdown posts with images — so that the demo exercises the same loading code
as a real deployment, and so that ``govpub demo --workspace DIR`` leaves a
workspace to explore with the other commands.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from govpub.config import Matrix
from govpub.review import generate_private_key, public_key_text, write_private_key
from govpub.sandbox.matrix import SandboxLike, sandbox_matrix

__all__ = ["OTHER_EDITORS", "REVIEWERS", "UNITS", "Workspace", "build_workspace"]

#: One account per unit and platform (123号 四(一)): four units, three platforms.
UNITS = ("示例市人民政府办公室", "示例市教育局", "示例市卫生健康委员会", "示例市应急管理局")

#: The reviewers of the demo agency, one per tier of ``daily``: (name, role, title).
REVIEWERS = (("张敏", "editor", "新媒体编辑"), ("王芳", "director", "办公室主任"))
#: A second editor, for the web console (``govpub serve``): whoever writes a post there
#: may not approve it, so a post 张敏 submits needs another editor's 初审.
OTHER_EDITORS = (("李娜", "editor", "新媒体编辑"),)

SAFE_DOMAIN = "www.example.gov.cn"

_POLICY_POST = """---
id: {post_id}
title: 国务院办公厅关于进一步优化政务服务的意见（摘编）
summary: 国务院办公厅印发意见，部署进一步优化政务服务、提升行政效能，推动更多事项“高效办成一件事”。
author: 示例市人民政府办公室
category: daily
source: {{name: 中国政府网, url: "https://www.gov.cn/zhengce/content/202601/content_7000001.htm"}}
url: https://{safe_domain}/zwgk/zcjd/202603/t20260301_2001.html
cover: {{src: cover.jpg, alt: 政务服务大厅}}
tags: [政务服务, 高效办成一件事]
---
近日，国务院办公厅印发《关于进一步优化政务服务的意见》，对进一步优化政务服务、提升行政效能作出部署。

## 主要内容

意见提出，要推动政务服务从“能办”向“好办、易办”转变，完善线上线下融合的服务渠道。全文见[中国政府网](https://www.gov.cn/zhengce/content/202601/content_7000001.htm)。

![市民在政务服务大厅办理业务](tree-planting.png)

## 我市落实情况

我市各级政务服务中心已全面推行“一窗通办”，群众可通过本市政务服务平台预约办理。办事指南所需材料模板，可在[此处领取优惠资料袋](https://s.click.taobao.com/t?e=m%3D2%26s%3Ddemo&pid=mm_12345_678_9)。

![工作人员为群众提供帮办代办服务](volunteers.png)
"""

_SECOND_POST = """---
id: {post_id}
title: 示例市启动2026年“一网通办”服务体验周活动
summary: 3月9日至15日，我市开展“一网通办”服务体验周，邀请市民体验线上办事并提出意见建议。
author: 示例市人民政府办公室
category: daily
url: https://{safe_domain}/zwgk/tzgg/202603/t20260306_2002.html
cover: {{src: cover.jpg, alt: 一网通办服务体验周}}
---
为持续提升政务服务水平，我市将于3月9日至15日开展“一网通办”服务体验周活动。

活动期间，市民可登录本市政务服务平台体验各类事项线上办理，并通过留言功能提出意见建议。

![市民体验线上办事](volunteers.png)
"""


@dataclass(frozen=True)
class Workspace:
    """What the demo built: where things are, and the loaded matrix."""

    root: Path
    config: Path
    posts: tuple[Path, Path]
    keys: dict[str, Path]
    matrix: Matrix


def _review_section(keys: dict[str, Path], public: dict[str, str]) -> str:
    lines = [
        "[review]",
        'max_age = "7d"',
        "",
        "[review.roles]",
        'editor = "编辑（初审）"',
        'director = "部门负责人（终审）"',
        "",
    ]
    for name, role, title in REVIEWERS + OTHER_EDITORS:
        lines += [
            "[[review.reviewers]]",
            f'name = "{name}"',
            f'title = "{title}"',
            f'roles = ["{role}"]',
            f'public_key = "{public[name]}"  # private key: {keys[name].name}',
            "",
        ]
    lines += [
        "[review.categories.daily]",
        'label = "日常信息"',
        'tiers = [{ name = "初审", role = "editor" }, { name = "终审", role = "director" }]',
        "",
    ]
    return "\n".join(lines)


_PUBLISHER = """
[publisher]
operator_ip = "127.0.0.1"          # sent to Weibo as `rip`
timeout = 1.5                      # short, so the sandbox's commit-then-timeout shows quickly

[publisher.retry]
initial_wait = 0.2
max_wait = 1.0
jitter = 0.1
status_budget = 20.0
"""


def build_workspace(sandbox: SandboxLike, root: Path, *, per_platform: int = 4) -> Workspace:
    """Write the demo agency into ``root`` and register its accounts with ``sandbox``."""
    root.mkdir(parents=True, exist_ok=True)
    assets = resources.files("govpub.demo") / "assets"
    for name in ("cover.jpg", "tree-planting.png", "volunteers.png"):
        with resources.as_file(assets / name) as source:
            shutil.copyfile(source, root / name)
    key_dir = root / "keys"
    key_dir.mkdir(exist_ok=True)
    keys: dict[str, Path] = {}
    public: dict[str, str] = {}
    for number, (name, _role, _title) in enumerate(REVIEWERS + OTHER_EDITORS, start=1):
        private = generate_private_key()
        keys[name] = key_dir / f"reviewer-{number}.pem"
        write_private_key(keys[name], private)
        public[name] = public_key_text(private)
    made = sandbox_matrix(
        sandbox,
        root,
        wechat=per_platform,
        weibo=per_platform,
        app=per_platform,
        safe_domain=SAFE_DOMAIN,
        agency="示例市",
        units=UNITS,
        settings={
            # The sandbox answers in milliseconds: poll often, and believe an absence soon.
            "wechat": {
                "status_poll_initial": 0.2,
                "status_poll_max": 1.0,
                "reconcile_grace_seconds": 2.0,
            },
            "weibo": {"reconcile_grace_seconds": 2.0},
        },
        extra_toml=_PUBLISHER + "\n" + _review_section(keys, public),
    )
    posts = (root / "policy-reprint.md", root / "service-week.md")
    posts[0].write_text(
        _POLICY_POST.format(post_id="demo-policy-2026", safe_domain=SAFE_DOMAIN), encoding="utf-8"
    )
    posts[1].write_text(
        _SECOND_POST.format(post_id="demo-service-week", safe_domain=SAFE_DOMAIN), encoding="utf-8"
    )
    return Workspace(root=root, config=made.config_path, posts=posts, keys=keys, matrix=made.load())
