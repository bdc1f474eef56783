"""Second Heart: a Discord bot for fitness communities, built around the calf muscle pump."""

__version__ = "0.1.0"
