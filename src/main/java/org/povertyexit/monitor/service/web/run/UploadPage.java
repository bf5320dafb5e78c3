package org.povertyexit.monitor.service.web.run;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.label.InputReasons;
import org.povertyexit.monitor.label.Labels;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.service.Attachment;
import org.povertyexit.monitor.service.run.DiskSpace;
import org.povertyexit.monitor.service.user.CountyScope;
import org.povertyexit.monitor.workbook.ProblemsWorkbook;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * An upload from the home page (htmx, with the browser's own progress of the sending): answered at once
 * with a status that polls itself every second, showing the stage and the counties stored, until the run
 * is stored (the page goes to its dashboard) or refused (every located problem in a table, downloadable
 * as a workbook, and the word that nothing was stored).
 */
@Controller
class UploadPage {

    /** The most problems the page's table lists (the workbook holds all that were kept). */
    private static final int PROBLEMS_SHOWN = 1000;

    private final UploadJobs jobs;

    UploadPage(UploadJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping("/uploads")
    String upload(@RequestPart(value = "file", required = false) MultipartFile file, Principal user, Model model,
                  Locale locale) throws IOException {
        if (file == null) {
            return refused(model, "page.upload.noFile");
        }
        try {
            return status(jobs.start(file, user.getName(), CountyScope.of(user)), model, locale);
        } catch (DiskSpace.Full e) {
            return refused(model, "page.upload.failed.DISK_FULL");
        }
    }

    @GetMapping("/uploads/{id}")
    String status(@PathVariable String id, Principal user, Model model, Locale locale,
                  HttpServletResponse response) {
        UploadJob job = jobs.of(id, user.getName()).orElseThrow(UploadPage::noJob);
        if (job.stage() == UploadJob.Stage.STORED) {
            response.setHeader("HX-Redirect", "/runs/" + job.runId());
        }
        return status(job, model, locale);
    }

    /** The job's state; a rejected one's first problems with their reasons in the reader's language. */
    private static String status(UploadJob job, Model model, Locale locale) {
        Language language = Language.of(locale);
        model.addAttribute("job", job);
        model.addAttribute("problems", job.problems().stream().limit(PROBLEMS_SHOWN)
                .map(problem -> InputReasons.in(language, problem)).toList());
        return "runs/upload-status :: status";
    }

    /** The problems of a refused upload, as a workbook (masked, reasons in the reader's language). */
    @GetMapping("/uploads/{id}/problems.xlsx")
    ResponseEntity<byte[]> problems(@PathVariable String id, Principal user, Locale locale) throws IOException {
        UploadJob job = jobs.of(id, user.getName()).filter(j -> j.stage() == UploadJob.Stage.REJECTED)
                .orElseThrow(UploadPage::noJob);
        List<InputError> problems = job.problems();
        byte[] workbook = ProblemsWorkbook.of(job.fileName(), problems, job.problemCount(),
                Labels.of(Language.of(locale)));
        return Attachment.of(workbook, Attachment.XLSX, "problems-" + job.fileName() + ".xlsx");
    }

    /** Refused before anything was kept (answered 200 all the same: htmx shows what a 200 brings). */
    private static String refused(Model model, String reason) {
        model.addAttribute("reason", reason);
        return "runs/upload-status :: refused";
    }

    private static ResponseStatusException noJob() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such upload");
    }
}
