package jp.shingikai.app.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jp.shingikai.processes.ConsultationWorkflow.Groups;

/**
 * The person acting: who, in which roles, for which department.
 *
 * @param departmentCode the department a {@link Role#DEPARTMENT} or {@link Role#SUPERVISOR} user acts for; else null
 */
public record CurrentUser(String username, String displayName, Set<Role> roles, String departmentCode) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Acts for this department (as its drafter or supervisor). */
    public boolean actsFor(String department) {
        return department != null && department.equals(departmentCode) && (has(Role.DEPARTMENT) || has(Role.SUPERVISOR));
    }

    /** The candidate groups of the workflow's user tasks this person may take. */
    public List<String> candidateGroups() {
        List<String> groups = new ArrayList<>();
        if (departmentCode != null && has(Role.DEPARTMENT)) {
            groups.add(Groups.department(departmentCode));
        }
        if (departmentCode != null && has(Role.SUPERVISOR)) {
            groups.add(Groups.supervisor(departmentCode));
        }
        if (has(Role.SOUMU)) {
            groups.add(Groups.GENERAL_AFFAIRS);
        }
        if (has(Role.SECRETARIAT)) {
            groups.add(Groups.SECRETARIAT);
        }
        return groups;
    }
}
