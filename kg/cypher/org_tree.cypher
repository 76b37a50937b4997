// name: org_tree
// description: An organization (exact name) and its sub-units through PART_OF (up to 6 levels), each with its parent, its posts and their holders and its collective seats (常委, 委员 … through MEMBER_OF) and their members — current ones, or with as_of those whose tenure is attested at that date (co-attested: a 2021 yearbook attests 2021).
// param: org — the organization's full name (重庆市大渡口区)
// param: as_of? — a date (2021-06); optional, default: current holders
// order: root, unit, title, holder
MATCH (o:Organization)<-[:PART_OF*0..6]-(u:Organization)
WHERE o.name = $org
OPTIONAL MATCH (u)-[:PART_OF]->(parent:Organization)
OPTIONAL MATCH (x:Post)-[:`IN`]->(u)
OPTIONAL MATCH (p:Person)-[h:HELD]->(x)
WHERE ($as_of = '' AND h.current = true)
   OR ($as_of <> '' AND coalesce(h.start, h.first_seen, '0000') <= $as_of + '~'
       AND (CASE WHEN h.current = true THEN '9999' ELSE coalesce(h.`end`, h.last_seen, '9999') END) + '~' >= $as_of)
RETURN DISTINCT o.name AS root, u.name AS unit, parent.name AS parent, u.type AS type, x.title AS title,
       p.name AS holder, h.acting AS acting, h.concurrent AS concurrent, h.start AS start, h.`end` AS `end`,
       h.first_seen AS first_seen, h.last_seen AS last_seen
UNION
MATCH (o:Organization)<-[:PART_OF*0..6]-(u:Organization)<-[m:MEMBER_OF]-(p:Person)
WHERE o.name = $org
  AND (($as_of = '' AND m.current = true)
   OR ($as_of <> '' AND coalesce(m.start, m.first_seen, '0000') <= $as_of + '~'
       AND (CASE WHEN m.current = true THEN '9999' ELSE coalesce(m.`end`, m.last_seen, '9999') END) + '~' >= $as_of))
OPTIONAL MATCH (u)-[:PART_OF]->(parent:Organization)
RETURN DISTINCT o.name AS root, u.name AS unit, parent.name AS parent, u.type AS type, m.role AS title,
       p.name AS holder, m.acting AS acting, m.concurrent AS concurrent, m.start AS start, m.`end` AS `end`,
       m.first_seen AS first_seen, m.last_seen AS last_seen
