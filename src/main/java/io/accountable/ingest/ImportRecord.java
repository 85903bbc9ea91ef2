package io.accountable.ingest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The history of imports: who brought which file in, when, and what came of it. */
@Entity
@Table(name = "import_record")
public class ImportRecord extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false, length = 30)
    public String kind;
    @Column(name = "file_name", length = 300)
    public String fileName;
    @Column(length = 64)
    public String sha256;
    @Column(nullable = false, length = 100)
    public String username;
    @Column(nullable = false, length = 20)
    public String mode;
    /** running, succeeded, rejected, failed, refused, cancelled or undone. */
    @Column(nullable = false, length = 20)
    public String status;
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Column(name = "read_count", nullable = false)
    public int read;
    @Column(name = "created_count", nullable = false)
    public int created;
    @Column(name = "updated_count", nullable = false)
    public int updated;
    @Column(name = "unchanged_count", nullable = false)
    public int unchanged;
    @Column(name = "rejected_count", nullable = false)
    public int rejected;
    @Column(length = 2000)
    public String message;
    /** Who undid the import (its status is then "undone"), and when. */
    @Column(name = "undone_by", length = 100)
    public String undoneBy;
    @Column(name = "undone_at")
    public Instant undoneAt;

    private static final java.time.format.DateTimeFormatter UTC = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

    /** When it started, to the second, in UTC (as the history table's heading says). */
    public String startedAtUtc() {
        return UTC.format(startedAt);
    }
}
