// name: body_members
// description: Members of collective bodies (standing committees, 党组, 检察委员会, a people's congress) whose name contains org, one row per member and role with constituency (deputies), dates, acting / concurrent flags and evidence.
// param: org — part of the body's name (人民代表大会常务委员会)
// param: as_of? — a date (2021-06): only memberships attested then; optional
MATCH (p:Person)-[m:MEMBER_OF]->(o:Organization)
WHERE o.name CONTAINS $org
  AND ($as_of = '' OR (coalesce(m.start, m.first_seen, '0000') <= $as_of + '~'
       AND (CASE WHEN m.current = true THEN '9999' ELSE coalesce(m.`end`, m.last_seen, '9999') END) + '~' >= $as_of))
RETURN o.name AS body, CASE WHEN m.acting = true THEN '代理' + coalesce(m.role, 'member') ELSE coalesce(m.role, 'member') END AS role,
       p.name AS person, m.constituency AS constituency, m.start AS start, m.`end` AS `end`,
       m.first_seen AS first_seen, m.last_seen AS last_seen, m.current AS current, m.concurrent AS concurrent,
       m.sources AS sources, m.evidence AS evidence
ORDER BY body, role, person
