// name: successors
// description: The chain of holders of a post, in order of their attested periods (start, else first seen): each holder with whom they succeeded (the holder whose period ended last before theirs began) and who succeeded them; acting holders shown as 代理…; certain only when acts or notes date both ends of the hand-over.
// param: title — the post title (检察长)
// param: org? — part of the organization's name (巴南区人民检察院); optional, default any
MATCH (p:Person)-[h:HELD]->(x:Post)-[:`IN`]->(o:Organization)
WHERE x.title = $title AND ($org = '' OR o.name CONTAINS $org)
WITH o, x, p, h, coalesce(h.start, h.first_seen) AS lo,
     CASE WHEN h.current = true THEN '9999' ELSE coalesce(h.`end`, h.last_seen) END AS hi
OPTIONAL MATCH (q:Person)-[h2:HELD]->(x)
WHERE q.id <> p.id AND coalesce(h2.`end`, h2.last_seen) <= lo + '~'
  AND (coalesce(h2.start, h2.first_seen, '') < lo OR (h2.`end` IS NOT NULL AND coalesce(h2.start, h2.first_seen, '') <= lo))
WITH o, x, p, h, lo, hi, max(coalesce(h2.`end`, h2.last_seen)) AS previous
OPTIONAL MATCH (pq:Person)-[h3:HELD]->(x)
WHERE pq.id <> p.id AND coalesce(h3.`end`, h3.last_seen) = previous
  AND (coalesce(h3.start, h3.first_seen, '') < lo OR (h3.`end` IS NOT NULL AND coalesce(h3.start, h3.first_seen, '') <= lo))
WITH o, x, p, h, lo, hi, h.`end` IS NOT NULL AS ended, collect(DISTINCT pq.name) AS succeeded,
     min(CASE WHEN h3.`end` IS NOT NULL AND h.start IS NOT NULL THEN 1 ELSE 0 END) AS dated
OPTIONAL MATCH (n:Person)-[h4:HELD]->(x)
WHERE n.id <> p.id AND hi <> '9999' AND hi <= coalesce(h4.start, h4.first_seen) + '~'
  AND (lo < coalesce(h4.start, h4.first_seen) OR (ended AND lo <= coalesce(h4.start, h4.first_seen)))
WITH o, x, p, h, lo, hi, ended, succeeded, dated, min(coalesce(h4.start, h4.first_seen)) AS following
OPTIONAL MATCH (nq:Person)-[h5:HELD]->(x)
WHERE nq.id <> p.id AND coalesce(h5.start, h5.first_seen) = following
RETURN o.name AS org, CASE WHEN h.acting = true THEN '代理' + x.title ELSE x.title END AS title, p.name AS person,
       h.start AS start, h.`end` AS `end`, h.first_seen AS first_seen, h.last_seen AS last_seen,
       h.current AS current, h.acting AS acting, h.concurrent AS concurrent, succeeded, collect(DISTINCT nq.name) AS succeeded_by,
       CASE WHEN size(succeeded) = 0 THEN NULL ELSE dated = 1 END AS certain
ORDER BY org, coalesce(start, first_seen, '9999'), size(succeeded), person
