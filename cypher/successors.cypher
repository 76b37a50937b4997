// name: successors
// description: The holders of a post in order of their start dates, each with whoever held it before (the latest earlier start) — who succeeded whom.
// param: title — the post title (检察长)
// param: org? — part of the organization's name (巴南区人民检察院); optional, default any
MATCH (p:Person)-[h:HELD]->(x:Post)-[:`IN`]->(o:Organization)
WHERE x.title = $title AND ($org = '' OR o.name CONTAINS $org)
OPTIONAL MATCH (q:Person)-[h2:HELD]->(x)
WHERE q.id <> p.id AND h2.start < h.start
WITH o, x, p, h, max(h2.start) AS previous_start
OPTIONAL MATCH (pq:Person)-[h3:HELD]->(x)
WHERE h3.start = previous_start AND pq.id <> p.id
RETURN o.name AS org, x.title AS title, p.name AS person, h.start AS start, h.`end` AS `end`,
       h.current AS current, collect(pq.name) AS succeeded
ORDER BY org, coalesce(start, '9999'), person
