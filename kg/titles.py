"""Titles of posts and ranks: the lexicon (kg/data/titles.yaml) and splitting a post phrase.

Officials write a post as organization + title with nothing between them
("重庆市巴南区人民法院民事审判一庭副庭长", "区委书记"), so the title is recognised as the longest
known title at the end of the phrase and the rest is the organization as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

CONCURRENT_RE = re.compile(r"[（(]兼[)）]")


@dataclass(frozen=True)
class PostPhrase:
    """A post phrase split into its parts. ``org_text`` is "" when the phrase is a bare title."""

    org_text: str
    title: str
    concurrent: bool = False


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    with resources.files("kg").joinpath("data/titles.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


@lru_cache(maxsize=1)
def titles() -> tuple[str, ...]:
    """Known titles, longest first (so 副庭长 wins over 庭长)."""
    return tuple(sorted(set(_lexicon()["titles"]), key=len, reverse=True))


@lru_cache(maxsize=1)
def ranks() -> tuple[str, ...]:
    """Known ranks (一级巡视员 …), longest first."""
    return tuple(sorted(set(_lexicon()["ranks"]), key=len, reverse=True))


def is_rank(text: str) -> bool:
    return text in ranks()


def split_post(phrase: str) -> PostPhrase | None:
    """Split "重庆市巴南区人民政府副区长" into ("重庆市巴南区人民政府", "副区长").

    Returns None when the phrase does not end in a known title. A "(兼)" mark anywhere in the
    phrase is removed and reported as ``concurrent``.
    """
    concurrent = bool(CONCURRENT_RE.search(phrase))
    phrase = CONCURRENT_RE.sub("", phrase).strip()
    for title in titles():
        if phrase.endswith(title):
            org_text = phrase[: -len(title)]
            if org_text.endswith("副") or org_text.endswith("常务"):
                continue  # "…常务副" + "主任": a longer title we do not know; do not half-split
            return PostPhrase(org_text=org_text, title=title, concurrent=concurrent)
    return None


def implied_org(title: str, jurisdiction: str | None) -> str | None:
    """The organization a bare title names by itself (副区长 → the district government)."""
    if not jurisdiction:
        return None
    template = _lexicon().get("implied_orgs", {}).get(title)
    if template and jurisdiction.endswith(("区", "县")):
        return template.format(jur=jurisdiction)
    return None
