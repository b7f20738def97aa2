"""Segmentation: sentence spans (abbreviation-aware) over the clean text."""

from warta.segment.sentences import split_sentences

__all__ = ["split_sentences"]
