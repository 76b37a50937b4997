// name: stats
// description: How many nodes of each label and relationships of each type the graph holds.
MATCH (n:Person) RETURN 'Person' AS kind, count(n) AS count
UNION ALL MATCH (n:Organization) RETURN 'Organization' AS kind, count(n) AS count
UNION ALL MATCH (n:Post) RETURN 'Post' AS kind, count(n) AS count
UNION ALL MATCH (n:Event) RETURN 'Event' AS kind, count(n) AS count
UNION ALL MATCH (n:Rank) RETURN 'Rank' AS kind, count(n) AS count
UNION ALL MATCH (n:Document) RETURN 'Document' AS kind, count(n) AS count
UNION ALL MATCH (n:Fact) RETURN 'Fact' AS kind, count(n) AS count
UNION ALL MATCH ()-[r:HELD]->() RETURN 'HELD' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:`IN`]->() RETURN 'IN' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:PART_OF]->() RETURN 'PART_OF' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:MEMBER_OF]->() RETURN 'MEMBER_OF' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:HAS_RANK]->() RETURN 'HAS_RANK' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:CONCERNS]->() RETURN 'CONCERNS' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:`TO`]->() RETURN 'TO' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:DECIDED_BY]->() RETURN 'DECIDED_BY' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:SOURCE]->() RETURN 'SOURCE' AS kind, count(r) AS count
UNION ALL MATCH ()-[r:MENTIONED_IN]->() RETURN 'MENTIONED_IN' AS kind, count(r) AS count
