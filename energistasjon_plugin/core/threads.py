# SPDX-License-Identifier: GPL-2.0-or-later
"""Threads for the heavy steps: GEOS, numpy and GDAL release the GIL, so chunks of work
on a thread pool use the CPUs the process may run on."""
import os
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Deque, Iterator, List, TypeVar

Result = TypeVar("Result")


def usable_cpus(most: int = 8) -> int:
    """CPUs this process may use (its affinity, where the system has one), at most ``most``."""
    try:
        available = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        available = os.cpu_count() or 1
    return max(1, min(most, available))


def in_order(pool: ThreadPoolExecutor, work: Callable[[int], Result], count: int, ahead: int) -> Iterator[Result]:
    """``work(0) ... work(count - 1)`` on ``pool``, yielded in order, at most ``ahead`` begun
    and not yet taken (bounds the memory of results waiting).  When the caller stops early
    (an error, a cancel), the tasks not yet begun are cancelled."""
    pending: Deque[Future[Result]] = deque()
    submitted = 0
    try:
        while submitted < count or pending:
            while submitted < count and len(pending) < max(1, ahead):
                pending.append(pool.submit(work, submitted))
                submitted += 1
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def map_slices(work: Callable[[slice], Result], count: int, parts: int, workers: int) -> List[Result]:
    """``work`` on ``parts`` consecutive slices of ``range(count)`` (fewer when ``count`` is
    small), on ``workers`` threads, results in slice order."""
    edges = [count * k // max(parts, 1) for k in range(max(parts, 1) + 1)]
    slices = [slice(lo, hi) for lo, hi in zip(edges[:-1], edges[1:]) if hi > lo]
    if workers <= 1 or len(slices) <= 1:
        return [work(part) for part in slices]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(work, slices))
