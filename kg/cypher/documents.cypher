// name: documents
// description: The documents of the graph, one row each: id (sha256 prefix), path, title, date, year, jurisdiction, sha256 and every resolved path it was read at.
MATCH (d:Document)
RETURN d.id AS id, d.path AS path, d.title AS title, d.date AS date, d.year AS year,
       d.jurisdiction AS jurisdiction, d.sha256 AS sha256, d.real_paths AS real_paths
ORDER BY id
