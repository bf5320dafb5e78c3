package org.povertyexit.monitor.service.firing;

import java.util.List;
import org.povertyexit.monitor.service.run.FilterValues;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The search of a run's firings that the API and the auditors' page share: each filter checked against
 * the run (a typo is 400 naming what it may be, not an empty page), the run and its counties cut to the
 * user's scope, then one page read from the county blocks the filter may concern.
 */
@Component
public class FiringSearch {

    public static final int MAX_PAGE_SIZE = 1000;

    /** What is searched for; blank filters match everything, {@code page} counts from 0. */
    public record Query(String rule, String criterion, String entity, String county, int page, int size) {
    }

    /** One page of a run's firings, in firing order. */
    public record FiringPage(String runId, int page, int size, long total, List<FiringRecord> firings) {
    }

    private final FiringStore firings;
    private final ScopedRuns scoped;
    private final FilterValues filters;

    public FiringSearch(FiringStore firings, ScopedRuns scoped, FilterValues filters) {
        this.firings = firings;
        this.scoped = scoped;
        this.filters = filters;
    }

    /** The page asked for: 404 for a run out of scope, 400 for a filter or page the run does not know. */
    public FiringPage search(String runId, Query query, CountyScope scope) {
        RunRecord run = scoped.header(runId, scope);
        filters.rule(run, query.rule());
        filters.criterion(run, query.criterion());
        filters.county(runId, query.county(), scope);
        filters.entity(runId, query.entity(), scope);
        if (query.page() < 0 || query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "page must be >= 0 and size between 1 and " + MAX_PAGE_SIZE);
        }
        FiringStore.Filter filter = new FiringStore.Filter(query.rule(), query.criterion(), query.entity(),
                query.county(), scope);
        return new FiringPage(runId, query.page(), query.size(), firings.count(runId, filter),
                firings.page(runId, filter, query.page(), query.size()));
    }
}
