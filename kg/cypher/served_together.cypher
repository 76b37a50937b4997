// name: served_together
// description: People who held posts in the same organization as this person at overlapping times — by attested periods (start, else first seen; end, else last seen; current holders up to now) — one row per pair of tenures (a hand-over on one day — one ends when the other begins — is no overlap); certain is true only when acts or notes date both tenures and they overlap by more than one shared period (co-attested in one document or year is uncertain).
// param: name — the person's name exactly as written (赵吉春)
MATCH (a:Person)-[h1:HELD]->(x1:Post)-[:`IN`]->(o:Organization)<-[:`IN`]-(x2:Post)<-[h2:HELD]-(b:Person)
WHERE a.name = $name AND a.id <> b.id
WITH a, b, o, x1, x2, h1, h2,
     coalesce(h1.start, h1.first_seen) AS lo1, coalesce(h2.start, h2.first_seen) AS lo2,
     CASE WHEN h1.current = true THEN '9999' ELSE coalesce(h1.`end`, h1.last_seen) END AS hi1,
     CASE WHEN h2.current = true THEN '9999' ELSE coalesce(h2.`end`, h2.last_seen) END AS hi2
WHERE lo1 <= hi2 + '~' AND lo2 <= hi1 + '~'
  AND NOT (h2.`end` IS NOT NULL AND h2.`end` = lo1) AND NOT (h1.`end` IS NOT NULL AND h1.`end` = lo2)
RETURN a.name AS person, o.name AS org,
       CASE WHEN h1.acting = true THEN '代理' + x1.title ELSE x1.title END AS title, b.name AS colleague,
       CASE WHEN h2.acting = true THEN '代理' + x2.title ELSE x2.title END AS colleague_title,
       lo2 AS colleague_from, CASE WHEN hi2 = '9999' THEN 'now' ELSE hi2 END AS colleague_to, h2.acting AS colleague_acting, h2.concurrent AS colleague_concurrent,
       (h1.start IS NOT NULL AND h2.start IS NOT NULL AND (h1.`end` IS NOT NULL OR h1.current = true)
        AND (h2.`end` IS NOT NULL OR h2.current = true) AND lo1 < hi2 AND lo2 < hi1) AS certain
ORDER BY org, colleague, colleague_title
