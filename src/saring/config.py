"""Pipeline configs: YAML naming registered steps with their options, validated at load time.

A config looks like::

    name: news-id
    description: Indonesian news
    steps:
      - normalize: {}
      - keep:
          rules:
            - {reason: too_short, field: word_count, min: 50}

An unknown step, an unknown option, a wrong type, or a step that reads metadata no earlier step
writes fails here, with the file and line, not an hour into a run.
"""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from saring.pipeline import Pipeline
from saring.step import Step, UnknownStepError, get_step, registered_steps

__all__ = ["ConfigError", "PipelineConfig", "StepConfig", "load_config", "load_preset", "preset_names"]

DEFAULT_PRESET = "news-id"


class ConfigError(ValueError):
    """A config that cannot be turned into a pipeline; the message names the place."""


class StepConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    options: dict[str, Any] = {}
    line: int | None = None


class PipelineConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = "custom"
    description: str = ""
    source: str = "<string>"
    steps: list[StepConfig]

    def build(self) -> Pipeline:
        """Instantiate the steps (validating options and metadata order) and the pipeline."""
        steps: list[Step] = []
        written: set[str] = set()
        for step_config in self.steps:
            where = f"{self.source}, line {step_config.line}" if step_config.line else self.source
            try:
                cls = get_step(step_config.name)
            except UnknownStepError as error:
                raise ConfigError(f"{where}: {error.args[0]}") from None
            try:
                options = cls.Options.model_validate(step_config.options)
            except ValidationError as error:
                raise ConfigError(f"{where}: bad options for step {step_config.name!r}:\n{_explain(error)}") from None
            step = cls(options)
            reads = set(step.metadata_reads())
            # Fields no step writes come from the input records; a field a step writes but only later
            # (or not in this pipeline) is an ordering mistake worth failing on now.
            unwritten = reads - written
            misplaced = sorted(unwritten & _fields_steps_write()) if unwritten else []
            if misplaced:
                raise ConfigError(
                    f"{where}: step {step_config.name!r} reads {misplaced}, which no earlier step writes; "
                    "put the step that writes it first"
                )
            written |= set(cls.writes)
            steps.append(step)
        try:
            return Pipeline(steps)
        except ValueError as error:
            raise ConfigError(f"{self.source}: {error}") from None

    def fingerprint(self) -> str:
        """A hash of what the pipeline does, so a resume with another config is refused."""
        payload = repr([(s.name, sorted(s.options.items(), key=lambda kv: kv[0])) for s in self.steps])
        return hashlib.sha256(payload.encode()).hexdigest()[:16]


def _fields_steps_write() -> set[str]:
    return {name for cls in registered_steps().values() for name in cls.writes}


def _explain(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        location = ".".join(str(part) for part in item["loc"]) or "(options)"
        lines.append(f"  {location}: {item['msg']}")
    return "\n".join(lines)


def _parse(text: str, source: str) -> PipelineConfig:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ConfigError(f"{source}: not valid YAML: {error}") from None
    if not isinstance(data, dict) or "steps" not in data:
        raise ConfigError(f"{source}: a config is a mapping with a 'steps' list")
    unknown = sorted(set(data) - {"name", "description", "steps"})
    if unknown:
        raise ConfigError(f"{source}: unknown top-level keys {unknown}; allowed: name, description, steps")
    step_nodes = _child(root, "steps")
    raw_steps = data["steps"]
    if not isinstance(raw_steps, list):
        raise ConfigError(f"{source}: 'steps' must be a list")
    steps = []
    for index, entry in enumerate(raw_steps):
        node = step_nodes.value[index] if step_nodes is not None else None
        line = node.start_mark.line + 1 if node is not None else None
        if isinstance(entry, str):
            name, options = entry, {}
        elif isinstance(entry, dict) and len(entry) == 1:
            name, options = next(iter(entry.items()))
            options = options or {}
        else:
            raise ConfigError(f"{source}, line {line}: a step is `- name: {{options}}` or `- name`")
        if not isinstance(options, dict):
            raise ConfigError(f"{source}, line {line}: options of step {name!r} must be a mapping")
        steps.append(StepConfig(name=name, options=options, line=line))
    return PipelineConfig(
        name=str(data.get("name", Path(source).stem)),
        description=str(data.get("description", "")),
        source=source,
        steps=steps,
    )


def _child(node: yaml.Node | None, key: str) -> yaml.SequenceNode | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value_node in node.value:
        if key_node.value == key and isinstance(value_node, yaml.SequenceNode):
            return value_node
    return None


def load_config(path: str | Path) -> PipelineConfig:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"cannot read config {path}: {error.strerror}") from None
    except UnicodeDecodeError as error:
        raise ConfigError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    config = _parse(text, str(path))
    config.build()
    return config


def preset_names() -> list[str]:
    folder = resources.files("saring") / "presets"
    return sorted(p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml"))


def load_preset(name: str = DEFAULT_PRESET) -> PipelineConfig:
    resource = resources.files("saring") / "presets" / f"{name}.yaml"
    if not resource.is_file():
        raise ConfigError(f"unknown preset {name!r}; presets: {', '.join(preset_names())}")
    config = _parse(resource.read_text(encoding="utf-8"), f"preset {name}")
    config.build()
    return config


def parse_config(text: str, source: str = "<string>") -> PipelineConfig:
    """Parse and validate a config given as YAML text (used by the Python API and tests)."""
    config = _parse(text, source)
    config.build()
    return config
