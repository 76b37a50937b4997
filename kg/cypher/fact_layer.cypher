// name: fact_layer
// description: Whether kg can rebuild the graph: how many raw facts (Fact nodes) it holds, and how many persons linked to their documents (kg build refuses to replace persons that have no raw facts).
// order: kind
OPTIONAL MATCH (f:Fact) RETURN 'facts' AS kind, count(f) AS count
UNION ALL OPTIONAL MATCH (p:Person)-[:MENTIONED_IN]->(:Document) RETURN 'persons' AS kind, count(DISTINCT p) AS count
