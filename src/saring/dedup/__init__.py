"""Deduplication steps: exact, line-level and MinHash near-duplicates."""
