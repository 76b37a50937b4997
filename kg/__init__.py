"""kg: a knowledge graph of people, offices and institutions from Chinese government documents."""

__version__ = "0.1.0"

from kg import fast_re

fast_re.install()  # the same compiled patterns, built without a Python loop per character (kg.fast_re)

from kg import fast_classes  # noqa: E402 (after the patterns' cache: it keeps its code in the same folder)

fast_classes.install()  # dataclasses' methods run from code kept between runs, not compiled anew (kg.fast_classes)
