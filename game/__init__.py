"""Credit to Society: a critical game about social credit scores.

``game.engine`` holds the pure rules (no pygame); ``game.ui`` the reusable drawing and
input layer; ``game.app`` the window, clock and scene stack; ``game.services.storage`` where the
player's data lives.
"""
