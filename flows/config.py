"""Configuration in one place: defaults < triangulate.toml < TRIANGULATE_* environment < CLI flags.

The file is `triangulate.toml` in the working directory (or the path in TRIANGULATE_CONFIG), with
its keys under `[triangulate]`. Each key can be overridden by an environment variable named
TRIANGULATE_<KEY> (upper case), e.g. TRIANGULATE_WAREHOUSE=/data/t.duckdb.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Settings:
    corpus: Path = Path("corpus")
    warehouse: Path = Path("warehouse/triangulate.duckdb")
    site: Path = Path("reports/site")
    schedule_cron: str = "0 6 * * *"  # daily at 06:00
    schedule_timezone: str = "UTC"
    task_runner: str = "threads"  # threads, or dask (needs dask_address)
    dask_address: str | None = None
    batch_documents: int = 200  # documents per extraction task
    max_document_bytes: int = 50_000_000

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given keys replaced; None values leave the key as it was."""
        given = {key: value for key, value in overrides.items() if value is not None}
        return dataclasses.replace(self, **_coerce(given))


def _coerce(values: dict[str, Any]) -> dict[str, Any]:
    types = {field.name: field.type for field in fields(Settings)}
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in types:
            raise ValueError(f"unknown setting {key!r}; known: {', '.join(sorted(types))}")
        kind = str(types[key])
        if kind == "Path":
            out[key] = Path(value)
        elif kind == "int":
            try:
                out[key] = int(value)
            except (TypeError, ValueError):
                raise ValueError(f"setting {key!r} must be a whole number, not {value!r}") from None
        else:
            out[key] = None if value in ("", None) else str(value)
    return out


def config_path() -> Path:
    return Path(os.environ.get("TRIANGULATE_CONFIG", "triangulate.toml"))


def load_settings() -> Settings:
    """Settings from the config file and the environment."""
    values: dict[str, Any] = {}
    path = config_path()
    if path.is_file():
        with path.open("rb") as handle:
            try:
                document = tomllib.load(handle)
            except tomllib.TOMLDecodeError as error:
                raise ValueError(f"{path}: {error}") from error
        values.update(document.get("triangulate", {}))
    for field in fields(Settings):
        env_value = os.environ.get(f"TRIANGULATE_{field.name.upper()}")
        if env_value is not None:
            values[field.name] = env_value
    return Settings().with_overrides(**values)
