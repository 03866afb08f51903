"""Which of saring's optional C kernels are built in this installation.

Each kernel is one step's hot loop (``steps/_news.c`` beside ``steps/news.py``); the step falls
back to pure Python with the same results when its kernel is missing, e.g. when saring was
installed where no C compiler was found. The document steps then run about four times slower, so the
CLI says so.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

KERNELS = (
    "saring._document",
    "saring.lid._features",
    "saring.steps._news",
    "saring.steps._news_title",
    "saring.steps._normalize",
    "saring.steps._pii",
    "saring.steps._quality",
    "saring.steps._spam",
)


def load(name: str) -> ModuleType | None:
    """The kernel module ``name``, or None where it is not built: the caller then takes its
    pure-Python path, which gives the same results."""
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


def missing_kernels() -> list[str]:
    return [name for name in KERNELS if importlib.util.find_spec(name) is None]


def slow_note() -> str | None:
    """A one-line note for the user when some kernels are missing, else None."""
    missing = missing_kernels()
    if not missing:
        return None
    return (f"saring: note: {len(missing)} of {len(KERNELS)} C kernels are not built here (no C compiler when "
            "saring was installed?): results are the same, runs are slower; reinstall with gcc for full speed")
