"""WeChat Official Account (微信公众号): the ``wechat`` platform.

Modules: :mod:`~.adapter` (the flow), :mod:`~.api` (endpoint calls),
:mod:`~.token` (the access-token cache), :mod:`~.errors` (the errcode table),
:mod:`~.status` (``publish_status`` meanings), :mod:`~.events` (the
``PUBLISHJOBFINISH`` push), :mod:`~.content` (image ``src`` rewriting),
:mod:`~.models` (credentials and settings).
"""

from govpub.platforms.wechat.adapter import CAPABILITIES, WechatAdapter
from govpub.platforms.wechat.events import parse_publish_event, verify_callback_signature
from govpub.platforms.wechat.models import WechatCredentials, WechatSettings
from govpub.platforms.wechat.token import SHARED_TOKENS, TokenCache, TokenStore

__all__ = [
    "CAPABILITIES",
    "SHARED_TOKENS",
    "TokenCache",
    "TokenStore",
    "WechatAdapter",
    "WechatCredentials",
    "WechatSettings",
    "parse_publish_event",
    "verify_callback_signature",
]
