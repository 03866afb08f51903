"""What the README tells a new user must keep working."""

from __future__ import annotations

import re
from pathlib import Path

from saring.config import parse_config

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_example_config_loads():
    blocks = re.findall(r"```yaml\n(.*?)```", README, re.DOTALL)
    assert blocks, "the README shows a config"
    for block in blocks:
        parse_config(block, "README.md")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    command = next(line.strip() for line in ci.splitlines() if line.strip() and not line.startswith(("#", "set", "cd")))
    assert command in README
