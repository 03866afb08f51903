"""The C kernels build wherever CI runs; elsewhere their absence only makes saring slower.

Each ``_*.c`` file beside a step is that step's hot loop; the step falls back to its own
pure-Python path (same results, tested per step) when the kernel is not built.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

import saring
from saring import kernels

PACKAGE = Path(saring.__file__).parent
SOURCES = sorted(PACKAGE.glob("**/_*.c"))


def module_name(source: Path) -> str:
    return ".".join(("saring", *source.relative_to(PACKAGE).with_suffix("").parts))


@pytest.mark.parametrize("source", SOURCES, ids=[module_name(s) for s in SOURCES])
def test_kernel_is_built(source: Path) -> None:
    name = module_name(source)
    try:
        importlib.import_module(name)
    except ImportError:
        if os.environ.get("CI"):
            raise
        pytest.skip(f"{name} is not built (no C compiler at install?): its step runs in pure Python")


@pytest.mark.skipif(not SOURCES, reason="an installed copy without the C sources")
def test_the_kernel_list_names_every_source() -> None:
    assert sorted(kernels.KERNELS) == sorted(module_name(source) for source in SOURCES)


def test_a_missing_kernel_is_reported_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kernels, "KERNELS", (*kernels.KERNELS, "saring.steps._not_there"))
    assert kernels.missing_kernels()[-1] == "saring.steps._not_there"
    note = kernels.slow_note()
    assert note is not None and "\n" not in note and "results are the same" in note
