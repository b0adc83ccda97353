"""Worker processes: work that would hold the window's Python thread runs on the other cores.

Two things go there: the rendering of large batches of documents (``documents.engine.
parallel``) and the day's run of every task rule at start-up (``tasks.elsewhere``). A thread
would do the same work, but Python runs one thread at a time: while it works, every paint of
the window and every keystroke waits for it.

The pool is started when first needed (the task rules at start-up) and kept; its server
process imports the database layer once, the workers import the renderers when the
generation dialog opens (``warm_up``: about a second, in the background). Whoever uses it
falls back to this process when there is a single core, when ``FORMADESK_PROCESSES=1``, or
when the pool could not start. Workers start from a clean server process (forkserver), never
by copying this one's threads; they import the main module again, which is why ``python -m
formadesk`` is guarded.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, wait
from typing import Any

log = logging.getLogger(__name__)

ENVIRONMENT = "FORMADESK_PROCESSES"  # "1": everything in this process (or a number of workers)

_pool: ProcessPoolExecutor | None = None
_lock = threading.Lock()
_ready = threading.Event()  # the workers of ``_pool`` have loaded the renderers and fonts
_warming: threading.Thread | None = None


def worker_count() -> int:
    """Worker processes: one per core (at most 4), or what FORMADESK_PROCESSES says."""
    wanted = os.environ.get(ENVIRONMENT, "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    return min(os.cpu_count() or 1, 4)


def available() -> bool:
    """Whether work may go to worker processes at all (more than one core allowed)."""
    return worker_count() >= 2


def ready() -> bool:
    """Whether the workers have loaded the renderers (a batch is worth sending only then)."""
    return _ready.is_set()


def executor() -> ProcessPoolExecutor:
    """The pool, started now if needed."""
    global _pool
    with _lock:
        if _pool is None:
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context(
                "forkserver" if "forkserver" in methods else "spawn"
            )
            if context.get_start_method() == "forkserver":
                context.set_forkserver_preload(["formadesk.core.tasks.elsewhere"])
            _pool = ProcessPoolExecutor(
                max_workers=worker_count(),
                mp_context=context,
                initializer=_watch_parent,
                initargs=(os.getpid(),),
            )
        return _pool


def _watch_parent(parent: int) -> None:
    """In each worker: leave when Formadesk is gone (killed, crashed), instead of staying
    behind (POSIX; a worker of a closed Formadesk is stopped by the pool itself)."""
    if os.name != "posix":
        return

    def watch() -> None:
        while True:
            time.sleep(2)
            try:
                os.kill(parent, 0)  # signal 0: only asks whether the process exists
            except ProcessLookupError:
                os._exit(0)
            except PermissionError:  # exists, another user's: cannot be ours any more
                os._exit(0)

    threading.Thread(target=watch, name="formadesk-watch-parent", daemon=True).start()


def discard(pool: ProcessPoolExecutor) -> None:
    """Forget a pool that broke (a worker killed); the next use starts a new one."""
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
            _ready.clear()
    pool.shutdown(wait=False, cancel_futures=True)


def _load_renderers() -> int:
    import formadesk.core.documents.kinds  # noqa: F401  (reportlab, openpyxl, docxtpl)

    from .documents.engine.layout import register_fonts

    register_fonts()
    return os.getpid()


def warm_up() -> None:
    """Start the workers and load their renderers and fonts; returns when they are ready."""
    if not available():
        return
    pool = executor()
    futures = [pool.submit(_load_renderers) for _ in range(2 * worker_count())]
    wait(futures)
    for future in futures:
        future.result()  # a worker that cannot load the renderers: batches stay in this process
    _ready.set()


def start_in_background() -> None:
    """``warm_up`` in a thread (the generation dialog calls it when it opens)."""
    global _warming
    with _lock:
        if _ready.is_set() or not available() or (_warming and _warming.is_alive()):
            return
        _warming = threading.Thread(target=_warm_quietly, name="formadesk-workers", daemon=True)
        _warming.start()


def _warm_quietly() -> None:
    try:
        warm_up()
    except Exception:  # a machine that cannot start processes works in one
        log.warning("Worker processes could not start", exc_info=True)


def submit(function: Callable[..., Any], *args: Any) -> Future:
    """``function(*args)`` in a worker (a module-level function; its arguments pickled)."""
    return executor().submit(function, *args)
