"""Printer backends behind one small interface, and the factory that reads a printer spec."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class PrintProblem(StrEnum):
    """Why a job did not print, as a stable code staff words turn into their language; the
    printer's own words travel next to it."""

    STOPPED = "stopped"  # the queue is paused (cupsdisable, out of paper, jammed)
    REJECTING = "rejecting"  # the queue refuses new jobs (cupsreject)
    MISSING = "missing"  # no such queue on this machine
    NO_SPOOLER = "no_spooler"  # CUPS is not running or not installed
    UNREACHABLE = "unreachable"  # a network or USB printer did not answer
    REFUSED = "refused"  # the spooler refused this job
    CANNOT_WRITE = "cannot_write"  # a file printer's folder is not writable
    BAD_PRINTER = "bad_printer"  # the printer setting names no printer we know
    DOCUMENT = "document"  # the document cannot be drawn (its record is missing...)


class PrinterUnavailable(Exception):
    """The printer cannot take a job now (off, stopped, missing, spooler error): retry later.

    `str(exc)` is the printer's own words; `problem` says what kind of trouble it is."""

    def __init__(self, detail: str, problem: PrintProblem = PrintProblem.UNREACHABLE) -> None:
        super().__init__(detail)
        self.problem = problem


class PrinterSpecError(ValueError):
    """A printer spec that names no backend we know ("cups:Q", "escpos-net:H", "file:DIR"...)."""


@dataclass(frozen=True, slots=True)
class PrintRequest:
    """One document for one printer. `title` carries the print job id: it is how a printer is
    asked afterwards whether a job reached it."""

    pdf: bytes
    title: str
    width_mm: float
    height_mm: float
    roll: bool
    copies: int = 1


class Printer(Protocol):
    spec: str

    def submit(self, request: PrintRequest) -> str:
        """Hand the job to the printer; return a receipt (spooler job id, file path...).

        Raises PrinterUnavailable when the job did not reach the printer.
        """
        ...

    def already_submitted(self, title: str) -> bool | None:
        """Whether a job with this title reached the printer before; None if it cannot tell."""
        ...


def printer_for(spec: str) -> Printer:
    """The backend a spec names: cups:QUEUE, escpos-net:HOST[:PORT], escpos-usb:VID:PID,
    file:DIR (or file:PATH.pdf)."""
    kind, _, target = spec.partition(":")
    if not target:
        raise PrinterSpecError(f"printer spec {spec!r} has no target (e.g. cups:PDF)")
    if kind == "cups":
        from kiosk.print.backends.cups import CupsPrinter

        return CupsPrinter(target)
    if kind in ("escpos-net", "escpos-usb"):
        from kiosk.print.backends.escpos import EscposPrinter

        return EscposPrinter.from_spec(spec)
    if kind == "file":
        from kiosk.print.backends.file import FilePrinter

        return FilePrinter(target)
    raise PrinterSpecError(f"unknown printer kind {kind!r} in {spec!r}")
