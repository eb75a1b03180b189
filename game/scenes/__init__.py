"""The screens: title, play, event and friend dialogs, week summary, debrief, settings."""
