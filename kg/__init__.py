"""kg: a knowledge graph of people, offices and institutions from Chinese government documents."""

__version__ = "0.1.0"
