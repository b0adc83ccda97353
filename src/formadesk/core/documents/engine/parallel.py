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
from collections.abc import Callable, Sequence
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


def render_in_order(
    render: Callable[[Any, Path], Path],
    items: Sequence[tuple[Any, Path]],
    *,
    stop: Callable[[], bool],
    done: Callable[[int], None],
) -> tuple[int, bool]:
    """Render ``items`` (data, path) in worker processes; ``done(index)`` is called for each
    file written, in order. Returns (files written, the first ones of ``items``; stopped)."""
    pool = workers.executor()
    in_flight = 2 * workers.worker_count()
    pending: deque[Future] = deque()
    submitted = finished = 0
    stopped = False
    try:
        while finished < len(items):
            while not stopped and submitted < len(items) and len(pending) < in_flight:
                if stop():
                    stopped = True
                    break
                data, path = items[submitted]
                pending.append(pool.submit(render, data, path))
                submitted += 1
            if not pending:
                break
            pending.popleft().result()
            done(finished)
            finished += 1
            if submitted < len(items):  # a batch complete is not « cancelled »
                stopped = stopped or stop()
    except BrokenProcessPool:
        log.warning("Document workers stopped; the batch goes on in this process")
        workers.discard(pool)
        for index in range(finished, len(items)):  # the files in flight are written again
            if index >= submitted and (stopped or stop()):
                return finished, True
            data, path = items[index]
            render(data, path)
            done(index)
            finished += 1
        return finished, stopped
    except BaseException:
        for future in pending:
            future.cancel()
        wait(pending)  # none is still writing when the caller removes the new files
        raise
    return finished, stopped
