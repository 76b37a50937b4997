// name: served_together
// description: People who held posts in the same organization as this person at overlapping times (a tenure with no start or end date known does not count as overlapping).
// param: name — the person's name exactly as written (赵吉春)
MATCH (a:Person)-[h1:HELD]->(x1:Post)-[:`IN`]->(o:Organization)<-[:`IN`]-(x2:Post)<-[h2:HELD]-(b:Person)
WHERE a.name = $name AND a.id <> b.id
WITH a, b, o, x1, x2, h1, h2,
     CASE WHEN h1.current = true THEN '9999' ELSE h1.`end` END AS end1,
     CASE WHEN h2.current = true THEN '9999' ELSE h2.`end` END AS end2
WHERE h1.start <= end2 + '~' AND h2.start <= end1 + '~'
RETURN a.name AS person, o.name AS org, x1.title AS title, b.name AS colleague, x2.title AS colleague_title,
       h2.start AS colleague_start, h2.`end` AS colleague_end
ORDER BY org, colleague, colleague_title
