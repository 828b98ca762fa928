"""The cycle collector pauses while a kiosk catches up, and runs again when every pause ends."""

from __future__ import annotations

import gc
import threading

from kiosk.sync.gc_pause import collector_paused


def test_nested_and_concurrent_pauses_end_with_the_collector_running() -> None:
    assert gc.isenabled()
    entered = threading.Event()
    leave = threading.Event()

    def other_kiosk() -> None:
        with collector_paused():
            entered.set()
            leave.wait(5)

    with collector_paused():
        assert not gc.isenabled()
        worker = threading.Thread(target=other_kiosk)
        worker.start()
        assert entered.wait(5)
        with collector_paused():
            assert not gc.isenabled()
    assert not gc.isenabled()  # the other pause still holds
    leave.set()
    worker.join(5)
    assert gc.isenabled()


def test_a_failure_inside_still_restarts_the_collector() -> None:
    try:
        with collector_paused():
            raise RuntimeError("page refused")
    except RuntimeError:
        pass
    assert gc.isenabled()
