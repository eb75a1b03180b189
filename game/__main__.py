"""`python -m game`: open the game window (the same as the `credit-to-society` command)."""

from game.launch import main

main()
