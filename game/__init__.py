"""Credit to Society: a critical game about social credit scores.

``game.engine`` holds the pure rules (no pygame); ``game.ui`` the drawing and input layer,
which knows nothing of the rules; ``game.services`` the browser page, storage, saves,
presets, screen readers and exports; ``game.shell`` the window, loop and scene stack;
``game.scenes`` the screens, opened by id from ``game.scenes.registry``; ``game.launch``
starts it all.
"""
