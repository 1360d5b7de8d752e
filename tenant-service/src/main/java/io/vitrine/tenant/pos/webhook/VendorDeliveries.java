package io.vitrine.tenant.pos.webhook;

import static io.vitrine.tenant.common.problem.ProblemType.WEBHOOK_MALFORMED;
import static io.vitrine.tenant.common.problem.ProblemType.WEBHOOK_WRONG_ACCOUNT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vitrine.tenant.common.problem.Problem;
import io.vitrine.tenant.pos.PosConfig;
import io.vitrine.tenant.pos.PosProvider;
import io.vitrine.tenant.pos.webhook.WebhookEventRepository.NewEvent;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the vendors' delivery bodies into events to record, only ever after their signature was
 * verified (Clover's one-time verification code aside, which carries no data). Rejections name
 * fields, never values.
 */
final class VendorDeliveries {

  private static final int MAX_DEDUP_KEY_LENGTH = 255;
  private static final int MAX_VERIFICATION_BODY = 256;

  private final ObjectMapper json;
  private final Optional<String> domainPrefix;

  VendorDeliveries(ObjectMapper json, PosConfig pos) {
    this.json = json;
    this.domainPrefix = pos.domainPrefix().map(String::trim).filter(value -> !value.isEmpty());
  }

  JsonNode jsonObject(byte[] rawBody) {
    return jsonObject(rawBody, "The body");
  }

  /** Lightspeed X-Series: {@code payload} (JSON) and {@code type} from the form-encoded body. */
  NewEvent lightspeed(byte[] rawBody) {
    Map<String, String> form = form(rawBody);
    String prefix = form.get("domain_prefix");
    if (prefix != null && domainPrefix.isPresent() && !domainPrefix.get().equals(prefix)) {
      throw Problem.of(WEBHOOK_WRONG_ACCOUNT, "store");
    }
    String payload = form.get("payload");
    if (payload == null) {
      throw Problem.of(WEBHOOK_MALFORMED, "The form field payload is missing.");
    }
    JsonNode object = jsonObject(payload.getBytes(StandardCharsets.UTF_8), "The payload");
    String type = Optional.ofNullable(form.get("type")).orElse("sale.update");
    String kind = type.contains(".") ? type.substring(0, type.indexOf('.')) : type;
    return new NewEvent(
        PosProvider.LIGHTSPEED_X, lightspeedKey(kind, object, payload), type, rawBody);
  }

  /**
   * The object's id and version; an inventory payload without a version is keyed by its content, so
   * that a redelivery is one event and a new count another.
   */
  private static String lightspeedKey(String kind, JsonNode object, String payload) {
    if (kind.equals("inventory") && !object.hasNonNull("version")) {
      return "inventory:" + sha256(payload);
    }
    String id = dedupKey(object.path("id").asText(null), "payload.id");
    return dedupKey(kind + ":" + id + ":" + object.path("version").asLong(0), "payload.id");
  }

  /** Clover's handshake: exactly {@code {"verificationCode": "..."}} and no auth header. */
  Optional<NewEvent> cloverVerification(byte[] rawBody, String auth) {
    if ((auth != null && !auth.isEmpty()) || rawBody.length > MAX_VERIFICATION_BODY) {
      return Optional.empty();
    }
    JsonNode body;
    try {
      body = json.readTree(rawBody);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (body == null
        || !body.isObject()
        || body.size() != 1
        || !body.path("verificationCode").isTextual()) {
      return Optional.empty();
    }
    String key = "verification:" + sha256(body.path("verificationCode").asText());
    return Optional.of(new NewEvent(PosProvider.CLOVER, key, "verification", rawBody));
  }

  /**
   * Clover's batched notifications, {@code {"appId":..,"merchants":{"<mId>":[{"objectId":"O:..",
   * "type":"CREATE|UPDATE|DELETE","ts":..}]}}}: one event per order or inventory item notification
   * of this tenant's merchant, whose body is that notification with its merchant id.
   */
  List<NewEvent> cloverNotifications(byte[] rawBody, Optional<String> merchantId) {
    JsonNode merchants = jsonObject(rawBody).path("merchants");
    if (!merchants.isObject()) {
      throw Problem.of(WEBHOOK_MALFORMED, "merchants is missing.");
    }
    var events = new ArrayList<NewEvent>();
    boolean others = false;
    for (var entry : (Iterable<Map.Entry<String, JsonNode>>) merchants::fields) {
      if (merchantId.isPresent() && !merchantId.get().equals(entry.getKey())) {
        others = true;
        continue;
      }
      for (JsonNode notification : entry.getValue()) {
        cloverNotification(entry.getKey(), notification).ifPresent(events::add);
      }
    }
    if (events.isEmpty() && others) {
      throw Problem.of(WEBHOOK_WRONG_ACCOUNT, "merchant");
    }
    return events;
  }

  private Optional<NewEvent> cloverNotification(String merchant, JsonNode notification) {
    String objectId = notification.path("objectId").asText("");
    Optional<String> kind = cloverKind(objectId);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    String type = notification.path("type").asText("UPDATE");
    long ts = notification.path("ts").asLong(0);
    ObjectNode body = json.createObjectNode();
    body.put("merchantId", merchant).put("objectId", objectId).put("type", type).put("ts", ts);
    String key = dedupKey(merchant + ":" + objectId + ":" + type + ":" + ts, "objectId");
    try {
      return Optional.of(
          new NewEvent(
              PosProvider.CLOVER,
              key,
              kind.get() + "." + type.toLowerCase(Locale.ROOT),
              json.writeValueAsBytes(body)));
    } catch (IOException e) {
      throw new IllegalStateException("a notification cannot be written as JSON", e);
    }
  }

  /**
   * The topic's first part by the object id's prefix: orders ({@code O:}), inventory items ({@code
   * I:}) and item stock ({@code IS:}); other objects are not recorded.
   */
  private static Optional<String> cloverKind(String objectId) {
    if (objectId.startsWith("O:")) {
      return Optional.of("order");
    }
    if (objectId.startsWith("I:")) {
      return Optional.of("item");
    }
    return objectId.startsWith("IS:") ? Optional.of("item_stock") : Optional.empty();
  }

  private JsonNode jsonObject(byte[] bytes, String what) {
    try {
      JsonNode node = json.readTree(bytes);
      if (node == null || !node.isObject()) {
        throw Problem.of(WEBHOOK_MALFORMED, what + " is not a JSON object.");
      }
      return node;
    } catch (IOException e) {
      throw Problem.of(WEBHOOK_MALFORMED, what + " is not JSON.");
    }
  }

  private static Map<String, String> form(byte[] rawBody) {
    var fields = new HashMap<String, String>();
    String body = new String(rawBody, StandardCharsets.UTF_8);
    try {
      for (String pair : body.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        String name = equals < 0 ? pair : pair.substring(0, equals);
        String value = equals < 0 ? "" : pair.substring(equals + 1);
        fields.putIfAbsent(
            URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      }
    } catch (IllegalArgumentException e) {
      throw Problem.of(WEBHOOK_MALFORMED, "The body is not form-encoded.");
    }
    return fields;
  }

  static String dedupKey(String value, String name) {
    if (value == null || value.isBlank()) {
      throw Problem.of(WEBHOOK_MALFORMED, name + " is missing.");
    }
    if (value.length() > MAX_DEDUP_KEY_LENGTH) {
      throw Problem.of(WEBHOOK_MALFORMED, name + " is too long.");
    }
    return value;
  }

  private static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is unavailable", e);
    }
  }
}
