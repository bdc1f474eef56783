"""Check-ins: logged workouts, streaks, stats, charts, the leaderboard and members data."""
