package io.accountable.settings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved version of the settings, as JSON; the newest is in force. */
@Entity
@Table(name = "settings_version")
public class SettingsVersion extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "changed_by", nullable = false, length = 100)
    public String changedBy;
    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
    @Column(nullable = false, length = 20000)
    public String content;

    public static SettingsVersion latest() {
        return find("order by id desc").firstResult();
    }
}
