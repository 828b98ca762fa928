"""Save-as-PDF "printer": a folder (one file per job) or one exact file path."""

from __future__ import annotations

import os
import re
from pathlib import Path

from kiosk.print.backends import PrinterUnavailable, PrintProblem, PrintRequest

_UNSAFE = re.compile(r"[^\w.-]+")


class FilePrinter:
    def __init__(self, target: str | Path) -> None:
        self.target = Path(target).expanduser()
        self.spec = f"file:{self.target}"

    def _path(self, title: str) -> Path:
        if self.target.suffix.lower() == ".pdf":
            return self.target
        return self.target / (_UNSAFE.sub("_", title).strip("_") + ".pdf")

    def submit(self, request: PrintRequest) -> str:
        path = self._path(request.title)
        tmp = path.with_name(path.name + ".part")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(request.pdf)
            # A file either appears complete or not at all, so "already submitted" can trust it.
            os.replace(tmp, path)
        except OSError as exc:
            raise PrinterUnavailable(
                f"{path}: {exc.strerror or exc}", PrintProblem.CANNOT_WRITE
            ) from exc
        return str(path)

    def already_submitted(self, title: str) -> bool | None:
        if self.target.suffix.lower() == ".pdf":
            # One fixed path is overwritten by every job: its existence proves nothing.
            return None
        return self._path(title).exists()
