package org.povertyexit.monitor.service.run;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many evaluations (uploads, scenarios, reproductions) run at once. Each takes the machine's cores
 * and memory for one county at a time; more at once would only slow all of them and risk the heap, so
 * one over the limit is refused at once (503, try again later) rather than queued without bound.
 */
@Component
public class EvaluationSlots {

    /** Thrown when every slot is taken. */
    public static final class Busy extends RuntimeException {
        public Busy(int slots) {
            super("the service is evaluating " + slots + " input(s) already; try again in a minute");
        }
    }

    /** What runs in a slot. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws IOException, RuleCompilationException;
    }

    private final int slots;
    private final Semaphore free;

    public EvaluationSlots(@Value("${exit-monitor.evaluations.at-once:2}") int slots) {
        this.slots = slots;
        this.free = new Semaphore(slots);
    }

    /** Runs {@code work} in a free slot, or throws {@link Busy} at once when there is none. */
    public <T> T run(Work<T> work) throws IOException, RuleCompilationException {
        if (!free.tryAcquire()) {
            throw new Busy(slots);
        }
        try {
            return work.run();
        } finally {
            free.release();
        }
    }
}
