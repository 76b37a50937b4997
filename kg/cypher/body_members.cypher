// name: body_members
// description: Members of collective bodies (standing committees, 党组, 检察委员会, a people's congress) whose name contains org, with role, constituency (deputies) and dates.
// param: org — part of the body's name (人民代表大会常务委员会)
MATCH (p:Person)-[m:MEMBER_OF]->(o:Organization)
WHERE o.name CONTAINS $org
RETURN o.name AS body, coalesce(m.role, 'member') AS role, p.name AS person, m.constituency AS constituency, m.start AS start, m.`end` AS `end`
ORDER BY body, role, person
