// name: people
// description: Persons whose name contains the given text, one row each: id, jurisdiction, birth, how many tenures and memberships, and their posts (代理… for acting ones).
// param: name? — part of the name (刘); optional, default everyone
MATCH (p:Person)
WHERE $name = '' OR p.name CONTAINS $name
OPTIONAL MATCH (p)-[h:HELD]->(x:Post)
WITH p, count(x) AS tenures, collect(CASE WHEN h.acting = true THEN x.org + ' 代理' + x.title ELSE x.name END) AS posts
OPTIONAL MATCH (p)-[m:MEMBER_OF]->(o:Organization)
RETURN p.name AS person, p.id AS id, p.jurisdiction AS jurisdiction, p.birth AS birth, tenures,
       count(o) AS memberships, posts
ORDER BY person, id
