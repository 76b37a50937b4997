"""The HTML export in a real headless browser (Debian's chromium driven by Playwright):
the page loads offline, holds the expected nodes, opens on a readable neighbourhood, search
goes to a person and shows their career; screenshots are kept in tests/artifacts/ (git-ignored)
for a human to look at. Skipped, with the reason, where no browser or no Playwright exists
(`.ci/run` installs chromium where apt-get can)."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, make_sample_graph

from kg.export import Selection, export
from kg.model import Graph

pytestmark = [pytest.mark.slow, pytest.mark.e2e]  # a real browser; CI runs it (`pytest` selects every test)

ARTIFACTS = ROOT / "tests" / "artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run"]


def _browser_path() -> str | None:
    env = os.environ.get("KG_CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if shutil.which(name):
            return shutil.which(name)
    return None


@pytest.fixture(scope="module")
def page():
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install '.[web-test]')")
    exe = _browser_path()
    if not exe:
        pytest.skip("no chromium on this machine (apt-get install -y chromium; or set KG_CHROMIUM)")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=exe, headless=True, args=FLAGS)
        ctx = browser.new_context(viewport={"width": 1400, "height": 900}, offline=True)
        pg = ctx.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.errors = errors
        yield pg
        browser.close()


def _open(page, path: Path) -> None:
    page.errors.clear()
    page.goto(path.as_uri())
    page.wait_for_function("window.kg && window.kg.ready", timeout=120_000)
    assert page.errors == []


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


def _search(page, text: str) -> None:
    page.fill("#q", text)
    page.press("#q", "Enter")
    page.wait_for_function("window.kg.cy.nodes('.hit').length > 0", timeout=30_000)


def test_web_sample_page_search_and_career(page, tmp_path):
    out = export(make_sample_graph(), "html", tmp_path / "sample.html")
    _open(page, out)
    assert page.evaluate("window.kg.cy.nodes().length") == 20  # every node but the document
    names = set(page.evaluate("window.kg.cy.nodes().map(n => n.data('name'))"))
    assert {"曾庆云", "重庆市巴南区人民检察院", "重庆市巴南区人民检察院 检察长"} <= names
    _search(page, "曾庆云")
    hit = page.evaluate("window.kg.cy.nodes('.hit').map(n => n.data('name'))")
    assert hit == ["曾庆云"]
    # centred: the person is in the middle of the drawing area
    x, y = page.evaluate("(() => { const p = window.kg.cy.nodes('.hit')[0].renderedPosition(); return [p.x, p.y]; })()")
    assert abs(x - 700) < 50 and abs(y - 450) < 50
    info = page.inner_text("#info")
    assert "曾庆云" in info and "career" in info and "重庆市巴南区人民检察院 检察长" in info and "1974-03" in info
    assert page.locator("#timeline .bar").count() == 2 and page.locator("#timeline .mark").count() == 1
    _shot(page, "web_sample.png")


def _big_graph(n_people: int = 7000, seed: int = 1) -> Graph:
    """A kg-shaped graph of ~10,000 nodes: an organization tree, posts, persons holding 1–3 posts."""
    r = random.Random(seed)
    orgs = [{"id": f"o{i}", "name": f"机构{i}", "type": "department"} for i in range(600)]
    part_of = [{"from": f"o{i}", "to": f"o{r.randrange(max(1, i // 3))}"} for i in range(1, 600)]
    posts, post_in = [], []
    for o in orgs:
        for j in range(r.randint(1, 6)):
            posts.append({"id": f"{o['id']}p{j}", "title": f"职务{j}", "name": f"{o['name']} 职务{j}"})
            post_in.append({"from": posts[-1]["id"], "to": o["id"]})
    people, held = [], []
    for i in range(n_people):
        people.append({"id": f"x{i}", "name": f"人{i:05d}"})
        for _ in range(r.choice([1, 1, 1, 2, 2, 3])):
            y = r.randint(2000, 2024)
            held.append({"from": f"x{i}", "to": r.choice(posts)["id"], "start": f"{y}-0{r.randint(1, 9)}", "end": f"{y + 3}"})
    return Graph(nodes={"Person": people, "Organization": orgs, "Post": posts},
                 rels={"HELD": held, "IN": post_in, "PART_OF": part_of})


def test_web_ten_thousand_nodes_opens_readable(page, tmp_path):
    graph = _big_graph()
    total = sum(len(v) for v in graph.nodes.values())
    assert total > 9_500
    out = export(graph, "html", tmp_path / "big.html")
    _open(page, out)
    assert page.evaluate("window.kg.cy.nodes().length") == total
    shown = page.evaluate("window.kg.cy.nodes(':visible').length")
    assert 3 <= shown <= 100  # opens on the best-connected person's neighbourhood, labelled, not on a hairball
    _shot(page, "web_10k_opening.png")
    assert page.evaluate("window.kg.cy.zoom()") > 0.5
    opened = page.evaluate("window.kg.cy.nodes('.hit').map(n => n.data('label'))")
    assert opened == ["Person"] and "career" in page.inner_text("#info")
    _search(page, "人00042")
    assert page.evaluate("window.kg.cy.nodes('.hit').map(n => n.data('name'))") == ["人00042"]
    assert "人00042" in page.inner_text("#info")
    _shot(page, "web_10k_search.png")
    page.click("#all")
    assert page.evaluate("window.kg.cy.nodes(':visible').length") == total


def test_web_subgraph_page_opens_on_the_person(page, tmp_path):
    out = export(make_sample_graph(), "html", tmp_path / "zeng.html", selection=Selection(person="曾庆云"))
    _open(page, out)
    assert "曾庆云" in page.inner_text("#viewtitle")
    assert page.evaluate("window.kg.cy.nodes(':visible').length") == page.evaluate("window.kg.cy.nodes().length")
