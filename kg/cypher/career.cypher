// name: career
// description: A person's whole career in one timeline — acts (appointments, removals …), tenures of posts (HELD), memberships of bodies (MEMBER_OF) and ranks — each line once, with its sources (document paths) and evidence.
// param: name — the person's name exactly as written (赵吉春)
// order: date, what, post
MATCH (p:Person)-[h:HELD]->(x:Post)
WHERE p.name = $name
RETURN p.name AS person, p.id AS person_id, coalesce(h.start, h.first_seen) AS date, 'held' AS what, CASE WHEN false THEN '' END AS status,
       CASE WHEN h.acting = true THEN x.org + ' 代理' + x.title ELSE x.name END AS post,
       h.start AS start, h.`end` AS `end`, h.first_seen AS first_seen, h.last_seen AS last_seen, h.current AS current,
       h.acting AS acting, h.concurrent AS concurrent, h.sources AS sources, h.evidence AS evidence
UNION ALL
MATCH (p:Person)-[m:MEMBER_OF]->(o:Organization)
WHERE p.name = $name
RETURN p.name AS person, p.id AS person_id, coalesce(m.start, m.first_seen) AS date, 'member' AS what, CASE WHEN false THEN '' END AS status,
       o.name + ' ' + CASE WHEN m.acting = true THEN '代理' + m.role ELSE m.role END AS post,
       m.start AS start, m.`end` AS `end`, m.first_seen AS first_seen, m.last_seen AS last_seen, m.current AS current,
       m.acting AS acting, m.concurrent AS concurrent, m.sources AS sources, m.evidence AS evidence
UNION ALL
MATCH (p:Person)-[r:HAS_RANK]->(k:Rank)
WHERE p.name = $name
RETURN p.name AS person, p.id AS person_id, r.date AS date, 'rank' AS what, CASE WHEN false THEN '' END AS status, k.name AS post,
       r.date AS start, CASE WHEN false THEN '' END AS `end`, r.date AS first_seen, r.date AS last_seen, CASE WHEN false THEN true END AS current,
       CASE WHEN false THEN true END AS acting, CASE WHEN false THEN true END AS concurrent,
       CASE WHEN false THEN [''] ELSE [] END AS sources, r.evidence AS evidence
UNION ALL
MATCH (e:Event)-[:CONCERNS]->(p:Person)
WHERE p.name = $name
OPTIONAL MATCH (e)-[:`TO`]->(x:Post)
OPTIONAL MATCH (e)-[:SOURCE]->(d:Document)
WITH p, e, x, collect(DISTINCT d.path) AS sources
RETURN p.name AS person, p.id AS person_id, e.date AS date, e.kind AS what, e.status AS status,
       CASE WHEN e.kind = 'acting' THEN coalesce(x.org, e.org) + ' 代理' + e.title ELSE coalesce(x.name, e.org + ' ' + e.title, e.title) END AS post,
       e.date AS start, CASE WHEN false THEN '' END AS `end`, e.date AS first_seen, e.date AS last_seen, CASE WHEN false THEN true END AS current,
       e.kind = 'acting' AS acting, CASE WHEN false THEN true END AS concurrent, sources, e.evidence AS evidence
