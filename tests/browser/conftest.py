"""Browser fixtures, shared by the browser tests."""

from tests.browser.support import chromium  # noqa: F401 - a fixture, used by name
from tests.browser.web_build_support import offline_build  # noqa: F401 - likewise
