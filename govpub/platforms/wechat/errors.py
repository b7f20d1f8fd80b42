"""WeChat ``errcode`` → govpub error kind: the whole table as one constant.

Source: the global return codes
(https://developers.weixin.qq.com/doc/offiaccount/Getting_Started/Global_Return_Code.html,
as reproduced in wechatpy ``wechatpy/constants.py``), the token pages
(``api_getaccesstoken``, ``api_getstableaccesstoken``), ``api_freepublish_submit``,
``api_draft_update``, ``api_freepublishgetarticle`` and the community reports
cited in ``shared/reference/wechat.md`` §5.  WeChat publishes no retry
classification; the classes are govpub's reading of the meanings and of
wechatpy/WxJava behaviour.

Every error body is ``{"errcode": N, "errmsg": "… rid: xxxxxxxx-xxxxxxxx-xxxxxxxx"}``;
the ``rid`` travels in :attr:`~govpub.errors.PlatformError.request_id` so that
``openapi/rid/get`` can explain it for seven days.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, datetime
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from govpub.errors import (
    AuthExpiredError,
    OutcomeUnknownError,
    PlatformError,
    QuotaExhaustedError,
    RateLimitedError,
    ReauthorizationRequired,
    RejectedError,
    TransientError,
)
from govpub.platforms._common import BEIJING, platform_error, seconds_until_next_day

if TYPE_CHECKING:
    from govpub.platforms.base import Adapter

__all__ = [
    "ERRCODES",
    "TOKEN_CODES",
    "Kind",
    "errcode_of",
    "error_from_payload",
    "request_id_of",
]


class Kind(StrEnum):
    """What govpub does about an errcode."""

    SUCCESS = "success"
    TRANSIENT = "transient"  # retry with backoff
    TOKEN = "token"  # noqa: S105 - a kind name: refresh the token once, retry the call once
    QUOTA_MINUTE = "quota_minute"  # wait at least 60 s (shared by the account)
    QUOTA_DAY = "quota_day"  # stop the account until the next day (Beijing time)
    QUOTA_MONTH = "quota_month"  # stop until the first day of next month
    REJECTED = "rejected"  # permanent for this request: fix the content or the call
    ACCOUNT = "account"  # permanent for the account: a human must act (credentials, IP, ban)


_K = Kind

#: errcode → (kind, meaning).  Every code of ``shared/reference/wechat.md`` §5 is here.
ERRCODES: Final[Mapping[int, tuple[Kind, str]]] = MappingProxyType(
    {
        0: (_K.SUCCESS, "ok"),
        -1: (_K.TRANSIENT, "系统繁忙 system busy"),
        40001: (_K.TOKEN, "access_token 无效或不是最新 invalid credential"),
        40014: (_K.TOKEN, "不合法的 access_token invalid access_token"),
        42001: (_K.TOKEN, "access_token 超时 access_token expired"),
        41001: (_K.REJECTED, "缺少 access_token (a govpub bug)"),
        40164: (_K.ACCOUNT, "调用接口的 IP 不在白名单中 caller IP not whitelisted"),
        40013: (_K.ACCOUNT, "不合法的 AppID invalid appid"),
        40125: (_K.ACCOUNT, "不合法的 AppSecret invalid appsecret"),
        40243: (_K.ACCOUNT, "AppSecret 已被冻结 appsecret frozen"),
        41002: (_K.ACCOUNT, "缺少 appid"),
        41004: (_K.ACCOUNT, "缺少 secret"),
        50004: (_K.ACCOUNT, "禁止使用 token 接口 token API forbidden"),
        50007: (_K.ACCOUNT, "账号已冻结 account frozen"),
        89503: (_K.ACCOUNT, "此 IP 调用需要管理员确认 risky IP, admin must confirm"),
        89506: (_K.ACCOUNT, "管理员拒绝此 IP 调用（24 小时内禁止）"),
        89507: (_K.ACCOUNT, "管理员拒绝此 IP 调用（1 小时内禁止）"),
        45009: (_K.QUOTA_DAY, "接口调用超过每日限额 reach max api daily quota limit"),
        45011: (_K.QUOTA_MINUTE, "API 调用太频繁，请稍候再试 retry next minute"),
        48001: (_K.ACCOUNT, "api 功能未授权：账号无发布权限（仅认证账号可用 freepublish）"),
        50002: (_K.ACCOUNT, "用户受限 account restricted"),
        43002: (_K.REJECTED, "需要 POST 请求 (a govpub bug)"),
        44002: (_K.REJECTED, "POST 的数据包为空 (a govpub bug)"),
        47001: (_K.REJECTED, "数据格式错误 JSON data format error"),
        40033: (_K.REJECTED, "不合法的字符：请求含 \\uXXXX 转义 (a govpub bug)"),
        40002: (_K.REJECTED, "不合法的参数 invalid argument"),
        40004: (_K.REJECTED, "不合法的媒体文件类型 bad media type"),
        40005: (_K.REJECTED, "不合法的文件类型 bad file type"),
        40006: (_K.REJECTED, "不合法的文件大小 bad file size"),
        40009: (_K.REJECTED, "图片尺寸太大 image too large"),
        40012: (_K.REJECTED, "缩略图尺寸太大 thumb too large"),
        40137: (_K.REJECTED, "不支持的图片格式 unsupported image format"),
        45001: (_K.REJECTED, "多媒体文件大小超过限制 media too large"),
        40007: (_K.REJECTED, "不合法的 media_id（封面须为本账号的永久素材，或草稿不存在）"),
        45002: (_K.REJECTED, "消息内容超过限制 content too long"),
        45003: (_K.REJECTED, "标题字段超过限制 title too long"),
        45004: (_K.REJECTED, "描述字段超过限制 digest too long"),
        45008: (_K.REJECTED, "图文消息超过限制 too many articles"),
        45166: (_K.REJECTED, "内容不合法（请确认正文中没有超链接标签）invalid content"),
        40114: (_K.REJECTED, "不合法的 index invalid index"),
        41039: (_K.REJECTED, "不合法的 content_source_url"),
        88000: (_K.REJECTED, "没有留言权限 without comment privilege (need_open_comment)"),
        # The comment-management codes below are from the old docs' 图文消息留言管理
        # page (Comments_management) as SDKs repeat it; UNCONFIRMED against a live account.
        88001: (_K.REJECTED, "该图文不存在 msg_data is not exists"),
        88002: (_K.REJECTED, "文章存在敏感信息 the article is limit for safety"),
        88003: (_K.REJECTED, "精选评论数已达上限 elected comment upper limit"),
        88004: (_K.REJECTED, "已被用户删除，无法精选 comment was deleted by user"),
        88005: (_K.REJECTED, "已经回复过了 already reply"),
        88007: (_K.REJECTED, "回复超过长度限制或为0 reply content beyond max len or is empty"),
        88008: (_K.REJECTED, "该评论不存在 comment is not exists"),
        88010: (_K.REJECTED, "获取评论数目不合法 count range error"),
        53402: (_K.REJECTED, "封面裁剪失败 cover crop failed"),
        53404: (_K.REJECTED, "商品卡片错误 product card problem"),
        53405: (_K.REJECTED, "商品卡片错误 product card problem"),
        53406: (_K.REJECTED, "商品卡片错误 product card problem"),
        53500: (_K.ACCOUNT, "发布功能被封禁 publishing banned"),
        53501: (_K.QUOTA_MINUTE, "请勿频繁请求 requested too often"),
        53502: (_K.REJECTED, "publish_id 无效 invalid publish_id"),
        53503: (_K.REJECTED, "该草稿未通过发布检查 draft failed publish check"),
        53504: (_K.REJECTED, "需前往公众平台官网使用该草稿 use this draft on the MP website"),
        53505: (_K.REJECTED, "请手动保存成功后再发表 save it on the MP website first"),
        53600: (_K.REJECTED, "article_id 无效 invalid article_id"),
        45028: (_K.QUOTA_DAY, "没有群发配额 no mass-send quota"),
        45065: (_K.SUCCESS, "相同 clientmsgid 已群发（幂等重放）"),
        45066: (_K.QUOTA_MINUTE, "相同 clientmsgid 重试速度过快，请间隔 1 分钟"),
        40060: (_K.REJECTED, "删除单篇图文时 article_idx 不合法"),
        48003: (_K.ACCOUNT, "未同意群发协议 mass-send agreement not accepted"),
        48004: (_K.ACCOUNT, "api 接口被封禁 API banned"),
        48006: (_K.QUOTA_MONTH, "clear_quota 本月次数已用完"),
        76021: (_K.REJECTED, "cgi_path 不合法 bad cgi_path"),
        76022: (_K.REJECTED, "token 类型不对 wrong token type"),
    }
)

#: Codes that mean "this token is no longer good": refresh once, retry once (WxJava's set).
TOKEN_CODES: Final[frozenset[int]] = frozenset(
    code for code, (kind, _) in ERRCODES.items() if kind is Kind.TOKEN
)

_RID = re.compile(r"rid:\s*([0-9A-Za-z][0-9A-Za-z-]*)")


def errcode_of(payload: Mapping[str, Any]) -> int:
    """The ``errcode`` of a response body (0 when absent: success bodies often omit it)."""
    raw = payload.get("errcode", 0)
    try:
        return int(raw)
    except (TypeError, ValueError):
        return -1


def request_id_of(payload: Mapping[str, Any]) -> str | None:
    """The ``rid`` WeChat appends to ``errmsg`` (``… rid: 6500a1b2-…``), if any."""
    match = _RID.search(str(payload.get("errmsg", "")))
    return match.group(1) if match else None


def _first_of_next_month(now: datetime) -> float:
    local = now.astimezone(BEIJING)
    year, month = (local.year + 1, 1) if local.month == 12 else (local.year, local.month + 1)
    start = local.replace(year=year, month=month, day=1, hour=0, minute=0, second=0, microsecond=0)
    return max((start - local).total_seconds(), 1.0)


def error_from_payload(
    adapter: Adapter,
    payload: Mapping[str, Any],
    *,
    endpoint: str,
    http_status: int | None = None,
    irreversible: bool = False,
    token_endpoint: bool = False,
    now: datetime | None = None,
) -> PlatformError | None:
    """The error a WeChat answer means, or ``None`` for success.

    ``irreversible`` marks ``freepublish/submit``: a ``-1`` there may hide an
    accepted job, so it becomes an unknown outcome instead of a retry.  On the
    token endpoint itself, 40001 means a wrong AppSecret — a configuration
    problem for a human, not a refresh case.
    """
    code = errcode_of(payload)
    kind, meaning = ERRCODES.get(code, (Kind.REJECTED, "未知错误码 unknown errcode"))
    if kind is Kind.SUCCESS:
        return None
    errmsg = str(payload.get("errmsg", "")).strip()
    message = f"{endpoint}: {meaning}" + (f" — errmsg: {errmsg}" if errmsg else "")
    details: dict[str, Any] = {"endpoint": endpoint, "errmsg": errmsg}
    if code not in ERRCODES:
        details["unknown_code"] = True
    if token_endpoint and kind is Kind.TOKEN:
        kind = Kind.ACCOUNT
        message += " (from the token endpoint: check app_id and app_secret)"
    current = now or datetime.now(UTC)
    retry_after: float | None = None
    error_type: type[PlatformError]
    if kind is Kind.TRANSIENT:
        error_type = OutcomeUnknownError if irreversible else TransientError
    elif kind is Kind.TOKEN:
        error_type = AuthExpiredError
    elif kind is Kind.QUOTA_MINUTE:
        error_type, retry_after = RateLimitedError, 60.0
    elif kind is Kind.QUOTA_DAY:
        error_type, retry_after = QuotaExhaustedError, seconds_until_next_day(current)
    elif kind is Kind.QUOTA_MONTH:
        error_type, retry_after = QuotaExhaustedError, _first_of_next_month(current)
    elif kind is Kind.ACCOUNT:
        error_type = ReauthorizationRequired
    else:
        error_type = RejectedError
    return platform_error(
        error_type,
        adapter,
        message,
        code=code,
        request_id=request_id_of(payload),
        retry_after=retry_after,
        http_status=http_status,
        details=details,
    )
