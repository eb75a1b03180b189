"""Strategy bots: play whole seasons with no window, to test the game's balance."""
