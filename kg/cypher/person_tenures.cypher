// name: person_tenures
// description: Every tenure (HELD) and membership (MEMBER_OF) of the persons with this exact name, one row each with its dates, flags and evidence (what `kg people NAME` shows).
// param: name — the person's name exactly as written (刘松)
// order: id, kind, org, title
MATCH (p:Person)-[h:HELD]->(x:Post)
WHERE p.name = $name
RETURN p.id AS id, p.name AS name, p.jurisdiction AS jurisdiction, p.gender AS gender, p.birth AS birth,
       p.native_place AS native_place, 'held' AS kind, x.org AS org,
       CASE WHEN h.acting = true THEN '代理' + x.title ELSE x.title END AS title,
       h.start AS start, h.`end` AS `end`, h.first_seen AS first_seen, h.last_seen AS last_seen,
       h.current AS current, h.acting AS acting, h.concurrent AS concurrent, CASE WHEN false THEN '' END AS constituency
UNION ALL
MATCH (p:Person)-[m:MEMBER_OF]->(o:Organization)
WHERE p.name = $name
RETURN p.id AS id, p.name AS name, p.jurisdiction AS jurisdiction, p.gender AS gender, p.birth AS birth,
       p.native_place AS native_place, 'member' AS kind, o.name AS org,
       CASE WHEN m.acting = true THEN '代理' + m.role ELSE m.role END AS title,
       m.start AS start, m.`end` AS `end`, m.first_seen AS first_seen, m.last_seen AS last_seen,
       m.current AS current, m.acting AS acting, m.concurrent AS concurrent, m.constituency AS constituency
UNION ALL
MATCH (p:Person)
WHERE p.name = $name
RETURN p.id AS id, p.name AS name, p.jurisdiction AS jurisdiction, p.gender AS gender, p.birth AS birth,
       p.native_place AS native_place, 'person' AS kind, CASE WHEN false THEN '' END AS org, CASE WHEN false THEN '' END AS title,
       CASE WHEN false THEN '' END AS start, CASE WHEN false THEN '' END AS `end`, CASE WHEN false THEN '' END AS first_seen, CASE WHEN false THEN '' END AS last_seen,
       CASE WHEN false THEN true END AS current, CASE WHEN false THEN true END AS acting, CASE WHEN false THEN true END AS concurrent, CASE WHEN false THEN '' END AS constituency
