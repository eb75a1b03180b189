"""The game's services: what joins it to the world outside the rules and the screen.

`web` (the one door into the browser page), `storage` (settings and saves on disk, in the
page's localStorage or in memory), `session` and `season_archive` (the season's autosave and
the finished seasons kept on this device), `presets` (the world a link or command line
asks for), `accessibility` (screen text for screen readers) and `exporting` (a picture of a
screen as a file or a download). Services import no scene.
"""
