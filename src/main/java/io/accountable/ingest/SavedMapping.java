package io.accountable.ingest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mapping saved by name for one kind; {@code definition} is its JSON ({@link MappingService.Definition}). */
@Entity
@Table(name = "import_mapping")
public class SavedMapping extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false, length = 60)
    public String name;
    @Column(nullable = false, length = 30)
    public String kind;
    @Column(nullable = false, length = 100000)
    public String definition;
    @Column(nullable = false, length = 100)
    public String username;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
