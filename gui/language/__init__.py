"""The window's language: choosing it, loading the translations, and the strings that come from ``core``."""
