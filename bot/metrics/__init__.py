"""Prometheus metrics, when `metrics.port` is set (README § Metrics).

The core never imports this package: its services tell hooks what happened (`on_answer`,
`on_checkin`, the dispatcher's watcher) and bot/app.py connects them to a `Metrics` only when
metrics are on, so the console, the tests and a bot without metrics run as before. The Discord
front end records interactions and the gateway's state through `App.metrics` when it is set.
"""
