// name: events_by_date
// description: Personnel events dated between from and to (ISO dates, partial allowed: 2025-06 includes the whole month), one row per event with the deciding body, meeting, 文号 and all its source documents.
// param: from — first date (2025-06-01, 2025-06 or 2025)
// param: to — last date, inclusive (2025-06-30, 2025-06 or 2025)
MATCH (e:Event)
WHERE e.date >= $from AND e.date <= $to + '~'
OPTIONAL MATCH (e)-[:CONCERNS]->(p:Person)
OPTIONAL MATCH (e)-[:`TO`]->(x:Post)
OPTIONAL MATCH (e)-[:SOURCE]->(d:Document)
WITH e, p, x, collect(DISTINCT d.path) AS sources
RETURN e.date AS date, e.kind AS kind, e.status AS status, coalesce(p.name, e.person) AS person,
       CASE WHEN e.kind = 'acting' THEN coalesce(x.org, e.org) + ' 代理' + e.title ELSE coalesce(x.name, e.org + ' ' + e.title, e.title) END AS post,
       e.decided_by AS decided_by, e.meeting AS meeting, e.doc_number AS doc_number, sources
ORDER BY date, person, kind, post
