package io.accountable.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log: who did what to whom, from where. Never a password or a token. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public Instant at;
    /** The user name that acted, or that was tried in a failed sign-in. */
    @Column(nullable = false, length = 100)
    public String actor;
    @Column(nullable = false, length = 40)
    public String action;
    @Column(length = 200)
    public String subject;
    @Column(length = 64)
    public String address;
    @Column(length = 500)
    public String detail;
}
