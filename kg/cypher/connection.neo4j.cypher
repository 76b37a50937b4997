// name: connection
// description: The shortest chain of posts, organizations and memberships linking two persons (up to 8 steps).
// param: a — one person's name (赵吉春)
// param: b — the other person's name (曾庆云)
MATCH (a:Person), (b:Person)
WHERE a.name = $a AND b.name = $b AND a.id <> b.id
MATCH path = shortestPath((a)-[:HELD|`IN`|PART_OF|MEMBER_OF*..8]-(b))
RETURN a.name AS person, b.name AS other, length(path) AS steps,
       [n IN nodes(path) | coalesce(n.name, n.id)] AS via
ORDER BY steps
