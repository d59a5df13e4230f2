"""The file formats a report comes in, other than plain text: Word, web pages, PDF; and which suffixes are reports."""
