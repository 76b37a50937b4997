// name: network
// description: A person's network: everyone who shared a body with them at any time (posts in one organization or memberships of one collective body; jurisdictions themselves are not bodies), one row per colleague with how many bodies they shared and which.
// param: name — the person's name exactly as written (余长明)
// order: colleague, body
MATCH (a:Person)-[:HELD]->(:Post)-[:`IN`]->(o:Organization)<-[:`IN`]-(:Post)<-[:HELD]-(b:Person)
WHERE a.name = $name AND a.id <> b.id AND o.type <> 'jurisdiction'
RETURN a.name AS person, b.name AS colleague, b.id AS colleague_id, o.name AS body
UNION
MATCH (a:Person)-[:MEMBER_OF]->(o:Organization)<-[:MEMBER_OF]-(b:Person)
WHERE a.name = $name AND a.id <> b.id AND o.type <> 'jurisdiction'
RETURN a.name AS person, b.name AS colleague, b.id AS colleague_id, o.name AS body
