"""``govpub config check``: is this configuration right? Every problem at once, or what is in force.

Loads the configuration the way every command does — every section validated,
all problems reported with file, line, dotted key and a suggestion for a
misspelling — and, when it is valid, prints it as it is in force: defaults
filled in, each secret shown as its reference and never read (so it runs on
a machine without the platform secrets).  Exit 0 when valid, 2 otherwise.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import typer

from govpub.cli._common import (
    EXIT_OK,
    ConfigOption,
    JsonOption,
    emit_json,
    load_matrix,
    resolve_options,
)

if TYPE_CHECKING:
    from rich.console import Console


def register(app: typer.Typer) -> None:
    """Add the ``config`` group (``config check``) to ``app``."""
    group = typer.Typer(help="Check the configuration (govpub.toml).", no_args_is_help=True)

    @group.command("check")
    def check_command(config: ConfigOption = None, as_json: JsonOption = False) -> int:
        """检查配置文件：一次列出全部问题；无误时显示生效的配置（不读取、不显示密钥）。"""
        from rich.console import Console
        from rich.text import Text

        from govpub.config.view import configuration_view

        config, as_json = resolve_options(config, as_json)
        view = configuration_view(load_matrix(config))
        if as_json:
            emit_json({"ok": True, **view})
        else:
            console = Console(soft_wrap=True)
            console.print(Text(f"✓ {view['file']}：配置有效", style="bold green"))
            _print(console, view)
        return EXIT_OK

    app.add_typer(group, name="config")


def _print(console: Console, view: dict[str, Any]) -> None:
    """The view as TOML-like text: ``[section]`` then ``key = value`` lines."""
    from rich.text import Text

    for section in ("agency", "store", "policy", "review", "publisher", "health", "matrix"):
        body = view.get(section)
        if not body:
            continue
        console.print(Text(f"\n[{section}]", style="bold"))
        _lines(console, body, prefix="")
    for account in view["accounts"]:
        console.print(Text("\n[[accounts]]", style="bold"))
        _lines(console, account, prefix="")


def _lines(console: Console, data: dict[str, Any], *, prefix: str) -> None:
    from rich.text import Text

    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            _lines(console, value, prefix=f"{name}.")
        else:
            shown = json.dumps(value, ensure_ascii=False, default=str)
            console.print(Text(f"{name} = {shown}"))
