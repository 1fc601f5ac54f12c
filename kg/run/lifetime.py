"""Child processes that do not outlive the process that started them.

A query child or an extraction worker whose parent is killed (SIGTERM, SIGINT, ``kill -9``) would otherwise go
on computing, or wait forever for work. On Linux the kernel sends the child SIGKILL when its parent thread
ends (``prctl(PR_SET_PDEATHSIG)``); elsewhere this is a no-op and the children are daemonic.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent: int | None = None) -> None:
    """Ask the kernel to kill this process when its parent ends; if the parent ``parent`` is already gone
    (it died between the fork and this call), end now."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if parent is not None and os.getppid() != parent:
        os._exit(1)
