"""Text -> HPO phenotype recognition for Russian and English clinical notes (see `recognizer`)."""

from medmoe.phenotypes.recognizer import Mention, PhenotypeRecognizer, concepts

__all__ = ["Mention", "PhenotypeRecognizer", "concepts"]
