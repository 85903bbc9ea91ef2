package io.accountable.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person who signs in; the password is stored as a bcrypt hash (modular crypt format). */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Username
    @Column(nullable = false, unique = true, length = 100)
    public String username;
    @Password
    @Column(name = "password_hash", nullable = false, length = 200)
    public String passwordHash;
    /** One of {@link Role}'s ids; a role implies the ones below it (see {@link Role#grants()}). */
    @Roles
    @Column(nullable = false, length = 20)
    public String role;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static User create(String username, String password, Role role) {
        User user = new User();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.role = role.id();
        user.createdAt = Instant.now();
        user.persist();
        return user;
    }

    public static User findByUsername(String username) {
        return find("username", username).firstResult();
    }
}
