// name: promotions
// description: Promotions from a deputy post to the post it deputizes in the same organization (副检察长 → 检察长, 副区长 → 区长), the higher one beginning no earlier than the lower; acting promotions marked; certain when acts or notes date both starts and the higher starts later.
// param: org? — part of the higher post's organization name (巴南区); optional, default any
MATCH (p:Person)-[h1:HELD]->(a:Post), (p)-[h2:HELD]->(b:Post)
WHERE a.title = '副' + b.title AND a.org = b.org AND ($org = '' OR b.org CONTAINS $org)
  AND coalesce(h2.start, h2.first_seen, '9999') >= coalesce(h1.start, h1.first_seen, '')
RETURN p.name AS person, p.id AS person_id, a.name AS from_post, coalesce(h1.start, h1.first_seen) AS from_date,
       CASE WHEN h2.acting = true THEN b.org + ' 代理' + b.title ELSE b.name END AS to_post,
       coalesce(h2.start, h2.first_seen) AS to_date, h2.acting AS acting,
       (h1.start IS NOT NULL AND h2.start IS NOT NULL AND h2.start > h1.start) AS certain
ORDER BY to_date, person
