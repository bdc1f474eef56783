"""The Discord front end: a thin layer that parses interactions and renders service replies."""
