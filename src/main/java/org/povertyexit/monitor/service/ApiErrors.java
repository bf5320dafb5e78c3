package org.povertyexit.monitor.service;

import java.util.List;
import java.util.Map;
import org.povertyexit.monitor.dataset.InputError;
import org.povertyexit.monitor.dataset.InvalidDatasetException;
import org.povertyexit.monitor.dataset.PersonalData;
import org.povertyexit.monitor.label.InputReasons;
import org.povertyexit.monitor.label.Language;
import org.povertyexit.monitor.rules.RuleCompilationException;
import org.povertyexit.monitor.service.run.EvaluationSlots;
import org.povertyexit.monitor.service.run.TimeBudgetExceededException;
import org.povertyexit.monitor.service.run.UploadRejectedException;
import org.povertyexit.monitor.service.user.OutsideScopeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.server.ResponseStatusException;

/** Failures as JSON with the located problems; never a stack trace, never personal data. */
@RestControllerAdvice
// asked first (but for the pages' own, web.PageErrors): a request's own fault, whatever failure lies beneath it
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    /** The most problems a 422 lists. */
    static final int PROBLEMS_SHOWN = 200;

    private final String uploadLimit;

    public ApiErrors(@Value("${exit-monitor.upload.max-size:200MB}") String uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    /**
     * Every problem up to {@link #PROBLEMS_SHOWN}, and how many there are: a file of a million wrong rows
     * would otherwise answer with a hundred megabytes.
     */
    @ExceptionHandler(InvalidDatasetException.class)
    public ResponseEntity<Map<String, Object>> invalid(InvalidDatasetException e, WebRequest request) {
        // the reasons in Chinese when the client asks for it (a browser set to Chinese does), else as worded
        Language language = Language.asked(null, request.getHeader(HttpHeaders.ACCEPT_LANGUAGE), Language.EN);
        List<InputError> problems = e.errors().stream().limit(PROBLEMS_SHOWN).map(InputError::masked)
                .map(problem -> InputReasons.in(language, problem)).toList();
        return ResponseEntity.unprocessableEntity().body(Map.of("error", "the input was rejected; nothing was stored"
                        + (e.total() > problems.size() ? "; the first " + problems.size() + " of " + e.total()
                        + " problems are listed" : ""), "total", e.total(), "problems", problems));
    }

    @ExceptionHandler(UploadRejectedException.class)
    public ResponseEntity<Map<String, Object>> rejected(UploadRejectedException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "the upload was rejected; nothing was stored",
                "problems", List.of(InputError.error(e.file(), null, null, null, e.getMessage()))));
    }

    /** A request body that is not the JSON asked for: the client's to fix (not a read or write failure of ours). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<Map<String, Object>> unreadableBody(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "the request body is not the JSON this endpoint "
                + "takes (see /swagger-ui.html): malformed, or a value of the wrong type or not among those allowed"));
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    public ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "send the dataset as the multipart field '"
                + e.getRequestPartName() + "'"));
    }

    @ExceptionHandler(MultipartException.class)
    public ResponseEntity<Map<String, Object>> unreadableUpload(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException tooLarge) {
            return tooLarge(tooLarge);
        }
        return ResponseEntity.badRequest().body(Map.of("error", "not a readable multipart upload (cut short, or "
                + "not multipart/form-data); send the dataset as the multipart field 'file'"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    public ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("error",
                "the upload is larger than the limit of " + uploadLimit + " (exit-monitor.upload.max-size)"));
    }

    @ExceptionHandler(RuleCompilationException.class)
    public ResponseEntity<Map<String, Object>> rules(RuleCompilationException e) {
        LOG.error("the configured rules do not compile: {}", e.problems());
        return ResponseEntity.internalServerError().body(Map.of("error", "the configured rules do not compile",
                "problems", e.problems()));
    }

    /** A refusal the service words itself (404 no such run, 400 a bad filter, …): its reason, masked. */
    @ExceptionHandler(ResponseStatusException.class)
    public ResponseEntity<Map<String, Object>> refused(ResponseStatusException e) {
        String reason = e.getReason() == null ? HttpStatus.valueOf(e.getStatusCode().value()).getReasonPhrase()
                : PersonalData.maskIdNumbersIn(e.getReason());
        return ResponseEntity.status(e.getStatusCode()).headers(e.getHeaders()).body(Map.of("error", reason));
    }

    @ExceptionHandler(TimeBudgetExceededException.class)
    public ResponseEntity<Map<String, Object>> tooLong(TimeBudgetExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(OutsideScopeException.class)
    public ResponseEntity<Map<String, Object>> outsideScope(OutsideScopeException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(EvaluationSlots.Busy.class)
    public ResponseEntity<Map<String, Object>> busy(EvaluationSlots.Busy e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "60")
                .body(Map.of("error", e.getMessage()));
    }
}
