"""`kiosk staff add|list|unlock`: staff accounts for staff mode (the first needs no admin)."""

from __future__ import annotations

import argparse
import getpass
import sys

from kiosk.cli.context import CliError, Context
from kiosk.cli.messages import describe
from kiosk.domain.errors import DomainError
from kiosk.domain.model import StaffRole


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    staff = sub.add_parser("staff", help="staff accounts")
    staff_sub = staff.add_subparsers(dest="staff_command", required=True)
    add = staff_sub.add_parser("add", help="add a staff account (PIN asked for, 4-8 digits)")
    add.add_argument("--name", required=True)
    add.add_argument("--role", choices=[r.value for r in StaffRole], default="staff")
    add.add_argument("--admin", metavar="NAME", help="the admin adding it (not for the first)")
    add.add_argument("--pin-stdin", action="store_true", help="read the PIN(s) from stdin")
    add.set_defaults(handler=_add)
    staff_sub.add_parser("list", help="list staff accounts").set_defaults(handler=_list)
    unlock = staff_sub.add_parser("unlock", help="lift a PIN lockout (an admin's PIN asked for)")
    unlock.add_argument("--name", required=True, help="the locked account")
    unlock.add_argument("--admin", metavar="NAME", required=True, help="the admin unlocking it")
    unlock.add_argument("--pin-stdin", action="store_true", help="read the admin PIN from stdin")
    unlock.set_defaults(handler=_unlock)


def _read_pin(prompt: str, from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().strip()
    return getpass.getpass(prompt)


def _add(args: argparse.Namespace, ctx: Context) -> int:
    actor = "setup"
    try:
        if args.admin:
            admin_pin = _read_pin(f"PIN of {args.admin}: ", args.pin_stdin)
            actor = ctx.services.staff.sign_in(name=args.admin, pin=admin_pin).id
        pin = _read_pin(f"new PIN for {args.name}: ", args.pin_stdin)
        user = ctx.services.staff.add(
            name=args.name, role=StaffRole(args.role), pin=pin, actor=actor
        )
    except DomainError as exc:
        raise CliError(f"staff not added: {describe(exc)}") from exc
    print(f"{user.id} {user.name} {user.role.value}")
    return 0


def _unlock(args: argparse.Namespace, ctx: Context) -> int:
    try:
        admin_pin = _read_pin(f"PIN of {args.admin}: ", args.pin_stdin)
        actor = ctx.services.staff.sign_in(name=args.admin, pin=admin_pin).id
        user = ctx.services.staff.unlock(args.name, actor=actor)
    except DomainError as exc:
        raise CliError(f"not unlocked: {describe(exc)}") from exc
    print(f"{user.id} {user.name} unlocked")
    return 0


def _list(args: argparse.Namespace, ctx: Context) -> int:
    for user in ctx.services.staff.list():
        print(f"{user.id}  {user.role.value:<10} {user.name}")
    return 0
