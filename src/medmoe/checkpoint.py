"""Model directories: `config.json` + `model.safetensors` (+ `tokenizer.json`, `metadata.json`, other JSON).

Why this format: loading must never execute code (no pickle), and a hospital must be able to see what a
model is by reading text files. `config.json` names the model *kind*; a registry maps kinds to their config
dataclass and a builder, so `load_model` rebuilds the module from JSON and then fills it from safetensors.
Every file's SHA-256 is recorded at save time, so a tampered or truncated file fails with a clear message
before any tensor is used, and shapes are checked against the rebuilt model. `metadata.json` is the one
exception: it only describes the model (data, scores, command) and may be edited later, e.g. to add scores.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import nn

from medmoe import __version__
from medmoe.config import from_dict, to_dict
from medmoe.errors import CheckpointError, ConfigError
from medmoe.io.files import replace_dir, sha256_file
from medmoe.paths import SHIPPED_MODELS_DIR, user_models_dir

FORMAT_VERSION = 1
RESERVED = {"config", "metadata", "tokenizer"}
UNHASHED = {"metadata.json"}  # descriptive only; never read to build or run the model


@dataclass
class _Kind:
    config_cls: type
    build: Callable[[Any], nn.Module]


_KINDS: dict[str, _Kind] = {}


def register_model_kind(kind: str, config_cls: type, build: Callable[[Any], nn.Module]) -> None:
    """Make `kind` loadable: `build(config_cls instance)` must return the module whose state was saved."""
    _KINDS[kind] = _Kind(config_cls, build)


def registered_kinds() -> list[str]:
    return sorted(_KINDS)


@dataclass
class LoadedModel:
    model: nn.Module
    config: Any
    tokenizer: Any  # tokenizers.Tokenizer or None
    metadata: dict[str, Any]
    extra_json: dict[str, Any] = field(default_factory=dict)
    path: Path = Path(".")


def _write_json(path: Path, obj: Any) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n", encoding="utf-8")


def save_model(path: str | Path, model: nn.Module, config: Any, kind: str, tokenizer: Any = None,
               metadata: dict[str, Any] | None = None, extra_json: dict[str, Any] | None = None) -> Path:
    """Write a model directory at `path` (replacing an existing one atomically) and return it."""
    from safetensors.torch import save_model as st_save_model

    path = Path(path)
    extra_json = dict(extra_json or {})
    for name in extra_json:
        if name in RESERVED or not name or "/" in name or name.startswith("."):
            raise ConfigError(f"save_model.extra_json: {name!r} is not a usable file name")
    if kind not in _KINDS:
        raise ConfigError(f"save_model.kind: {kind!r} is not registered (call register_model_kind first)")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        # safetensors' save_model de-duplicates tied weights (e.g. the seq2seq output embedding).
        st_save_model(model, str(tmp / "model.safetensors"), metadata={"format": "pt", "kind": kind})
        if tokenizer is not None:
            if hasattr(tokenizer, "save") and type(tokenizer).__module__.startswith("tokenizers"):
                tokenizer.save(str(tmp / "tokenizer.json"))
            elif hasattr(tokenizer, "to_str"):
                (tmp / "tokenizer.json").write_text(tokenizer.to_str(), encoding="utf-8")
            elif hasattr(tokenizer, "backend_tokenizer"):  # transformers' fast tokenizer
                tokenizer.backend_tokenizer.save(str(tmp / "tokenizer.json"))
            else:
                raise ConfigError("save_model.tokenizer: expected a tokenizers.Tokenizer")
        for name, obj in extra_json.items():
            _write_json(tmp / f"{name}.json", obj)
        meta = {"medmoe_version": __version__, "torch_version": torch.__version__,
                "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                "n_parameters": sum(p.numel() for p in model.parameters())}
        meta.update(metadata or {})
        _write_json(tmp / "metadata.json", meta)
        files = sorted(p.name for p in tmp.iterdir() if p.name not in UNHASHED)
        builder = _KINDS[kind].build
        _write_json(tmp / "config.json", {
            "format_version": FORMAT_VERSION,
            "kind": kind,
            "kind_module": getattr(builder, "__module__", None),
            "config_class": type(config).__name__,
            "config": to_dict(config),
            "extra_json": sorted(extra_json),
            "sha256": {name: sha256_file(tmp / name) for name in files},
        })
        replace_dir(tmp, path, old=path.with_name(f".{path.name}.old-{os.getpid()}"))
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return path


def resolve_model_path(name_or_path: str | Path) -> Path:
    """An existing directory as given; else `$MEDMOE_HOME/models/<name>`; else the shipped `assets/models/<name>`."""
    p = Path(name_or_path).expanduser()
    if p.is_dir():
        return p
    name = str(name_or_path)
    tried = [str(p)]
    if "/" not in name and os.sep not in name:
        for base in (user_models_dir(), SHIPPED_MODELS_DIR):
            cand = base / name
            if cand.is_dir():
                return cand
            tried.append(str(cand))
    raise CheckpointError(f"model {name!r} not found (looked in: {', '.join(tried)})")


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CheckpointError(f"{path}: missing") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise CheckpointError(f"{path}: not valid JSON ({e})") from None


def load_model(name_or_path: str | Path, kind: str | None = None, device: str = "cpu") -> LoadedModel:
    """Rebuild and fill a model from its directory; any problem raises CheckpointError naming the file."""
    from safetensors import safe_open

    path = resolve_model_path(name_or_path)
    head = _read_json(path / "config.json")
    if not isinstance(head, dict) or "kind" not in head or "config" not in head:
        raise CheckpointError(f"{path / 'config.json'}: not a medmoe model config (no 'kind'/'config')")
    version = head.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise CheckpointError(f"{path / 'config.json'}: format_version {version!r} is not supported by this "
                              f"medmoe {__version__} (supports <= {FORMAT_VERSION}); upgrade medmoe")
    saved_kind = head["kind"]
    if kind is not None and saved_kind != kind:
        raise CheckpointError(f"{path}: holds a {saved_kind!r} model, expected {kind!r}")
    if saved_kind not in _KINDS:
        mod = head.get("kind_module")
        # Only medmoe's own modules are imported, never a module named by an untrusted file elsewhere.
        if isinstance(mod, str) and (mod == "medmoe" or mod.startswith("medmoe.")):
            try:
                importlib.import_module(mod)
            except ImportError:
                pass
        if saved_kind not in _KINDS:
            raise CheckpointError(f"{path}: model kind {saved_kind!r} is not registered in this installation")

    hashes = head.get("sha256") or {}
    weights = path / "model.safetensors"
    if not weights.is_file():
        raise CheckpointError(f"{weights}: missing")
    for name, digest in hashes.items():
        if name in UNHASHED:
            continue
        f = path / name
        if not f.is_file():
            raise CheckpointError(f"{f}: missing (listed in config.json)")
        if sha256_file(f) != digest:
            raise CheckpointError(f"{f}: checksum mismatch: the file is truncated, corrupted or was modified")

    entry = _KINDS[saved_kind]
    try:
        config = from_dict(entry.config_cls, head["config"])
    except ConfigError as e:
        raise CheckpointError(f"{path / 'config.json'}: bad config: {e}") from None
    model = entry.build(config)

    try:
        with safe_open(str(weights), framework="pt", device="cpu") as f:
            stored = {k: f.get_tensor(k) for k in f.keys()}
    except Exception as e:  # safetensors raises its own error types for truncated headers/data
        raise CheckpointError(f"{weights}: cannot read ({type(e).__name__}: {e})") from None
    expected = model.state_dict()
    # Tied weights are stored once; the other names point at the same tensor in the live model.
    aliases = _aliases(model)
    missing = [k for k in expected if k not in stored and aliases.get(k) not in stored]
    unexpected = [k for k in stored if k not in expected]
    if missing or unexpected:
        raise CheckpointError(f"{weights}: does not match the config (missing: {missing[:5]}, "
                              f"unexpected: {unexpected[:5]})")
    for k, t in stored.items():
        if tuple(t.shape) != tuple(expected[k].shape):
            raise CheckpointError(f"{weights}: tensor {k} has shape {tuple(t.shape)}, the config needs "
                                  f"{tuple(expected[k].shape)}")
    full = {k: stored[k] if k in stored else stored[aliases[k]] for k in expected}
    model.load_state_dict(full, strict=True)
    model.to(device)
    model.eval()

    tokenizer = None
    if (path / "tokenizer.json").is_file():
        from tokenizers import Tokenizer

        try:
            tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        except Exception as e:
            raise CheckpointError(f"{path / 'tokenizer.json'}: cannot load ({e})") from None
    metadata = _read_json(path / "metadata.json") if (path / "metadata.json").is_file() else {}
    extra = {name: _read_json(path / f"{name}.json") for name in head.get("extra_json", [])}
    return LoadedModel(model=model, config=config, tokenizer=tokenizer, metadata=metadata, extra_json=extra,
                       path=path)


def _aliases(model: nn.Module) -> dict[str, str]:
    """name -> another state-dict name sharing the same storage (for tied weights)."""
    sd = model.state_dict(keep_vars=True)
    first: dict[int, str] = {}
    out: dict[str, str] = {}
    for k, t in sd.items():
        key = t.data_ptr() if t.numel() else id(t)
        if key in first:
            out[k] = first[key]
            out[first[key]] = k
        else:
            first[key] = k
    return out


def _register_builtin() -> None:
    from medmoe.moe import MoEEncoder, MoESeq2Seq, TransformerConfig

    register_model_kind("moe-encoder", TransformerConfig, MoEEncoder)
    register_model_kind("moe-seq2seq", TransformerConfig, MoESeq2Seq)


_register_builtin()
