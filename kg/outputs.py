"""The one way kg writes output files: nothing kg did not create is ever deleted or replaced.

Every output (``kg extract -o``, ``kg export``) goes through this module:

- ``-`` is standard output (single-file outputs only); an empty name is refused.
- An existing non-regular target (a device such as ``/dev/null``, a FIFO) is opened and written
  directly: it is never renamed over. A symbolic link is followed: the file it points to is
  replaced, the link stays.
- A regular file is written to a temporary file in the same folder, then moved over the target
  with ``os.replace`` only when the whole output was written: a failed run leaves the previous
  output untouched. New files get the usual permissions (``0o666`` minus the umask); a replaced
  file keeps its own mode.
- A directory output (:func:`write_directory`) is only written into when it is new, empty, or a
  previous kg export of the same format that nobody has changed since (kg marks its export
  directories with :data:`MANIFEST`, listing the files it wrote and their SHA-256). ``force``
  allows any other directory, and even then only the files kg writes are replaced: nothing else
  in the directory is removed or touched.
- An operating-system error (permission denied, read-only file system, …) becomes a one-line
  :class:`~kg.errors.KgError` ``<path>: <reason>``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

from kg.errors import KgError

STDOUT = "-"
MANIFEST = ".kg-export.json"
TMP_PREFIX = ".kg-tmp-"


class OutputError(KgError):
    """An output cannot be written where asked (it would replace something kg did not write)."""


def target_path(target: str | os.PathLike) -> str:
    """The output name as given, checked: not empty; ``~`` expanded; ``-`` kept for stdout."""
    name = os.fspath(target)
    if not str(name).strip():
        raise OutputError("the output name is empty; give a file name, or - for standard output")
    return name if name == STDOUT else os.path.expanduser(name)


def os_error(path: str | os.PathLike, exc: OSError) -> KgError:
    """An OSError as the one-line ``<path>: <reason>`` kg prints."""
    return KgError(f"{os.fspath(path)}: {exc.strerror or exc}")


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def new_file_mode(executable: bool = False) -> int:
    """The mode ``open()`` would give a new file: 0o666 (0o777 if executable) minus the umask."""
    return (0o777 if executable else 0o666) & ~current_umask()


def file_identity(target: str | os.PathLike) -> tuple[int, int] | None:
    """(device, inode) of an existing regular output file (following links), else None."""
    name = os.fspath(target)
    if name == STDOUT:
        return None
    try:
        st = os.stat(os.path.expanduser(name))
    except OSError:
        return None
    return (st.st_dev, st.st_ino) if stat.S_ISREG(st.st_mode) else None


def refuse_if_same(target: str | os.PathLike, others: Iterable[str | os.PathLike], what: str) -> None:
    """Refuse to write ``target`` when it is the same file as one of ``others`` (an input, the
    database being read): kg would destroy what it reads."""
    ident = file_identity(target)
    if ident is None:
        return
    for other in others:
        if file_identity(other) == ident:
            raise OutputError(f"{os.fspath(target)}: is {what} ({os.fspath(other)}); choose another output (nothing was written)")


# -- single files ------------------------------------------------------------------------------
@contextmanager
def open_output(target: str | os.PathLike, *, binary: bool = False, encoding: str = "utf-8") -> Iterator[IO[Any]]:
    """Open ``target`` for writing one output; the output exists only if the block succeeds.

    Yields a text (or, with ``binary``, a bytes) file object. ``-`` is standard output; a device
    or FIFO is written in place; a regular file goes through a temporary file + ``os.replace``
    when the block ends without an exception (an exception removes the temporary file and
    leaves the previous output as it was)."""
    name = target_path(target)
    if name == STDOUT:
        sys.stdout.flush()
        fh = sys.stdout.buffer if binary else sys.stdout
        yield fh
        fh.flush()
        return
    if name.endswith(("/", os.sep)) and not os.path.exists(name):
        raise OutputError(f"{name}: names a directory; give a file name (nothing was written)")
    path = Path(name)
    try:
        st = os.stat(path)  # follows symbolic links: the type of what is written to
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise os_error(name, exc) from exc
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise OutputError(f"{name}: is a directory; give a file name (nothing was written)")
    if st is not None and not stat.S_ISREG(st.st_mode):
        yield from _write_in_place(name, path, binary, encoding)  # /dev/stdout too: opened through the link
        return
    yield from _write_replacing(name, _follow_links(path), st, binary, encoding)


def _follow_links(path: Path) -> Path:
    """A symbolic link's final target (so that the link itself is never replaced by a file)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _write_in_place(name: str, path: Path, binary: bool, encoding: str) -> Iterator[IO[Any]]:
    """A device or FIFO: open it and write, no temporary file, no rename."""
    try:
        fh = open(path, "wb") if binary else open(path, "w", encoding=encoding, newline="")
    except OSError as exc:
        raise os_error(name, exc) from exc
    try:
        with fh:
            yield fh
    except OSError as exc:
        if exc.filename not in (None, os.fspath(path)):
            raise
        raise os_error(name, exc) from exc


def _write_replacing(name: str, path: Path, st: os.stat_result | None, binary: bool, encoding: str) -> Iterator[IO[Any]]:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(path.parent, path.name)
        fd, tmp = tempfile.mkstemp(prefix=_tmp_prefix(path.name), dir=path.parent)
    except OSError as exc:
        raise os_error(name, exc) from exc
    try:
        fh = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding=encoding, newline="")
        with fh:
            yield fh
        _take_over(tmp, st)
        os.replace(tmp, path)
    except OSError as exc:
        _unlink(tmp)
        if exc.filename not in (None, tmp, os.fspath(path)):
            raise  # about another file (an input read inside the block): not the output's fault
        raise os_error(name, exc) from exc
    except BaseException:
        _unlink(tmp)
        raise


def _take_over(tmp: str, st: os.stat_result | None) -> None:
    """Give the temporary file the replaced file's mode (and owner, when allowed), else the
    mode a new file gets under the umask (mkstemp creates 0600)."""
    if st is None:
        os.chmod(tmp, new_file_mode())
        return
    os.chmod(tmp, stat.S_IMODE(st.st_mode))
    if hasattr(os, "chown") and (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
        try:
            os.chown(tmp, st.st_uid, st.st_gid)
        except OSError:
            pass  # not allowed (not root): the file becomes the writer's, as with any editor


def _tmp_prefix(name: str) -> str:
    """Temporary names say which process made them: ``.kg-tmp-<pid>-<name>.<random>``."""
    return f"{TMP_PREFIX}{os.getpid()}-{name}."


def _remove_stale(folder: Path, name: str) -> None:
    """Remove the temporary files (or scratch folders) a killed kg run left for this output:
    only names kg makes (:func:`_tmp_prefix`), only those of processes that no longer exist."""
    pattern = re.compile(re.escape(TMP_PREFIX) + r"(\d+)-" + re.escape(name) + r"\.[A-Za-z0-9_]+")
    try:
        entries = os.listdir(folder)
    except OSError:
        return
    for entry in entries:
        m = pattern.fullmatch(entry)
        if not m or _alive(int(m.group(1))):
            continue
        p = folder / entry
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p, ignore_errors=True)
        else:
            _unlink(p)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, another user's
    return True


def _unlink(path: str | Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def write_file(target: str | os.PathLike, write: Callable[[IO[bytes]], None]) -> str:
    """Write one output with ``write(binary_file)`` through :func:`open_output`; returns its name."""
    with open_output(target, binary=True) as fh:
        write(fh)
    return target_path(target)


# -- directories -------------------------------------------------------------------------------
def write_directory(target: str | os.PathLike, fmt: str, fill: Callable[[Path], None], *, force: bool = False) -> Path:
    """Write an output made of several files into the directory ``target``.

    ``fill(folder)`` writes the files (plain files, no sub-folders) into an empty scratch folder;
    they are then moved into ``target`` one by one with ``os.replace``, and :data:`MANIFEST`
    records them. ``target`` must be new, empty, or an unchanged previous kg export of ``fmt``;
    ``force`` allows any directory, but only kg's own files are replaced and nothing else is
    removed. Files of a previous export that this one no longer writes are removed only if
    they are still exactly as kg wrote them. Returns the directory."""
    name = target_path(target)
    if name == STDOUT:
        raise OutputError(f"{fmt} writes a directory, not one stream: give a directory name, not -")
    path = Path(name)
    created = _check_directory(name, path, fmt, force)
    try:
        _remove_stale(path, "")
        scratch = Path(tempfile.mkdtemp(prefix=_tmp_prefix(""), dir=path))
    except OSError as exc:
        _rmdir_if_created(path, created)
        raise os_error(name, exc) from exc
    try:
        fill(scratch)
        files = sorted(p.name for p in scratch.iterdir())
        bad = [f for f in files if f == MANIFEST or f.startswith(TMP_PREFIX) or not (scratch / f).is_file()]
        if bad:
            raise OutputError(f"{name}: the {fmt} writer made unexpected entries: {', '.join(bad)}")
        written = {f: _sha256(scratch / f) for f in files}
        previous = _read_manifest(path)
        for f in files:
            os.replace(scratch / f, path / f)
        for f, digest in (previous or {}).get("files", {}).items():
            if f not in written and _is_plain_name(f) and _sha256(path / f) == digest:
                _unlink(path / f)  # a file of the previous export, unchanged, no longer written
        manifest = {"kg_export": fmt, "files": written}
        with open_output(path / MANIFEST) as fh:
            json.dump(manifest, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
    except OSError as exc:
        raise os_error(name, exc) from exc
    finally:
        shutil.rmtree(scratch, ignore_errors=True)  # kg's own scratch folder, made above
        if not (path / MANIFEST).exists():
            _rmdir_if_created(path, created)  # a failed first export leaves no empty folder
    return path


def _check_directory(name: str, path: Path, fmt: str, force: bool) -> bool:
    """Refuse a target kg may not write into; create it when missing. True if created here."""
    if not path.exists():
        if path.is_symlink():
            raise OutputError(f"{name}: is a broken symbolic link; give another name (nothing was written)")
        try:
            path.mkdir(parents=True)
        except OSError as exc:
            raise os_error(name, exc) from exc
        return True
    if not path.is_dir():
        raise OutputError(f"{name}: exists and is not a directory; {fmt} export writes a directory (nothing was written)")
    if force:
        return False
    try:
        foreign = _foreign_entries(path, fmt)
    except OSError as exc:
        raise os_error(name, exc) from exc
    if foreign:
        shown = ", ".join(foreign[:5]) + (", …" if len(foreign) > 5 else "")
        raise OutputError(
            f"{name}: directory is not empty and not an unchanged kg {fmt} export (it holds {shown}); "
            "choose a new or empty directory, or add --force to write kg's files into it (nothing else is touched)"
        )
    return False


def _foreign_entries(path: Path, fmt: str) -> list[str]:
    """Entries of ``path`` kg did not write for a ``fmt`` export, or changed since."""
    manifest = _read_manifest(path)
    ours = manifest.get("files", {}) if manifest and manifest.get("kg_export") == fmt else {}
    foreign = []
    for entry in sorted(os.listdir(path)):
        if entry.startswith(TMP_PREFIX):
            continue  # scratch of an interrupted kg run: kg's, ignored
        if entry == MANIFEST and manifest is not None and manifest.get("kg_export") == fmt:
            continue
        p = path / entry
        if entry in ours and p.is_file() and not p.is_symlink() and _sha256(p) == ours[entry]:
            continue
        foreign.append(entry)
    return foreign


def _read_manifest(path: Path) -> dict | None:
    try:
        data = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("files"), dict):
        return None
    return data


def _is_plain_name(name: str) -> bool:
    return bool(name) and name not in (".", "..") and "/" not in name and os.sep not in name and name != MANIFEST


def _sha256(path: Path) -> str | None:
    try:
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
        return h.hexdigest()
    except OSError:
        return None


def _rmdir_if_created(path: Path, created: bool) -> None:
    if created:
        try:
            path.rmdir()  # only ever an empty directory kg made itself
        except OSError:
            pass


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_OR_NEWLINE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")


def printable(value: Any, *, one_line: bool = False) -> str:
    """``value`` as a string whose control characters (escape sequences, carriage returns …)
    are written out as ``\\xNN``: stored text cannot move the cursor or recolour a terminal.
    ``one_line`` escapes line breaks too (for ``Error:`` lines naming a file)."""
    pattern = _CONTROL_OR_NEWLINE if one_line else _CONTROL
    return pattern.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", str(value))
