"""Check-ins: logged workouts, streaks, stats, charts and the leaderboard."""
