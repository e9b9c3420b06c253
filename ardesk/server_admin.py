"""Command-line administration of books on a PostgreSQL server (issue 11): the ardesk roles, people's logins,
and the connection password in the operating system's keyring."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable

from sqlalchemy.engine import make_url

from ardesk import settings
from ardesk.api import Books
from ardesk.db import credentials
from ardesk.db.roles import ROLES
from ardesk.errors import ArdeskError, ValidationError
from ardesk.i18n import message_text

#: A password for --add-user given by a script instead of typed (never on the command line: it would show
#: in the process list and the shell history).
ENV_PASSWORD = "ARDESK_NEW_PASSWORD"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    server = parser.add_argument_group("books on a PostgreSQL server (give the server's URL with --database)")
    server.add_argument(
        "--create-roles",
        action="store_true",
        help="create the roles ardesk_bookkeeper (may post) and ardesk_reader (may only read) and grant their "
        "rights on the books; run as the owner of the books, with CREATEROLE",
    )
    server.add_argument(
        "--add-user",
        metavar="NAME",
        help="give a person their own login NAME with --role; the password is asked (or $" + ENV_PASSWORD + ")",
    )
    server.add_argument("--role", choices=sorted(ROLES), default="bookkeeper", help="the role --add-user gives")
    server.add_argument(
        "--remember-password",
        action="store_true",
        help="ask the password of the --database URL, check it, and keep it in this computer's keyring",
    )
    server.add_argument(
        "--forget-password", action="store_true", help="remove the --database URL's password from the keyring"
    )


def wanted(args: argparse.Namespace) -> bool:
    return bool(args.create_roles or args.add_user or args.remember_password or args.forget_password)


def run(args: argparse.Namespace, language: str, ask: Callable[[str], str] = getpass.getpass) -> int:
    """Do what the server options ask, print what was done; 0 when done, 2 when refused."""
    target = settings.resolve_target(args.database)
    url = make_url(target)
    try:
        if url.get_backend_name() != "postgresql":
            raise ValidationError("database", "give the URL of books on a PostgreSQL server")
        if args.forget_password:
            credentials.forget(target)
            print(f"The password of {credentials.key(url)} is no longer kept.")
            return 0
        if args.remember_password:
            secret = url.password or ask(f"Password of {credentials.key(url)}: ")
            with Books.open(url.set(password=secret).render_as_string(hide_password=False)):
                pass  # the password works
            credentials.remember(url, secret)  # keyed by user@host:port/database: the password is not in the key
            print(f"The password of {credentials.key(url)} is kept in this computer's keyring.")
            return 0
        with Books.open(target) as books:
            if args.create_roles:
                books.create_roles()
                print("The roles ardesk_bookkeeper and ardesk_reader have their rights on these books.")
            if args.add_user:
                password = os.environ.get(ENV_PASSWORD) or _new_password(ask, args.add_user)
                user = books.add_user(args.add_user, password, args.role)
                print(f"{user.name} may now sign in as a {user.role}.")
    except ArdeskError as exc:
        print(message_text(exc, language), file=sys.stderr)
        return 2
    return 0


def _new_password(ask: Callable[[str], str], name: str) -> str:
    first = ask(f"New password for {name}: ")
    if ask("Again: ") != first:
        raise ValidationError("password", "the two passwords differ")
    return first
