package jp.shingikai.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.system.SubjectType;
import jp.shingikai.app.workflow.CaseReader;
import jp.shingikai.app.workflow.OpenStep;
import org.springframework.ui.Model;

/**
 * What the case page and its step endpoint ({@link CasePageController}) needs of a case type; each type's pages declare it
 * as a bean.
 *
 * @param type        the case type, whose address the pages have ({@code /consultations/3})
 * @param cases       reads the case for the person, whose process has the step
 * @param take        takes the step with the form as posted
 * @param show        the case page, drawn again with what was typed when a step is refused
 */
public record CasePages(SubjectType type, CaseReader<?> cases, StepTaker take, PageShow show) {

    @FunctionalInterface
    public interface StepTaker {
        void take(CurrentUser user, long id, OpenStep open, ObjectNode form);
    }

    @FunctionalInterface
    public interface PageShow {
        /** Fills the model for the case page and names its view; {@code attempt} is a refused step, or null. */
        String show(Model model, CurrentUser user, long id, SubjectPage.Attempt attempt);
    }
}
