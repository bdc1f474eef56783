"""Persistence. `db` owns the connection and migrations; sibling modules hold each area's SQL."""
