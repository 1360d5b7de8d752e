package io.vitrine.tenant.it;

import io.vitrine.testing.LocalStack;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The tenant's {@code webhook_events}, read through the tenant role's own connection. */
final class WebhookEvents {

  record Row(String topic, String status, byte[] rawBody) {}

  private WebhookEvents() {}

  static List<Row> find(String role, String password, String provider, String dedupKey)
      throws SQLException {
    try (Connection tenant =
            DriverManager.getConnection(LocalStack.load().jdbcUrl(), role, password);
        var statement =
            tenant.prepareStatement(
                "SELECT topic, status, raw_body FROM webhook_events"
                    + " WHERE provider = ? AND dedup_key = ?")) {
      statement.setString(1, provider);
      statement.setString(2, dedupKey);
      var rows = statement.executeQuery();
      var found = new ArrayList<Row>();
      while (rows.next()) {
        found.add(new Row(rows.getString(1), rows.getString(2), rows.getBytes(3)));
      }
      return found;
    }
  }

  /** Base64(HMAC-SHA256(key, parts)), computed here independently of the service. */
  static String sign(String key, byte[]... parts) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    for (byte[] part : parts) {
      mac.update(part);
    }
    return Base64.getEncoder().encodeToString(mac.doFinal());
  }
}
