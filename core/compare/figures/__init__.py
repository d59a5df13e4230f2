"""Figures in report text: how numbers are written, indicator names and their synonyms, the patterns that find
them, one indicator and how a clause is read into it, and pairing a target with its result."""
