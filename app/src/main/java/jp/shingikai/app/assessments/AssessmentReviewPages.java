package jp.shingikai.app.assessments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jp.shingikai.app.assessments.internal.AssessmentRepository;
import jp.shingikai.app.council.CouncilDirectory;
import jp.shingikai.app.meetings.MeetingChoices;
import jp.shingikai.app.problems.InvalidInputException;
import jp.shingikai.app.problems.NotFoundException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.UserAccounts.SignedInUser;
import jp.shingikai.app.system.ContentStore;
import jp.shingikai.app.system.FileResponses;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.web.CasePages;
import jp.shingikai.app.web.SubjectPage;
import jp.shingikai.processes.AssessmentWorkflow.Tasks;
import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 第三者点検 pages: the list, the upload of a draft 評価書, and the case page with the steps waiting for the reader. */
@Controller
@RequiredArgsConstructor
class AssessmentReviewPages {

    private final AssessmentReviews reviews;
    private final AssessmentReviewSteps steps;
    private final AssessmentReviewAccess access;
    private final ImpactAssessments assessments;
    private final AssessmentRepository repository;
    private final CouncilDirectory councils;
    private final MeetingChoices meetingChoices;
    private final ContentStore files;
    private final SubjectPage page;

    @GetMapping("/assessment-reviews")
    String list(@AuthenticationPrincipal SignedInUser user, Model model) {
        model.addAttribute("reviews", reviews.list(user.user()).stream().map(review -> new SubjectPage.Row(review.id(), "",
                review.title(), councils.department(review.departmentCode()).name(), review.status().label(),
                page.when(review.updatedAt()))).toList());
        return "assessments/list";
    }

    /** 提供先・移転先 across every 評価書 kept, ours and other municipalities', laid side by side by municipality. */
    @GetMapping("/assessments/transfers")
    String transfers(@RequestParam(required = false) String counterpart, Model model) {
        model.addAttribute("counterpart", counterpart);
        if (counterpart != null) {
            try {
                Map<Object, List<Map<String, Object>>> byMunicipality = new TreeMap<>();
                assessments.transfersTo(counterpart).forEach(row -> byMunicipality
                        .computeIfAbsent(row.get("municipality"), municipality -> new ArrayList<>()).add(row));
                model.addAttribute("byMunicipality", byMunicipality);
            } catch (InvalidInputException e) {
                model.addAttribute("problem", e.errors().get(0).message());
            }
        }
        return "assessments/transfers";
    }

    @GetMapping("/assessment-reviews/new")
    String newReview(@AuthenticationPrincipal SignedInUser user) {
        access.requireDrafterRole(user.user());
        return "assessments/new";
    }

    @PostMapping("/assessment-reviews/new")
    String create(@AuthenticationPrincipal SignedInUser user, @RequestParam(name = "file", required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) {
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("/file", "評価書", "評価書（案）のファイルを選んでください。");
            }
            AssessmentReview created = steps.create(user.user(), file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("notice", "評価書（案）を読み取りました。内容を確認して「評価書の登録」を行ってください。");
            return "redirect:" + SubjectType.ASSESSMENT.pagePath(created.id());
        } catch (InvalidInputException e) {
            model.addAttribute("problem", e.errors().get(0).message());
            return "assessments/new";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The draft 評価書 as the department uploaded it. */
    @GetMapping("/assessment-reviews/{id}/original")
    ResponseEntity<byte[]> original(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
        AssessmentReview review = reviews.get(user.user(), id);
        Map<String, Object> assessment = assessments.assessment(review.assessmentId());
        String sha256 = repository.sourceSha256(review.assessmentId())
                .orElseThrow(() -> new NotFoundException("評価書のファイル", review.assessmentId()));
        return FileResponses.attachment(String.valueOf(assessment.get("sourceName")), null, sha256, files.get(sha256));
    }

    @Bean
    CasePages assessmentCasePages() {
        return new CasePages(SubjectType.ASSESSMENT, reviews, (user, id, open, form) -> steps.take(user, id, open.key(), form),
                this::show);
    }

    private String show(Model model, CurrentUser user, long id, SubjectPage.Attempt attempt) {
        AssessmentReview review = reviews.get(user, id);
        model.addAttribute("review", review);
        model.addAttribute("department", councils.department(review.departmentCode()).name());
        model.addAttribute("assessment", assessments.assessment(review.assessmentId()));
        SubjectPage.Attempt draft = attempt != null || !review.status().isEditable() ? attempt
                : new SubjectPage.Attempt(Tasks.DRAFT, review.record().path("draft"), List.of());
        model.addAttribute("steps", page.steps(user, review.processInstanceId(), Set.of(), draft,
                meetingChoices.forCouncil(review.councilId())));
        model.addAttribute("papers", page.papers(user, SubjectType.ASSESSMENT, id));
        model.addAttribute("history", page.history(reviews.history(user, id)));
        return "assessments/show";
    }
}
