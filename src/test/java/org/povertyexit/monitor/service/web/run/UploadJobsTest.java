package org.povertyexit.monitor.service.web.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.povertyexit.monitor.service.run.RunRecorder;
import org.povertyexit.monitor.service.run.UploadedDataset;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.mock.web.MockMultipartFile;

/** Page uploads wait for an evaluation thread, but only a few: each waiting one holds its file on disk. */
class UploadJobsTest {

    @Test
    void uploadsBeyondThoseEvaluatingAndAFewWaitingAreRefusedAsBusyAndTheirFilesDeleted() throws Exception {
        UploadedDataset uploads = mock(UploadedDataset.class);
        List<Path> folders = new ArrayList<>();
        when(uploads.keep(any())).thenAnswer(call -> {
            Path folder = Files.createTempDirectory("upload-jobs-test");
            folders.add(folder);
            return new UploadedDataset.Kept(folder, Files.createFile(folder.resolve("d.json")), "d.json");
        });
        CountDownLatch release = new CountDownLatch(1);
        when(uploads.use(any(UploadedDataset.Kept.class), any())).thenAnswer(call -> {
            release.await();
            throw new IllegalStateException("not evaluated in this test");
        });
        UploadJobs jobs = new UploadJobs(uploads, mock(RunRecorder.class));
        try {
            List<UploadJob> started = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                started.add(jobs.start(new MockMultipartFile("file", "d.json", "application/json", new byte[] {1}),
                        "official", new CountyScope(Set.of())));
            }
            // two evaluating, four waiting, the seventh refused at once and its file gone
            assertThat(started.subList(0, 6)).allMatch(job -> !job.finished());
            assertThat(started.get(6).stage()).isEqualTo(UploadJob.Stage.FAILED);
            assertThat(started.get(6).failure()).isEqualTo(UploadJob.Failure.BUSY);
            assertThat(folders.get(6)).doesNotExist();
            assertThat(jobs.of(started.get(0).id(), "someone else")).isEmpty();
            assertThat(jobs.of(started.get(0).id(), "official")).contains(started.get(0));
        } finally {
            release.countDown();
            jobs.stop();
        }
    }
}
