package io.accountable.security;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three roles. Each role includes the rights of the ones before it; the role column
 * stores one id and {@link RoleAugmentor} adds the implied ones at sign-in.
 */
public enum Role {
    VIEWER, ANALYST, ADMIN;

    /** Role names used in {@code @RolesAllowed}. */
    public static final String VIEWER_ID = "viewer";
    public static final String ANALYST_ID = "analyst";
    public static final String ADMIN_ID = "admin";

    public String id() {
        return name().toLowerCase();
    }

    public static Optional<Role> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }

    /** The roles this one holds: itself and every lower one. */
    public java.util.Set<String> grants() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (Role r : values()) {
            if (r.ordinal() <= ordinal()) {
                ids.add(r.id());
            }
        }
        return ids;
    }
}
