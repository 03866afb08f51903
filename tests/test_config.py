import pytest

from saring.config import ConfigError, load_config, load_preset, parse_config, preset_names


def test_presets_load_and_news_id_is_default():
    assert {"news-id", "web-id"} <= set(preset_names())
    config = load_preset()
    assert config.name == "news-id"
    assert [s.name for s in config.steps][:3] == ["extract", "url_filter", "normalize"]


def test_unknown_step_names_the_line(tmp_path):
    path = tmp_path / "pipeline.yaml"
    path.write_text("name: x\nsteps:\n  - normalize: {}\n  - normalise_typo: {}\n")
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert "line 4" in str(error.value)
    assert "normalise_typo" in str(error.value)


def test_unknown_option_names_step_option_and_line():
    text = "steps:\n  - normalize:\n      fix_mojibak: true\n"
    with pytest.raises(ConfigError) as error:
        parse_config(text, "mine.yaml")
    message = str(error.value)
    assert "mine.yaml, line 2" in message
    assert "fix_mojibak" in message


def test_keep_rule_needs_a_bound_and_a_snake_case_reason():
    with pytest.raises(ConfigError):
        parse_config("steps:\n  - keep:\n      rules:\n        - {reason: x, field: language}\n")
    with pytest.raises(ConfigError):
        parse_config("steps:\n  - keep:\n      rules:\n        - {reason: Bad Reason, field: a, min: 1}\n")


def test_document_step_after_a_corpus_step_is_refused():
    with pytest.raises(ConfigError, match="after a corpus step"):
        parse_config("steps:\n  - exact_dedup: {}\n  - normalize: {}\n")


def test_fingerprint_changes_with_options():
    a = parse_config("steps:\n  - normalize: {}\n")
    b = parse_config("steps:\n  - normalize: {max_blank_lines: 0}\n")
    assert a.fingerprint() != b.fingerprint()


def test_a_config_that_is_not_utf8_is_a_config_error(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(b"name: caf\xe9\nsteps: [normalize]\n")
    with pytest.raises(ConfigError, match=r"latin1\.yaml"):
        load_config(path)


def test_a_custom_step_that_cannot_be_imported_names_the_problem():
    for name in ("no_such_module:Step", ":Nothing", "json:loads"):
        with pytest.raises(ConfigError, match=r"(?i)step"):
            parse_config(f"steps:\n  - {name}: {{}}\n")
