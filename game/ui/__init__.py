"""Reusable pygame interface layer: theme, text, widgets, charts and sound cues.

Nothing here knows the rules of the game; scenes combine these pieces with the engine's
state. Every module draws onto a surface it is given and keeps no global state.
"""
