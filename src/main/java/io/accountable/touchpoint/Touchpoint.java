package io.accountable.touchpoint;

import io.accountable.account.Account;
import io.accountable.account.Contact;
import io.accountable.campaign.Campaign;
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

/** One interaction of an account (and maybe one of its contacts) with marketing or sales. */
@Entity
@Table(name = "touchpoint")
public class Touchpoint extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "external_id", nullable = false, unique = true, length = 100)
    public String externalId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_id")
    public Contact contact;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;
    @Column(nullable = false, length = 100)
    public String channel;
    /** One of {@link TouchType}, by its id. */
    @Column(nullable = false, length = 40)
    public String type;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    /** tofu, mofu or bofu. */
    @Column(name = "funnel_stage", length = 10)
    public String funnelStage;
}
