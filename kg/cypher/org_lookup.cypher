// name: org_lookup
// description: Candidate organizations for a name as a user writes it: exact or partial names, short names, and every jurisdiction (so that 区政府 can be expanded per jurisdiction); what `kg org-tree` resolves its argument with.
// param: text — the organization as written (巴南区人民法院, 区政府)
MATCH (o:Organization)
WHERE o.name CONTAINS $text OR $text IN o.short_names OR o.type = 'jurisdiction'
RETURN o.name AS name, o.short_names AS short_names, o.type AS type
ORDER BY name
