package io.accountable.campaign;

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
import java.time.LocalDate;

/** Money spent on a day, for a campaign or a channel, by the marketing or the sales team. */
@Entity
@Table(name = "cost")
public class Cost extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "external_id", nullable = false, unique = true, length = 100)
    public String externalId;
    @Column(name = "cost_date", nullable = false)
    public LocalDate date;
    @Column(nullable = false, precision = 21, scale = 6)
    public BigDecimal amount;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;
    @Column(length = 100)
    public String channel;
    /** media, content, events, tools, salaries, overhead or other. */
    @Column(length = 20)
    public String category;
    /** marketing or sales. */
    @Column(nullable = false, length = 20)
    public String team = "marketing";
}
