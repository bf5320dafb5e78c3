package org.povertyexit.monitor.service.access;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.povertyexit.monitor.dataset.Member;
import org.povertyexit.monitor.dataset.PersonalData;
import org.povertyexit.monitor.evaluation.Level;
import org.povertyexit.monitor.service.audit.ChainLinks;
import org.povertyexit.monitor.service.run.ScopedRuns;
import org.povertyexit.monitor.service.run.CountyPart;
import org.povertyexit.monitor.service.run.StoredCountyFacts;
import org.povertyexit.monitor.service.user.CountyScope;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A member's whole ID number, for an auditor who says why they need it. Everywhere else the number is
 * masked; here it is shown once per request, and every request is written to the access log first.
 */
@RestController
@Tag(name = "audit")
public class IdNumberController {

    /** Long enough to say something (核查退出户身份 is seven characters). */
    private static final int SHORTEST_REASON = 4;
    private static final int LONGEST_REASON = 500;

    /** Why the auditor needs the number (4 to 500 characters). */
    public record Request(String reason) {
    }

    /** The member's whole ID number, their name masked, and the access log entry that recorded it. */
    public record Answer(String runId, String householdId, String memberId, String name, String idNumber,
                         long accessSeq) {
    }

    /** The access log as the auditor's scope shows it, and whether the whole chain is intact. */
    public record Log(ChainLinks.Verification verification, List<IdNumberAccess> entries) {
    }

    private final ScopedRuns scoped;
    private final StoredCountyFacts facts;
    private final AccessLog log;

    public IdNumberController(ScopedRuns scoped, StoredCountyFacts facts, AccessLog log) {
        this.scoped = scoped;
        this.facts = facts;
        this.log = log;
    }

    @Operation(summary = "A member's whole ID number, with a reason; the access is written to the access log",
            description = "Body: {\"reason\": \"…\"} (4 to 500 characters). 404 no such member in the household, "
                    + "or the household is outside the auditor's counties; 400 no reason.")
    @PostMapping("/api/runs/{id}/households/{householdId}/members/{memberId}/id-number")
    public Answer idNumber(@PathVariable String id, @PathVariable String householdId, @PathVariable String memberId,
                           @RequestBody(required = false) Request request, Principal user) {
        String reason = reason(request);
        CountyPart county = scoped.entity(id, Level.HOUSEHOLD, householdId, CountyScope.of(user));
        Member member = facts.household(id, householdId, county.position()).households().get(0).members()
                .stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "no member " + memberId + " in household " + householdId + " of this run"));
        IdNumberAccess entry = log.append(new IdNumberAccess(0, Instant.now().truncatedTo(ChronoUnit.MILLIS),
                user.getName(), id, county.countyCode(), householdId, memberId, reason, null, null));
        return new Answer(id, householdId, memberId, PersonalData.maskName(member.name()), member.idNumber(),
                entry.seq());
    }

    @Operation(summary = "The access log: who saw which member's whole ID number, when and why (entries of "
            + "the auditor's counties), and whether its hash chain is intact")
    @GetMapping("/api/audit/access-log")
    public Log accessLog(Principal user) {
        return new Log(log.verify(), log.entries(CountyScope.of(user)));
    }

    /** The reason as given, an ID number in it masked (the log names the member, never the number). */
    private static String reason(Request request) {
        String reason = request == null || request.reason() == null ? "" : request.reason().strip();
        if (reason.codePointCount(0, reason.length()) < SHORTEST_REASON
                || reason.codePointCount(0, reason.length()) > LONGEST_REASON
                || reason.codePoints().anyMatch(Character::isISOControl)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "give the reason for seeing the whole ID number "
                    + "as {\"reason\": \"…\"}, " + SHORTEST_REASON + " to " + LONGEST_REASON
                    + " characters on one line");
        }
        return PersonalData.maskIdNumbersIn(reason);
    }
}
