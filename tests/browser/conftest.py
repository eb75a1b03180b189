"""Browser fixtures, shared by the browser tests."""

from tests.browser.support import chromium  # noqa: F401 - a fixture, used by name
