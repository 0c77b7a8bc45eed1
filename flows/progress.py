"""A progress bar on stderr for long work, shown only to a person at a terminal.

Quiet when stderr is not a terminal (piped, redirected, under a scheduler) or when CI is set.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn


def progress_wanted() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI")


@contextmanager
def progress_bar(total: int, description: str) -> Iterator[Callable[[int], None]]:
    """Yield `advance(n)`; draws a bar on stderr when a person is watching, else does nothing."""
    if not progress_wanted() or total == 0:
        yield lambda _n: None
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task_id = progress.add_task(description, total=total)
        yield lambda n: progress.advance(task_id, n)
