// name: changes
// description: Personnel changes in a jurisdiction over a period: decided acts on its posts, and tenures that began or ended then by a roster's or biography's note (no act), one row per change with its sources.
// param: jurisdiction — part of the jurisdiction's name (大渡口区)
// param: from — first date (2021-01, 2021)
// param: to — last date, inclusive (2021-12, 2021)
// order: date, person, change, post
MATCH (e:Event)-[:`TO`]->(x:Post)-[:`IN`]->(o:Organization)
WHERE e.status = 'decided' AND o.jurisdiction CONTAINS $jurisdiction AND e.date >= $from AND e.date <= $to + '~'
OPTIONAL MATCH (e)-[:CONCERNS]->(p:Person)
OPTIONAL MATCH (e)-[:SOURCE]->(d:Document)
WITH e, p, x, collect(DISTINCT d.path) AS sources
RETURN e.date AS date, e.kind AS change, coalesce(p.name, e.person) AS person,
       CASE WHEN e.kind = 'acting' THEN x.org + ' 代理' + x.title ELSE x.name END AS post, sources, CASE WHEN false THEN [''] END AS evidence
UNION ALL
MATCH (p:Person)-[h:HELD]->(x:Post)-[:`IN`]->(o:Organization)
WHERE size(h.events) = 0 AND o.jurisdiction CONTAINS $jurisdiction AND h.start >= $from AND h.start <= $to + '~'
RETURN h.start AS date, 'began' AS change, p.name AS person,
       CASE WHEN h.acting = true THEN x.org + ' 代理' + x.title ELSE x.name END AS post, CASE WHEN false THEN ['']  ELSE [] END AS sources, h.evidence AS evidence
UNION ALL
MATCH (p:Person)-[h:HELD]->(x:Post)-[:`IN`]->(o:Organization)
WHERE size(h.events) = 0 AND o.jurisdiction CONTAINS $jurisdiction AND h.`end` >= $from AND h.`end` <= $to + '~'
RETURN h.`end` AS date, 'ended' AS change, p.name AS person,
       CASE WHEN h.acting = true THEN x.org + ' 代理' + x.title ELSE x.name END AS post, CASE WHEN false THEN ['']  ELSE [] END AS sources, h.evidence AS evidence
