"""Where input comes from and output goes: local paths, or any fsspec URL (``s3://…``).

Only this module opens paths, so remote storage is one place to get right. Local paths use the
plain OS calls (fast, no dependency); URLs with a scheme go through fsspec, which is imported only
then (the ``s3`` extra).
"""

from __future__ import annotations

import glob
import os
from dataclasses import dataclass
from typing import IO, Any

__all__ = ["InputError", "InputFile", "Storage", "expand_inputs", "is_remote", "open_binary", "storage_options"]

# Set by the CLI (--storage-option k=v) or the API; handed to fsspec for every URL.
_STORAGE_OPTIONS: dict[str, Any] = {}


class InputError(ValueError):
    """An input path that does not exist or matches nothing."""


def storage_options(options: dict[str, Any] | None = None) -> dict[str, Any]:
    """Get, or replace, the fsspec options used for URLs."""
    if options is not None:
        _STORAGE_OPTIONS.clear()
        _STORAGE_OPTIONS.update(options)
    return dict(_STORAGE_OPTIONS)


def is_remote(path: str) -> bool:
    return "://" in path and not path.startswith("file://")


def _filesystem(path: str) -> tuple[Any, str]:
    try:
        import fsspec
    except ImportError:  # pragma: no cover - depends on the install
        raise InputError(f"{path}: reading URLs needs the s3 extra: pip install 'saring[s3]'") from None
    fs, _, paths = fsspec.get_fs_token_paths(path, storage_options=_STORAGE_OPTIONS)
    return fs, paths[0] if paths else path


def open_binary(path: str) -> IO[bytes]:
    if is_remote(path):
        fs, real = _filesystem(path)
        return fs.open(real, "rb")
    return open(path.removeprefix("file://"), "rb")


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str
    size: int
    modified: int = 0
    """Modification time in ns where the storage tells it (0 otherwise): a resume checks it."""


def expand_inputs(inputs: list[str], suffixes: tuple[str, ...]) -> list[InputFile]:
    """Files, directories (recursively, files with a known suffix) and globs, sorted and unique."""
    found: dict[str, tuple[int, int]] = {}
    for item in inputs:
        matches = _expand_one(item, suffixes)
        if not matches:
            raise InputError(f"input {item!r} does not exist or matches no file")
        found.update(matches)
    return [InputFile(path, size, modified) for path, (size, modified) in sorted(found.items())]


def _expand_one(item: str, suffixes: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    if is_remote(item):
        fs, real = _filesystem(item)
        protocol = item.split("://", 1)[0]
        if any(ch in real for ch in "*?["):
            names = fs.glob(real)
        elif fs.isdir(real):
            names = [n for n in fs.find(real) if n.endswith(suffixes)]
        elif fs.exists(real):
            names = [real]
        else:
            names = []
        return {f"{protocol}://{n}": (int(fs.size(n) or 0), 0) for n in names}
    if any(ch in item for ch in "*?["):
        paths = [p for p in glob.glob(item, recursive=True) if os.path.isfile(p)]
    elif os.path.isdir(item):
        paths = [
            os.path.join(root, name)
            for root, _, names in os.walk(item)
            for name in names
            if name.endswith(suffixes)
        ]
    elif os.path.isfile(item):
        paths = [item]
    else:
        paths = []
    found = {}
    for path in paths:
        stat = os.stat(path)
        found[os.path.normpath(path)] = (stat.st_size, stat.st_mtime_ns)
    return found


class Storage:
    """The output directory: local or remote, with atomic publication of finished files."""

    def __init__(self, root: str) -> None:
        self.root = root.rstrip("/")
        self.remote = is_remote(root)
        self.fs: Any = None
        if self.remote:
            self.fs, self._real_root = _filesystem(root)

    def path(self, *parts: str) -> str:
        return "/".join((self.root, *parts))

    def _real(self, path: str) -> str:
        return path if not self.remote else self._real_root + path[len(self.root):]

    def makedirs(self, *parts: str) -> None:
        if not self.remote:
            os.makedirs(self.path(*parts), exist_ok=True)

    def exists(self, *parts: str) -> bool:
        target = self.path(*parts)
        if not self.remote:
            return os.path.exists(target)
        real = self._real(target)
        self.fs.invalidate_cache(real.rsplit("/", 1)[0])  # another worker may have written it since
        return self.fs.exists(real)

    def list(self, *parts: str) -> list[str]:
        """Names (not paths) of the files in a directory; empty when it does not exist."""
        folder = self.path(*parts)
        if self.remote:
            real = self._real(folder)
            self.fs.invalidate_cache(real)
            if not self.fs.exists(real):
                return []
            return sorted(p.rsplit("/", 1)[-1] for p in self.fs.ls(real, detail=False))
        return sorted(os.listdir(folder)) if os.path.isdir(folder) else []

    def open_read(self, *parts: str) -> IO[bytes]:
        target = self.path(*parts)
        return self.fs.open(self._real(target), "rb") if self.remote else open(target, "rb")

    def read_bytes(self, *parts: str) -> bytes:
        with self.open_read(*parts) as handle:
            return handle.read()

    def open_write(self, *parts: str) -> tuple[IO[bytes], str]:
        """Open a temporary file next to the target; ``publish`` moves it into place."""
        target = self.path(*parts)
        temporary = f"{target}.tmp-{os.getpid()}"
        if self.remote:
            return self.fs.open(self._real(temporary), "wb"), temporary
        os.makedirs(os.path.dirname(target), exist_ok=True)
        return open(temporary, "wb"), temporary

    def publish(self, temporary: str, *parts: str) -> None:
        """Atomically rename a finished temporary file to its final name."""
        target = self.path(*parts)
        if self.remote:
            self.fs.mv(self._real(temporary), self._real(target))
        else:
            os.replace(temporary, target)

    def write_bytes(self, data: bytes, *parts: str) -> None:
        handle, temporary = self.open_write(*parts)
        with handle:
            handle.write(data)
        self.publish(temporary, *parts)

    def remove_tree(self, *parts: str) -> None:
        target = self.path(*parts)
        if self.remote:
            real = self._real(target)
            if self.fs.exists(real):
                self.fs.rm(real, recursive=True)
        else:
            import shutil

            shutil.rmtree(target, ignore_errors=True)

    def local_path(self) -> str | None:
        return None if self.remote else self.root
