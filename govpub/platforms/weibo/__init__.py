"""Sina Weibo (新浪微博): the ``weibo`` platform.

Modules: :mod:`~.adapter` (share, destroy, reconcile, the account's latest
status), :mod:`~.errors` (the error-code table), :mod:`~.timeline` (finding a
post among recent ones, status times), :mod:`~.models` (credentials and settings).
"""

from govpub.platforms.weibo.adapter import CAPABILITIES, WeiboAdapter
from govpub.platforms.weibo.models import WeiboCredentials, WeiboSettings

__all__ = ["CAPABILITIES", "WeiboAdapter", "WeiboCredentials", "WeiboSettings"]
