package org.povertyexit.monitor.service.web.run;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.service.run.DiskSpace;
import org.povertyexit.monitor.service.run.EvaluationSlots;
import org.povertyexit.monitor.service.run.RunRecord;
import org.povertyexit.monitor.service.run.RunRecorder;
import org.povertyexit.monitor.service.run.TimeBudgetExceededException;
import org.povertyexit.monitor.service.run.UploadRejectedException;
import org.povertyexit.monitor.service.run.UploadedDataset;
import org.povertyexit.monitor.service.user.CountyScope;
import org.povertyexit.monitor.service.user.OutsideScopeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The pages' uploads: the request writes the file to a private folder and answers at once; the upload is
 * then checked, evaluated and stored as {@code POST /api/runs} does it (the same recorder, the same
 * evaluation slots and time budget), while the page polls its {@link UploadJob}. Jobs are forgotten an
 * hour after they end; a rejected one keeps its masked problems until then, for the page and its workbook.
 */
@Component
public class UploadJobs {

    private static final Logger LOG = LoggerFactory.getLogger(UploadJobs.class);
    private static final Duration KEPT = Duration.ofHours(1);
    /** Uploads that may wait for an evaluation thread. */
    private static final int WAITING = 4;

    private final UploadedDataset uploads;
    private final RunRecorder recorder;
    private final Map<String, UploadJob> jobs = new ConcurrentHashMap<>();
    // one thread per evaluation slot: a third upload waits for a free one rather than being refused, but
    // only a few wait (each holds its file on disk): one more is refused as busy, as the API refuses it
    private final ExecutorService evaluations = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(WAITING), work -> {
                Thread thread = new Thread(work, "page upload");
                thread.setDaemon(true);
                return thread;
            });

    public UploadJobs(UploadedDataset uploads, RunRecorder recorder) {
        this.uploads = uploads;
        this.recorder = recorder;
    }

    /**
     * Keeps the upload and starts its evaluation; a file refused for its name or emptiness is a job
     * rejected at once. A disk without room for it throws {@link DiskSpace.Full}.
     */
    public UploadJob start(MultipartFile file, String user, CountyScope scope) throws IOException {
        forgetOld();
        UploadJob job = new UploadJob(UUID.randomUUID().toString(), user,
                UploadedDataset.safeName(file.getOriginalFilename()));
        jobs.put(job.id(), job);
        try {
            UploadedDataset.Kept kept = uploads.keep(file);
            try {
                evaluations.execute(() -> evaluate(job, kept, user, scope));
            } catch (RejectedExecutionException e) {
                kept.discard();
                job.failed(UploadJob.Failure.BUSY, null);
            }
        } catch (UploadRejectedException e) {
            job.rejected(List.of(InputError.error(e.file(), null, null, null, e.getMessage())), 1);
        }
        return job;
    }

    /** The user's job; nobody else's. */
    public Optional<UploadJob> of(String id, String user) {
        return Optional.ofNullable(jobs.get(id)).filter(job -> job.owner().equals(user));
    }

    private void evaluate(UploadJob job, UploadedDataset.Kept kept, String user, CountyScope scope) {
        job.checking();
        try {
            RunRecord run = uploads.use(kept, input -> recorder.record(input, kept.name(), user, scope, job));
            job.stored(run.id());
        } catch (InvalidDatasetException e) {
            job.rejected(e.errors(), e.total());
        } catch (UploadRejectedException e) {
            job.rejected(List.of(InputError.error(e.file(), null, null, null, e.getMessage())), 1);
        } catch (EvaluationSlots.Busy e) {
            job.failed(UploadJob.Failure.BUSY, e.getMessage());
        } catch (OutsideScopeException e) {
            job.failed(UploadJob.Failure.OUTSIDE_SCOPE, e.getMessage());
        } catch (TimeBudgetExceededException e) {
            job.failed(UploadJob.Failure.TOO_LONG, e.getMessage());
        } catch (DiskSpace.Full e) {
            job.failed(UploadJob.Failure.DISK_FULL, e.getMessage());
        } catch (RuleCompilationException e) {
            LOG.error("the configured rules do not compile: {}", e.problems());
            job.failed(UploadJob.Failure.RULES, null);
        } catch (IOException | RuntimeException e) {
            // the class alone: a message may quote the input, and the log never holds personal data
            LOG.error("upload {} could not be evaluated or stored: {}", job.id(), e.getClass().getName());
            job.failed(UploadJob.Failure.STORAGE, null);
        }
    }

    private void forgetOld() {
        Instant now = Instant.now();
        jobs.values().removeIf(job -> job.endedBefore(now, KEPT));
    }

    @PreDestroy
    void stop() {
        evaluations.shutdownNow();
    }
}
