"""Rendering a batch over every core: worker processes write the files, in order.

The database work of a batch (targets, data, numbers, records) stays in the calling process;
only the rendering (plain data + output path -> file), which is most of the time, goes to the
worker processes of ``core.workers``. Loading the renderers there takes about a second, more
than a usual batch takes alone: the generation dialog has them loaded in the background when
it opens, and a batch uses them once they are ready (else, and from the command line, it
renders here).

The first files start while the batch is still reading the database for the next ones
(``Spread.add``). Files complete in the order they were planned: at most a few are in
flight, and when the user cancels no new one is started, the ones in flight are finished, so
that what is written is always the first files of the plan (numbers stay gap-free). If a
worker fails, the files in flight are finished or cancelled before the error is raised, so
that the caller can remove every new file. A pool that breaks (a worker killed) is replaced,
and the batch goes on in this process.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable
from concurrent.futures import Future, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from ... import workers

log = logging.getLogger(__name__)

MIN_BATCH = 8  # below this, feeding the workers costs more than it saves


def can_spread(render: Callable[[Any, Path], Path], count: int) -> bool:
    """Whether a batch of ``count`` files is worth spreading, and its renderer can be sent to
    another process (a module-level function; Word renderers are closures and stay here)."""
    if count < MIN_BATCH or not workers.available():
        return False
    try:
        pickle.dumps(render)
    except (pickle.PicklingError, AttributeError, TypeError):
        return False
    return workers.ready()  # started by the generation dialog; else this batch is done here


class Spread:
    """The files of one batch, rendered by the worker processes as the batch plans them.

    ``add`` hands a file over while the batch is still being prepared (the database work of
    the next files overlaps the rendering of the first ones), and calls ``done(index)`` for
    the files complete so far, in order; ``finish`` waits for the rest; ``abandon`` cancels
    what has not started and waits for the others, so that the caller can remove every new
    file. A file added with ``now=False`` (one that would replace a file already there) and
    every file after it wait for ``finish``: nothing is replaced before the whole batch is
    known to go ahead.
    """

    def __init__(self, render: Callable[[Any, Path], Path], done: Callable[[int], None]):
        self.render, self.done = render, done
        self.pool = workers.executor()
        self.in_flight = 2 * workers.worker_count()
        self.items: list[tuple[Any, Path]] = []
        self.futures: list[Future] = []  # of the first items, in order
        self.held = False  # an item waits for ``finish``, and so do the ones after it
        self.barrier = 1 << 62  # the first item held: those before it must succeed first
        self.finished = 0  # files reported to ``done``

    def add(self, data: Any, path: Path, *, now: bool = True) -> None:
        self.items.append((data, path))
        self.held = self.held or not now
        if self.held:
            self.barrier = min(self.barrier, len(self.items) - 1)
            return
        while True:  # a few at a time: cancel stays quick
            self._report_complete()
            running = [f for f in self.futures[self.finished :] if not f.done()]
            if self._failed():
                self.held = True  # a file failed: ``finish`` raises its error
                return
            if len(running) < self.in_flight:
                break
            wait(running, return_when="FIRST_COMPLETED")
        try:
            self._submit()
        except BrokenProcessPool:  # ``finish`` renders the rest here
            self.held = True
            self.barrier = min(self.barrier, len(self.futures))
        self._report_complete()

    def _report_complete(self) -> None:
        """``done`` for the leading files already written (a failed one waits for finish)."""
        while self.finished < len(self.futures):
            future = self.futures[self.finished]
            if not future.done() or future.cancelled() or future.exception() is not None:
                return
            self.done(self.finished)
            self.finished += 1

    def _failed(self) -> bool:
        return any(
            f.done() and (f.cancelled() or f.exception() is not None)
            for f in self.futures[self.finished :]
        )

    def _submit(self) -> None:
        data, path = self.items[len(self.futures)]
        self.futures.append(self.pool.submit(self.render, data, path))

    def finish(self, *, stop: Callable[[], bool], stopped: bool = False) -> bool:
        """Wait for every file in order, submitting the ones held unless ``stop`` turns true
        (or the batch is ``stopped`` already); returns whether the batch was cut short (the
        files written are then the first ones)."""
        items = self.items
        try:
            while self.finished < len(items):
                while (
                    not stopped
                    and len(self.futures) < len(items)
                    and len(self.futures) - self.finished < self.in_flight
                ):
                    if stop():
                        stopped = True
                        break
                    if len(self.futures) == self.barrier:
                        # the files held may replace files already there: only once every
                        # file before them is written (a failure raises here, nothing replaced)
                        for future in self.futures:
                            future.result()
                    self._submit()
                if self.finished >= len(self.futures):
                    break
                self.futures[self.finished].result()
                self.done(self.finished)
                self.finished += 1
                if len(self.futures) < len(items):  # a batch complete is not « cancelled »
                    stopped = stopped or stop()
        except BrokenProcessPool:
            log.warning("Document workers stopped; the batch goes on in this process")
            workers.discard(self.pool)
            for index in range(self.finished, len(items)):  # the files in flight: again
                if index >= len(self.futures) and (stopped or stop()):
                    return True
                data, path = items[index]
                self.render(data, path)
                self.done(index)
                self.finished += 1
            return stopped
        except BaseException:
            self.abandon()
            raise
        return stopped or self.finished < len(items)

    def abandon(self) -> None:
        """Cancel the files not started and wait for the others: none is still being written
        when the caller removes the new files."""
        for future in self.futures:
            future.cancel()
        wait(self.futures)
