// name: career
// description: A person's events (appointments, removals, resignations …) and tenures in time order, with the document and sentence each comes from.
// param: name — the person's name exactly as written (赵吉春)
MATCH (p:Person)-[r:HELD|CONCERNS]-(x)
WHERE p.name = $name
OPTIONAL MATCH (x)-[:`TO`]->(tp:Post)
OPTIONAL MATCH (x)-[s:SOURCE]->(d:Document)
RETURN p.name AS person, coalesce(r.start, x.date) AS date,
       coalesce(x.kind, 'held') AS what, x.status AS status,
       coalesce(tp.name, x.name) AS post, r.`end` AS until, r.current AS current,
       d.path AS document, s.text AS sentence,
       CASE WHEN d IS NULL THEN coalesce(r.evidence, x.evidence) ELSE NULL END AS evidence
ORDER BY person, coalesce(date, ''), what, post
