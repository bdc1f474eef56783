"""The deployment files (Dockerfile, compose.yaml, deploy/), checked without a container engine."""
