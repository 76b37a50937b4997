// name: connection
// description: The shortest connection between two persons through shared bodies — posts (HELD → Post → IN) and memberships (MEMBER_OF) — never through jurisdictions such as 重庆市 (administrative hubs) or PART_OF; each hop with the attested period of its tenure (start, else first seen .. end, else last seen), so shared times can be checked.
// param: a — one person's name (赵吉春)
// param: b — the other person's name (刘伦波)
MATCH (a:Person), (b:Person)
WHERE a.name = $a AND b.name = $b AND a.id <> b.id
MATCH path = shortestPath((a)-[:HELD|`IN`|MEMBER_OF*..8]-(b))
WHERE all(n IN nodes(path) WHERE n.jurisdiction IS NULL OR n.name <> n.jurisdiction)
RETURN a.name AS person, b.name AS other, length(path) AS steps,
       [n IN nodes(path) | coalesce(n.name, n.id)] AS via,
       [r IN relationships(path) | coalesce(r.start, r.first_seen, '?') + '..' + coalesce(r.`end`, r.last_seen, '?')] AS periods
ORDER BY steps
