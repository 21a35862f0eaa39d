package jp.shingikai.app.minutes;

import com.fasterxml.jackson.databind.JsonNode;
import jp.shingikai.app.problems.ForbiddenException;
import jp.shingikai.app.security.CurrentUser;
import jp.shingikai.app.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who reads a 会議録: the secretariat, 総務課 and staff always; the members who attended from the time it is sent to
 * them for confirmation; everyone once it is published.
 */
@Component
class MinutesAccess {

    public boolean isVisible(CurrentUser actor, Minutes minutes) {
        if (actor.has(Role.SECRETARIAT) || actor.has(Role.SOUMU) || actor.has(Role.VIEWER)
                || minutes.status() == MinutesStatus.PUBLISHED) {
            return true;
        }
        return actor.has(Role.MEMBER) && minutes.status() != MinutesStatus.DRAFTING && attended(actor, minutes);
    }

    /** Only the members who attended confirm the minutes. */
    void requireAttended(CurrentUser actor, Minutes minutes) {
        if (!actor.has(Role.MEMBER) || !attended(actor, minutes)) {
            throw new ForbiddenException("会議録を確認できるのは、その会議に出席した委員です。");
        }
    }

    /** The member who presided fixes the minutes. */
    void requireChair(CurrentUser actor, Minutes minutes) {
        if (!actor.username().equals(minutes.header().path("chair").path("username").asText())) {
            throw new ForbiddenException("会議録の確定は、議長を務めた委員が行います。");
        }
    }

    private static boolean attended(CurrentUser actor, Minutes minutes) {
        for (JsonNode member : minutes.header().path("attending")) {
            if (member.path("username").asText().equals(actor.username())) {
                return true;
            }
        }
        return false;
    }
}
