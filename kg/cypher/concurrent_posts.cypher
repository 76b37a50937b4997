// name: concurrent_posts
// description: Posts held concurrently (兼任): every tenure marked concurrent, with the person's other posts whose attested periods overlap it; one row per concurrent tenure.
// param: name? — the person's name (赵吉春); optional, default everyone
MATCH (p:Person)-[h:HELD]->(x:Post)
WHERE h.concurrent = true AND ($name = '' OR p.name = $name)
WITH p, h, x, coalesce(h.start, h.first_seen, '0000') AS lo,
     CASE WHEN h.current = true THEN '9999' ELSE coalesce(h.`end`, h.last_seen, '9999') END AS hi
OPTIONAL MATCH (p)-[h2:HELD]->(y:Post)
WHERE y.id <> x.id AND coalesce(h2.start, h2.first_seen, '0000') <= hi + '~'
  AND lo <= (CASE WHEN h2.current = true THEN '9999' ELSE coalesce(h2.`end`, h2.last_seen, '9999') END) + '~'
RETURN p.name AS person, p.id AS person_id, x.name AS concurrent_post, h.start AS start, h.`end` AS `end`,
       h.first_seen AS first_seen, h.last_seen AS last_seen, collect(DISTINCT y.name) AS alongside, h.evidence AS evidence
ORDER BY person, concurrent_post
