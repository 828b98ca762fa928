"""The checks `kiosk doctor` runs on a new kiosk: what a worker or staff member would miss.

Each check gives a Finding: a stable name, whether it passed, whether the kiosk needs it, and a
message key with its values; commands_doctor words the key in the person's language.
"""

from __future__ import annotations

import ctypes.util
import email.utils
import functools
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import config

if TYPE_CHECKING:
    from kiosk.cli.context import Context

# Below this much free space the database and print files can fill the disk within days.
MIN_FREE_BYTES = 1 << 30
# Signed requests are refused past 5 minutes of skew, and slips carry the kiosk's time.
MAX_CLOCK_OFFSET_S = 300.0
PROBE_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class Finding:
    check: str
    ok: bool
    key: str
    values: dict[str, object] = field(default_factory=dict)
    # A missing part that is not needed (touch on a desk PC) is reported but fails nothing.
    required: bool = True


def run_all(ctx: Context, *, speech_engine: str = "") -> list[Finding]:
    findings: list[Finding] = []
    for probe in (_qt_findings(ctx.settings, speech_engine), _printers(ctx.settings)):
        findings.extend(probe)
    findings.append(_keyboard())
    findings.extend(_registry_and_clock(ctx))
    findings.append(_disk(ctx.settings.home))
    findings.append(_database(ctx))
    return findings


def _guarded(check: str, probe: Callable[[], Finding]) -> Finding:
    """A probe that crashes is a failed check with its reason, never a traceback."""
    try:
        return probe()
    except Exception as exc:  # the doctor reports every failure as a finding
        return Finding(check, False, "crashed", {"error": f"{type(exc).__name__}: {exc}"})


def _qt_findings(settings: config.Settings, speech_engine: str) -> Iterator[Finding]:
    has_display = bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if not has_display and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        # Fonts and voices can still be checked without a screen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from kiosk.print.fonts import FONT_PATH
    from kiosk.ui import system_check

    app = QApplication.instance() or QApplication([])
    assert app is not None
    shown = system_check.screen()
    if shown is None or shown.platform == "offscreen":
        yield Finding("display", False, "display_none")
    else:
        yield Finding(
            "display",
            True,
            "display_ok",
            {"width": shown.width, "height": shown.height, "platform": shown.platform},
        )
        yield Finding("touch", shown.touch, "touch_ok" if shown.touch else "touch_none", {},
                      required=False)  # fmt: skip
    families = system_check.chinese_ui_fonts()
    if not FONT_PATH.exists():
        yield Finding("fonts", False, "fonts_pdf_missing", {"path": str(FONT_PATH)})
    elif not families:
        yield Finding("fonts", False, "fonts_screen_missing")
    else:
        yield Finding("fonts", True, "fonts_ok", {"font": FONT_PATH.name, "screen": families[0]})
    engine = speech_engine or str(settings.extra.get("tts_engine", ""))
    for language, check in (("zh_CN", "speech_zh"), ("en", "speech_en")):

        def probe(language: str = language, check: str = check) -> Finding:
            found = system_check.voice(engine, language)
            if found is None:
                return Finding(check, False, "speech_none", {"language": language})
            return Finding(check, True, "speech_ok", {"engine": found.engine, "voice": found.name})

        yield _guarded(check, probe)


def _printers(settings: config.Settings) -> Iterator[Finding]:
    roles = (
        ("slip", settings.slip_printer),
        ("record", settings.record_printer),
        ("ticket", settings.ticket_printer),
    )
    for role, spec in roles:
        check = f"printer:{role}"
        if not spec and role == "ticket" and settings.slip_printer:
            yield Finding(check, True, "printer_as_slip")
            continue
        if not spec:
            # Not a fault: the job waits in the queue and staff print it at the desk.
            yield Finding(check, True, "printer_unset", {"dir": str(settings.print_dir)})
            continue
        yield _guarded(check, functools.partial(_printer, check, spec))


def _printer(check: str, spec: str) -> Finding:
    kind, _, target = spec.partition(":")
    values: dict[str, object] = {"spec": spec}
    if kind == "cups":
        from kiosk.print.backends.cups import QueueState, queue_state

        state, detail = queue_state(target)
        values.update(state=state.value, detail=detail.splitlines()[0] if detail else "")
        values["paper"] = _cups_paper(target)
        return Finding(check, state is QueueState.READY, "printer_cups", values)
    if kind == "file":
        folder = Path(target)
        folder = folder.parent if folder.suffix.lower() == ".pdf" else folder
        writable = _writable(folder)
        return Finding(check, writable, "printer_file" if writable else "printer_file_bad", values)
    if kind == "escpos-net":
        host, _, port = target.partition(":")
        try:
            with socket.create_connection((host, int(port or 9100)), timeout=PROBE_TIMEOUT_S):
                pass
        except OSError as exc:
            values["error"] = str(exc)
            return Finding(check, False, "printer_unreachable", values)
        return Finding(check, True, "printer_reachable", values)
    if kind == "escpos-usb":
        vendor, _, product = target.partition(":")
        found = _usb_device(vendor, product)
        return Finding(
            check, found, "printer_reachable" if found else "printer_usb_missing", values
        )
    return Finding(check, False, "printer_spec_bad", values)


def _cups_paper(queue: str) -> str:
    """The queue's default paper size (the option lpoptions marks with *), or ''."""
    if shutil.which("lpoptions") is None:
        return ""
    try:
        out = subprocess.run(
            ["lpoptions", "-p", queue, "-l"], capture_output=True, timeout=PROBE_TIMEOUT_S
        ).stdout.decode("utf-8", "replace")
    except (OSError, subprocess.SubprocessError):
        return ""
    for line in out.splitlines():
        if line.startswith(("PageSize", "media")):
            chosen = [w[1:] for w in line.partition(":")[2].split() if w.startswith("*")]
            return chosen[0] if chosen else ""
    return ""


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _usb_device(vendor: str, product: str) -> bool:
    def hex_id(value: str) -> str:
        return f"{int(value, 0):04x}"

    try:
        wanted = (hex_id(vendor), hex_id(product))
    except ValueError:
        return False
    for device in Path("/sys/bus/usb/devices").glob("*"):
        try:
            ids = (
                (device / "idVendor").read_text().strip(),
                (device / "idProduct").read_text().strip(),
            )
        except OSError:
            continue
        if ids == wanted:
            return True
    return False


def _keyboard() -> Finding:
    """Qt Virtual Keyboard with its pinyin plugin, and the libraries they load."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = next(
        (qt / "plugins" / "platforminputcontexts").glob("libqtvirtualkeyboardplugin*"), None
    )
    pinyin = next(
        (qt / "qml" / "QtQuick" / "VirtualKeyboard" / "Plugins" / "Pinyin").glob("*.so"), None
    )
    if plugin is None or pinyin is None:
        return Finding("keyboard", False, "keyboard_missing")
    missing = sorted(_missing_libraries(plugin) | _missing_libraries(pinyin))
    if ctypes.util.find_library("pulse") is None:
        missing.append("libpulse.so.0")
    if missing:
        return Finding("keyboard", False, "keyboard_libs", {"libs": ", ".join(missing)})
    return Finding("keyboard", True, "keyboard_ok")


def _missing_libraries(library: Path) -> set[str]:
    if shutil.which("ldd") is None:
        return set()
    try:
        out = subprocess.run(["ldd", str(library)], capture_output=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return set()
    text = out.decode("utf-8", "replace")
    return {line.split()[0] for line in text.splitlines() if "not found" in line}


def _registry_and_clock(ctx: Context) -> Iterator[Finding]:
    from kiosk.sync.client import RegistryRefused, RegistryUnavailable
    from kiosk.sync.enrollment import build_engine

    settings = ctx.settings
    engine = build_engine(settings, ctx.db, timeout=PROBE_TIMEOUT_S)
    if engine is None:
        if settings.registry_url:
            yield Finding(
                "registry", False, "registry_not_enrolled", {"url": settings.registry_url}
            )
        else:
            yield Finding("registry", True, "registry_none")
        yield Finding("clock", True, "clock_unknown")
        return
    client = engine.client
    url = client.base_url
    try:
        started = time.time()
        answer = client.http.get(f"{url}/health", timeout=PROBE_TIMEOUT_S)
        finished = time.time()
        answer.raise_for_status()
        client.pull("", limit=1)
    except RegistryRefused as exc:
        yield Finding("registry", False, "registry_refused", {"url": url, "code": exc.code})
        yield Finding("clock", True, "clock_unknown")
        return
    except (RegistryUnavailable, OSError, ValueError) as exc:
        yield Finding(
            "registry", False, "registry_unreachable", {"url": url, "error": str(exc)[:120]}
        )
        yield Finding("clock", True, "clock_unknown")
        return
    finally:
        client.close()
    yield Finding("registry", True, "registry_ok", {"url": url})
    header = answer.headers.get("date", "")
    if not header:
        yield Finding("clock", True, "clock_unknown")
        return
    theirs = email.utils.parsedate_to_datetime(header).timestamp()
    # The Date header is whole seconds, stamped somewhere inside the round trip.
    offset = round((started + finished) / 2 - theirs)
    ok = abs(offset) <= MAX_CLOCK_OFFSET_S
    yield Finding("clock", ok, "clock_ok" if ok else "clock_off", {"offset": offset})


def _disk(home: Path) -> Finding:
    target = home if home.exists() else home.parent
    free = shutil.disk_usage(target).free
    values: dict[str, object] = {"free_gb": round(free / (1 << 30), 1), "path": str(home)}
    ok = free >= MIN_FREE_BYTES
    return Finding("disk", ok, "disk_ok" if ok else "disk_low", values)


def _database(ctx: Context) -> Finding:
    from kiosk.store import maintenance

    def probe() -> Finding:
        report = maintenance.check(ctx.db)
        if report.ok:
            return Finding("database", True, "database_ok", {"postings": report.postings})
        return Finding("database", False, "database_bad", {"problems": "; ".join(report.problems)})

    return _guarded("database", probe)
