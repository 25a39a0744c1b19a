"""Remembered passwords live only in the operating system's keyring.

If no keyring backend works (a headless machine, a locked-down desktop) this says
so; it never falls back to storing a secret anywhere else.
"""

from __future__ import annotations

import contextlib
import logging

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

log = logging.getLogger(__name__)

SERVICE = "hms_desktop"
UNAVAILABLE_REASON = "Passwords cannot be remembered on this workstation: it has no secure password store (keyring)."


class PasswordVault:
    def __init__(self, service: str = SERVICE) -> None:
        self._service = service

    def is_available(self) -> bool:
        backend = keyring.get_keyring()
        # The null and fail backends accept nothing; priority <= 0 means "do not use".
        try:
            return float(getattr(backend, "priority", 0)) > 0
        except Exception:
            return False

    @staticmethod
    def _key(server: str, username: str) -> str:
        return f"{username}@{server}"

    def remember(self, server: str, username: str, password: str) -> bool:
        try:
            keyring.set_password(self._service, self._key(server, username), password)
            return True
        except (NoKeyringError, KeyringError) as error:
            log.warning("Could not store a password in the keyring: %s", type(error).__name__)
            return False

    def recall(self, server: str, username: str) -> str | None:
        try:
            return keyring.get_password(self._service, self._key(server, username))
        except (NoKeyringError, KeyringError):
            return None

    def forget(self, server: str, username: str) -> None:
        with contextlib.suppress(NoKeyringError, PasswordDeleteError, KeyringError):
            keyring.delete_password(self._service, self._key(server, username))
