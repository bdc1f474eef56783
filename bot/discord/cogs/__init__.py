"""One module per feature area, each with an async setup(bot)."""
