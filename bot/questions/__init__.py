"""Questions: the curated knowledge base, warning-sign triage and answer retrieval."""
