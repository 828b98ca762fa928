"""`kiosk print ...`, `kiosk printers`, `kiosk verify`: argument definitions only.

The work is in kiosk.cli.print_actions, loaded when one of these commands runs (reportlab and
the store cost a second to import, which `kiosk run` must not pay).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.cli.context import lazy
from kiosk.domain.model import DocumentKind, PrintState

if TYPE_CHECKING:
    Sub = argparse._SubParsersAction[argparse.ArgumentParser]

ACTIONS = "kiosk.cli.print_actions"
LANGUAGES = ("en", "zh_CN")


def register(sub: Sub) -> None:
    pr = sub.add_parser("print", help="print documents, list and retry the print queue")
    pr_sub = pr.add_subparsers(dest="print_command", required=True, metavar="WHAT")

    slip = _document_parser(pr_sub, "slip", "job slip (with --worker: referral slip)")
    slip.add_argument("--posting", required=True, metavar="ID")
    slip.add_argument("--worker", metavar="ID", help="print a referral slip for this worker")
    slip.set_defaults(handler=lazy(ACTIONS, "print_slip"))

    record = _document_parser(pr_sub, "record", "negotiation record (A4 archive copy)")
    record.add_argument("--negotiation", required=True, metavar="ID")
    record.add_argument("--worker-copy", action="store_true", help="the worker's 80 mm copy")
    record.set_defaults(handler=lazy(ACTIONS, "print_record"))

    poster = _document_parser(pr_sub, "poster", "A4 posting poster with a QR to its public page")
    poster.add_argument("--posting", required=True, metavar="ID")
    poster.set_defaults(handler=lazy(ACTIONS, "print_poster"))

    for name, flag, kind, what in (
        ("ticket", "--check-in", DocumentKind.QUEUE_TICKET, "queue ticket"),
        ("card", "--worker", DocumentKind.WORKER_CARD, "worker card"),
        ("training", "--enrollment", DocumentKind.TRAINING_CONFIRMATION, "training sign-up"),
        ("complaint", "--complaint", DocumentKind.COMPLAINT_RECEIPT, "complaint receipt"),
    ):
        p = _document_parser(pr_sub, name, what)
        p.add_argument(flag, required=True, metavar="ID", dest="document_id")
        p.set_defaults(handler=lazy(ACTIONS, "print_simple"), kind=kind)

    queue = pr_sub.add_parser("queue", help="list print jobs")
    queue.add_argument("--state", choices=[s.value for s in PrintState], help="only this state")
    queue.set_defaults(handler=lazy(ACTIONS, "list_queue"))
    pr_sub.add_parser("retry", help="retry failed and waiting jobs now").set_defaults(
        handler=lazy(ACTIONS, "retry")
    )
    reprint = pr_sub.add_parser("reprint", help="print a job's document again, marked REPRINT")
    reprint.add_argument("job_id", metavar="JOB_ID")
    reprint.set_defaults(handler=lazy(ACTIONS, "reprint"))

    sub.add_parser("printers", help="configured printers and what the system offers").set_defaults(
        handler=lazy(ACTIONS, "printers")
    )
    verify = sub.add_parser("verify", help="check a printed document's QR token offline")
    verify.add_argument("token", metavar="TOKEN_OR_URL")
    verify.set_defaults(handler=lazy(ACTIONS, "verify"))


def _document_parser(pr_sub: Sub, name: str, help_text: str) -> argparse.ArgumentParser:
    p = pr_sub.add_parser(name, help=help_text)
    target = p.add_mutually_exclusive_group()
    target.add_argument("--printer", metavar="SPEC", help="cups:QUEUE, escpos-net:HOST, file:DIR")
    target.add_argument("--to", metavar="FILE.pdf", type=Path, help="save the PDF to this file")
    p.add_argument("--lang", choices=LANGUAGES, help="document language")
    p.add_argument("--copies", type=int, default=1)
    return p
