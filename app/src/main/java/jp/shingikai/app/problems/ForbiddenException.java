package jp.shingikai.app.problems;

import org.springframework.security.access.AccessDeniedException;

/** The signed-in person may not do this; the message names what they tried. */
public class ForbiddenException extends AccessDeniedException {

    public ForbiddenException(String message) {
        super(message);
    }
}
