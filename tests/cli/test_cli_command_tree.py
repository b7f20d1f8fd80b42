"""Each run hands typer only the command it names (issue 12: start-up); the rest stays whole."""

from __future__ import annotations

import pytest
import typer.main

from govpub.cli import build_app, main
from govpub.cli._root import VALUE_OPTIONS, command_name, make_root


def test_value_options_are_the_root_options_that_take_a_value() -> None:
    root = typer.main.get_command(make_root())
    taking = {
        flag
        for param in root.params
        if not getattr(param, "is_flag", False) and not getattr(param, "count", False)
        for flag in (*param.opts, *param.secondary_opts)
    }
    assert VALUE_OPTIONS == taking


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["check", "post.md"], "check"),
        (["--config", "check", "accounts"], "accounts"),  # "check" is the file named by --config
        (["-c", "govpub.toml", "--json", "-vv", "publish", "p.md"], "publish"),
        (["--log-format", "json", "review", "approve"], "review"),
        (["--config=x.toml", "posts"], "posts"),
        (["--", "health"], "health"),
        (["--help"], None),
        (["--version"], None),
        ([], None),
    ],
)
def test_command_name(args: list[str], name: str | None) -> None:
    assert name == command_name(args)


def test_a_named_command_is_the_only_one_in_the_tree() -> None:
    whole = typer.main.get_command(build_app())
    names = sorted(whole.commands)  # type: ignore[attr-defined]
    assert {"accounts", "check", "publish", "review", "sandbox"} <= set(names)
    for name in names:
        tree = typer.main.get_command(build_app(name))
        assert [name] == sorted(tree.commands), name  # type: ignore[attr-defined]


def test_an_unknown_name_keeps_the_whole_tree_for_help_and_suggestions(
    capsys: pytest.CaptureFixture[str],
) -> None:
    whole = typer.main.get_command(build_app())
    assert sorted(whole.commands) == sorted(  # type: ignore[attr-defined]
        typer.main.get_command(build_app("chek")).commands  # type: ignore[attr-defined]
    )
    assert 2 == main(["chek", "post.md"])
    assert "Did you mean 'check'?" in capsys.readouterr().err
    assert 0 == main(["--help"])
    listing = capsys.readouterr().out
    for name in ("check", "publish", "accounts", "review", "sandbox"):
        assert name in listing
