# SPDX-License-Identifier: GPL-2.0-or-later
"""Threads and chunks for the heavy steps: GEOS, numpy and GDAL release the GIL, so chunks of
work on a thread pool use the CPUs the process may run on.

The engine's thread and chunk settings live here and nowhere else.  Results never depend on
them: chunks are put together in order, whatever the number of threads.

The language of the run is per thread (:func:`.i18n.use_language`): every task submitted here
runs in the language of the thread that submitted it, so a message raised on a worker (a DEM
block that cannot be read) is in the run's language, not QGIS's.
"""
import functools
import os
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing
from typing import Any, Callable, Deque, Iterator, List, Optional, TypeVar

from .i18n import current_language, use_language
from .progress import Progress

Result = TypeVar("Result")

#: Most threads one step runs on.
MAX_THREADS = 8
#: Items (sites, zoning polygons, overlay pairs) per task: bounds the memory of a task's
#: temporary arrays, and gives the pool several tasks to share out.
CHUNK = 20_000


def usable_cpus() -> int:
    """CPUs this process may use (its affinity, where the system has one), at most :data:`MAX_THREADS`."""
    try:
        available = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        available = os.cpu_count() or 1
    return max(1, min(MAX_THREADS, available))


def workers_for(count: int) -> int:
    """Threads worth starting for ``count`` items: one per :data:`CHUNK`, at most :func:`usable_cpus`."""
    return max(1, min(usable_cpus(), count // CHUNK + 1))


def in_language(work: Callable[..., Result]) -> Callable[..., Result]:
    """``work`` to run on another thread in the language of this one (the submitting thread)."""
    language = current_language()

    @functools.wraps(work)
    def run(*args: Any, **kwargs: Any) -> Result:
        with use_language(language):
            return work(*args, **kwargs)
    return run


class Pool(ThreadPoolExecutor):
    """A thread pool whose tasks run in the language of the thread that submits them."""

    def submit(self, fn: Callable[..., Result], *args: Any, **kwargs: Any) -> "Future[Result]":
        return super().submit(in_language(fn), *args, **kwargs)


def pool(workers: Optional[int] = None) -> Pool:
    """A :class:`Pool` of ``workers`` threads (default :func:`usable_cpus`)."""
    return Pool(max_workers=workers or usable_cpus())


def in_order(pool: ThreadPoolExecutor, work: Callable[[int], Result], count: int,
             ahead: Optional[int] = None) -> Iterator[Result]:
    """``work(0) ... work(count - 1)`` on ``pool``, yielded in order, at most ``ahead`` begun
    and not yet taken (bounds the memory of results waiting; by default two per usable CPU).
    When the caller stops early (an error, a cancel), the tasks not yet begun are cancelled."""
    if ahead is None:
        ahead = 2 * usable_cpus()
    pending: Deque[Future[Result]] = deque()
    submitted = 0
    try:
        while submitted < count or pending:
            while submitted < count and len(pending) < max(1, ahead):
                pending.append(pool.submit(in_language(work), submitted))
                submitted += 1
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def run_chunks(pool: ThreadPoolExecutor, work: Callable[[int, int], Any], total: int,
               progress: Progress, first: float, last: float) -> List[Any]:
    """``work(start, stop)`` for chunks of :data:`CHUNK` items of ``range(total)`` on ``pool``,
    results in order; progress runs from ``first`` to ``last`` percent; a cancel stops the
    chunks not begun."""
    bounds = [(start, min(total, start + CHUNK)) for start in range(0, total, CHUNK)]
    results: List[Any] = []
    with closing(in_order(pool, lambda k: work(*bounds[k]), len(bounds))) as done:
        for result in done:
            progress.check()
            results.append(result)
            progress.set_progress(first + (last - first) * len(results) / len(bounds))
    return results


def map_slices(work: Callable[[slice], Result], count: int, parts: int, workers: int) -> List[Result]:
    """``work`` on ``parts`` consecutive slices of ``range(count)`` (fewer when ``count`` is
    small), on ``workers`` threads, results in slice order."""
    edges = [count * k // max(parts, 1) for k in range(max(parts, 1) + 1)]
    slices = [slice(lo, hi) for lo, hi in zip(edges[:-1], edges[1:]) if hi > lo]
    if workers <= 1 or len(slices) <= 1:
        return [work(part) for part in slices]
    with Pool(max_workers=workers) as threads:
        return list(threads.map(work, slices))


def map_chunks(work: Callable[[slice], Result], count: int, workers: int) -> List[Result]:
    """``work`` on consecutive slices of ``range(count)`` of at most :data:`CHUNK` items (at
    least ``workers`` slices), on ``workers`` threads, results in slice order."""
    return map_slices(work, count, max(workers, count // CHUNK + 1), workers)
