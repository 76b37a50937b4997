// name: connection
// description: The shortest connection between two persons through shared bodies — posts (HELD → Post → IN) and memberships (MEMBER_OF) — never through jurisdictions such as 重庆市 (administrative hubs) or PART_OF; each hop with the attested period of its tenure (start, else first seen .. end, else last seen), so shared times can be checked.
// param: a — one person's name (赵吉春)
// param: b — the other person's name (刘伦波)
// LadybugDB dialect: `* SHORTEST` with a node filter instead of shortestPath(), list_transform instead of a list comprehension.
MATCH (a:Person), (b:Person)
WHERE a.name = $a AND b.name = $b AND a.id <> b.id
MATCH path = (a)-[:HELD|`IN`|MEMBER_OF* SHORTEST 1..8 (r, n | WHERE n.jurisdiction IS NULL OR n.name <> n.jurisdiction)]-(b)
RETURN a.name AS person, b.name AS other, length(path) AS steps,
       list_transform(nodes(path), n -> coalesce(n.name, n.id)) AS via,
       list_transform(rels(path), r -> coalesce(r.start, r.first_seen, '?') + '..' + coalesce(r.`end`, r.last_seen, '?')) AS periods
ORDER BY steps
