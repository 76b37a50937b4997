// name: org_members
// description: The organizations whose name contains org, their posts and every holder, current and former, in order of start date.
// param: org — part of the organization's name (巴南区人民检察院)
MATCH (o:Organization)
WHERE o.name CONTAINS $org
MATCH (p:Person)-[h:HELD]->(x:Post)-[:`IN`]->(o)
RETURN o.name AS org, x.title AS title, p.name AS person, h.start AS start, h.`end` AS `end`, h.current AS current
ORDER BY org, title, coalesce(start, ''), person
