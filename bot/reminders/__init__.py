"""Reminders: daily calf-raise nudges, in each member's time zone, delivered once."""
