// name: org_members
// description: The organizations whose name contains org, their posts and every holder, current and former, in order of start (or first seen), with acting and concurrent flags.
// param: org — part of the organization's name (巴南区人民检察院)
MATCH (o:Organization)
WHERE o.name CONTAINS $org
MATCH (p:Person)-[h:HELD]->(x:Post)-[:`IN`]->(o)
RETURN o.name AS org, CASE WHEN h.acting = true THEN '代理' + x.title ELSE x.title END AS title, p.name AS person,
       h.start AS start, h.`end` AS `end`, h.first_seen AS first_seen, h.last_seen AS last_seen,
       h.current AS current, h.acting AS acting, h.concurrent AS concurrent, h.sources AS sources
ORDER BY org, x.title, coalesce(start, first_seen, ''), person
