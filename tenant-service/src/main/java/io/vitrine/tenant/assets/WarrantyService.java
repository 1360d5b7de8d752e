package io.vitrine.tenant.assets;

import io.smallrye.mutiny.Uni;
import io.vitrine.tenant.audit.AuditRow;
import io.vitrine.tenant.audit.AuditRows;
import io.vitrine.tenant.common.db.Database;
import io.vitrine.tenant.common.problem.FieldError;
import io.vitrine.tenant.common.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The retailer's warranty rules and serial capture rules (tenant configuration through the admin
 * API), and coverage extensions of single assets. Each change is audited with its actor.
 */
@ApplicationScoped
public class WarrantyService {

  private static final List<String> PROVIDERS =
      List.of("shopify", "square", "lightspeed-x", "lightspeed-r", "clover");

  private final Database database;
  private final WarrantyRepository warranties;
  private final SerialRuleRepository serialRules;
  private final AssetService assets;

  public WarrantyService(
      Database database,
      WarrantyRepository warranties,
      SerialRuleRepository serialRules,
      AssetService assets) {
    this.database = database;
    this.warranties = warranties;
    this.serialRules = serialRules;
    this.assets = assets;
  }

  public Uni<List<WarrantyRule>> rules() {
    return warranties.rules(database.client());
  }

  public Uni<WarrantyRule> putRule(String sku, AssetRequests.WarrantyRuleBody body, String actor) {
    WarrantyRule rule = validRule(sku, body);
    return database.inTransaction(
        connection ->
            warranties
                .put(connection, rule)
                .flatMap(
                    done ->
                        AuditRows.append(
                            connection,
                            AuditRow.of(
                                actor,
                                "warranty-rule.put",
                                "product",
                                sku,
                                Map.of(
                                    "months", rule.months(),
                                    "startBasis", rule.startBasis().name(),
                                    "transferable", rule.transferable(),
                                    "repairPolicy", rule.repairPolicy().name(),
                                    "repairExtensionMonths", rule.repairExtensionMonths()))))
                .replaceWith(rule));
  }

  static WarrantyRule validRule(String sku, AssetRequests.WarrantyRuleBody body) {
    int extension = body.repairExtensionMonths() == null ? 0 : body.repairExtensionMonths();
    if (sku == null || sku.isBlank() || sku.length() > 128) {
      throw Problem.invalid("sku", "must be 1 to 128 characters");
    }
    if (body.repairPolicy() == WarrantyRule.RepairPolicy.EXTEND && extension == 0) {
      throw Problem.invalid("repairExtensionMonths", "must be at least 1 with repairPolicy EXTEND");
    }
    if (body.repairPolicy() != WarrantyRule.RepairPolicy.EXTEND && extension != 0) {
      throw Problem.invalid("repairExtensionMonths", "applies only to repairPolicy EXTEND");
    }
    return new WarrantyRule(
        sku, body.months(), body.startBasis(), body.transferable(), body.repairPolicy(), extension);
  }

  public Uni<SerialRule> serialRule(String provider) {
    requireProvider(provider);
    return serialRules.rule(database.client(), provider);
  }

  public Uni<SerialRule> putSerialRule(
      String provider, AssetRequests.SerialRuleBody body, String actor) {
    SerialRule rule = validSerialRule(provider, body);
    return database.inTransaction(
        connection ->
            serialRules
                .put(connection, provider, rule)
                .flatMap(
                    done ->
                        AuditRows.append(
                            connection,
                            AuditRow.of(
                                actor,
                                "serial-rule.put",
                                "pos",
                                provider,
                                Map.of("source", rule.source().name()))))
                .replaceWith(rule));
  }

  private static void requireProvider(String provider) {
    if (!PROVIDERS.contains(provider)) {
      throw Problem.invalid("provider", "must be one of " + String.join(", ", PROVIDERS));
    }
  }

  static SerialRule validSerialRule(String provider, AssetRequests.SerialRuleBody body) {
    requireProvider(provider);
    var errors = new ArrayList<FieldError>();
    SerialRule.Source source = body.source();
    boolean named = source == SerialRule.Source.PROPERTY || source == SerialRule.Source.ATTRIBUTE;
    if (named && (body.name() == null || body.name().isBlank())) {
      errors.add(new FieldError("name", "is required for " + source));
    }
    if (!named && body.name() != null) {
      errors.add(new FieldError("name", "applies only to PROPERTY and ATTRIBUTE"));
    }
    if (source == SerialRule.Source.SERIAL_NUMBERS_API && !"lightspeed-x".equals(provider)) {
      errors.add(new FieldError("source", "SERIAL_NUMBERS_API is Lightspeed X-Series' only"));
    }
    if (source == SerialRule.Source.ATTRIBUTE && !"square".equals(provider)) {
      errors.add(new FieldError("source", "line-item metadata (ATTRIBUTE) is Square's only"));
    }
    if (source == SerialRule.Source.PROPERTY && !"shopify".equals(provider)) {
      errors.add(new FieldError("source", "line-item properties are Shopify's only"));
    }
    Pattern pattern = null;
    if (body.pattern() != null) {
      try {
        pattern = Pattern.compile(body.pattern());
        if (pattern.matcher("").groupCount() < 1) {
          errors.add(new FieldError("pattern", "needs a group: the serial is its first group"));
        }
      } catch (PatternSyntaxException e) {
        errors.add(new FieldError("pattern", "is not a regular expression: " + e.getDescription()));
      }
    }
    if (!errors.isEmpty()) {
      throw Problem.invalid(errors);
    }
    return new SerialRule(source, named ? body.name().trim() : null, pattern);
  }

  /** Coverage added to one asset; a retried request with the same source transaction adds none. */
  public Uni<WarrantyStatus> extend(long assetId, AssetRequests.Extension body, String actor) {
    return database
        .inTransaction(
            connection ->
                assets
                    .lockOrFail(connection, assetId)
                    .flatMap(
                        asset ->
                            warranties.extend(
                                connection,
                                assetId,
                                body.months(),
                                body.reason().name(),
                                body.sourceTransactionId(),
                                actor))
                    .call(
                        added ->
                            added
                                ? AuditRows.append(
                                    connection,
                                    AuditRow.of(
                                        actor,
                                        "warranty.extended",
                                        "asset",
                                        Long.toString(assetId),
                                        Map.of(
                                            "sourceTransaction", body.sourceTransactionId(),
                                            "months", body.months(),
                                            "reason", body.reason().name())))
                                : Uni.createFrom().voidItem()))
        .flatMap(added -> assets.warranty(assetId));
  }
}
