// name: career
// description: A person's events (appointments, removals, resignations …) and tenures in time order, with the document and sentence each comes from (one row per event or tenure; `sources` counts its evidence spans).
// param: name — the person's name exactly as written (赵吉春)
MATCH (p:Person)-[r:HELD|CONCERNS]-(x)
WHERE p.name = $name
OPTIONAL MATCH (x)-[:`TO`]->(tp:Post)
OPTIONAL MATCH (x)-[s:SOURCE]->(d:Document)
WITH p, r, x, tp, min(d.path) AS document, min(s.text) AS sentence, count(s) AS sources
RETURN p.name AS person, coalesce(r.start, x.date) AS date,
       coalesce(x.kind, 'held') AS what, x.status AS status,
       coalesce(tp.name, x.name) AS post, r.`end` AS until, r.current AS current,
       document, sentence, sources,
       CASE WHEN document IS NULL THEN coalesce(r.evidence, x.evidence) ELSE NULL END AS evidence
ORDER BY person, coalesce(date, ''), what, post
