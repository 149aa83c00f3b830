"""A time budget for one document's extraction: a deadline checked between steps, and an
alarm signal that interrupts a step stuck inside (main thread only)."""

from __future__ import annotations

import signal
import threading
import time


class OverBudget(Exception):
    """The document's time budget ran out."""


class alarm:  # noqa: N801 - used as a context manager
    """SIGALRM at `deadline` raises OverBudget (no-op off the main thread or without SIGALRM)."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.armed = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()

    def __enter__(self) -> None:
        self.armed = self.armed and self.deadline - time.monotonic() < 1e7  # setitimer overflows past ~2**31 s
        if not self.armed:
            return

        def fire(signum, frame):  # noqa: ANN001, ANN202
            raise OverBudget

        self.previous = signal.signal(signal.SIGALRM, fire)
        signal.setitimer(signal.ITIMER_REAL, max(0.001, self.deadline - time.monotonic()))

    def __exit__(self, *exc: object) -> None:
        while self.armed:
            try:  # the alarm may still fire in here: disarm again
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, self.previous)
                self.armed = False
            except OverBudget:
                continue
