"""One exception type per kind of bad input, each carrying a sentence for a person."""


class CheckerError(Exception):
    """Base class: the message is one sentence a user can act on."""


class InputError(CheckerError):
    """The article text (file, stdin, string) cannot be checked."""


class FetchError(CheckerError):
    """A URL could not be fetched, or was refused as unsafe."""


class CorpusError(CheckerError):
    """A reference corpus or its index is missing, damaged or malformed."""


class ModelError(CheckerError):
    """A claim-type model file is missing, damaged or from another version."""


class ReviewStoreError(CheckerError):
    """The review database cannot be opened or written."""
