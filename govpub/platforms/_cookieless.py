"""An HTTP client that neither keeps nor sends cookies.

govpub authenticates every platform call itself (an access token, an OAuth
token, a signature per request), and one client is shared by every account of
the matrix: a cookie that one account's answer set would ride along on the next
account's call to the same host.  So the client govpub builds has no cookie jar
at all.

It is cheaper too: httpx hands every response to its cookie jar, building a
``urllib`` request and response around it first — about 25 µs of CPU per
request, a tenth of govpub's own cost per delivery (``benchmarks/overhead.py``).
"""

from __future__ import annotations

from typing import Any, NoReturn

import httpx

__all__ = ["CookielessClient"]


class _NoCookies(httpx.Cookies):
    """A cookie store that drops what responses set (and so never sends any)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        del response

    def set(self, name: str, value: str, domain: str = "", path: str = "/") -> NoReturn:
        del name, value, domain, path
        raise TypeError("govpub's HTTP client sends no cookies")


class CookielessClient(httpx.AsyncClient):
    """An :class:`httpx.AsyncClient` without cookies (see the module docstring)."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._no_cookies = _NoCookies()

    @property
    def cookies(self) -> httpx.Cookies:
        """Always empty: responses' ``Set-Cookie`` is ignored, requests carry no ``Cookie``."""
        return self._no_cookies

    @cookies.setter
    def cookies(self, cookies: object) -> NoReturn:
        del cookies
        raise TypeError("govpub's HTTP client sends no cookies")
