"""Weibo ``error_code`` → govpub error kind: the whole table as one constant.

Sources (``shared/reference/weibo.md`` §7–§8): the official Error_code page
(https://open.weibo.com/wiki/index.php?title=Error_code&oldid=5237) as copied in
``small-tou/Rabbit.js`` ``node_modules/snserror/index.js``; the OAuth2 table
(21322–21331); ``qqxadyy/weibo-openapi-4java`` ``WeiboException.java`` (21332,
20049).  The classes are govpub's reading, not Weibo's.

The error body is ``{"request": "...", "error_code": "10006" | 10017, "error": "..."}``
— ``error_code`` arrives as a string or a number, on HTTP 200 or 4xx/5xx — so
every response body is checked for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final

from govpub.errors import (
    OutcomeUnknownError,
    PlatformError,
    RateLimitedError,
    ReauthorizationRequired,
    RejectedError,
    TransientError,
)
from govpub.platforms._common import platform_error

if TYPE_CHECKING:
    from govpub.platforms.base import Adapter

__all__ = [
    "ERROR_CODES",
    "REPEATED_TEXT",
    "SIMILAR_TEXT",
    "Kind",
    "error_code_of",
    "error_from_payload",
    "kind_of",
]

#: "The same text again" (20019 提交相同的信息, 20111 不能发布相同的微博).
REPEATED_TEXT: Final = frozenset({20019, 20111})
#: "Similar text" (20017 提交相似的信息): the same words with other links, for instance.
SIMILAR_TEXT: Final = frozenset({20017})


class Kind(StrEnum):
    """What govpub does about an error code."""

    SUCCESS = "success"  # 20032: published, the server is slow; the id may come later
    TRANSIENT = "transient"  # retry with backoff
    RATE_LIMITED = "rate_limited"  # wait for the window to reset (rate_limit_status)
    REAUTH = "reauth"  # the token is dead: a human must re-authorise; never retried
    REJECTED = "rejected"  # permanent: fix the request or the content
    MAYBE_PUBLISHED = "maybe_published"  # on share: "may already be published" → reconcile


_K = Kind

#: error_code → (kind, meaning).  Every code of ``shared/reference/weibo.md`` §8 is here.
ERROR_CODES: Final[Mapping[int, tuple[Kind, str]]] = MappingProxyType(
    {
        10001: (_K.TRANSIENT, "系统错误 system error"),
        10002: (_K.TRANSIENT, "服务暂停 service unavailable"),
        10003: (_K.TRANSIENT, "远程服务错误 remote service error"),
        10004: (_K.REJECTED, "IP限制不能请求该资源 IP limit"),
        10005: (_K.REJECTED, "该资源需要更高授权 need a high level appkey"),
        10006: (_K.REJECTED, "缺少 appkey (source paramter missing)"),
        10008: (_K.REJECTED, "参数错误 param error"),
        10009: (_K.TRANSIENT, "任务过多，系统繁忙 too many pending tasks"),
        10010: (_K.MAYBE_PUBLISHED, "任务超时 job expired"),
        10011: (_K.TRANSIENT, "RPC错误 RPC error"),
        10012: (_K.REJECTED, "非法请求 illegal request"),
        10013: (_K.REJECTED, "不合法的微博用户 invalid weibo user"),
        10014: (_K.REJECTED, "应用的接口访问权限受限 insufficient app permissions"),
        10016: (_K.REJECTED, "缺失必选参数 miss required parameter"),
        10017: (_K.REJECTED, "参数值非法（微博正文缺少安全域名下的链接？）parameter value invalid"),
        10018: (_K.REJECTED, "请求长度超过限制 request body length over limit"),
        10020: (_K.REJECTED, "接口不存在 request api not found"),
        10021: (_K.REJECTED, "请求的HTTP METHOD不支持 HTTP method not supported"),
        10022: (_K.RATE_LIMITED, "IP请求频次超过上限 IP requests out of rate limit"),
        10023: (_K.RATE_LIMITED, "用户请求频次超过上限 user requests out of rate limit"),
        10024: (_K.RATE_LIMITED, "用户请求特殊接口频次超过上限 special API rate limit"),
        20003: (_K.REJECTED, "用户不存在 user does not exist"),
        20005: (_K.REJECTED, "不支持的图片类型，仅仅支持JPG、GIF、PNG"),
        20006: (_K.REJECTED, "图片太大 image too large"),
        20007: (_K.REJECTED, "请确保使用multpart上传图片"),
        20008: (_K.REJECTED, "内容为空 content is null"),
        20012: (_K.REJECTED, "输入文字太长，请确认不超过140个字符 text too long"),
        20013: (_K.REJECTED, "输入文字太长，请确认不超过300个字符 text too long"),
        20014: (_K.TRANSIENT, "安全检查参数有误，请再调用一次"),
        20015: (_K.REJECTED, "账号、IP或应用非法，暂时无法完成此操作"),
        20016: (_K.RATE_LIMITED, "发布内容过于频繁 out of limit"),
        20017: (_K.MAYBE_PUBLISHED, "提交相似的信息 repeat content"),
        20018: (_K.REJECTED, "包含非法网址 contains illegal website"),
        20019: (_K.MAYBE_PUBLISHED, "提交相同的信息 repeated content"),
        20020: (_K.REJECTED, "包含广告信息 contains advertising"),
        20021: (_K.REJECTED, "包含非法内容 content is illegal"),
        20022: (_K.REJECTED, "此IP地址上的行为异常 IP behaves abnormally"),
        20031: (_K.REJECTED, "需要验证码 verification code needed"),
        20032: (_K.SUCCESS, "发布成功，目前服务器可能会有延迟 published, server slow"),
        20049: (_K.REJECTED, "长文本长度错误 long-text length error"),
        20101: (_K.REJECTED, "不存在的微博 target weibo does not exist"),
        20102: (_K.REJECTED, "不是你发布的微博 not your own weibo"),
        20111: (_K.MAYBE_PUBLISHED, "不能发布相同的微博 repeated weibo text"),
        21301: (_K.REAUTH, "认证失败 auth failed"),
        21314: (_K.REAUTH, "Token已经被使用 token used"),
        21315: (_K.REAUTH, "Token已经过期 token expired"),
        21316: (_K.REAUTH, "Token不合法 token revoked"),
        21317: (_K.REAUTH, "Token不合法 token rejected"),
        21319: (_K.REAUTH, "授权关系已经被解除 accessor was revoked"),
        21320: (_K.REJECTED, "使用OAuth2必须使用https"),
        21321: (_K.REJECTED, "未审核的应用使用人数超过限制 get the app audited"),
        21322: (_K.REJECTED, "重定向地址不匹配 redirect_uri_mismatch"),
        21323: (_K.REJECTED, "请求不合法 invalid_request"),
        21324: (_K.REJECTED, "client_id或client_secret参数无效 invalid_client"),
        21325: (_K.REJECTED, "提供的Access Grant是无效的、过期的或已撤销的 invalid_grant"),
        21326: (_K.REJECTED, "客户端没有权限 unauthorized_client"),
        21327: (_K.REAUTH, "token过期 expired_token"),
        21328: (_K.REJECTED, "不支持的 GrantType unsupported_grant_type"),
        21329: (_K.REJECTED, "不支持的 ResponseType unsupported_response_type"),
        21330: (_K.REJECTED, "用户或授权服务器拒绝授予数据访问权限 access_denied"),
        21331: (_K.TRANSIENT, "服务暂时无法访问 temporarily_unavailable"),
        21332: (_K.REAUTH, "access_token 无效 invalid access token"),
    }
)

_REAUTH_BLOCK = range(21300, 21400)


def error_code_of(payload: Mapping[str, Any]) -> int | None:
    """``error_code`` as an int, whether Weibo sent ``"10006"`` or ``10017``; ``None`` if absent."""
    raw = payload.get("error_code")
    if raw is None or isinstance(raw, bool):
        return None
    try:
        return int(str(raw).strip())
    except ValueError:
        return -1


def kind_of(code: int) -> Kind:
    """The kind of ``code``; unknown 213xx codes are token trouble, other unknowns permanent."""
    known = ERROR_CODES.get(code)
    if known is not None:
        return known[0]
    return Kind.REAUTH if code in _REAUTH_BLOCK else Kind.REJECTED


def error_from_payload(
    adapter: Adapter,
    payload: Mapping[str, Any],
    *,
    endpoint: str,
    http_status: int | None = None,
    irreversible: bool = False,
    retry_after: float | None = None,
) -> PlatformError | None:
    """The error a Weibo answer means, or ``None`` (no ``error_code``, or 20032).

    On the irreversible ``statuses/share`` call, 10010/20017/20019/20111 become
    :class:`~govpub.errors.OutcomeUnknownError` with
    ``details["may_already_be_published"]``: the text may be live already, so the
    publisher reconciles instead of failing or re-sending.
    """
    code = error_code_of(payload)
    if code is None:
        return None
    kind = kind_of(code)
    if kind is Kind.SUCCESS:
        return None
    meaning = ERROR_CODES.get(code, (kind, "未知错误码 unknown error_code"))[1]
    error_text = str(payload.get("error", "")).strip()
    message = f"{endpoint}: {meaning}" + (f" — error: {error_text}" if error_text else "")
    details: dict[str, Any] = {"endpoint": endpoint, "error": error_text}
    if payload.get("request"):
        details["request"] = str(payload["request"])
    if code not in ERROR_CODES:
        details["unknown_code"] = True
    error_type: type[PlatformError]
    if kind is Kind.MAYBE_PUBLISHED:
        if irreversible:
            error_type = OutcomeUnknownError
            details["may_already_be_published"] = True
            message += " (this text may already be published: reconcile before re-sending)"
        else:
            error_type = TransientError
    elif kind is Kind.TRANSIENT:
        error_type = TransientError
    elif kind is Kind.RATE_LIMITED:
        error_type = RateLimitedError
    elif kind is Kind.REAUTH:
        error_type = ReauthorizationRequired
        message += " (a human must re-authorise the account in a browser)"
    else:
        error_type = RejectedError
    return platform_error(
        error_type,
        adapter,
        message,
        code=code,
        retry_after=retry_after if kind is Kind.RATE_LIMITED else None,
        http_status=http_status,
        details=details,
    )
