"""pytest fixtures that start real servers; conftest.py does `from tests.servers.fixtures import *`.

- `dovecot`: one Dovecot for the whole session (starting one per test would cost ~0.1 s each,
  stopping ~1 s); `imap_account` gives each test its own fresh user on it, so tests never see
  each other's mail.
- `dovecot_private`: a Dovecot of the test's own, for tests that restart, pause or crash it.
  Parametrize it indirectly to pass constructor arguments, e.g.
  `@pytest.mark.parametrize("dovecot_private", [{"layout": GERMAN_LAYOUT}], indirect=True)`.
- `dovecot_factory`: several private instances in one test.
- `radicale`, `ics_feed`: fresh per test (Radicale starts in ~0.3 s).
- `oauth_provider`: a local OAuth2 provider; `dovecot_oauth`: a private Dovecot that also accepts
  XOAUTH2/OAUTHBEARER logins with its access tokens (checked by token introspection).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.servers.dovecot import Dovecot, ImapAccount, find_dovecot
from tests.servers.httpfeed import IcsFeed
from tests.servers.oauth import OAuthServer
from tests.servers.radicale import Radicale

__all__ = [
    "dovecot",
    "dovecot_factory",
    "dovecot_oauth",
    "dovecot_private",
    "ics_feed",
    "imap_account",
    "oauth_provider",
    "radicale",
]

_ACCOUNT_NUMBERS = itertools.count(1)


def _skip_without_dovecot() -> None:
    if find_dovecot() is None:
        pytest.skip("dovecot is not installed (apt-get install dovecot-imapd); IMAP tests need it")


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """The shared server. Do not restart or pause it: use `dovecot_private` for that."""
    _skip_without_dovecot()
    with Dovecot() as server:
        yield server


@pytest.fixture
def imap_account(dovecot: Dovecot, request: pytest.FixtureRequest) -> Iterator[ImapAccount]:
    """A new user on the shared server, named after the test (its mail shows up in the log)."""
    slug = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")[:40]
    account = dovecot.add_user(f"{slug}-{next(_ACCOUNT_NUMBERS)}@example.test")
    yield account
    if dovecot.is_paused or not dovecot.running:
        # Put the shared server back for the next tests, then say who broke it.
        if dovecot.is_paused:
            dovecot.resume()
        else:
            dovecot.start()
        pytest.fail(f"{request.node.name} paused or stopped the shared dovecot; use dovecot_private")


@pytest.fixture
def dovecot_factory() -> Iterator[Callable[..., Dovecot]]:
    """Start private Dovecots (`make(layout=NO_DRAFTS)`); all are killed after the test."""
    _skip_without_dovecot()
    servers: list[Dovecot] = []

    def make(**kwargs: Any) -> Dovecot:
        server = Dovecot(**kwargs)
        servers.append(server)
        server.start()
        return server

    yield make
    for server in servers:
        server.close()


@pytest.fixture
def dovecot_private(dovecot_factory: Callable[..., Dovecot], request: pytest.FixtureRequest) -> Dovecot:
    """A running Dovecot of this test's own; constructor kwargs via indirect parametrization."""
    return dovecot_factory(**getattr(request, "param", {}))


@pytest.fixture
def radicale() -> Iterator[Radicale]:
    with Radicale() as server:
        yield server


@pytest.fixture
def ics_feed() -> Iterator[IcsFeed]:
    """An empty feed server; publish documents with `ics_feed.set(path, text)`."""
    with IcsFeed() as feed:
        yield feed


@pytest.fixture
def oauth_provider() -> Iterator[OAuthServer]:
    with OAuthServer() as provider:
        yield provider


@pytest.fixture
def dovecot_oauth(dovecot_factory: Callable[..., Dovecot], oauth_provider: OAuthServer) -> Dovecot:
    """A private Dovecot whose default user can also log in with `oauth_provider`'s access tokens."""
    server = dovecot_factory(extra_config=oauth_provider.dovecot_config())
    oauth_provider.signed_in_user = server.user
    return server
