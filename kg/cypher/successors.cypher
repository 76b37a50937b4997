// name: successors
// description: The holders of a post in order of their tenures, each with whom they succeeded (the holder whose tenure ended, or began, last before theirs began).
// param: title — the post title (检察长)
// param: org? — part of the organization's name (巴南区人民检察院); optional, default any
MATCH (p:Person)-[h:HELD]->(x:Post)-[:`IN`]->(o:Organization)
WHERE x.title = $title AND ($org = '' OR o.name CONTAINS $org)
OPTIONAL MATCH (q:Person)-[h2:HELD]->(x)
WHERE q.id <> p.id AND coalesce(h2.`end`, h2.start) <= h.start AND coalesce(h2.start, '') < h.start
WITH o, x, p, h, max(coalesce(h2.`end`, h2.start)) AS previous
OPTIONAL MATCH (pq:Person)-[h3:HELD]->(x)
WHERE pq.id <> p.id AND coalesce(h3.`end`, h3.start) = previous AND coalesce(h3.start, '') < h.start
RETURN o.name AS org, x.title AS title, p.name AS person, h.start AS start, h.`end` AS `end`,
       h.current AS current, collect(DISTINCT pq.name) AS succeeded
ORDER BY org, coalesce(start, `end`, '9999'), CASE WHEN start IS NULL THEN 0 ELSE 1 END, person
