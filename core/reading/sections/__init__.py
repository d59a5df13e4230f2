"""The section tree of a report: part headings and their kinds (headings), the tree built from paragraphs
(structure)."""
