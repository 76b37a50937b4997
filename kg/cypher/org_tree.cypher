// name: org_tree
// description: An organization and its sub-units (through PART_OF, up to 6 levels), each with its posts and their current holders.
// param: org — part of the organization's name (巴南区人民政府)
MATCH (o:Organization)<-[:PART_OF*0..6]-(u:Organization)
WHERE o.name CONTAINS $org
OPTIONAL MATCH (x:Post)-[:`IN`]->(u)
OPTIONAL MATCH (p:Person)-[h:HELD]->(x)
WHERE h.current = true
RETURN DISTINCT o.name AS root, u.name AS unit, u.type AS type, x.title AS title, p.name AS current_holder
ORDER BY root, unit, title, current_holder
