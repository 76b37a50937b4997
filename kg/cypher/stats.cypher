// name: stats
// description: How many nodes of each label (Span: the distinct pieces of evidence text) and relationships of each type the graph holds.
OPTIONAL MATCH (n:Person) RETURN 'Person' AS kind, count(n) AS count
UNION ALL OPTIONAL MATCH (n:Organization) RETURN 'Organization' AS kind, count(n) AS count
UNION ALL OPTIONAL MATCH (n:Post) RETURN 'Post' AS kind, count(n) AS count
UNION ALL OPTIONAL MATCH (n:Event) RETURN 'Event' AS kind, count(n) AS count
UNION ALL OPTIONAL MATCH (n:Rank) RETURN 'Rank' AS kind, count(n) AS count
UNION ALL OPTIONAL MATCH (n:Document) RETURN 'Document' AS kind, count(n) AS count
UNION ALL OPTIONAL MATCH (n:Fact) RETURN 'Fact' AS kind, count(n) AS count
UNION ALL OPTIONAL MATCH (n:Span) RETURN 'Span' AS kind, count(n) AS count
UNION ALL OPTIONAL MATCH ()-[r:HELD]->() RETURN 'HELD' AS kind, count(r) AS count
UNION ALL OPTIONAL MATCH ()-[r:`IN`]->() RETURN 'IN' AS kind, count(r) AS count
UNION ALL OPTIONAL MATCH ()-[r:PART_OF]->() RETURN 'PART_OF' AS kind, count(r) AS count
UNION ALL OPTIONAL MATCH ()-[r:MEMBER_OF]->() RETURN 'MEMBER_OF' AS kind, count(r) AS count
UNION ALL OPTIONAL MATCH ()-[r:HAS_RANK]->() RETURN 'HAS_RANK' AS kind, count(r) AS count
UNION ALL OPTIONAL MATCH ()-[r:CONCERNS]->() RETURN 'CONCERNS' AS kind, count(r) AS count
UNION ALL OPTIONAL MATCH ()-[r:`TO`]->() RETURN 'TO' AS kind, count(r) AS count
UNION ALL OPTIONAL MATCH ()-[r:DECIDED_BY]->() RETURN 'DECIDED_BY' AS kind, count(r) AS count
UNION ALL OPTIONAL MATCH ()-[r:SOURCE]->() RETURN 'SOURCE' AS kind, count(r) AS count
UNION ALL OPTIONAL MATCH ()-[r:MENTIONED_IN]->() RETURN 'MENTIONED_IN' AS kind, count(r) AS count
