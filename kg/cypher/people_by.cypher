// name: people_by
// description: Persons by native place, birth cohort (born between two dates, partial allowed), education or ethnicity — any combination; one row per person with these attributes and their posts.
// param: native_place? — part of the native place (璧山); optional
// param: born_from? — born on or after (1970, 1974-03); optional
// param: born_to? — born on or before, inclusive (1979); optional
// param: education? — part of the education (研究生); optional
// param: ethnicity? — the ethnicity (汉族, 土家族); optional
MATCH (p:Person)
WHERE ($native_place = '' OR p.native_place CONTAINS $native_place)
  AND ($born_from = '' OR p.birth >= $born_from)
  AND ($born_to = '' OR p.birth <= $born_to + '~')
  AND ($education = '' OR p.education CONTAINS $education)
  AND ($ethnicity = '' OR p.ethnicity = $ethnicity)
OPTIONAL MATCH (p)-[h:HELD]->(x:Post)
RETURN p.name AS person, p.id AS id, p.birth AS birth, p.native_place AS native_place, p.education AS education,
       p.ethnicity AS ethnicity, p.gender AS gender,
       collect(CASE WHEN h.acting = true THEN x.org + ' 代理' + x.title ELSE x.name END) AS posts
ORDER BY birth, person, id
