// name: events_by_date
// description: Personnel events dated between from and to (ISO dates, partial allowed: 2025-06 includes the whole month), with the deciding body and source.
// param: from — first date (2025-06-01, 2025-06 or 2025)
// param: to — last date, inclusive (2025-06-30, 2025-06 or 2025)
MATCH (e:Event)
WHERE e.date >= $from AND e.date <= $to + '~'
OPTIONAL MATCH (e)-[:CONCERNS]->(p:Person)
OPTIONAL MATCH (e)-[:`TO`]->(x:Post)
OPTIONAL MATCH (e)-[s:SOURCE]->(d:Document)
RETURN e.date AS date, e.kind AS kind, e.status AS status, coalesce(p.name, e.person) AS person,
       coalesce(x.name, e.org + ' ' + e.title) AS post, e.decided_by AS decided_by, d.path AS document
ORDER BY date, person, kind
