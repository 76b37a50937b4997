"""Dataclasses made without compiling their methods' source text in every process.

``dataclasses`` writes each method it generates (``__init__``, ``__repr__``, ``__eq__``, the
frozen ``__setattr__`` …) as source text and compiles it with ``exec`` when the class is made:
~150 methods for kg's classes, ~20 ms of every ``kg extract`` (the bytecode cache does not hold
them). :func:`install` puts in place of ``dataclasses._create_fn`` a copy that runs the code
object compiled from the same text, kept in kg's cache folder (one file per Python, ``marshal``;
read once, written at exit when the run compiled one it did not hold). The methods are the same:
the same text compiled as ``exec`` compiles it (no ``__future__`` flags of the caller), run with
the same globals and locals (``tests/test_speed24.py`` compares them). Installed only on the
CPython whose ``_create_fn`` the copy was checked against (3.11); elsewhere nothing changes.
"""

from __future__ import annotations

import atexit
import dataclasses
import hashlib
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from kg import fast_re

# :func:`_fingerprint` of ``dataclasses._create_fn`` on the CPython versions whose source was
# compared with the copy below
_CHECKED = {"c089bc7070f0891955049fdbe0d0a32d28fed5bf7c1b8d5243c5c1a2295c59d5"}  # 3.11.7
_FORMAT = b"kg-dataclass-code 1\n"
_MAX_ENTRIES = 2000
_original = dataclasses._create_fn  # type: ignore[attr-defined]  # private: not in typeshed
_codes: dict[str, CodeType] | None = None
_added = False


def _fingerprint(code: CodeType) -> str:
    """A digest of a function's code, its nested code objects by their own digest (their repr
    holds an address)."""
    parts = [code.co_code, repr(code.co_names).encode(), repr(code.co_varnames).encode()]
    parts += [(_fingerprint(c) if isinstance(c, CodeType) else repr(c)).encode() for c in code.co_consts]
    return hashlib.sha256(b"\0".join(parts)).hexdigest()


def checked() -> bool:
    """Whether this Python's ``dataclasses._create_fn`` is the one :func:`create_fn` copies."""
    return sys.implementation.name == "cpython" and _fingerprint(_original.__code__) in _CHECKED


def install() -> None:
    """Use :func:`create_fn` for the dataclasses made from now on (when a cache folder is set and
    this Python's ``_create_fn`` is the one copied)."""
    if checked() and fast_re.cache_dir() is not None:
        dataclasses._create_fn = create_fn  # type: ignore[attr-defined]


def cache_file() -> Path | None:
    folder = fast_re.cache_dir()
    if folder is None:
        return None
    tag = f"{sys.implementation.cache_tag}-{sys.version}-{marshal.version}"
    return folder / f"dc-{hashlib.sha256(tag.encode()).hexdigest()[:16]}.bin"


def _code(txt: str) -> CodeType:
    """The code object of ``txt`` as ``exec(txt, …)`` in ``dataclasses`` compiles it."""
    global _codes, _added
    if _codes is None:
        loaded = fast_re._read_file(cache_file(), _FORMAT)
        _codes = {k: v for k, v in loaded.items() if isinstance(k, str) and isinstance(v, CodeType)}
        atexit.register(_save)
    code = _codes.get(txt)
    if code is None:
        code = compile(txt, "<string>", "exec", dont_inherit=True)
        if len(_codes) < _MAX_ENTRIES:
            _codes[txt] = code
            _added = True
    return code


def _save() -> None:
    global _added
    path = cache_file()
    if not _added or _codes is None or path is None:
        return
    _added = False
    try:
        fast_re._write_file(path, _FORMAT, _codes)
    except Exception:  # noqa: BLE001 - a cache that cannot be written is no error: the next run compiles
        pass


def create_fn(name, args, body, *, globals=None, locals=None,  # noqa: ANN001, ANN201, A002 (its own signature)
              return_type=dataclasses.MISSING):
    """``dataclasses._create_fn`` (the same lines), the text's code object taken from :func:`_code`."""
    # Note that we may mutate locals. Callers beware!
    # The only callers are internal to this module, so no
    # worries about external callers.
    if locals is None:
        locals = {}
    return_annotation = ''
    if return_type is not dataclasses.MISSING:
        locals['_return_type'] = return_type
        return_annotation = '->_return_type'
    args = ','.join(args)
    body = '\n'.join(f'  {b}' for b in body)

    # Compute the text of the entire function.
    txt = f' def {name}({args}){return_annotation}:\n{body}'

    local_vars = ', '.join(locals.keys())
    txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
    ns: dict[str, Any] = {}
    exec(_code(txt), globals, ns)
    return ns['__create_fn__'](**locals)
