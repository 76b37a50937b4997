"""kg.datafiles: YAML tables parsed once per content, kept in kg's cache folder."""

from __future__ import annotations

import yaml

from kg import datafiles


def test_parsed_table_is_cached_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    text = "shapes:\n  - id: a\n    words: [任, 免]\n"
    first = datafiles.parse_yaml(text, "t.yaml")
    assert first == yaml.safe_load(text)
    (entry,) = tmp_path.glob("yaml-t_yaml-*.bin")
    assert datafiles.parse_yaml(text, "t.yaml") == first  # read back from the entry
    # an edited table is parsed again; its older entry is removed
    edited = datafiles.parse_yaml(text + "extra: 1\n", "t.yaml")
    assert edited["extra"] == 1
    assert [p.name for p in tmp_path.glob("yaml-t_yaml-*.bin")] != [entry.name]
    assert len(list(tmp_path.glob("yaml-t_yaml-*.bin"))) == 1


def test_corrupt_entry_is_ignored_and_rewritten(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    text = "a: [1, 2]\n"
    datafiles.parse_yaml(text, "c.yaml")
    (entry,) = tmp_path.glob("yaml-c_yaml-*.bin")
    entry.write_bytes(b"kg-yaml-cache 1\n\x00garbage")
    assert datafiles.parse_yaml(text, "c.yaml") == {"a": [1, 2]}
    entry.write_bytes(b"not ours")
    assert datafiles.parse_yaml(text, "c.yaml") == {"a": [1, 2]}


def test_no_cache_folder_and_unmarshallable_values(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", "")
    assert datafiles.parse_yaml("a: 1\n", "n.yaml") == {"a": 1}
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    dated = datafiles.parse_yaml("d: 2021-08-02\n", "d.yaml")  # a date: parsed, not cached
    assert str(dated["d"]) == "2021-08-02" and not list(tmp_path.glob("yaml-d_yaml-*"))


def test_every_table_of_kg_data_loads_through_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    for path in sorted(datafiles.DATA_DIR.glob("*.yaml")):
        assert datafiles.load_yaml(path.name) == yaml.load(path.read_text(encoding="utf-8"), Loader=datafiles._loader())
        assert datafiles.load_yaml(path.name) == yaml.load(path.read_text(encoding="utf-8"), Loader=datafiles._loader())
