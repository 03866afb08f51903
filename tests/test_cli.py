"""The command line: exit codes, messages without tracebacks, clean's JSON lines."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from corpus_helpers import ARTICLE, make_records, write_jsonl
from saring.cli import main


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "saring.cli", *args], input=stdin, capture_output=True,
                          text=True)


def test_missing_input_is_a_clear_message_and_exit_2(tmp_path):
    result = run_cli("run", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_unwritable_output_exits_2(tmp_path):
    source = write_jsonl(tmp_path / "a.jsonl", make_records(3))
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    result = run_cli("run", str(source), "-o", str(blocker / "out"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_bad_config_exits_2_with_location(tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("steps:\n  - nosuchstep: {}\n")
    source = write_jsonl(tmp_path / "a.jsonl", make_records(3))
    result = run_cli("run", str(source), "-o", str(tmp_path / "out"), "--config", str(config))
    assert result.returncode == 2
    assert "line 2" in result.stderr and "nosuchstep" in result.stderr


def test_errors_give_a_warning_line_and_exit_0(tmp_path, capsys):
    source = tmp_path / "a.jsonl"
    source.write_bytes(json.dumps({"id": "a", "text": "Satu dokumen yang baik."}).encode() + b"\n{oops\n")
    code = main(["run", str(source), "-o", str(tmp_path / "out"), "--no-report", "--workers", "1"])
    assert code == 0
    err = capsys.readouterr().err
    assert "warning: 1 input records could not be read (bad_json 1)" in err


def test_nothing_readable_exits_1(tmp_path):
    source = tmp_path / "a.jsonl"
    source.write_bytes(b"{oops\n{still broken\n")
    result = run_cli("run", str(source), "-o", str(tmp_path / "out"), "--no-report")
    assert result.returncode == 1
    assert "no input record could be read" in result.stderr


def test_clean_text_mode_and_jsonl_mode():
    result = run_cli("clean", "--text", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    record = json.loads(result.stdout)
    assert set(record) == {"id", "text", "metadata", "removed", "decision"}
    assert record["decision"] == "keep"
    lines = "".join(json.dumps({"id": f"x{i}", "text": ARTICLE}) + "\n" for i in range(3))
    result = run_cli("clean", stdin=lines + "not json\n")
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["x0", "x1", "x2"]
    assert "line 4" in result.stderr


def test_clean_reports_the_decision_without_dropping(tmp_path):
    config = tmp_path / "c.yaml"
    config.write_text("steps:\n  - normalize: {}\n  - keep:\n      rules:\n"
                      "        - {reason: not_from_kompas, field: outlet, in: [kompas.com], missing: drop}\n")
    result = run_cli("clean", "--config", str(config), stdin=json.dumps({"id": "a", "text": "isi"}) + "\n")
    assert json.loads(result.stdout)["decision"] == "not_from_kompas"


def test_steps_lists_registered_steps():
    result = run_cli("steps")
    assert result.returncode == 0
    assert "normalize" in result.stdout and "exact_dedup" in result.stdout and "keep" in result.stdout


def test_help_has_examples_for_every_command():
    for command in (["run"], ["clean"], ["demo"], ["steps"], ["dedup"], ["report"], ["explore"], ["lid", "train"]):
        result = run_cli(*command, "--help")
        assert result.returncode == 0 and "examples:" in result.stdout, command


def test_lid_train_writes_a_model_the_langid_step_can_use(tmp_path):
    data = tmp_path / "lid.jsonl"
    rows = [{"text": "Saya sedang makan nasi goreng di warung dekat rumah.", "lang": "ind"},
            {"text": "Aku lagi mangan sega goreng ing warung cedhak omah.", "lang": "jav"}] * 20
    data.write_text("".join(json.dumps(r) + "\n" for r in rows))
    model = tmp_path / "model.npz"
    result = run_cli("lid", "train", str(data), "-o", str(model))
    assert result.returncode == 0, result.stderr
    assert "2 languages" in result.stdout and model.exists()
    config = tmp_path / "c.yaml"
    config.write_text(f"steps:\n  - normalize: {{}}\n  - langid: {{model: {model}}}\n")
    cleaned = run_cli("clean", "--config", str(config), "--text", stdin="Aku arep mangan sega ing warung.")
    assert json.loads(cleaned.stdout)["metadata"]["language"] == "jav"


def test_lid_train_on_bad_data_exits_2(tmp_path):
    data = tmp_path / "bad.jsonl"
    data.write_text(json.dumps({"text": "tanpa label"}) + "\n")
    result = run_cli("lid", "train", str(data), "-o", str(tmp_path / "m.npz"))
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_dedup_reads_a_saring_output_and_keeps_its_metadata(tmp_path):
    records = [{"id": f"d{i}", "text": ARTICLE if i % 2 else ARTICLE.upper(), "source": "kompas.com"}
               for i in range(6)]
    source = write_jsonl(tmp_path / "in.jsonl", records)
    config = tmp_path / "c.yaml"
    config.write_text("steps:\n  - normalize: {}\n  - exact_dedup: {}\n")
    first = run_cli("run", str(source), "-o", str(tmp_path / "first"), "--config", str(config),
                    "--no-report", "--workers", "1")
    assert first.returncode == 0, first.stderr
    # the first run already removed the duplicates; a copy of its output, twice, has them again
    shutil.copytree(tmp_path / "first" / "documents", tmp_path / "again" / "a")
    shutil.copytree(tmp_path / "first" / "documents", tmp_path / "again" / "b")
    result = run_cli("dedup", str(tmp_path / "again"), "-o", str(tmp_path / "deduped"), "--config", str(config),
                     "--workers", "1")
    assert result.returncode == 0, result.stderr
    stats = json.loads((tmp_path / "deduped" / "stats.json").read_text())
    assert stats["input"] == 2 and stats["kept"] == 1
    assert stats["removed_by_step"] == {"exact_dedup": {"exact_duplicate": 1}}
    row = duckdb.sql(f"select metadata from read_parquet('{tmp_path}/deduped/documents/*.parquet')").fetchall()[0]
    assert json.loads(row[0])["source"] == "kompas.com"


def test_run_on_a_warc_with_the_default_preset(tmp_path):
    from fixtures.html.webpages import Response, page, slugs, write_warc

    responses = [Response(f"https://berita.example.id/{slug}", page(slug).encode()) for slug in slugs()[:4]]
    warc = write_warc(tmp_path / "crawl.warc.gz", responses)
    result = run_cli("run", str(warc), "-o", str(tmp_path / "out"), "--workers", "1", "--no-report")
    assert result.returncode == 0, result.stderr
    rows = duckdb.sql(f"select text, metadata from read_parquet('{tmp_path}/out/documents/*.parquet')").fetchall()
    assert len(rows) == 4
    for text, metadata in rows:
        assert "Baca juga" not in text and "<" not in text
        assert json.loads(metadata)["language"] == "ind"


def test_bad_shard_size_format_or_file_type_exits_2_without_a_traceback(tmp_path):
    source = write_jsonl(tmp_path / "a.jsonl", make_records(3))
    other = tmp_path / "a.csv"
    other.write_text("id,text\n")
    for args in (["--shard-size", "abc"], ["--shard-size", "-5"], ["--format", "bogus"]):
        result = run_cli("run", str(source), "-o", str(tmp_path / "out"), "--no-report", *args)
        assert result.returncode == 2, args
        assert "Traceback" not in result.stderr and "saring: error:" in result.stderr
    result = run_cli("run", str(other), "-o", str(tmp_path / "out2"), "--no-report")
    assert result.returncode == 2 and "cannot tell the format" in result.stderr
    assert "Traceback" not in result.stderr


def test_clean_gives_a_record_with_a_null_id_its_line_number(tmp_path):
    lines = json.dumps({"id": None, "text": "Satu dua."}) + "\n" + json.dumps({"text": "Tiga."}) + "\n"
    result = run_cli("clean", "--config", str(_normalize_only(tmp_path)), stdin=lines)
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["1", "2"]


def _normalize_only(tmp_path):
    config = tmp_path / "normalize.yaml"
    config.write_text("steps:\n  - normalize: {}\n")
    return config


def test_input_without_a_single_record_exits_1(tmp_path):
    source = tmp_path / "empty.parquet"
    pq.write_table(pa.table({"id": pa.array([], pa.string()), "text": pa.array([], pa.string())}), source)
    result = run_cli("run", str(source), "-o", str(tmp_path / "out"), "--no-report")
    assert result.returncode == 1
    assert "no input record could be read" in result.stderr
