"""Where medmoe keeps things on disk.

MEDMOE_HOME (default ~/.cache/medmoe) holds user data: downloaded datasets, newer HPO releases, models a
user trained, de-identification keys. Models shipped with the package live under `medmoe/assets/models`.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ASSETS_DIR = PACKAGE_DIR / "assets"
SHIPPED_MODELS_DIR = ASSETS_DIR / "models"


def medmoe_home() -> Path:
    return Path(os.environ.get("MEDMOE_HOME", Path.home() / ".cache" / "medmoe")).expanduser()


def user_models_dir() -> Path:
    return medmoe_home() / "models"


def shared_data_dir() -> Path | None:
    """The team's `../shared/data` beside the repository checkout, if present (CI, developers)."""
    env = os.environ.get("MEDMOE_SHARED_DATA")
    candidates = [Path(env)] if env else []
    repo_root = PACKAGE_DIR.parent.parent
    candidates.append(repo_root.parent / "shared" / "data")
    for c in candidates:
        if c.is_dir():
            return c
    return None
