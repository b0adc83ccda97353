"""Rendering a batch over every core: worker processes write the files, in order.

The database work of a batch (targets, data, numbers, records) stays in the calling process;
only the rendering (plain data + output path -> file), which is most of the time, goes to a
pool of worker processes. Starting the pool takes about a second (its server process imports
the renderers once), more than a usual batch takes alone: the generation dialog starts it in
the background when it opens, a batch uses it once it is ready (else renders here and starts
it for the next one), and it is kept for the next batches.

Files complete in the order they were planned: at most a few are in flight, and when the user
cancels no new one is started, the ones in flight are finished, so that what is written is
always the first files of the plan (numbers stay gap-free). If a worker fails, the files in
flight are finished or cancelled before the error is raised, so that the caller can remove
every new file. A pool that breaks (a worker killed) is replaced, and the batch goes on in this
process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import pickle
import threading
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MIN_BATCH = 8  # below this, starting or feeding the workers costs more than it saves
ENVIRONMENT = "FORMADESK_PROCESSES"  # "1": render in this process only (or a number of workers)

_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()
_ready = threading.Event()  # the workers of ``_pool`` have started and loaded the fonts
_warming: threading.Thread | None = None


def worker_count() -> int:
    """Worker processes: one per core (at most 4), or what FORMADESK_PROCESSES says."""
    wanted = os.environ.get(ENVIRONMENT, "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    return min(os.cpu_count() or 1, 4)


def can_spread(render: Callable[[Any, Path], Path], count: int) -> bool:
    """Whether a batch of ``count`` files is worth spreading, and its renderer can be sent to
    another process (a module-level function; Word renderers are closures and stay here)."""
    if count < MIN_BATCH or worker_count() < 2:
        return False
    try:
        pickle.dumps(render)
    except (pickle.PicklingError, AttributeError, TypeError):
        return False
    if not _ready.is_set():
        start_in_background()  # for the next batch: this one is done here meanwhile
        return False
    return True


def _executor() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            methods = multiprocessing.get_all_start_methods()
            # forkserver: workers forked from a clean process, never from this one's threads
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods else "spawn"
            )
            if context.get_start_method() == "forkserver":
                context.set_forkserver_preload(["formadesk.core.documents.kinds"])
            _pool = ProcessPoolExecutor(max_workers=worker_count(), mp_context=context)
        return _pool


def _discard(pool: ProcessPoolExecutor) -> None:
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
            _ready.clear()
    pool.shutdown(wait=False, cancel_futures=True)


def _load_fonts() -> int:
    from .layout import register_fonts

    register_fonts()
    return os.getpid()


def warm_up() -> None:
    """Start the workers and load their fonts; returns when they are ready."""
    if worker_count() < 2:
        return
    pool = _executor()
    wait([pool.submit(_load_fonts) for _ in range(2 * worker_count())])
    _ready.set()


def start_in_background() -> None:
    """``warm_up`` in a thread (the generation dialog calls it when it opens)."""
    global _warming
    with _lock:
        if _ready.is_set() or worker_count() < 2 or (_warming and _warming.is_alive()):
            return
        _warming = threading.Thread(target=_warm_quietly, name="formadesk-workers", daemon=True)
        _warming.start()


def _warm_quietly() -> None:
    try:
        warm_up()
    except Exception:  # a machine that cannot start processes renders in one
        log.warning("Document workers could not start", exc_info=True)


def render_in_order(
    render: Callable[[Any, Path], Path],
    items: Sequence[tuple[Any, Path]],
    *,
    stop: Callable[[], bool],
    done: Callable[[int], None],
) -> tuple[int, bool]:
    """Render ``items`` (data, path) in worker processes; ``done(index)`` is called for each
    file written, in order. Returns (files written, the first ones of ``items``; stopped)."""
    pool = _executor()
    in_flight = 2 * worker_count()
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
            stopped = stopped or stop()
    except BrokenProcessPool:
        log.warning("Document workers stopped; the batch goes on in this process")
        _discard(pool)
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
