package io.accountable.account;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A company: the unit that account-based marketing targets and attribution works on. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "external_id", nullable = false, unique = true, length = 100)
    public String externalId;
    @Column(nullable = false, length = 300)
    public String name;
    @Column(length = 300)
    public String domain;
    @Column(length = 100)
    public String industry;
    @Column(length = 100)
    public String segment;
    @Column(length = 100)
    public String region;
    /** one_to_one, one_to_few or one_to_many. */
    @Column(length = 20)
    public String tier;
    @Column(nullable = false)
    public boolean target = true;
    public Integer employees;
    @Column(name = "annual_revenue", precision = 21, scale = 6)
    public BigDecimal annualRevenue;
    @Column(name = "created_at")
    public Instant createdAt;

    public static Account findByExternalId(String externalId) {
        return find("externalId", externalId).firstResult();
    }
}
