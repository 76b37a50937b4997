// name: colleagues
// description: A person's colleagues — people in the same body (posts in one organization, or memberships of one collective body) whose attested periods overlap (a same-day hand-over is no overlap), or, with as_of, who are both attested at that date — one row per colleague and body with the titles and whether the overlap is certain (dated by acts or notes) or only co-attested.
// param: name — the person's name exactly as written (余长明)
// param: as_of? — a date (2021-06): only people both attested in the body then; optional
// order: body, colleague, via
MATCH (a:Person)-[h1:HELD]->(x1:Post)-[:`IN`]->(o:Organization)<-[:`IN`]-(x2:Post)<-[h2:HELD]-(b:Person)
WHERE a.name = $name AND a.id <> b.id
WITH a, b, o, CASE WHEN h1.acting = true THEN '代理' + x1.title ELSE x1.title END AS t1,
     CASE WHEN h2.acting = true THEN '代理' + x2.title ELSE x2.title END AS t2,
     h1.start IS NOT NULL AND h2.start IS NOT NULL AS dated, h1.`end` AS end1, h2.`end` AS end2,
     coalesce(h1.start, h1.first_seen, '0000') AS lo1, coalesce(h2.start, h2.first_seen, '0000') AS lo2,
     CASE WHEN h1.current = true THEN '9999' ELSE coalesce(h1.`end`, h1.last_seen, '9999') END AS hi1,
     CASE WHEN h2.current = true THEN '9999' ELSE coalesce(h2.`end`, h2.last_seen, '9999') END AS hi2
WHERE lo1 <= hi2 + '~' AND lo2 <= hi1 + '~'
  AND NOT (end2 IS NOT NULL AND end2 = lo1) AND NOT (end1 IS NOT NULL AND end1 = lo2)
  AND ($as_of = '' OR (lo1 <= $as_of + '~' AND lo2 <= $as_of + '~' AND hi1 + '~' >= $as_of AND hi2 + '~' >= $as_of))
RETURN a.name AS person, b.name AS colleague, b.id AS colleague_id, o.name AS body, 'post' AS via,
       collect(DISTINCT t1) AS titles, collect(DISTINCT t2) AS colleague_titles,
       max(CASE WHEN dated AND lo1 < hi2 AND lo2 < hi1 THEN 1 ELSE 0 END) = 1 AS certain
UNION
MATCH (a:Person)-[m1:MEMBER_OF]->(o:Organization)<-[m2:MEMBER_OF]-(b:Person)
WHERE a.name = $name AND a.id <> b.id
WITH a, b, o, m1.role AS t1, m2.role AS t2,
     m1.start IS NOT NULL AND m2.start IS NOT NULL AS dated, m1.`end` AS end1, m2.`end` AS end2,
     coalesce(m1.start, m1.first_seen, '0000') AS lo1, coalesce(m2.start, m2.first_seen, '0000') AS lo2,
     CASE WHEN m1.current = true THEN '9999' ELSE coalesce(m1.`end`, m1.last_seen, '9999') END AS hi1,
     CASE WHEN m2.current = true THEN '9999' ELSE coalesce(m2.`end`, m2.last_seen, '9999') END AS hi2
WHERE lo1 <= hi2 + '~' AND lo2 <= hi1 + '~'
  AND NOT (end2 IS NOT NULL AND end2 = lo1) AND NOT (end1 IS NOT NULL AND end1 = lo2)
  AND ($as_of = '' OR (lo1 <= $as_of + '~' AND lo2 <= $as_of + '~' AND hi1 + '~' >= $as_of AND hi2 + '~' >= $as_of))
RETURN a.name AS person, b.name AS colleague, b.id AS colleague_id, o.name AS body, 'member' AS via,
       collect(DISTINCT t1) AS titles, collect(DISTINCT t2) AS colleague_titles,
       max(CASE WHEN dated AND lo1 < hi2 AND lo2 < hi1 THEN 1 ELSE 0 END) = 1 AS certain
