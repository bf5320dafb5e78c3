package org.povertyexit.monitor.service.web.run;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.service.run.RunProgress;

/**
 * An upload made from the pages, evaluated after the request that brought it has answered: the page
 * asks how far it has got (checked, counties stored), then where its run is, or why it was refused.
 * Only the user who uploaded it may ask.
 */
public final class UploadJob implements RunProgress {

    /** Where the upload is: waiting for a free evaluation, checking, evaluating, then one of the ends. */
    public enum Stage { WAITING, CHECKING, EVALUATING, STORED, REJECTED, FAILED }

    /** Why an upload failed, as the page names it (the label {@code page.upload.failed.KIND}). */
    public enum Failure { BUSY, OUTSIDE_SCOPE, TOO_LONG, DISK_FULL, RULES, STORAGE }

    private final String id;
    private final String owner;
    private final String fileName;
    private final Instant started = Instant.now();
    private final AtomicInteger countiesStored = new AtomicInteger();
    private volatile Stage stage = Stage.WAITING;
    private volatile Instant ended;
    private volatile String runId;
    private volatile List<InputError> problems = List.of();
    private volatile long problemCount;
    private volatile Failure failure;
    private volatile String detail;

    UploadJob(String id, String owner, String fileName) {
        this.id = id;
        this.owner = owner;
        this.fileName = fileName;
    }

    @Override
    public void checked() {
        stage = Stage.EVALUATING;
    }

    @Override
    public void countyStored(String countyCode) {
        countiesStored.incrementAndGet();
    }

    void checking() {
        stage = Stage.CHECKING;
    }

    void stored(String run) {
        runId = run;
        end(Stage.STORED);
    }

    /** Rejected for what the input holds: every located problem (masked), nothing stored. */
    void rejected(List<InputError> located, long total) {
        problems = located.stream().map(InputError::masked).toList();
        problemCount = total;
        end(Stage.REJECTED);
    }

    void failed(Failure why, String message) {
        failure = why;
        detail = message;
        end(Stage.FAILED);
    }

    private void end(Stage last) {
        ended = Instant.now();
        stage = last;
    }

    public boolean finished() {
        return stage == Stage.STORED || stage == Stage.REJECTED || stage == Stage.FAILED;
    }

    /** Whether the job ended more than {@code age} ago (and may be forgotten). */
    boolean endedBefore(Instant now, Duration age) {
        Instant end = ended;
        return end != null && end.plus(age).isBefore(now);
    }

    public long seconds() {
        return Duration.between(started, ended != null ? ended : Instant.now()).toSeconds();
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public String fileName() {
        return fileName;
    }

    public Stage stage() {
        return stage;
    }

    public int countiesStored() {
        return countiesStored.get();
    }

    public String runId() {
        return runId;
    }

    public List<InputError> problems() {
        return problems;
    }

    public long problemCount() {
        return problemCount;
    }

    public Failure failure() {
        return failure;
    }

    public String detail() {
        return detail;
    }
}
