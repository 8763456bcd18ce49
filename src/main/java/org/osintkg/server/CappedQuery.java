package org.osintkg.server;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/** SPARQL query with a cap on result rows: a query asking for more (or for no limit) gets the cap as its LIMIT. */
final class CappedQuery extends SPARQL_QueryDataset {
    private final long cap;

    CappedQuery(long cap) {
        this.cap = cap;
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        Query q = query;
        if (cap > 0 && !query.isAskType() && (!query.hasLimit() || query.getLimit() > cap)) {
            q = query.cloneQuery();
            q.setLimit(cap);
            action.getResponse().setHeader("X-OSINTKG-Result-Cap", Long.toString(cap));
        }
        return super.createQueryExec(action, q, dataset);
    }
}
