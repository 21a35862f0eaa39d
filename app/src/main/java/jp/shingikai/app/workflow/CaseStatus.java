package jp.shingikai.app.workflow;

/** Where a case of any kind stands; each case type's status enum implements it with the words the city hall uses. */
public interface CaseStatus {

    String name();

    String label();

    /** The department may still change what it wrote. */
    boolean isEditable();
}
