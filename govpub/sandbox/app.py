"""``create_app(state)``: the three emulators and the control API on one Starlette app.

Layout (one port, loopback)::

    /wechat/cgi-bin/…          WeChat Official Account API  (govpub.sandbox.wechat)
    /weibo/2/…, /weibo/oauth2/… Weibo REST API             (govpub.sandbox.weibo)
    /app/{tenant}/posts…       the agency's own app backend (govpub.sandbox.ownapp)
    /_sandbox/…                inspection and control       (govpub.sandbox.control)

An account's ``api_base`` in ``govpub.toml`` points at its emulator:
``http://127.0.0.1:PORT/wechat``, ``…/weibo``, ``…/app/<tenant>``.
"""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.routing import Mount

from govpub.sandbox._http import SandboxApp
from govpub.sandbox.control import ControlAPI
from govpub.sandbox.ownapp import AppEmulator
from govpub.sandbox.state import SandboxState
from govpub.sandbox.wechat import WeChatEmulator
from govpub.sandbox.weibo import WeiboEmulator

__all__ = ["create_app"]


def create_app(state: SandboxState | None = None) -> Starlette:
    """The sandbox as an ASGI app over ``state`` (a fresh one when not given).

    The app is a :class:`~starlette.applications.Starlette`; ``app.state.sandbox``
    is the :class:`SandboxState` it serves.
    """
    state = state if state is not None else SandboxState()
    app = SandboxApp(
        routes=[
            Mount("/wechat", routes=WeChatEmulator(state).routes()),
            Mount("/weibo", routes=WeiboEmulator(state).routes()),
            Mount("/app", routes=AppEmulator(state).routes()),
            Mount("/_sandbox", routes=ControlAPI(state).routes()),
        ]
    )
    app.state.sandbox = state
    return app
