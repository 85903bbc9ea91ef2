package io.accountable.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A marketing campaign on one channel; touches and costs may point to it. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "external_id", nullable = false, unique = true, length = 100)
    public String externalId;
    @Column(nullable = false, length = 300)
    public String name;
    /** Normalised lower snake case, as every channel. */
    @Column(nullable = false, length = 100)
    public String channel;
    @Column(length = 300)
    public String program;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(precision = 21, scale = 6)
    public BigDecimal budget;
}
