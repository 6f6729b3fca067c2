"""Claimcheck: typed, attributed claims with attribution-gap flags and evidence, from a news article."""
from .corpus import load_corpus
from .errors import CheckerError, CorpusError, FetchError, InputError, ModelError, ReviewStoreError
from .ingest import read
from .pipeline import check, check_many
from .schema import Claim, Document, Evidence, Flag, Report, Summary

__version__ = "0.1.0"

__all__ = [
    "CheckerError", "Claim", "CorpusError", "Document", "Evidence", "FetchError", "Flag", "InputError",
    "ModelError", "Report", "ReviewStoreError", "Summary", "check", "check_many", "load_corpus", "read",
]
