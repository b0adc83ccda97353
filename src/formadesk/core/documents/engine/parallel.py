"""Rendering a batch over every core: worker processes write the files, in order.

The database work of a batch (targets, data, numbers, records) stays in the calling process;
only the rendering (plain data + output path -> file), which is most of the time, goes to the
worker processes of ``core.workers``. Loading the renderers there takes about a second, more
than a usual batch takes alone: the generation dialog has them loaded in the background when
it opens, and a batch uses them once they are ready (else, and from the command line, it
renders here).

Files complete in the order they were planned: at most a few are in flight, and when the user
cancels no new one is started, the ones in flight are finished, so that what is written is
always the first files of the plan (numbers stay gap-free). If a worker fails, the files in
flight are finished or cancelled before the error is raised, so that the caller can remove
every new file. A pool that breaks (a worker killed) is replaced, and the batch goes on in this
process.
"""

from __future__ import annotations

import logging
import pickle
from collections import deque
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


class Pipeline:
    """Files rendered by the workers as their data is built, completed in order.

    ``add(data, path)`` sends a file (waiting for the oldest when enough are in flight), and
    ``done(index)`` is called for each file written, in the order they were added; ``finish``
    waits for the rest; ``abort`` cancels what has not started and waits for the others. If the
    pool breaks (a worker killed), the files not confirmed are rendered here instead.
    """

    def __init__(self, render: Callable[[Any, Path], Path], done: Callable[[int], None]):
        self._render = render
        self._done = done
        self._pool = workers.executor()
        self._in_flight = 2 * workers.worker_count()
        self._pending: deque[tuple[Future | None, Any, Path]] = deque()
        self._finished = 0
        self._local = False  # the pool broke: render here

    def add(self, data: Any, path: Path) -> None:
        future = None if self._local else self._pool.submit(self._render, data, path)
        self._pending.append((future, data, path))
        while self._pending and (self._local or len(self._pending) >= self._in_flight):
            self._complete_oldest()

    def finish(self) -> None:
        while self._pending:
            self._complete_oldest()

    def abort(self) -> None:
        futures = [future for future, _data, _path in self._pending if future is not None]
        for future in futures:
            future.cancel()
        wait(futures)
        self._pending.clear()

    def _complete_oldest(self) -> None:
        future, data, path = self._pending[0]
        if future is None:
            self._render(data, path)
        else:
            try:
                future.result()
            except BrokenProcessPool:
                log.warning("Document workers stopped; the batch goes on in this process")
                workers.discard(self._pool)
                self._local = True
                self._render(data, path)  # and the ones after it, when their turn comes
                self._pending = deque((None, d, p) for _f, d, p in self._pending)
        self._pending.popleft()
        self._done(self._finished)
        self._finished += 1
