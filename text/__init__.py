"""Chinese text handling for Duizhao: reading, folding, conversion, extraction (no Qt, no SQL)."""
