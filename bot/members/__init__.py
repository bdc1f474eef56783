"""Members: each member's settings (zone, weekly goal, privacy, reminder preference), their
export and forget-me. Check-ins and reminders read a member's settings here."""
