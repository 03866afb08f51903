"""The command line. Thin: parse arguments, load a pipeline, call the API, print, set the exit code.

Exit codes: 0 success (possibly with error records, reported in one warning line); 1 when nothing
could be read or the accounting does not balance; 2 for usage errors (bad config, missing input,
unwritable output).
"""

from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import orjson

from saring import __version__
from saring.api import Sieve, load
from saring.config import DEFAULT_PRESET, ConfigError, preset_names
from saring.data import sample_file
from saring.io.files import InputError
from saring.step import get_step

EXAMPLES = {
    "run": """examples:
  saring run crawl/*.jsonl.zst -o out/                     # default preset (news-id), one worker per core
  saring run data/ -o out/ --preset web-id --workers 8
  saring run dump.parquet -o out/ --text-field content --id-field url
  saring run s3://bucket/crawl/ -o s3://bucket/clean/ --storage-option endpoint_url=http://127.0.0.1:9000
  # an interrupted run resumes when the same command is run again""",
    "clean": """examples:
  saring clean --text < article.txt                        # one raw text document
  saring clean docs.jsonl | jq .removed                    # JSONL with {"id", "text"} per line
  echo '{"id": "a", "text": "JAKARTA, KOMPAS.com - ..."}' | saring clean""",
    "steps": """examples:
  saring steps                                             # name, kind and one line on each step""",
    "report": """examples:
  saring report out/                                       # rewrites out/report.html
  saring report out/ -o /tmp/corpus-report.html""",
    "explore": """examples:
  saring explore out/                                      # then open http://127.0.0.1:8765
  saring explore out/ --port 9000""",
    "demo": """examples:
  saring demo                                              # writes ./saring-demo
  saring demo -o /tmp/demo-out""",
}


# The bundled sample corpus: news, other pages (languages, spam, copies) and broken records.
SAMPLE_INPUTS = ("news.jsonl.gz", "other.jsonl", "broken.jsonl")


class UsageError(Exception):
    """A problem with what the user asked for: printed as one line, exit code 2."""


def _add_pipeline_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--preset", default=None, help=f"a shipped pipeline: {', '.join(preset_names())} "
                                                      f"(default {DEFAULT_PRESET})")
    group.add_argument("--config", type=Path, help="a pipeline config YAML file")


def _sieve(args: argparse.Namespace) -> Sieve:
    try:
        return load(preset=args.preset, config=args.config) if args.config else load(preset=args.preset)
    except ConfigError as error:
        raise UsageError(str(error)) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="saring",
        description="Sieve crawled Indonesian web and news text into a clean, deduplicated, annotated corpus.",
        epilog="Run `saring COMMAND --help` for a command's options and examples.",
    )
    parser.add_argument("--version", action="version", version=f"saring {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser("run", help="run a pipeline over files into an output directory",
                              epilog=EXAMPLES["run"], formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("inputs", nargs="+", metavar="INPUT",
                     help="files, directories or globs (.jsonl[.gz|.zst], .parquet, .txt, .warc[.gz], .html)")
    run.add_argument("-o", "--output", required=True, help="output directory (local path or URL)")
    _add_pipeline_options(run)
    run.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    run.add_argument("--executor", choices=["local", "ray"], default="local")
    run.add_argument("--ray-address", help="join this Ray cluster (default: start a local one)")
    run.add_argument("--text-field", default="text", help="the field holding the text (default: text)")
    run.add_argument("--id-field", default="id", help="the field holding the id (default: id)")
    run.add_argument("--format", help="read every input as this format instead of guessing from its suffix")
    run.add_argument("--shard-size", default="64MB", help="split large JSONL files into shards of this size")
    run.add_argument("--storage-option", action="append", default=[], metavar="KEY=VALUE",
                     help="an fsspec option for URLs (repeatable), e.g. endpoint_url=http://127.0.0.1:9000")
    run.add_argument("--overwrite", action="store_true",
                     help="start the output again, discarding what an earlier run left in it")
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.add_argument("--no-report", action="store_true", help="do not write report.html")

    dedup = commands.add_parser(
        "dedup", help="deduplicate a corpus that exists already (e.g. a saring output's documents/)",
        epilog="""examples:
  saring dedup out/documents/ -o deduped/            # the dedup steps of news-id
  saring dedup corpus.parquet -o deduped/ --config dedup.yaml""",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    dedup.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories or globs")
    dedup.add_argument("-o", "--output", required=True, help="output directory (local path or URL)")
    _add_pipeline_options(dedup)
    dedup.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    dedup.add_argument("--text-field", default="text")
    dedup.add_argument("--id-field", default="id")
    dedup.add_argument("--overwrite", action="store_true",
                       help="start the output again, discarding what an earlier run left in it")

    clean = commands.add_parser("clean", help="clean documents one by one and show what was removed and why",
                                epilog=EXAMPLES["clean"], formatter_class=argparse.RawDescriptionHelpFormatter)
    clean.add_argument("input", nargs="?", default="-", help="a JSONL file, or - for standard input (default)")
    clean.add_argument("--text", action="store_true", help="treat the whole input as one raw text document")
    clean.add_argument("--text-field", default="text")
    clean.add_argument("--id-field", default="id")
    _add_pipeline_options(clean)

    demo = commands.add_parser("demo", help="run the default preset on the bundled sample corpus",
                               epilog=EXAMPLES["demo"], formatter_class=argparse.RawDescriptionHelpFormatter)
    demo.add_argument("-o", "--output", default="saring-demo", help="output directory (default ./saring-demo)")
    demo.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    _add_pipeline_options(demo)

    commands.add_parser("steps", help="list the registered steps", epilog=EXAMPLES["steps"],
                        formatter_class=argparse.RawDescriptionHelpFormatter)

    lid = commands.add_parser("lid", help="language-ID model tools")
    lid_commands = lid.add_subparsers(dest="lid_command", metavar="COMMAND", required=True)
    train = lid_commands.add_parser(
        "train", help="train a language-ID model on your own labelled JSONL ({text, lang} per line)",
        epilog="examples:\n  saring lid train labelled.jsonl -o my-lid.npz\n"
               "  # then in a config:  - langid: {model: my-lid.npz}",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    train.add_argument("inputs", nargs="+", metavar="INPUT", help="JSONL files with `text` and `lang` fields")
    train.add_argument("-o", "--output", required=True, help="where to write the model (.npz)")
    train.add_argument("--bits", type=int, default=18, help="hashed feature space size, 2^bits (default 18)")
    train.add_argument("--alpha", type=float, default=0.1, help="naive Bayes smoothing (default 0.1)")

    report = commands.add_parser("report", help="write the HTML report of an output directory",
                                 epilog=EXAMPLES["report"], formatter_class=argparse.RawDescriptionHelpFormatter)
    report.add_argument("output", metavar="OUT", help="an output directory of `saring run`")
    report.add_argument("-o", "--report", help="where to write it (default OUT/report.html)")

    explore = commands.add_parser("explore", help="browse kept and removed documents in a local web app",
                                  epilog=EXAMPLES["explore"], formatter_class=argparse.RawDescriptionHelpFormatter)
    explore.add_argument("output", metavar="OUT", help="an output directory of `saring run`")
    explore.add_argument("--port", type=int, default=8765)
    explore.add_argument("--host", default="127.0.0.1",
                         help="address to bind (default 127.0.0.1: this machine only)")
    explore.add_argument("--allow-remote", action="store_true",
                         help="allow binding an address that other machines can reach")
    return parser


def _size(text: str) -> int:
    units = {"KB": 1 << 10, "MB": 1 << 20, "GB": 1 << 30, "B": 1}
    upper = text.strip().upper()
    number, factor = upper, 1
    for unit, unit_factor in units.items():
        if upper.endswith(unit):
            number, factor = upper[: -len(unit)], unit_factor
            break
    try:
        size = int(float(number) * factor)
    except (ValueError, OverflowError):
        raise UsageError(f"--shard-size needs a size such as 64MB, got {text!r}") from None
    if size < 1:
        raise UsageError(f"--shard-size must be positive, got {text!r}")
    return size


def _storage_options(pairs: list[str]) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for pair in pairs:
        if "=" not in pair:
            raise UsageError(f"--storage-option needs KEY=VALUE, got {pair!r}")
        key, value = pair.split("=", 1)
        if key in ("endpoint_url", "region_name"):
            options.setdefault("client_kwargs", {})[key] = value
        else:
            options[key] = value
    return options


def _note_missing_kernels() -> None:
    from saring.kernels import slow_note

    note = slow_note()
    if note:
        print(note, file=sys.stderr)


def cmd_run(args: argparse.Namespace) -> int:
    sieve = _sieve(args)
    _note_missing_kernels()
    try:
        summary = sieve.run(
            args.inputs, args.output, workers=args.workers, executor=args.executor,
            text_field=args.text_field, id_field=args.id_field, progress=not args.no_progress and sys.stderr.isatty(),
            shard_bytes=_size(args.shard_size), format=args.format, ray_address=args.ray_address,
            storage_options=_storage_options(args.storage_option), overwrite=args.overwrite,
        )
    except InputError as error:
        raise UsageError(str(error)) from None
    if not args.no_report:
        _write_report(args.output)
    return _finish(summary)


def cmd_dedup(args: argparse.Namespace) -> int:
    """Only the corpus steps (deduplication) of the chosen pipeline, over existing documents."""
    config = _sieve(args).config
    steps = [s for s in config.steps if not get_step(s.name).document_level]
    if not steps:
        raise UsageError(f"{config.source} has no deduplication steps")
    sieve = Sieve(config.model_copy(update={"name": f"{config.name}-dedup", "steps": steps}))
    try:
        summary = sieve.run(args.inputs, args.output, workers=args.workers, text_field=args.text_field,
                            id_field=args.id_field, progress=sys.stderr.isatty(), overwrite=args.overwrite)
    except InputError as error:
        raise UsageError(str(error)) from None
    _write_report(args.output)
    return _finish(summary)


def _write_report(output: str) -> str | None:
    """The HTML report of a finished run; needs the web extra and a local output directory."""
    if "://" in output:
        return None
    try:
        from saring.report.html import write_report
    except ImportError:
        return None
    return write_report(output)


def _finish(summary: dict[str, Any]) -> int:
    print(
        f"saring: {summary['input']:,} documents in, {summary['kept']:,} kept, {summary['removed']:,} removed, "
        f"{summary['errors']:,} errors; {summary['seconds']:.1f} s; output in {summary['output']}",
        file=sys.stderr,
    )
    if summary["errors"]:
        kinds = ", ".join(f"{k} {v}" for k, v in summary["errors_by_kind"].items())
        print(f"warning: {summary['errors']:,} input records could not be read ({kinds}); "
              f"see {summary['output']}/errors/", file=sys.stderr)
    if summary["errors"] == summary["input"]:  # all unreadable, or no record at all (a zero-row Parquet)
        print("error: no input record could be read", file=sys.stderr)
        return 1
    return 0


def cmd_clean(args: argparse.Namespace) -> int:
    sieve = _sieve(args)
    try:
        stream = sys.stdin.buffer if args.input == "-" else open(args.input, "rb")  # noqa: SIM115
    except OSError as error:
        raise UsageError(f"cannot read {args.input}: {error.strerror}") from None
    out = sys.stdout.buffer
    with stream:
        if args.text:
            text = stream.read().decode("utf-8", errors="replace")
            _emit(out, sieve.clean(text, "text" if args.input == "-" else args.input).to_dict())
            return 0
        bad = 0
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                record = orjson.loads(line)
                text = record[args.text_field]
                if not isinstance(text, str):
                    raise TypeError(f"{args.text_field!r} is not a string")
            except (orjson.JSONDecodeError, KeyError, TypeError) as error:
                bad += 1
                print(f"warning: line {number}: {type(error).__name__}: {error}", file=sys.stderr)
                continue
            doc_id = record.pop(args.id_field, None)
            doc_id = str(number if doc_id is None or doc_id == "" else doc_id)
            record.pop(args.text_field)
            _emit(out, sieve.clean(text, doc_id, record).to_dict())
        return 0


def _emit(out: Any, payload: dict[str, Any]) -> None:
    out.write(orjson.dumps(payload, option=orjson.OPT_APPEND_NEWLINE, default=str))
    out.flush()


def cmd_demo(args: argparse.Namespace) -> int:
    inputs = [str(sample_file(name)) for name in SAMPLE_INPUTS]
    if not all(Path(path).is_file() for path in inputs):
        raise UsageError("the bundled sample corpus is missing from this installation")
    sieve = _sieve(args)
    _note_missing_kernels()
    summary = sieve.run(inputs, args.output, workers=args.workers, progress=sys.stderr.isatty(), overwrite=True)
    report = _write_report(args.output)
    print(demo_summary(summary, report))
    return 0 if summary["kept"] else 1


def demo_summary(summary: dict[str, Any], report: str | None) -> str:
    lines = [
        f"saring demo: the {summary['config']} preset over the bundled sample corpus",
        f"  {summary['input']:,} documents in: {summary['kept']:,} kept, {summary['removed']:,} removed, "
        f"{summary['errors']:,} unreadable records (on purpose: the sample has broken lines)",
        "",
        "  documents removed, by step and reason:",
    ]
    for step, reasons in summary["removed_by_step"].items():
        for reason, count in sorted(reasons.items(), key=lambda kv: -kv[1]):
            lines.append(f"    {count:6,}  {step} / {reason}")
    if summary["lines_removed_by_reason"]:
        lines += ["", "  lines removed from kept documents, by reason:"]
        for reason, count in list(summary["lines_removed_by_reason"].items())[:12]:
            lines.append(f"    {count:6,}  {reason}")
    if summary["spans_removed_by_reason"]:
        lines += ["", "  spans cut out of kept lines, by reason:"]
        for reason, count in list(summary["spans_removed_by_reason"].items())[:12]:
            lines.append(f"    {count:6,}  {reason}")
    if summary["errors_by_kind"]:
        lines += ["", "  unreadable records, by kind:"]
        for kind, count in summary["errors_by_kind"].items():
            lines.append(f"    {count:6,}  {kind}")
    output = summary["output"]
    lines += [
        "",
        "  outputs:",
        f"    {output}/documents/   kept documents (Parquet)",
        f"    {output}/removed/     removed documents with step and reason (Parquet)",
        f"    {output}/errors/      unreadable records with file and position (JSONL)",
        f"    {output}/stats.json   the counts above",
    ]
    if report:
        column = len(output) + len("/stats.json   ")  # the report's note lines up with the others
        lines += [f"    {str(report).ljust(column - 1)} the report: open it in a browser",
                  "", f"  explore the documents: saring explore {output}"]
    return "\n".join(lines)


def cmd_steps(args: argparse.Namespace) -> int:
    from saring.step import registered_steps

    steps = registered_steps()
    width = max(len(name) for name in steps)
    for name, cls in steps.items():
        kind = "corpus" if not cls.document_level else "document"
        print(f"{name:<{width}}  [{kind}]  {cls.description}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from saring.report.html import write_report
    from saring.report.store import OutputNotFoundError

    try:
        print(write_report(args.output, args.report))
    except OutputNotFoundError as error:
        raise UsageError(str(error)) from None
    return 0


def cmd_explore(args: argparse.Namespace) -> int:
    from saring.report.explore import PortUnavailableError, serve
    from saring.report.store import OutputNotFoundError

    try:
        serve(args.output, host=args.host, port=args.port, allow_remote=args.allow_remote)
    except (OutputNotFoundError, PermissionError, PortUnavailableError) as error:
        raise UsageError(str(error)) from None
    return 0


def cmd_lid(args: argparse.Namespace) -> int:
    from saring.lid.train import TrainingDataError, train

    try:
        model = train(args.inputs, args.output, bits=args.bits, alpha=args.alpha)
    except (TrainingDataError, FileNotFoundError) as error:
        raise UsageError(str(error)) from None
    print(f"saring: wrote {args.output} ({len(model.labels)} languages: {', '.join(model.labels)})")
    return 0


COMMANDS = {"run": cmd_run, "dedup": cmd_dedup, "lid": cmd_lid, "clean": cmd_clean, "demo": cmd_demo, "steps": cmd_steps, "report": cmd_report,
            "explore": cmd_explore}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except UsageError as error:
        print(f"saring: error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"saring: error: {error.filename or ''}: {error.strerror or error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("saring: interrupted; run the same command again to resume", file=sys.stderr)
        return 130
    except BrokenProcessPool:
        print("saring: error: a worker process died (killed, or out of memory); finished shards are kept: "
              "run the same command again to resume", file=sys.stderr)
        return 1
    except Exception as error:
        from saring.pipeline import AccountingError
        from saring.run import RunMismatchError

        if isinstance(error, RunMismatchError):
            print(f"saring: error: {error}", file=sys.stderr)
            return 2
        if isinstance(error, AccountingError):
            print(f"saring: error: {error}", file=sys.stderr)
            return 1
        raise


if __name__ == "__main__":
    sys.exit(main())
