package io.vitrine.tenant.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One row of the append-only audit log: who did what to which target. Immutable: the table refuses
 * updates and deletes with a trigger.
 */
@Entity
@Immutable
@Table(name = "audit_log")
public class AuditEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "occurred_at", nullable = false, insertable = false, updatable = false)
  public Instant occurredAt;

  @Column(nullable = false)
  public String actor;

  @Column(nullable = false)
  public String action;

  @Column(name = "target_type")
  public String targetType;

  @Column(name = "target_id")
  public String targetId;

  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false, columnDefinition = "jsonb")
  public Map<String, Object> details = new HashMap<>();
}
