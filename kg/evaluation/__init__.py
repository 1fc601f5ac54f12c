"""Scoring extraction against annotated articles."""
