"""A live region for screen readers: the current screen's text and every score change,
mirrored into an `aria-live` element of the web page (the page template provides it).

The game draws everything on a canvas, which a screen reader cannot read; each frame the
top scene says in words what it shows (`Scene.spoken_text`), and when that changes the text
goes into the page. Off the web it is only remembered (tests read it there).
"""

from __future__ import annotations

from game.services import web

LIVE_REGION_ID = "live-region"  # the element's id in web/template.tmpl
MAX_SPOKEN_CHARS = 600  # a screen's summary, not its every word


class LiveRegion:
    """Remembers the last text announced and passes changes on to the page."""

    def __init__(self) -> None:
        self.text = ""
        self.announcements = 0

    def announce(self, text: str) -> None:
        """Say `text` if it differs from what was said last."""
        text = " ".join(text.split())[:MAX_SPOKEN_CHARS]
        if text == self.text:
            return
        self.text = text
        self.announcements += 1
        web.set_live_text(LIVE_REGION_ID, text)
