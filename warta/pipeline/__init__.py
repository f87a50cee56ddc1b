"""Pipeline steps: each turns text (and earlier steps' records) into records."""
