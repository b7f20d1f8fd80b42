"""The YAML of a post's front matter, parsed under :class:`~govpub.limits.PostLimits`.

PyYAML's safe loader is safe from code execution, not from cost or crashes:

* its composer recurses once per nesting level, so ``[[[[…]]]]`` 500 deep ends
  in ``RecursionError``;
* an alias (``*a``) repeats a node, so ten nested aliases make a billion of them
  ("billion laughs");
* it parses in pure Python at about 100 KB/s on dense input (many small values);
* some scalars raise plain ``ValueError`` while being built: ``2026-02-30`` (a
  typo in ``publish_at``), an offset of ``+25:00``, an integer of more digits than
  Python converts to text (``sys.int_info.str_digits_check_threshold``).

The loader here refuses aliases, counts depth and nodes *as the document is
composed* — the 11th level or the 1001st node stops the parse, so the cost is
bounded whatever follows — and turns every scalar it cannot build into a marked
error.  The caller has already refused front matter over
``max_front_matter_bytes``, which bounds the scanner's per-character work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import yaml
from yaml.constructor import ConstructorError

from govpub.errors import PostError
from govpub.limits import PostLimits

__all__ = ["KeyLines", "parse_front_matter"]

#: Each key path of the front matter → its line in the post file.
KeyLines = dict[tuple[str | int, ...], int]

_FIRST_LINE = 2  # front matter starts on the line after the opening ---
_MAX_NUMBER_CHARS = 100  # longer "numbers" are typos or attacks; quoted, they are text


class _LimitExceeded(yaml.MarkedYAMLError):
    """A limit stopped the parse; the message is the limit's own, not a YAML problem."""


class _FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader that refuses aliases and stops at the depth and node limits."""

    limits: PostLimits = PostLimits()
    _depth = 0
    _nodes = 0

    def fetch_flow_collection_start(self, TokenClass: type[yaml.Token]) -> None:  # noqa: N803
        # The scanner reads up to 1024 characters ahead on a line, and checks every
        # open flow level at every token: "[[[[…" costs O(levels²) before the composer
        # sees the first level.  A flow level is a level of the document too, so
        # refusing it here refuses nothing the composer would accept.
        if self.flow_level >= self.limits.max_front_matter_depth:
            raise _LimitExceeded(None, None, self.limits.too_deep(), self.get_mark())
        super().fetch_flow_collection_start(TokenClass)

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        event: Any = self.peek_event()  # type: ignore[no-untyped-call]
        mark: Any = event.start_mark
        if isinstance(event, yaml.AliasEvent):
            raise yaml.MarkedYAMLError(
                None, None, "YAML aliases (*name) are not allowed in front matter", mark
            )
        self._nodes += 1
        if self._nodes > self.limits.max_front_matter_nodes:
            raise _LimitExceeded(None, None, self.limits.too_many_nodes(), mark)
        collection = isinstance(event, yaml.CollectionStartEvent)
        if collection:
            self._depth += 1
            if self._depth > self.limits.max_front_matter_depth:
                raise _LimitExceeded(None, None, self.limits.too_deep(), mark)
        try:
            node: yaml.Node | None = super().compose_node(parent, index)
        finally:
            if collection:
                self._depth -= 1
        return node


def _marked(
    construct: Callable[[yaml.SafeLoader, yaml.Node], Any], what: str
) -> Callable[[yaml.SafeLoader, yaml.Node], Any]:
    """``construct`` with any error it raises turned into one that names the line.

    PyYAML's scalar constructors trust the resolver: an explicit tag on the wrong
    text (``!!int ""``, ``!!bool x``, ``!!timestamp x``) ends in ``IndexError``,
    ``KeyError`` or ``AttributeError``, and a date that matches the pattern but
    not the calendar in ``ValueError``.
    """

    def guarded(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
        text = str(node.value) if isinstance(node, yaml.ScalarNode) else ""
        if what == "数字 (number)" and len(text) > _MAX_NUMBER_CHARS:
            raise ConstructorError(
                None,
                None,
                f"数字超过 {_MAX_NUMBER_CHARS} 位；如果是文字，请加引号 "
                "(a number this long is refused; quote it if it is text)",
                node.start_mark,
            )
        try:
            return construct(loader, node)
        except yaml.YAMLError:
            raise
        except Exception as exc:  # the constructor's own bug or a bad value: either way, marked
            raise ConstructorError(
                None, None, f"无效的{what} {text[:40]!r} ({exc})", node.start_mark
            ) from None

    return guarded


for _tag, _what in (
    ("null", "空值 (null)"),
    ("bool", "是/否 (bool)"),
    ("int", "数字 (number)"),
    ("float", "数字 (number)"),
    ("binary", "二进制 (binary)"),
    ("timestamp", "日期时间 (date/time)"),
):
    _name = f"tag:yaml.org,2002:{_tag}"
    _FrontMatterLoader.add_constructor(
        _name, _marked(yaml.SafeLoader.yaml_constructors[_name], _what)
    )


def parse_front_matter(
    front: str, *, limits: PostLimits, filename: str | None
) -> tuple[Any, KeyLines]:
    """The value of the front matter and the line of each key; :class:`PostError` otherwise.

    ``front`` must already be within ``limits.max_front_matter_bytes``.  The
    document is composed once; the value is constructed from that node tree, and
    the key lines come from it too (error messages point at the key's line).
    """
    loader: _FrontMatterLoader | None = None
    try:
        loader = _FrontMatterLoader(front)  # the reader refuses control characters here
        loader.limits = limits
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except _LimitExceeded as exc:
        raise PostError(str(exc.problem), file=filename, line=_line(exc)) from None
    except yaml.MarkedYAMLError as exc:
        problem = exc.problem or exc.context or "invalid YAML"
        raise PostError(
            f"front matter 不是有效的 YAML: {problem}", file=filename, line=_line(exc)
        ) from None
    except yaml.YAMLError as exc:
        raise PostError(
            f"front matter 不是有效的 YAML: {exc}", file=filename, line=_FIRST_LINE
        ) from None
    finally:
        if loader is not None:
            loader.dispose()
    lines: KeyLines = {}
    for key_path, line in _walk(root, ()):
        lines.setdefault(key_path, line)
    return data, lines


def _line(exc: yaml.MarkedYAMLError) -> int | None:
    mark = exc.problem_mark or exc.context_mark
    return mark.line + _FIRST_LINE if mark is not None else None


def _walk(
    node: yaml.Node | None, path: tuple[str | int, ...]
) -> Iterator[tuple[tuple[str | int, ...], int]]:
    """Key paths and their lines; recursion is bounded by ``max_front_matter_depth``."""
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else "?"
            yield (*path, key), key_node.start_mark.line + _FIRST_LINE
            yield from _walk(value_node, (*path, key))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            yield (*path, index), item.start_mark.line + _FIRST_LINE
            yield from _walk(item, (*path, index))
