MATCH ()-[r:CO_BUILT_BY]->() WHERE r.id IN $ids
RETURN r {.id, .props, .evidence, type: type(r), from: startNode(r).id, to: endNode(r).id} AS r
UNION ALL
MATCH ()-[r:PART_OF]->() WHERE r.id IN $ids
RETURN r {.id, .props, .evidence, type: type(r), from: startNode(r).id, to: endNode(r).id} AS r
UNION ALL
MATCH ()-[r:LOCATED_IN]->() WHERE r.id IN $ids
RETURN r {.id, .props, .evidence, type: type(r), from: startNode(r).id, to: endNode(r).id} AS r
UNION ALL
MATCH ()-[r:SERVES]->() WHERE r.id IN $ids
RETURN r {.id, .props, .evidence, type: type(r), from: startNode(r).id, to: endNode(r).id} AS r
UNION ALL
MATCH ()-[r:INCUBATED]->() WHERE r.id IN $ids
RETURN r {.id, .props, .evidence, type: type(r), from: startNode(r).id, to: endNode(r).id} AS r
UNION ALL
MATCH ()-[r:LEADS_CHAIN]->() WHERE r.id IN $ids
RETURN r {.id, .props, .evidence, type: type(r), from: startNode(r).id, to: endNode(r).id} AS r
UNION ALL
MATCH ()-[r:MEMBER_OF_CHAIN]->() WHERE r.id IN $ids
RETURN r {.id, .props, .evidence, type: type(r), from: startNode(r).id, to: endNode(r).id} AS r
UNION ALL
MATCH ()-[r:SUPPLIES]->() WHERE r.id IN $ids
RETURN r {.id, .props, .evidence, type: type(r), from: startNode(r).id, to: endNode(r).id} AS r
UNION ALL
MATCH ()-[r:ALUMNUS_OF]->() WHERE r.id IN $ids
RETURN r {.id, .props, .evidence, type: type(r), from: startNode(r).id, to: endNode(r).id} AS r
UNION ALL
MATCH ()-[r:WORKS_AT]->() WHERE r.id IN $ids
RETURN r {.id, .props, .evidence, type: type(r), from: startNode(r).id, to: endNode(r).id} AS r
UNION ALL
MATCH ()-[r:SUPPORTS_CHAIN]->() WHERE r.id IN $ids
RETURN r {.id, .props, .evidence, type: type(r), from: startNode(r).id, to: endNode(r).id} AS r
UNION ALL
MATCH ()-[r:PARTNERS_WITH]->() WHERE r.id IN $ids
RETURN r {.id, .props, .evidence, type: type(r), from: startNode(r).id, to: endNode(r).id} AS r
UNION ALL
MATCH ()-[r:MENTIONED_IN]->() WHERE r.id IN $ids
RETURN r {.id, .props, .evidence, type: type(r), from: startNode(r).id, to: endNode(r).id} AS r
