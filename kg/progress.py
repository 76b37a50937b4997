"""Progress a person can read, for long commands (extract, build, remove, export, load).

One object, :class:`Progress`, told the stage (``stage("extract", total=5000)``), the work done
(``advance(1, facts=12)``) and the end of the stage. On a terminal it draws a rich progress bar
with the stage, documents done / total, facts and the rate; when stderr is not a terminal (a
log, a pipe, CI) it writes one line per finished stage to stderr instead::

    kg build: extract 5000/5000 documents, 48113 facts in 41.2 s (121 documents/s, 1168 facts/s)
    kg build: resolve 48113 facts in 9.8 s (4910 facts/s)

Stages counted in rows (``kg export``: ``read``, ``write graphml``; the store's ``write``) say
rows done / total the same way::

    kg export: read 397982 rows in 19.4 s (20,492 rows/s)
    kg export: write json 351962/351962 rows in 28.2 s (12,475 rows/s)

A stage that runs in pieces (a streaming build resolves and writes group after group:
``stage("resolve", resume=True)``) goes on from where it stopped: its counts, time and rate
are those of all its pieces, and its one line is written when the command ends.

Off a terminal, a run of fewer than ``min_documents`` (50) documents and fewer than
``min_rows`` (20,000) rows writes no stage lines (small runs stay quiet, their stderr is their
errors); ``KG_PROGRESS=lines`` writes them always. ``Progress(enabled=False)`` stays silent
(library use, tests).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, TextIO


class Progress:
    def __init__(self, command: str = "kg", *, enabled: bool = True, stream: TextIO | None = None,
                 terminal: bool | None = None, min_documents: int = 50, min_rows: int = 20_000):
        self.command = command
        # off a terminal, a run of fewer documents writes no stage lines (KG_PROGRESS=lines: always)
        always = os.environ.get("KG_PROGRESS") == "lines"
        self.min_documents = 0 if always else min_documents
        self.min_rows = 0 if always else min_rows
        self._documents = 0  # documents seen by this run's stages
        self._rows = 0  # rows seen by this run's stages counted in rows
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.terminal = bool(enabled and (self.stream.isatty() if terminal is None else terminal))
        self.times: dict[str, float] = {}  # seconds per finished stage (wall clock)
        self.cpu: dict[str, float] = {}  # CPU seconds of this process per finished stage
        self._name: str | None = None
        self._unit = "documents"
        self._total: int | None = None
        self._done = 0
        self._facts = 0
        self._t0 = self._c0 = 0.0
        self._bar: Any = None
        self._task: Any = None
        self._resumed: dict[str, tuple[int, int, int | None, str]] = {}  # stage run in pieces: done, facts, total, unit
        self._resume = False


    # -- stages ------------------------------------------------------------------
    def stage(self, name: str, total: int | None = None, unit: str = "documents", *, resume: bool = False) -> None:
        """Start a stage (ending the one before). With ``resume`` the stage goes on from where
        it last stopped (counts and time), and its line waits for the end of the command."""
        self.end()
        self._name, self._total, self._unit = name, total, unit
        self._done = self._facts = 0
        self._t0 = time.perf_counter()
        self._c0 = time.process_time()
        self._resume = resume
        if resume and name in self._resumed:
            self._done, self._facts, before, _ = self._resumed[name]
            self._total = total if total is not None else before
            self._t0 -= self.times.get(name, 0.0)
            self._c0 -= self.cpu.get(name, 0.0)
        if self.terminal:
            self._start_bar()

    def total(self, total: int) -> None:
        """The stage's total, once it is known."""
        self._total = total
        if self._bar is not None:
            self._bar.update(self._task, total=total)

    def advance(self, n: int = 1, facts: int = 0) -> None:
        self._done += n
        self._facts += facts
        if self._unit == "documents":
            self._documents += n
        elif self._unit == "rows":
            self._rows += n
        if self._bar is not None:
            self._bar.update(self._task, advance=n, facts=self._facts, rate=self._rate())

    def end(self, note: str = "") -> None:
        """Finish the current stage: its time is kept, a line is written when not on a terminal."""
        if self._name is None:
            return
        spent = time.perf_counter() - self._t0
        if self._resume:  # the time of every piece so far (t0 was moved back by it)
            self.times[self._name] = spent
            self.cpu[self._name] = time.process_time() - self._c0
            self._resumed[self._name] = (self._done, self._facts, self._total, self._unit)
        else:
            self.times[self._name] = self.times.get(self._name, 0.0) + spent
            self.cpu[self._name] = self.cpu.get(self._name, 0.0) + time.process_time() - self._c0
        if self._bar is not None:
            self._bar.stop()
            self._bar = self._task = None
        elif not self._resume and self._loud():
            print(f"{self.command}: {self._line(spent)}{note}", file=self.stream, flush=True)
        self._name = None

    def _loud(self) -> bool:
        """Whether stage lines are written (off a terminal, for runs big enough)."""
        return self.enabled and not self.terminal and (
            self._documents >= self.min_documents or bool(self._rows and self._rows >= self.min_rows))

    def close(self) -> None:
        """End the current stage; the lines of the stages run in pieces are written now."""
        self.end()
        resumed, self._resumed = self._resumed, {}
        if not self._loud():
            return
        for name, (done, facts, total, unit) in resumed.items():
            self._name, self._done, self._facts, self._total, self._unit = name, done, facts, total, unit
            spent = self.times.get(name, 0.0)
            self._t0 = time.perf_counter() - spent
            print(f"{self.command}: {self._line(spent)}", file=self.stream, flush=True)
        self._name = None

    def __enter__(self) -> "Progress":
        return self

    def __exit__(self, *exc: object) -> None:
        if exc and exc[0] is not None and self._bar is not None:
            self._bar.stop()
            self._bar = None
            self._name = None
        self.close()

    # -- text --------------------------------------------------------------------
    def _rate(self) -> str:
        spent = max(time.perf_counter() - self._t0, 1e-9)
        out = f"{self._done / spent:,.0f} {self._unit}/s"
        if self._facts:
            out += f", {self._facts / spent:,.0f} facts/s"
        return out

    def _line(self, spent: float) -> str:
        done = f"{self._done}/{self._total}" if self._total is not None else str(self._done)
        parts = [f"{self._name} {done} {self._unit}" if self._done or self._total else str(self._name)]
        if self._facts:
            parts.append(f"{self._facts} facts")
        text = ", ".join(parts) + f" in {spent:.1f} s"
        if self._done and spent > 0:
            text += f" ({self._rate()})"
        return text

    def _start_bar(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress as Bar, TextColumn, TimeElapsedColumn

        self._bar = Bar(
            TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[facts]} facts"), TextColumn("{task.fields[rate]}"), TimeElapsedColumn(),
            console=Console(file=self.stream), transient=True,
        )
        self._bar.start()
        self._task = self._bar.add_task(f"{self.command} {self._name}", total=self._total, completed=self._done,
                                        facts=self._facts, rate="")
