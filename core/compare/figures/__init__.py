"""Figures in report text: how numbers are written, indicator names and their synonyms, the patterns that find
them, and pairing a target with its result."""
