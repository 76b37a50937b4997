// name: who_held
// description: Everyone who held a post with this title (optionally only in organizations whose name contains org): tenure dates, current or not, and the source of each tenure.
// param: title — the post title as the graph holds it, without the organization (副区长, 检察长)
// param: org? — part of the organization's name (巴南区人民政府); optional, default any
MATCH (p:Person)-[h:HELD]->(x:Post)-[:`IN`]->(o:Organization)
WHERE x.title = $title AND ($org = '' OR o.name CONTAINS $org)
OPTIONAL MATCH (e:Event)-[s:SOURCE]->(d:Document)
WHERE e.id IN h.events
RETURN p.name AS person, x.title AS title, o.name AS org,
       h.start AS start, h.`end` AS `end`, h.current AS current,
       e.kind AS event, d.path AS document, s.text AS sentence,
       CASE WHEN e IS NULL THEN h.evidence ELSE NULL END AS evidence
ORDER BY org, coalesce(start, ''), person, document
