"""The entry point's exit codes: typer.Exit codes pass through, user errors are one line with exit 2."""

from __future__ import annotations

import pytest
import typer

from medmoe.cli import main as cli_main
from medmoe.errors import InputError


def _app() -> typer.Typer:
    app = typer.Typer()

    @app.command()
    def failed_records() -> None:
        raise typer.Exit(1)

    @app.command()
    def bad_input() -> None:
        raise InputError("notes.jsonl:3: missing field 'text'")

    return app


@pytest.mark.parametrize(("cmd", "code"), [("failed-records", 1), ("bad-input", 2)])
def test_exit_codes(cmd: str, code: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(cli_main, "build_app", _app)
    with pytest.raises(SystemExit) as e:
        cli_main.main([cmd])
    assert e.value.code == code
    if code == 2:
        err = capsys.readouterr().err
        assert err.strip() == "error: notes.jsonl:3: missing field 'text'" and "Traceback" not in err
