"""The user's data folders: default library, settings, logs (never beside the app)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Duizhao"
LIBRARY_SUFFIX = ".duizhao"


def data_dir() -> Path:
    override = os.environ.get("DUIZHAO_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_library_path() -> Path:
    return data_dir() / f"library{LIBRARY_SUFFIX}"


def log_dir() -> Path:
    override = os.environ.get("DUIZHAO_DATA_DIR")
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
