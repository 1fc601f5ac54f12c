"""Across articles: which people and meetings are the same, and which values sources dispute."""
