// name: who_held
// description: Everyone who held a post with this title (optionally only in organizations whose name contains org, or only at a date): one row per person and post with start / end, first / last seen, current, acting (shown as 代理… in the title) and concurrent flags, the acts, the source documents and the evidence.
// param: title — the post title as the graph holds it, without the organization or 代理 (副区长, 检察长)
// param: org? — part of the organization's name (巴南区人民政府); optional, default any
// param: as_of? — a date (2021-06): only tenures attested at that date; optional
// param: acting? — yes: only acting holders (代理检察长); optional
MATCH (p:Person)-[h:HELD]->(x:Post)-[:`IN`]->(o:Organization)
WHERE x.title = $title AND ($org = '' OR o.name CONTAINS $org)
  AND ($acting = '' OR h.acting = true)
  AND ($as_of = '' OR (coalesce(h.start, h.first_seen, '0000') <= $as_of + '~'
       AND (CASE WHEN h.current = true THEN '9999' ELSE coalesce(h.`end`, h.last_seen, '9999') END) + '~' >= $as_of))
OPTIONAL MATCH (e:Event)-[:CONCERNS]->(p)
WHERE e.id IN h.events
WITH p, h, x, o, collect(DISTINCT e.kind) AS acts
RETURN p.name AS person, p.id AS person_id,
       CASE WHEN h.acting = true THEN '代理' + x.title ELSE x.title END AS title, o.name AS org,
       h.start AS start, h.`end` AS `end`, h.first_seen AS first_seen, h.last_seen AS last_seen,
       h.current AS current, h.acting AS acting, h.concurrent AS concurrent, acts, h.sources AS sources, h.evidence AS evidence
ORDER BY org, coalesce(start, first_seen, ''), person
