"""Where the database lives: ``--db``, else ``FACILITATOR_DB``, else the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_NAME = "facilitator.db"


def default_db_path() -> Path:
    """The embedded default, e.g. ``~/.local/share/facilitator/facilitator.db`` on Linux."""
    return Path(platformdirs.user_data_dir("facilitator", appauthor=False)) / DB_NAME


def resolve_db_path(option: str | os.PathLike[str] | None = None) -> Path:
    if option:
        return Path(option).expanduser()
    env = os.environ.get("FACILITATOR_DB")
    if env:
        return Path(env).expanduser()
    return default_db_path()
