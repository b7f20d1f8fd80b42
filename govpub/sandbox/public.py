"""The public's side of the sandbox: comments, mentions and messages addressed to the accounts.

The emulators serve these through the platforms' interaction APIs
(:mod:`.wechat_comments`, :mod:`.weibo_comments`, :mod:`.app_messages`);
tests and ``POST /_sandbox/public/messages`` add them one by one or as a
generated stream (:func:`generate`): questions a citizen might ask about a
post, in Chinese, spread over every account that has something to comment on
(a WeChat article published, a live Weibo status; an app takes messages
without a post too).  The stream is seeded (``SandboxConfig.seed``), so a
test that asks for ten messages always gets the same ten.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from govpub.errors import ConfigError

if TYPE_CHECKING:
    from govpub.sandbox.state import SandboxState

__all__ = [
    "AppMessage",
    "PublicStore",
    "WechatComment",
    "WeiboComment",
    "add_app_message",
    "add_wechat_comment",
    "add_weibo_comment",
    "add_weibo_mention",
    "generate",
    "replies",
]

QUESTIONS: tuple[str, ...] = (
    "请问社保卡补办需要带什么材料？",
    "这个政策什么时候开始执行？",
    "老旧小区改造的报名入口在哪里？",
    "办理居住证需要多长时间？",
    "请问线上预约的网址是多少？",
    "通知里的咨询电话一直打不通。",
    "周末可以去窗口办理吗？",
    "农村医保缴费截止到哪天？",
)
NAMES: tuple[str, ...] = ("热心市民", "小区居民", "张先生", "李女士", "一位家长", "退休教师")


@dataclass
class WechatComment:
    """One 留言 on a WeChat article (``comment/list`` shape)."""

    user_comment_id: int
    openid: str
    create_time: int
    content: str
    reply: tuple[str, int] | None = None
    elected: bool = False

    def to_json(self) -> dict[str, Any]:
        """As ``comment/list`` lists it."""
        data: dict[str, Any] = {
            "user_comment_id": self.user_comment_id,
            "openid": self.openid,
            "create_time": self.create_time,
            "content": self.content,
            "comment_type": 1 if self.elected else 0,
        }
        if self.reply is not None:
            data["reply"] = {"content": self.reply[0], "create_time": self.reply[1]}
        return data


@dataclass
class WeiboComment:
    """A comment or a status on Weibo, written by the public or by the account."""

    id: int
    status_id: int
    text: str
    created_at: float
    screen_name: str
    user_id: int
    reply_to: int | None = None  # the comment this one answers (the account's replies)


@dataclass
class AppMessage:
    """A message in the app (留言), and the account's replies."""

    id: str
    text: str
    author: str
    created_at: float
    post_id: str | None = None
    replies: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class PublicStore:
    """Everything the public said, per account, and the accounts' answers."""

    wechat: dict[str, dict[str, list[WechatComment]]] = field(default_factory=dict)
    weibo_comments: dict[str, list[WeiboComment]] = field(default_factory=dict)
    weibo_mentions: dict[str, list[WeiboComment]] = field(default_factory=dict)
    weibo_by_me: dict[str, list[WeiboComment]] = field(default_factory=dict)
    app: dict[str, list[AppMessage]] = field(default_factory=dict)

    def clear(self) -> None:
        """Forget everything (``POST /_sandbox/reset``)."""
        for store in (
            self.wechat,
            self.weibo_comments,
            self.weibo_mentions,
            self.weibo_by_me,
            self.app,
        ):
            store.clear()


def add_wechat_comment(
    state: SandboxState, app_id: str, msg_data_id: str, content: str, *, openid: str | None = None
) -> WechatComment:
    """A comment on the published article ``msg_data_id`` of ``app_id`` (callers hold the lock)."""
    app = state.wechat.get(app_id)
    if app is None or not any(j.msg_data_id == msg_data_id for j in app.jobs.values()):
        raise ConfigError(f"no article msg_data_id {msg_data_id!r} for {app_id!r}", key="post")
    comments = state.public.wechat.setdefault(app_id, {}).setdefault(msg_data_id, [])
    comment = WechatComment(
        user_comment_id=len(comments) + 1,
        openid=openid or f"o{state.random_id(27)}",
        create_time=int(state.clock.now()),
        content=content,
    )
    comments.append(comment)
    state.count(f"wechat:{app_id}", "public.comment")
    return comment


def add_weibo_comment(
    state: SandboxState, uid: str, status_id: int, text: str, *, name: str = "热心市民"
) -> WeiboComment:
    """A comment by the public on the account's status ``status_id``."""
    user = state.weibo.get(uid)
    if user is None or status_id not in user.by_id:
        raise ConfigError(f"no status {status_id} of Weibo user {uid!r}", key="post")
    comment = WeiboComment(
        id=_WEIBO_COMMENT_BASE + state.next_seq(),
        status_id=status_id,
        text=text,
        created_at=state.clock.now(),
        screen_name=name,
        user_id=_PUBLIC_UID_BASE + state.next_seq(),
    )
    state.public.weibo_comments.setdefault(uid, []).append(comment)
    state.count(f"weibo:{uid}", "public.comment")
    return comment


def add_weibo_mention(
    state: SandboxState, uid: str, text: str, *, name: str = "热心市民"
) -> WeiboComment:
    """A status by the public that @-mentions the account."""
    user = state.weibo.get(uid)
    if user is None:
        raise ConfigError(f"no Weibo user {uid!r}", key="account")
    status_id = _WEIBO_STATUS_BASE + state.next_seq()
    mention = WeiboComment(
        id=status_id,
        status_id=status_id,
        text=f"@{user.screen_name} {text}",
        created_at=state.clock.now(),
        screen_name=name,
        user_id=_PUBLIC_UID_BASE + state.next_seq(),
    )
    state.public.weibo_mentions.setdefault(uid, []).append(mention)
    state.count(f"weibo:{uid}", "public.mention")
    return mention


def add_app_message(
    state: SandboxState,
    tenant: str,
    text: str,
    *,
    author: str = "用户",
    post_id: str | None = None,
    at: float | None = None,
) -> AppMessage:
    """A message in the app of ``tenant`` (about its post ``post_id``, if given).

    ``at`` (Unix seconds) dates it in the past — a message left unanswered for days.
    """
    if tenant not in state.apps:
        raise ConfigError(f"no app tenant {tenant!r}", key="account")
    message = AppMessage(
        id=f"m{state.next_seq():06d}",
        text=text,
        author=author,
        created_at=state.clock.now() if at is None else at,
        post_id=post_id,
    )
    state.public.app.setdefault(tenant, []).append(message)
    state.count(f"app:{tenant}", "public.message")
    return message


#: What :func:`generate` can be told to write (``None``: whatever fits, at random).
PUBLIC_KINDS: tuple[str, ...] = ("comment", "mention", "message")


def generate(
    state: SandboxState, count: int, *, account: str | None = None, kind: str | None = None
) -> list[dict[str, Any]]:
    """``count`` messages from the public, spread over the accounts (or to ``account``).

    ``kind`` (``comment``, ``mention`` or ``message``) makes every one of them
    that kind — a test that must take the same path each run (a Weibo comment is
    answered by ``comments/reply``, a mention by ``comments/create``) asks for one.
    """
    if not 1 <= count <= 1000:
        raise ConfigError("count must be 1..1000", key="count")
    if kind is not None and kind not in PUBLIC_KINDS:
        raise ConfigError(f"kind must be one of {', '.join(PUBLIC_KINDS)}", key="kind")
    rng = random.Random(f"{state.config.seed}:{state.next_seq()}")  # noqa: S311 - test data
    made: list[dict[str, Any]] = []
    with state.lock:
        state.settle()
        targets = [t for t in _targets(state, account) if kind is None or _kind(t) == kind]
        if not targets:
            raise ConfigError(
                "no account has anything to comment on: publish to WeChat or Weibo first, "
                "or register an app tenant",
                key="account",
            )
        for _ in range(count):
            platform, name, post = rng.choice(targets)
            text = rng.choice(QUESTIONS)
            who = rng.choice(NAMES)
            if platform == "wechat":
                c = add_wechat_comment(state, name, str(post), text)
                made.append({"platform": platform, "account": name, "id": c.user_comment_id})
            elif platform == "weibo" and post is not None and (kind or rng.random() < 0.7):
                wc = add_weibo_comment(state, name, int(post), text, name=who)
                made.append({"platform": platform, "account": name, "id": str(wc.id)})
            elif platform == "weibo":
                wm = add_weibo_mention(state, name, text, name=who)
                made.append({"platform": platform, "account": name, "id": str(wm.id)})
            else:
                m = add_app_message(state, name, text, author=who, post_id=post)
                made.append({"platform": platform, "account": name, "id": m.id})
    return made


def _kind(target: tuple[str, str, Any]) -> str:
    """What a message to ``target`` is: a comment on a post, a Weibo mention, an app message."""
    platform, _, post = target
    if platform == "app":
        return "message"
    return "comment" if post is not None else "mention"


def replies(
    state: SandboxState, *, platform: str | None = None, account: str | None = None
) -> list[dict[str, Any]]:
    """Every answer the accounts gave the public, as the sandbox stored it (its own record).

    One entry per stored reply: ``platform``, ``account`` (its name, as in the records),
    ``to`` — what it answers, in the platform's own ids (WeChat
    ``<msg_data_id>/<user_comment_id>``, Weibo ``comment/<id>`` or
    ``status/<id>``, app ``<message id>``) — the reply's ``id`` where the
    platform gives one (WeChat does not), and its ``text``.  Tests judge "no
    reply lost, none sent twice" from this, never from the ledger under test.
    """
    found: list[dict[str, Any]] = []
    with state.lock:
        public = state.public
        for app_id, articles in public.wechat.items():
            for msg_data_id, comments in articles.items():
                found.extend(
                    _reply("wechat", app_id, f"{msg_data_id}/{c.user_comment_id}", None, c.reply[0])
                    for c in comments
                    if c.reply is not None
                )
        for uid, own in public.weibo_by_me.items():
            found.extend(
                _reply(
                    "weibo",
                    uid,
                    f"comment/{c.reply_to}" if c.reply_to is not None else f"status/{c.status_id}",
                    str(c.id),
                    c.text,
                )
                for c in own
            )
        for tenant, messages in public.app.items():
            found.extend(
                _reply("app", tenant, m.id, str(r["id"]), str(r["text"]))
                for m in messages
                for r in m.replies
            )
    return [
        r
        for r in found
        if (platform is None or r["platform"] == platform)
        and (account is None or account in (r["account"], f"{r['platform']}:{r['account']}"))
    ]


def _reply(platform: str, name: str, to: str, reply_id: str | None, text: str) -> dict[str, Any]:
    return {"platform": platform, "account": name, "to": to, "id": reply_id, "text": text}


def _targets(state: SandboxState, account: str | None) -> list[tuple[str, str, Any]]:
    targets: list[tuple[str, str, Any]] = []
    now = state.clock.now()
    for app in state.wechat.values():
        targets.extend(
            ("wechat", app.app_id, job.msg_data_id)
            for job in app.jobs.values()
            if job.status(now) == 0
        )
    for user in state.weibo.values():
        live = [s.id for s in user.statuses if not s.deleted]
        targets.extend(("weibo", user.uid, s) for s in live[-5:])
        targets.append(("weibo", user.uid, None))  # a mention needs no status
    for tenant in state.apps.values():
        posts = [p.id for p in tenant.posts.values() if not p.deleted][-5:]
        targets.extend(("app", tenant.tenant, p) for p in posts)
        targets.append(("app", tenant.tenant, None))
    return [t for t in targets if account is None or t[1] == account]


_WEIBO_COMMENT_BASE = 4_900_000_000_000_000
_WEIBO_STATUS_BASE = 5_100_000_000_000_000
_PUBLIC_UID_BASE = 7_000_000_000
