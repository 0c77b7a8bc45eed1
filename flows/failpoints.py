"""Failpoints: make a run fail or die at a named stage, to prove crash safety in tests.

Set TRIANGULATE_FAILPOINT to `<stage>:<action>`, where action is `raise` (the stage raises),
`kill` (the process sends itself SIGKILL) or `sleep` (the stage waits an hour, so a test can kill
the process from outside at a known point). Unset, a failpoint costs one dictionary look-up.
"""

from __future__ import annotations

import os
import signal
import time

STAGES = ("discover", "extract", "validate", "load", "reconcile", "render", "publish", "publish_site")


class FailpointTriggered(RuntimeError):
    pass


def failpoint(stage: str) -> None:
    setting = os.environ.get("TRIANGULATE_FAILPOINT")
    if not setting:
        return
    wanted, _, action = setting.partition(":")
    if wanted != stage:
        return
    if action == "kill":
        os.kill(os.getpid(), signal.SIGKILL)
    elif action == "sleep":
        time.sleep(3600)
    else:
        raise FailpointTriggered(f"failpoint {stage}:{action or 'raise'} triggered")
