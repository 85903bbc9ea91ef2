package io.accountable.opportunity;

import io.accountable.account.Account;
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
import java.math.BigDecimal;
import java.time.Instant;

/** A deal with an account: the conversion that attribution explains. */
@Entity
@Table(name = "opportunity")
public class Opportunity extends PanacheEntityBase {
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
    @Column(nullable = false, precision = 21, scale = 6)
    public BigDecimal amount;
    /** open, won or lost. */
    @Column(nullable = false, length = 10)
    public String status;
    /** new_business, upsell, cross_sell or renewal. */
    @Column(length = 20)
    public String type;
    @Column(length = 100)
    public String stage;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "contract_months")
    public Integer contractMonths;
    @Column(name = "one_time_fees", precision = 21, scale = 6)
    public BigDecimal oneTimeFees;
    @Column(length = 3)
    public String currency;
}
