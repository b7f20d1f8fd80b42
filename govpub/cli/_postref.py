"""A post named on the command line: by its id, or by the file it was published from.

An editor knows the file, not the id: a post without ``id:`` is known by its
*checked* content (``check(post, policy).post.id``, docs/post-format.md
§ Identity), which no one types.  ``status``, ``retract`` and ``resume``
therefore accept either, and this is the one place that decides which.
"""

from __future__ import annotations

from pathlib import Path

from govpub.compliance import Policy, check
from govpub.config import Matrix
from govpub.errors import PostError
from govpub.ledger import Ledger
from govpub.postfile import load_post

__all__ = ["resolve_post_id"]

_POST_SUFFIXES = frozenset({".md", ".markdown", ".txt"})


def resolve_post_id(ref: str, matrix: Matrix, ledger: Ledger) -> str:
    """The ledger's id of the post ``ref`` names; :class:`PostError` (exit 2) when there is none.

    An existing file wins over an id of the same spelling: it is loaded and
    checked with the matrix's ``[policy]`` — the gate's own way to the id — so
    that a file whose ad link was stripped still finds the post that was sent.
    """
    path = Path(ref)
    if path.is_file():
        policy = Policy.from_matrix(matrix)
        post_id = check(load_post(path, limits=policy.limits), policy).post.id
        if ledger.get_post(post_id) is None:
            raise PostError(
                f"台账中没有这篇稿件（编号 {post_id}）：尚未发布，或发布后文件已修改——"
                "修改后的稿件是一篇新稿件 "
                f"(no post {post_id} in the ledger {matrix.store.path})",
                file=ref,
            )
        return post_id
    if ledger.get_post(ref) is not None:
        return ref
    if _looks_like_a_path(ref):
        raise PostError("文件不存在 (post file not found)", file=ref)
    raise PostError(
        "既不是稿件文件，也不是台账中的稿件编号；govpub posts 可列出全部稿件 "
        f"(no such file, and no post with this id in the ledger {matrix.store.path})",
        file=ref,
    )


def _looks_like_a_path(ref: str) -> bool:
    """Whether a missing ``ref`` was meant as a file (post ids have no slash or ``.md``)."""
    path = Path(ref)
    return "/" in ref or path.name != ref or path.suffix.lower() in _POST_SUFFIXES
