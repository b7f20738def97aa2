"""Tunables in one place: ``warta/settings.toml`` shipped with the package, overridable by a user
file named in ``WARTA_SETTINGS`` (same sections and keys; a user key replaces the shipped one)."""

from __future__ import annotations

import os
import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def settings() -> dict[str, dict[str, Any]]:
    """All settings, as ``{section: {key: value}}``."""
    base = tomllib.loads(resources.files("warta").joinpath("settings.toml").read_text("utf-8"))
    user = os.environ.get("WARTA_SETTINGS")
    if user:
        with open(user, "rb") as fh:
            for section, values in tomllib.load(fh).items():
                base.setdefault(section, {}).update(values)
    return base


def get(section: str, key: str) -> Any:
    """One setting; a missing key is a programming error and raises ``KeyError``."""
    return settings()[section][key]
