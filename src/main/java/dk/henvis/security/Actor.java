package dk.henvis.security;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: user name, roles, and for a referrer its organisation and role.
 * A practitioner's programmes are "*" when it works in all of them.
 */
public record Actor(String name, Set<String> roles, Optional<String> organisation, Optional<String> referrerRole,
                    Set<String> programmes) {

    public static final Actor SYSTEM = new Actor("system", Set.of(), Optional.empty(), Optional.empty(), Set.of());

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** A referrer without coordinator rights sees only its own organisation's referrals. */
    public boolean isReferrerOnly() {
        return has(Role.REFERRER) && !has(Role.COORDINATOR) && !has(Role.ADMIN);
    }

    public boolean worksIn(String programmeCode) {
        return programmes.contains("*") || programmes.contains(programmeCode);
    }

    public String primaryRole() {
        if (this == SYSTEM) {
            return "SYSTEM";
        }
        return Role.ALL.stream().filter(roles::contains).findFirst().orElse("NONE");
    }
}
