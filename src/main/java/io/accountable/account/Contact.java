package io.accountable.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person at an account; the earliest contact creation is the account's lead-creation moment. */
@Entity
@Table(name = "contact")
public class Contact extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "external_id", nullable = false, unique = true, length = 100)
    public String externalId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;
    @Column(length = 300)
    public String name;
    @Column(length = 300)
    public String email;
    @Column(length = 300)
    public String title;
    /** decision_maker, champion, influencer, blocker, user or other. */
    @Column(length = 30)
    public String role;
    @Column(name = "created_at")
    public Instant createdAt;
}
