// name: connection
// description: The shortest chain of posts, organizations and memberships linking two persons (up to 8 steps).
// param: a — one person's name (赵吉春)
// param: b — the other person's name (曾庆云)
// LadybugDB dialect: `* SHORTEST` instead of shortestPath(), list_transform instead of a list comprehension.
MATCH (a:Person), (b:Person)
WHERE a.name = $a AND b.name = $b AND a.id <> b.id
MATCH path = (a)-[:HELD|`IN`|PART_OF|MEMBER_OF* SHORTEST 1..8]-(b)
RETURN a.name AS person, b.name AS other, length(path) AS steps,
       list_transform(nodes(path), n -> coalesce(n.name, n.id)) AS via
ORDER BY steps
