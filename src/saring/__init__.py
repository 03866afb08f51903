"""saring: sieve crawled Indonesian web and news text into a clean, annotated corpus."""

__version__ = "0.1.0"

from saring.api import CleanResult, Sieve, load

__all__ = ["CleanResult", "Sieve", "__version__", "load"]
