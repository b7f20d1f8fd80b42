"""``govpub demo``: the whole publishing story against the sandbox platforms (``govpub[all]``)."""

from govpub.demo.story import run_demo

__all__ = ["run_demo"]
