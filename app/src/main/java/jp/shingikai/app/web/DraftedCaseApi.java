package jp.shingikai.app.web;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.problems.Versions;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.workflow.CaseHistory;
import jp.shingikai.app.workflow.CaseReader;
import jp.shingikai.app.workflow.CaseRecord;
import jp.shingikai.app.workflow.DraftedCaseSteps;
import jp.shingikai.app.workflow.StepAddresses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The API each case type a department drafts shares, below the type's address ({@code /api/consultations}): list and
 * read, edit the draft, submit it, take a step by its address, read the history. GET answers carry the version as an
 * ETag, and an edit must send it back in If-Match so that a stale edit is refused with 409.
 *
 * @param <V> the case as the API shows it
 */
public abstract class DraftedCaseApi<C extends CaseRecord, V> {

    private final CaseReader<C> cases;
    private final DraftedCaseSteps<C> steps;
    private final StepAddresses addresses;

    protected DraftedCaseApi(CaseReader<C> cases, DraftedCaseSteps<C> steps, StepAddresses addresses) {
        this.cases = cases;
        this.steps = steps;
        this.addresses = addresses;
    }

    protected abstract V view(C subject);

    @GetMapping
    List<V> list(@AuthenticationPrincipal SignedInUser user) {
        return cases.list(user.user()).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<V> get(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return respond(HttpStatus.OK, cases.get(user.user(), id));
    }

    @PutMapping("/{id}")
    ResponseEntity<V> edit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody JsonNode input) {
        steps.requireDrafter(user.user(), id);
        return respond(HttpStatus.OK, steps.edit(user.user(), id, Versions.fromIfMatch(ifMatch), input));
    }

    @PostMapping("/{id}/submit")
    ResponseEntity<V> submit(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
            @RequestParam(required = false) Integer version) {
        return respond(HttpStatus.OK, steps.submit(user.user(), id, version));
    }

    /** Each step that is just a form: a POST of that form alone to the step's address. */
    @PostMapping("/{id}/{step}")
    ResponseEntity<V> takeStep(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, @PathVariable String step,
            @RequestBody(required = false) JsonNode form) {
        return respond(HttpStatus.OK, steps.take(user.user(), id, addresses.require(step), form));
    }

    @GetMapping("/{id}/history")
    List<CaseHistory.Entry> history(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        return cases.history(user.user(), id);
    }

    protected ResponseEntity<V> respond(HttpStatus status, C subject) {
        return ResponseEntity.status(status).eTag(Integer.toString(subject.version())).body(view(subject));
    }
}
