// name: decisions
// description: What a body or a meeting decided (or proposed): the personnel events whose deciding body, meeting or 文号 contains the text given, one row per event with its date, person, post and sources.
// param: body? — part of the deciding body's name (人民代表大会常务委员会); optional
// param: meeting? — part of the meeting (第三十五次会议); optional
// param: doc_number? — part of the 文号 (綦江府人〔2021〕); optional
MATCH (e:Event)
WHERE ($body = '' OR e.decided_by CONTAINS $body)
  AND ($meeting = '' OR e.meeting CONTAINS $meeting)
  AND ($doc_number = '' OR e.doc_number CONTAINS $doc_number)
OPTIONAL MATCH (e)-[:CONCERNS]->(p:Person)
OPTIONAL MATCH (e)-[:`TO`]->(x:Post)
OPTIONAL MATCH (e)-[:SOURCE]->(d:Document)
WITH e, p, x, collect(DISTINCT d.path) AS sources
RETURN e.decided_by AS body, e.meeting AS meeting, e.doc_number AS doc_number, e.date AS date, e.status AS status,
       e.kind AS kind, coalesce(p.name, e.person) AS person,
       CASE WHEN e.kind = 'acting' THEN coalesce(x.org, e.org) + ' 代理' + e.title ELSE coalesce(x.name, e.org + ' ' + e.title, e.title) END AS post,
       sources
ORDER BY body, date, meeting, person, kind
