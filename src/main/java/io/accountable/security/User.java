package io.accountable.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person who signs in. The password is stored as a bcrypt hash ({@link Passwords}); the
 * session epoch is raised whenever this user's sessions must end ({@link SessionCookie}).
 */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false, unique = true, length = 100)
    public String username;
    @Column(name = "password_hash", nullable = false, length = 200)
    public String passwordHash;
    /** One of {@link Role}'s ids; a role implies the ones below it (see {@link Role#grants()}). */
    @Column(nullable = false, length = 20)
    public String role;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "session_epoch", nullable = false)
    public int sessionEpoch;
    /** The interface language chosen (en, ru, ro), or null to follow the browser. */
    @Column(length = 5)
    public String language;

    public static User create(String username, String password, Role role) {
        User user = new User();
        user.username = username;
        user.passwordHash = Passwords.hash(password);
        user.role = role.id();
        user.createdAt = Instant.now();
        user.persist();
        return user;
    }

    public static User findByUsername(String username) {
        return find("username", username).firstResult();
    }

    public Role roleEnum() {
        return Role.fromId(role).orElse(Role.VIEWER);
    }

    /** Ends every session of this user (cookies issued before are refused from now on). */
    public void endSessions() {
        sessionEpoch++;
    }

    public void changePassword(String password) {
        passwordHash = Passwords.hash(password);
        endSessions();
    }
}
