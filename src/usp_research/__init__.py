"""usp_research: parse and annotate articles on Pakistan-US relations."""
__version__ = "0.1.0"
