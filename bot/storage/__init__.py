"""Persistence. `db` owns the connections, `schema` the migrations; sibling modules hold each
area's SQL as functions that take and return the area's own types (bot/<area>/models.py)."""
