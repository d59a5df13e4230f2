"""Qt-free core: documents, parsing, sentences, annotation files."""
