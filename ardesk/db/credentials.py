"""Server passwords in the operating system's keyring (issue 11), never in a settings file.

A PostgreSQL URL is remembered without its password; the password is kept by `keyring` (Windows Credential
Locker, macOS Keychain, Secret Service on Linux) under the service "ardesk" and the key user@host:port/database.
Books.open adds it to a URL that has none."""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url

from ardesk.errors import DatabaseError

SERVICE = "ardesk"


def key(url: URL | str) -> str:
    """The keyring entry of a server URL: user@host:port/database (no password, no driver)."""
    u = make_url(url) if isinstance(url, str) else url
    return f"{u.username or ''}@{u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"


def _keyring():  # type: ignore[no-untyped-def]
    import keyring  # imported when needed: start-up time of SQLite-only use

    return keyring


def usable() -> bool:
    """Whether this system has a keyring that can keep passwords (not keyring's "fail" backend)."""
    try:
        backend = _keyring().get_keyring()
    except Exception:
        return False
    return getattr(backend, "priority", 0) > 0


def password(url: URL | str) -> str | None:
    """The password kept for this server URL, or None."""
    if not usable():
        return None
    try:
        return _keyring().get_password(SERVICE, key(url))
    except Exception:
        return None


def remember(url: URL | str, secret: str) -> None:
    """Keep the password of this server URL in the keyring (refused when the system has none)."""
    if not usable():
        raise DatabaseError("This computer has no keyring to keep the password in; it will be asked each time.")
    _keyring().set_password(SERVICE, key(url), secret)


def forget(url: URL | str) -> None:
    """Remove a kept password (nothing when there is none)."""
    if not usable():
        return
    try:
        _keyring().delete_password(SERVICE, key(url))
    except _keyring().errors.PasswordDeleteError:
        pass


def with_password(url: str) -> str:
    """A PostgreSQL URL with the kept password added when it has none; other URLs as they are."""
    u = make_url(url)
    if u.get_backend_name() != "postgresql" or u.password:
        return url
    secret = password(u)
    return u.set(password=secret).render_as_string(hide_password=False) if secret else url


def without_password(url: str) -> str:
    """The URL as it may be written to settings or shown: the password left out."""
    u = make_url(url)
    # URL.set(password=None) keeps the password ("not given"); URL is a named tuple, so replace the field.
    return u._replace(password=None).render_as_string(hide_password=False) if u.password else url
