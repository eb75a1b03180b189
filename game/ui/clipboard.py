"""The desktop clipboard's text, for pasting many codes at once (Ctrl+V).

pygame-ce reads it through SDL. The browser build has no clipboard for Python (the page
would have to ask the browser), so there, and wherever SDL cannot reach one, this gives ""
and the screen says nothing was pasted."""

from __future__ import annotations

import pygame

MAX_PASTE_CHARS = 20_000  # about 500 codes; anything longer is cut


def clipboard_text() -> str:
    """The clipboard's text, or "" when there is none or it cannot be read."""
    scrap = getattr(pygame, "scrap", None)
    get_text = getattr(scrap, "get_text", None)
    if get_text is None:
        return ""
    try:
        text = get_text()
    except (pygame.error, RuntimeError, OSError):
        return ""
    return text[:MAX_PASTE_CHARS] if isinstance(text, str) else ""


def is_paste(event: pygame.event.Event) -> bool:
    """Whether a key event is Ctrl+V (Cmd+V on a Mac)."""
    return (event.type == pygame.KEYDOWN and event.key == pygame.K_v
            and bool(event.mod & (pygame.KMOD_CTRL | pygame.KMOD_META)))
