"""Sina Weibo (新浪微博): the ``weibo`` platform.

Modules: :mod:`~.adapter` (the flow: share, destroy, the account's latest
status), :mod:`~.api` (endpoint calls with the token, answers classified),
:mod:`~.errors` (the error-code table), :mod:`~.steps` (what a delivery saves),
:mod:`~.reconcile` (settling an uncertain share from the timeline),
:mod:`~.matching` and :mod:`~.timeline` (finding a post among recent ones, status
times), :mod:`~.comments` (the inbox), :mod:`~.validation` (what Weibo refuses),
:mod:`~.models` (credentials and settings).
"""

from govpub.platforms.weibo.adapter import CAPABILITIES, WeiboAdapter
from govpub.platforms.weibo.models import WeiboCredentials, WeiboSettings

__all__ = ["CAPABILITIES", "WeiboAdapter", "WeiboCredentials", "WeiboSettings"]
