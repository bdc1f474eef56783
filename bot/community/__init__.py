"""The community area: a server's shared challenges and its weekly recap."""
