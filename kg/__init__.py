"""kg: a knowledge graph of people, offices and institutions from Chinese government documents."""

__version__ = "0.1.0"

from kg import fast_re

fast_re.install()  # the same compiled patterns, built without a Python loop per character (kg.fast_re)
