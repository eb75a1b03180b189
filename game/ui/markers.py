"""Marker shapes for data points and citizens: circle, square, triangle, diamond.

A second cue beside colour everywhere the game tells things apart by colour (chart lines,
score bands), so colour is never the only one.
"""

from __future__ import annotations

from enum import Enum

import pygame

from game.ui.theme import Color

MARKER_OUTLINE_PX = 2  # background-coloured rim that separates overlapping markers


class Marker(Enum):
    """Shapes that mark data points."""

    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"


MARKER_CYCLE = (Marker.CIRCLE, Marker.SQUARE, Marker.TRIANGLE, Marker.DIAMOND)


def draw_marker(
    surface: pygame.Surface,
    marker: Marker,
    center: tuple[int, int],
    radius_px: int,
    color: Color,
    outline: Color | None = None,
) -> None:
    """Draw one marker shape centred on ``center``, with an optional outline rim."""
    if outline is not None:
        _draw_marker_shape(surface, marker, center, radius_px + MARKER_OUTLINE_PX, outline)
    _draw_marker_shape(surface, marker, center, radius_px, color)


def _draw_marker_shape(
    surface: pygame.Surface, marker: Marker, center: tuple[int, int], r: int, color: Color
) -> None:
    x, y = center
    if marker is Marker.CIRCLE:
        pygame.draw.circle(surface, color, center, r)
    elif marker is Marker.SQUARE:
        half = round(r * 0.85)
        side = 2 * half + 1
        pygame.draw.rect(surface, color, pygame.Rect(x - half, y - half, side, side))
    elif marker is Marker.TRIANGLE:
        height = round(r * 1.15)
        corners = [(x, y - height), (x + height, y + r), (x - height, y + r)]
        pygame.draw.polygon(surface, color, corners)
    elif marker is Marker.DIAMOND:
        reach = round(r * 1.2)
        pygame.draw.polygon(surface, color, [(x, y - reach), (x + reach, y), (x, y + reach),
                                             (x - reach, y)])
    else:  # pragma: no cover - Enum is closed
        raise ValueError(f"unknown marker {marker!r}")
