"""``govpub.__all__`` is sorted and is exactly the public surface (after httpx's test).

The names of ``govpub`` and of its heavier packages are imported on first use
(PEP 562 ``__getattr__`` through ``govpub._lazy``, issue 12): ``_EXPORTS`` says where
each one lives, the ``if TYPE_CHECKING:`` imports tell type checkers the same, and
``dir()`` lists them before any is used.  These tests keep the three in step with
``__all__``.
"""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys
import types
from pathlib import Path

import pytest

import govpub

#: The packages whose names load lazily (each has ``_EXPORTS`` and a ``TYPE_CHECKING`` block).
LAZY = ["govpub", "govpub.health", "govpub.publisher", "govpub.review"]


def test_all_is_sorted_and_complete() -> None:
    assert sorted(govpub.__all__) == govpub.__all__
    assert set(govpub.__all__) == set(govpub._EXPORTS)
    for name in govpub.__all__:
        getattr(govpub, name)  # every name imported: nothing else public may appear
    public = {
        name
        for name, value in vars(govpub).items()
        if not name.startswith("_")
        and not isinstance(value, types.ModuleType)
        and name not in {"annotations", "Any", "TYPE_CHECKING"}
    }
    assert public == set(govpub.__all__)


@pytest.mark.parametrize("package", LAZY)
def test_every_exported_name_is_the_object_of_its_module(package: str) -> None:
    module = importlib.import_module(package)
    assert set(module.__all__) == set(module._EXPORTS)
    for name, where in module._EXPORTS.items():
        assert getattr(importlib.import_module(where), name) is getattr(module, name), name


@pytest.mark.parametrize("package", LAZY)
def test_type_checkers_see_the_names_where_they_are_imported_from(package: str) -> None:
    module = importlib.import_module(package)
    tree = ast.parse(Path(str(module.__file__)).read_text(encoding="utf-8"))
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    seen = {
        alias.name: node.module
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert module._EXPORTS == seen


def test_dir_and_star_import_work_before_any_name_is_used() -> None:
    code = (
        "import sys\n"
        "import govpub\n"
        "missing = set(govpub.__all__) - set(dir(govpub))\n"
        "assert not missing, missing\n"
        "assert ['govpub', 'govpub._lazy'] == sorted(m for m in sys.modules if 'govpub' in m)\n"
        "from govpub import *\n"
        "assert check is sys.modules['govpub.compliance.check'].check\n"
        "assert Publisher.__name__ == 'Publisher'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)


@pytest.mark.parametrize("package", LAZY)
def test_an_unknown_name_is_an_attribute_error(package: str) -> None:
    module = importlib.import_module(package)
    with pytest.raises(AttributeError, match=f"module '{package}' has no attribute 'Nope'"):
        module.Nope  # noqa: B018 - the access is the test
    assert not hasattr(module, "nope")


def test_every_exported_name_exists() -> None:
    for name in govpub.__all__:
        assert getattr(govpub, name) is not None
