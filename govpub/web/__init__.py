"""The web console, ``govpub serve``: editors, reviewers and supervisors in a browser.

Install ``govpub[web]``.  Starlette with server-rendered Jinja2 pages in Chinese,
a little vendored JavaScript and CSS (``govpub/web/static``; no CDN, no build
step, works with no internet), signed session cookies and a strict
Content-Security-Policy.  People sign in by signing a server nonce with their
Ed25519 reviewer key in the browser (WebCrypto); reviewers approve by signing
the post's approval fields there too, so the private key never leaves the
browser.  Everything goes through the same public API as the command line —
``govpub.check``, :mod:`govpub.review`, :class:`govpub.AsyncPublisher` and the
ledger — the console adds no business logic of its own.  See ``docs/web.md``.

``import govpub`` never imports this package.
"""

from __future__ import annotations

try:
    import itsdangerous  # noqa: F401 - the session cookies
    import jinja2  # noqa: F401
    import python_multipart  # noqa: F401 - form posts and uploads
    import starlette  # noqa: F401
except ImportError as exc:  # pragma: no cover - exercised by tests/web/test_web_extra.py
    raise ImportError(
        f"the web console needs the 'web' extra: pip install 'govpub[web]' ({exc})"
    ) from exc

from govpub.web.app import create_app

__all__ = ["create_app"]
