// name: people
// description: Persons whose name contains the given text, with the posts they hold or held.
// param: name? — part of the name (刘); optional, default everyone
MATCH (p:Person)
WHERE $name = '' OR p.name CONTAINS $name
OPTIONAL MATCH (p)-[h:HELD]->(x:Post)
RETURN p.name AS person, p.id AS id, p.birth AS birth, count(x) AS tenures, collect(x.name) AS posts
ORDER BY person, id
