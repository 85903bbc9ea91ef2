package io.accountable.view;

import java.time.Instant;

/**
 * A saved dashboard filter. {@code query} is the filter's normalised query string (a relative
 * period stays relative: it moves with today); {@code shortLink} opens it ({@code /v/{slug}});
 * {@code defaultView} tells whether it is the reader's default view.
 */
public record SavedView(long id, String slug, String name, String query, String owner, boolean team,
        Instant createdAt, String shortLink, boolean defaultView) {

    /** Whether {@code user} may delete it: a private view its owner; a team view its owner or an admin. */
    public boolean deletableBy(String user, boolean admin) {
        return owner.equals(user) || team && admin;
    }
}
