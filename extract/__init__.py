"""Reading figures out of analysts' prose (the figure contract, sections 1-5)."""

from extract.version import EXTRACTOR_VERSION

__all__ = ["EXTRACTOR_VERSION"]
