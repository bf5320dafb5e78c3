package org.povertyexit.monitor.streaming;

import java.util.List;
import org.kie.api.event.rule.AgendaEventListener;
import org.povertyexit.monitor.dataset.CountyFacts;
import org.povertyexit.monitor.dataset.Meta;
import org.povertyexit.monitor.report.CountyReport;

/**
 * What a caller adds to a streamed run, county by county: the audit trail listens to each session and
 * keeps each county's part. The evaluation itself is the same either way.
 *
 * @param <P> what a county's part becomes on the thread that evaluated it
 */
public interface CountyObserver<P> {

    /** Adds nothing. */
    CountyObserver<Void> NONE = new CountyObserver<>() {
    };

    /** Both observers, this one's part and the other's carried side by side; at most one may listen. */
    default <Q> CountyObserver<Both<P, Q>> and(CountyObserver<Q> other) {
        CountyObserver<P> first = this;
        return new CountyObserver<>() {
            @Override
            public void started(Meta meta) {
                first.started(meta);
                other.started(meta);
            }

            @Override
            public AgendaEventListener listener(String countyCode) {
                AgendaEventListener listener = first.listener(countyCode);
                return listener != null ? listener : other.listener(countyCode);
            }

            @Override
            public Both<P, Q> evaluated(CountyFacts facts, CountyReport report, List<byte[]> canonical) {
                return new Both<>(first.evaluated(facts, report, canonical), other.evaluated(facts, report,
                        canonical));
            }

            @Override
            public void done(CountyFacts facts, Both<P, Q> evaluated) {
                first.done(facts, evaluated.first());
                other.done(facts, evaluated.second());
            }
        };
    }

    /** Two observers' parts of one county. */
    record Both<P, Q>(P first, Q second) {
    }

    /** The input has passed its checks; evaluation begins. */
    default void started(Meta meta) {
    }

    /** The listener of the county's session (on the thread that evaluates it), or null. */
    default AgendaEventListener listener(String countyCode) {
        return null;
    }

    /**
     * On the thread that evaluated the county, once its session has ended; {@code canonical} is the
     * canonical JSON of each of its households, in id order.
     */
    default P evaluated(CountyFacts facts, CountyReport report, List<byte[]> canonical) {
        return null;
    }

    /** On the calling thread, county after county in the order of their codes. */
    default void done(CountyFacts facts, P evaluated) {
    }
}
