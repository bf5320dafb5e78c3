package org.povertyexit.monitor.service.web;

import org.povertyexit.monitor.dataset.PersonalData;
import org.povertyexit.monitor.service.StoreReopening;
import org.povertyexit.monitor.service.run.EvaluationSlots;
import org.povertyexit.monitor.service.user.OutsideScopeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page's failure answered as a page in the reader's language: what happened (not found, not yours to
 * see, busy, a failure of ours), the service's own reason beside it (masked), never a stack trace.
 * Out of scope answers as not found, as in the API. Asked before the API's advice (which answers JSON)
 * for whatever a page controller throws.
 */
@ControllerAdvice(basePackages = "org.povertyexit.monitor.service.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    private final StoreReopening store;

    PageErrors(StoreReopening store) {
        this.store = store;
    }

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView refused(ResponseStatusException e) {
        return page(e.getStatusCode(), e.getReason());
    }

    @ExceptionHandler(OutsideScopeException.class)
    ModelAndView outsideScope(OutsideScopeException e) {
        return page(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(EvaluationSlots.Busy.class)
    ModelAndView busy(EvaluationSlots.Busy e) {
        return page(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    }

    /** Ours: the log gets the kind of failure, not its message (which may quote a value of the input). */
    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e) {
        if (e instanceof ErrorResponse refused) {   // Spring's own: a missing parameter, a wrong method, …
            return page(refused.getStatusCode(), null);
        }
        if (StoreReopening.closed(e)) {
            store.reopen();
            return page(HttpStatus.SERVICE_UNAVAILABLE, null);
        }
        LOG.error("a page failed: {}", e.getClass().getName());
        return page(HttpStatus.INTERNAL_SERVER_ERROR, null);
    }

    private static ModelAndView page(HttpStatusCode status, String reason) {
        ModelAndView page = new ModelAndView("error-page", status);
        page.addObject("status", status.value());
        page.addObject("reason", reason == null ? null : PersonalData.maskIdNumbersIn(reason));
        return page;
    }
}
