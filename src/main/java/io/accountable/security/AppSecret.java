package io.accountable.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A secret the application generated for itself, such as the session key; never shown or logged. */
@Entity
@Table(name = "app_secret")
public class AppSecret extends PanacheEntityBase {
    @Id
    @Column(length = 50)
    public String name;
    @Column(nullable = false, length = 200)
    public String secret;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Override
    public String toString() {
        return "AppSecret[" + name + "]";
    }
}
